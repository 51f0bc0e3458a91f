from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from sources.importing import ImportFileError, sources_import


class Command(BaseCommand):
    help = (
        "Create or update sources by site (homepage) from a CSV or JSON file. JSON: a list of objects with the "
        "model's field names; CSV: the same columns, lists separated by '|'. Bad rows are reported by line "
        "and skipped; the exit status is 1 if any row failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json file")
        parser.add_argument("--format", choices=["csv", "json"], help="when the file name does not tell")
        parser.add_argument("--dry-run", action="store_true", help="validate every row, save nothing")

    def handle(self, *args, file, format=None, dry_run=False, **options):
        try:
            result = sources_import(path=file, format=format, dry_run=dry_run)
        except ImportFileError as exc:
            raise CommandError(str(exc)) from None
        except DatabaseError as exc:
            raise CommandError(f"the database is unavailable: {exc}") from None
        for error in result.errors:
            self.stderr.write(str(error))
        self.stdout.write(result.summary + (" (dry run: nothing saved)" if dry_run else ""))
        if result.errors:
            kept = "" if dry_run else "; the others were kept"
            raise CommandError(f"{len(result.errors)} row(s) not imported{kept}.")
