"""What a file given as an article says: its text, and the title, author and date it carries.

An .html/.htm file is read as the fetcher reads a fetched page (main text, og:* / article:* tags, JSON-LD);
a text file gives its first line as the title when that line looks like a headline.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from factcheck.text import clean_text

from .extraction import ExtractionError, decode_bytes

HTML_SUFFIXES = (".html", ".htm")
# A headline is one short line, set apart from the body by a blank line.
TITLE_MAX = 200


@dataclass
class ArticleInput:
    text: str
    title: str = ""
    author: str = ""
    published_at: datetime | None = None


def guess_title(text: str) -> str:
    """The first line of a text when it looks like a headline (short, alone, followed by a blank line), else ""."""
    lines = text.strip().split("\n")
    if len(lines) < 3 or lines[1].strip():
        return ""
    first = lines[0].strip()
    # Two sentences are a lead paragraph, not a headline.
    if not first or len(first) > TITLE_MAX or re.search(r"[.!?]\s+\S", first):
        return ""
    return first


def read_article_file(data: bytes, *, name: str) -> ArticleInput:
    """The article a file holds, its text cleaned of control characters; raises ExtractionError with a reason a
    person can act on."""
    if PurePath(name).suffix.lower() in HTML_SUFFIXES:
        from sources.fetching import extract_page

        page = extract_page(data, url=f"file:///{PurePath(name).name}", content_type="text/html")
        if page.error:
            raise ExtractionError(f"The HTML file could not be read: {page.error}.")
        # extract_page cleans what it gives.
        return ArticleInput(text=page.text, title=page.title, author=page.author, published_at=page.published_at)
    text = clean_text(decode_bytes(data))
    return ArticleInput(text=text, title=guess_title(text))
