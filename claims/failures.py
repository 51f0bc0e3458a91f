"""Failure messages: written in English where they happen (a worker has no reader), shown in the reader's language.

The messages below are the ones our code writes into `Article.error` and into form errors; each is matched
against the stored text and rendered again through gettext, its values kept (a language's name is given
again in the reader's language). A text that matches none is shown as stored.
"""

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language, gettext, gettext_noop

MESSAGES = [
    gettext_noop("This text appears to be in %(language)s (%(code)s); only French and English are supported."),
    gettext_noop("The language '%(lang)s' is not supported: only French (fr) and English (en) are."),
    gettext_noop("The text is too short to tell its language. Give the language explicitly (French or English)."),
    gettext_noop("The text is empty: there is nothing to extract claims from."),
    gettext_noop("The text has %(count)s characters, over the limit of %(limit)s. Split it into smaller articles."),
    gettext_noop("This file looks like %(what)s, not plain text. Extract its text first and submit that."),
    gettext_noop("This file looks like binary data, not text. Submit a plain-text file."),
    gettext_noop("The file is not UTF-8 and its encoding could not be recognised. Save it as UTF-8 and try again."),
    gettext_noop("The HTML file could not be read: %(reason)s."),
    gettext_noop(
        "Could not read %(url)s: its text has %(count)s characters, over the limit of %(limit)s for an article."
    ),
    gettext_noop("Could not read %(url)s: %(reason)s"),
    gettext_noop("Gave up after %(attempts)s attempts: the analysis never ended."),
    gettext_noop("Evidence search failed for claim #%(claim)s: %(reason)s"),
    gettext_noop("the page has no readable text"),
]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    patterns = []
    for message in MESSAGES:
        parts = PLACEHOLDER.split(message)
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        patterns.append((re.compile(f"^{regex}$", re.S), message))
    return patterns


def failure_text(text: str) -> str:
    """A stored failure message in the active language, line by line."""
    return "\n".join(_line(line) for line in (text or "").split("\n"))


def _line(line: str) -> str:
    for pattern, message in _patterns():
        match = pattern.match(line)
        if match:
            values = {key: _line(value) if key == "reason" else value for key, value in match.groupdict().items()}
            if "code" in values:
                values["language"] = _language_name(values["code"], values.get("language", ""))
            return gettext(message) % values
    return line


def _language_name(code: str, written: str) -> str:
    try:
        return Locale.parse((get_language() or "en").replace("-", "_")).languages.get(code, written)
    except (UnknownLocaleError, ValueError):
        return written
