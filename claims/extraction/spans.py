"""Character offsets: the document's text, read once, and ranges already claimed by a facet."""

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    """`doc.text`, cached on the doc.

    spaCy rebuilds `Doc.text` from every token on each access; the extractors read it
    once per sentence and facet, which was most of the time spent after parsing.
    """
    text = doc.user_data.get("factcheck_text")
    if text is None:
        text = doc.user_data["factcheck_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, sliced from the cached document text: Span.text joins its tokens again on each read."""
    return doc_text(span.doc)[span.start_char : span.end_char]


class Taken:
    """Ranges already claimed, so two extractors never read the same words."""

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self._ranges)

    def add(self, start: int, end: int) -> None:
        self._ranges.append((start, end))
