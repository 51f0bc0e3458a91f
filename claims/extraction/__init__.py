"""Claim extraction: article text in, atomic and normalized checkable claims out.

Plain Python (spaCy, no Django), so it runs and is tested on any worker.

    extract(text, lang="auto", published=None) -> {"language": "fr", "claims": [...]}

in the JSON shape of the `extract_claims` contract in DESIGN.md. Input limits: the text
must hold at least one non-blank character and at most MAX_CHARS (200,000) characters,
about 30,000 words, well above any news article; longer text raises ExtractionError, as
does a language other than French or English. `decode_bytes` turns an uploaded file
into text (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else Windows-1252 / Latin-1 and
kin) and refuses binary data.
"""

from collections.abc import Sequence
from datetime import datetime

from .decoding import decode_bytes
from .errors import ExtractionError
from .language import detect_language, resolve_language
from .pipeline import MAX_CHARS

__all__ = ["ExtractionError", "MAX_CHARS", "decode_bytes", "detect_language", "extract"]


def extract(text: str, *, lang: str = "auto", published: datetime | None = None, places: Sequence[str] = ()) -> dict:
    """Claims of an article, with offsets into `text` exactly as given.

    `places` are what the text is about beyond the places it names (a passage's page title names them): the last
    candidates for the zone of "local time".
    """
    if not isinstance(text, str):
        raise ExtractionError("The article must be text; decode files with decode_bytes first.")
    if not text.strip():
        raise ExtractionError("The text is empty: there is nothing to extract claims from.")
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"The text has {len(text):,} characters, over the limit of {MAX_CHARS:,}. Split it into smaller articles."
        )
    language = resolve_language(text, lang)
    # Imported here so that decoding and language checks stay cheap for callers that
    # only validate input (spaCy takes seconds to import and load).
    from .claims import build_claims
    from .pipeline import load

    doc = load(language)(text)
    return {"language": language, "claims": build_claims(doc, language, published, list(places))}
