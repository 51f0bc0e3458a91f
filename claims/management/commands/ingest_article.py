import sys
import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from claims import gathering
from claims.extraction import MAX_CHARS
from claims.management.arguments import parse_published, read_article_input
from claims.models import Article
from claims.services import article_create
from factcheck.text import clean_text


class Command(BaseCommand):
    help = "Store an article (a file, - for standard input, or a URL), extract its claims and queue evidence search."

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="PATH|URL")
        parser.add_argument("--published", help="Publication date-time, ISO 8601 with a time zone.")
        parser.add_argument("--title", default="")
        parser.add_argument("--lang", choices=["fr", "en", "auto"], default="auto")
        parser.add_argument("--wait", action="store_true", help="Block until the analysis is finished.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds --wait waits at most.")

    def handle(self, *args, source: str, published, title: str, lang: str, wait: bool, timeout: float, **options):
        published_at = parse_published(published, require_zone=True)
        language = "" if lang == "auto" else lang
        title = clean_text(title)
        if source.startswith(("http://", "https://")):
            try:
                URLValidator(schemes=["http", "https"])(source)
            except ValidationError:
                raise CommandError(f"Not a valid URL: {source}") from None
            article = article_create(text="", url=source, title=title, language=language, published_at=published_at)
        else:
            given = read_article_input(source)
            if not given.text.strip():
                raise CommandError(f"{source} is empty: there is no text to analyse.")
            # Refused before it is stored: extraction would only fail it afterwards.
            if len(given.text) > MAX_CHARS:
                raise CommandError(
                    f"{source} holds {len(given.text):,} characters; the limit is {MAX_CHARS:,}. "
                    "Split it into smaller articles."
                )
            article = article_create(
                text=given.text,
                title=title or given.title,
                author=given.author,
                language=language,
                published_at=published_at or given.published_at,
            )
        self.stderr.write(f"Stored article {article.pk}; analysis queued.")
        if wait:
            article = self.wait_for(article.pk, timeout)
        self.stdout.write(str(article.pk))
        if wait and article.status == Article.Status.FAILED:
            sys.exit(1)

    def wait_for(self, article_id: int, timeout: float) -> Article:
        deadline = time.monotonic() + timeout
        last = None
        tty = self.stderr.isatty()
        while True:
            article = Article.objects.get(pk=article_id)
            line = progress_line(article)
            if line != last:
                last = line
                # On a terminal the bar redraws in place; in a log, one line per change.
                self.stderr.write(f"\r{line}" if tty else line, ending="" if tty else "\n")
            if article.status in (Article.Status.DONE, Article.Status.FAILED):
                break
            if time.monotonic() > deadline:
                raise CommandError(f"Article {article_id} is still {article.status} after {timeout:.0f} s.")
            time.sleep(0.5)
        if tty:
            self.stderr.write("")
        if article.status == Article.Status.FAILED:
            self.stderr.write(f"Analysis failed: {article.error}")
        else:
            progress = gathering.progress(article)
            self.stderr.write(
                f"Done: {progress['claims']} claims, {progress['evidence']} evidence passages from "
                f"{progress['sources_asked']} sources asked "
                f"({progress['fetched']} of {progress['pages']} pages fetched)."
            )
            for failure in progress["failures"][:10]:
                self.stderr.write(f"  failed: {failure['source'] or '?'} {failure['url']}: {failure['reason']}")
        return article


BAR = 30


def progress_line(article: Article) -> str:
    """`[######------]  60%  Searching for evidence  12/20 claims searched, 34 evidence`"""
    filled = BAR * article.progress // 100
    line = f"[{'#' * filled}{'-' * (BAR - filled)}] {article.progress:3d}%  {article.get_status_display()}"
    if article.status in (Article.Status.SEARCHING, Article.Status.DONE):
        progress = gathering.progress(article)
        line += f"  {progress['searched']}/{progress['claims']} claims searched, {progress['evidence']} evidence"
        if article.gathered_at:
            line += f", {progress['fetched']}/{progress['pages']} pages fetched"
    return line
