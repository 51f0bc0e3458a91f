"""Every user-facing string our code writes has its French translation, set in French typography."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

from claims.failures import failure_text

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"
# What typography leaves alone: markup, placeholders, addresses and an HTTP header written as such.
PROTECTED = re.compile(r"<[^>]*>|%\([^)]*\)[sdf]|\{[^}]*\}|https?://\S+|Authorization: Token")


def translations() -> list[tuple[str, str]]:
    with open(CATALOGUE, "rb") as handle:
        catalogue = read_po(handle, locale="fr")
    pairs = []
    for message in catalogue:
        if not message.id:
            continue
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        pairs.extend((str(message.id), string) for string in strings)
    return pairs


@pytest.mark.timeout(300)
def test_every_string_marked_for_translation_in_our_code_is_translated_in_french(tmp_path):
    """makemessages on a copy of the project: a string added to the code without its French fails here."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("claims", "sources", "factcheck", "templates", "locale"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-obsolete"],
        cwd=copy, capture_output=True, text=True, timeout=240,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "factcheck.settings",
             "DATABASE_URL": "sqlite:///:memory:", "REDIS_URL": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with open(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalogue = read_po(handle, locale="fr")
    missing = [
        str(message.id)
        for message in catalogue
        if message.id
        and (message.fuzzy or not all([message.string] if isinstance(message.string, str) else message.string))
    ]
    assert not missing, f"{len(missing)} strings have no French translation (run makemessages): {missing[:20]}"


def test_french_translations_use_french_punctuation_and_apostrophes():
    wrong = []
    for _msgid, string in translations():
        text = PROTECTED.sub("", string)
        if "'" in text:
            wrong.append(("straight apostrophe", string))
        # A space before : ; ! ? in French, and a no-break one (narrow, U+202F, or U+00A0).
        if re.search(r"[^\s\u202f\u00a0][:;!?](?=\s|$)", text) or re.search(r" [:;!?](?=\s|$)", text):
            wrong.append(("space before : ; ! ?", string))
    assert not wrong, wrong[:20]


def test_a_failure_stored_in_english_reads_in_french_with_the_language_named_in_french():
    stored = "This text appears to be in German (de); only French and English are supported."
    with translation.override("fr"):
        assert failure_text(stored) == (
            "Ce texte semble être en allemand (de)\u202f; seuls le français et l’anglais sont pris en charge."
        )
        nested = "Could not read https://example.org/a: the page has no readable text"
        expected = "Impossible de lire https://example.org/a\u202f: la page n’a pas de texte lisible"
        assert failure_text(nested) == expected
        assert failure_text("something nobody wrote a message for") == "something nobody wrote a message for"
    with translation.override("en"):
        assert failure_text(stored) == stored


def test_french_writes_the_first_of_a_month_1er_and_english_does_not():
    from datetime import date, datetime

    from factcheck.dates import date_in_words

    with translation.override("fr"):
        assert date_in_words(date(2026, 12, 1)) == "1er décembre 2026"
        assert date_in_words(datetime(2026, 12, 1, 11, 0), "DATETIME_FORMAT").startswith("1er décembre 2026")
        assert date_in_words(date(2026, 12, 11)) == "11 décembre 2026"
        assert date_in_words(date(2026, 12, 21)) == "21 décembre 2026"
    with translation.override("en"):
        assert "1er" not in date_in_words(date(2026, 12, 1))
