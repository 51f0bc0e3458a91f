"""What the claims commands read from their command line: an article's text and its publication date."""

import sys
from datetime import datetime
from pathlib import Path

from django.core.management.base import CommandError

from claims.extraction import ExtractionError
from claims.inputs import ArticleInput, read_article_file


def parse_published(value: str | None, *, require_zone: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        published = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(
            f"--published must be an ISO 8601 date-time such as 2023-09-20T12:00:00+02:00, not {value!r}."
        ) from None
    if require_zone and published.tzinfo is None:
        raise CommandError(f"--published needs a time zone, e.g. {value}+02:00")
    return published


def read_article(path: str) -> str:
    """The decoded text of a file, or of standard input for -; a CommandError says what is wrong."""
    return read_article_input(path).text


def read_article_input(path: str) -> ArticleInput:
    """The article a file holds (an .html file read as a web page), or standard input for -."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"No such file: {path}") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a directory, not a file.") from None
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
    try:
        return read_article_file(data, name="stdin.txt" if path == "-" else path)
    except ExtractionError as error:
        raise CommandError(str(error)) from None
