"""Which language an article is written in.

py3langid (a maintained fork of langid.py) ships its small model inside the wheel,
needs only numpy, answers in about a millisecond and covers 97 languages, so a German
or Spanish article is named as such instead of being forced into French or English.
"""

from functools import lru_cache

from babel import Locale
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .errors import ExtractionError

SUPPORTED = ("fr", "en")
# The opening of an article is enough to tell its language and keeps detection cheap.
_SAMPLE_CHARS = 5000
_MIN_LETTERS = 12


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language ("fr", "en", or another code)."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        raise ExtractionError(
            "The text is too short to tell its language. Give the language explicitly (French or English)."
        )
    code, _ = _identifier().classify(sample)
    return code


def language_name(code: str) -> str:
    """The English name of a language code, for messages."""
    try:
        return Locale("en").languages.get(code, code)
    except Exception:  # an unknown code must still produce a readable message
        return code


def resolve_language(text: str, lang: str) -> str:
    """Check an explicit language or detect it; only French and English pass."""
    lang = (lang or "auto").lower()
    if lang != "auto":
        if lang not in SUPPORTED:
            raise ExtractionError(f"The language '{lang}' is not supported: only French (fr) and English (en) are.")
        return lang
    code = detect_language(text)
    if code not in SUPPORTED:
        raise ExtractionError(
            f"This text appears to be in {language_name(code)} ({code}); only French and English are supported."
        )
    return code
