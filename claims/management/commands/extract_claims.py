"""Print the claims of an article file, without touching the database."""

import json

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ExtractionError, extract
from claims.management.arguments import parse_published, read_article


class Command(BaseCommand):
    help = "Extract checkable claims from an article (a file, or - for standard input)."
    # Pure text processing: no database, URLs or models to check first.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", help="a text file, or - to read standard input")
        parser.add_argument("--lang", choices=["fr", "en", "auto"], default="auto")
        parser.add_argument("--published", help="publication date-time, ISO 8601")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options):
        published = parse_published(options["published"])
        text = read_article(options["path"])
        try:
            result = extract(text, lang=options["lang"], published=published)
        except ExtractionError as error:
            raise CommandError(str(error)) from error
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(_as_text(result))


def _as_text(result: dict) -> str:
    lines = [f"Language: {result['language']}", f"Claims: {len(result['claims'])}", ""]
    for number, claim in enumerate(result["claims"], 1):
        who = f" — {claim['claimant']}" if claim["claimant"] else ""
        lines.append(f"{number}. [{claim['kind']}, {claim['checkworthiness']:.2f}]{who}")
        lines.append(f"   {claim['text']}")
        for facet in claim["facets"]:
            detail = facet.get("value")
            if facet["type"] == "quantity" and detail is None:
                detail = f"{facet.get('low')}–{facet.get('high')}"
            if facet["type"] == "entity":
                detail = facet["label"]
            if facet["type"] == "quote":
                detail = facet.get("speaker")
            lines.append(f"     · {facet['type']}: {facet['text']} → {detail}")
        lines.append("")
    return "\n".join(lines)
