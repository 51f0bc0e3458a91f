import re

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from sources import claimreviews, services
from sources.fetching import UnfetchableURL
from sources.importing import ImportFileError
from sources.models import Document


class Command(BaseCommand):
    help = (
        "Import fact-checks published elsewhere (schema.org ClaimReview) from a JSON or JSON Lines file, or from a "
        "fact-check page's JSON-LD, microdata or RDFa (fetched under the fetching rules). Creates or updates by the "
        "review's URL; bad items are reported by position and the good ones kept. Exit status 1 when the file or "
        "page as a whole cannot be read, or when no item could be imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", metavar="FILE|URL", help="a .json / .jsonl file, or an http(s) URL")

    def handle(self, *args, target, **options):
        try:
            # Anything with a scheme is a URL: "ftp://…" is refused by the fetcher, not looked for on disk.
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", target.strip()):
                result = self.import_page(target.strip())
            else:
                result = claimreviews.known_fact_checks_import_file(path=target)
        except ImportFileError as exc:
            raise CommandError(str(exc)) from None
        except DatabaseError as exc:
            raise CommandError(f"the database is unavailable: {exc}") from None
        self.stdout.write(result.summary)
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors and not (result.created or result.updated or result.unchanged):
            raise CommandError(f"none of the {len(result.errors)} item(s) could be imported.")

    def import_page(self, url: str) -> claimreviews.ImportResult:
        try:
            document = services.fetch_url_now(url)
        except UnfetchableURL as exc:
            raise ImportFileError(f"{url}: {exc}") from None
        if document.status != Document.Status.ARCHIVED:
            raise ImportFileError(f"{url}: {document.status}: {document.fetch_error or 'no reason given'}")
        if document.fetch_error:
            self.stderr.write(f"note: the latest fetch failed ({document.fetch_error}); reading the archived copy")
        # A registered fact-checker's new page was imported as it was archived: that import is the answer.
        result = getattr(document, "claimreview_import", None)
        if result is None:
            result = claimreviews.known_fact_checks_import_document(document=document)
        if not (result.created or result.updated or result.unchanged or result.errors):
            self.stderr.write(f"no ClaimReview markup on {document.url}")
        return result
