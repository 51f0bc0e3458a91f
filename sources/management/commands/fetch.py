import json
import sys

from django.core.management.base import BaseCommand

from sources import services
from sources.fetching import UnfetchableURL
from sources.models import Document


class Command(BaseCommand):
    help = "Fetch and archive one URL under the fetching rules; exit 0 when archived, 1 when refused or failed."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, url, format, **options):
        try:
            document = services.fetch_url_now(url)
        except UnfetchableURL as exc:
            self.report({"url": url, "status": "refused", "error": str(exc)}, format)
            sys.exit(1)
        current = document.snapshots.order_by("-fetched_at", "-id").first()
        data = {
            "id": document.pk,
            "url": document.url,
            "canonical_url": document.canonical_url,
            "status": document.status,
            "http_status": document.http_status,
            "title": document.title,
            "author": document.author,
            "language": document.language,
            "published": document.published_at.isoformat() if document.published_at else None,
            "text_length": len(document.text),
            "sha256": current.sha256 if current else None,
            "snapshots": document.snapshots.count(),
            "error": document.fetch_error,
        }
        self.report(data, format)
        sys.exit(0 if document.status == Document.Status.ARCHIVED else 1)

    def report(self, data: dict, format: str) -> None:
        if format == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        if data["status"] != Document.Status.ARCHIVED:
            self.stderr.write(f"{data['status']}: {data['error']}")
            if data.get("id"):
                self.stdout.write(f"document {data['id']}  {data['url']}")
            return
        labels = ["id", "url", "canonical_url", "title", "author", "language", "published", "text_length", "sha256",
                  "snapshots"]  # fmt: skip
        for label in labels:
            self.stdout.write(f"{label + ':':<15}{data[label] if data[label] is not None else ''}")
        if data["error"]:
            self.stderr.write(f"note: the latest fetch failed ({data['error']}); this is the archived copy")
