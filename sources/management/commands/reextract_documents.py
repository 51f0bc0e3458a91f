from django.core.management.base import BaseCommand

from sources import services


class Command(BaseCommand):
    help = (
        "Read again, from their archived snapshot, the documents whose text is markup or whose extraction failed "
        "(stored while the HTML extractor could not load). Safe to run again: clean documents are left alone."
    )

    def handle(self, *args, **options):
        fixed = failed = 0
        for document in services.documents_needing_extraction().iterator():
            if services.document_reextract(document=document):
                fixed += 1
            else:
                failed += 1
                self.stderr.write(f"document {document.pk} {document.url}: still no text")
        self.stdout.write(f"re-extracted {fixed}, still failing {failed}")
