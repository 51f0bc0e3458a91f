import sys
import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from claims.management.arguments import parse_published, read_article_input
from claims.models import Article
from claims.services import article_create


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
        while True:
            article = Article.objects.get(pk=article_id)
            if (article.status, article.progress) != last:
                last = (article.status, article.progress)
                self.stderr.write(f"  {article.get_status_display()} ({article.progress}%)")
            if article.status in (Article.Status.DONE, Article.Status.FAILED):
                break
            if time.monotonic() > deadline:
                raise CommandError(f"Article {article_id} is still {article.status} after {timeout:.0f} s.")
            time.sleep(0.5)
        if article.status == Article.Status.FAILED:
            self.stderr.write(f"Analysis failed: {article.error}")
        else:
            self.stderr.write(f"Done: {article.claims.count()} claims.")
        return article
