import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.matching import SAME_CLAIM, match_text
from sources.importing import ImportFileError, decode, read_text

MAX_BYTES = 10 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "For each non-empty line of PATH (- for standard input), the best matches among known fact-checks "
        "(ClaimReview) and our published verdicts, best first. Writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a text file, one claim per line, or - for standard input")
        parser.add_argument("--top", type=int, default=5, help="matches per line (default 5)")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, path, top, format, **options):
        if top < 1 or top > 100:
            raise CommandError("--top must be between 1 and 100.")
        lines = [line.strip() for line in self._read(path).splitlines()]
        try:
            results = [{"query": line, "matches": [m.as_dict() for m in match_text(line, top=top)]}
                       for line in lines if line]  # fmt: skip
        except DatabaseError as exc:
            raise CommandError(f"the database is unavailable: {exc}") from None
        if format == "json":
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
            return
        for result in results:
            self.stdout.write(result["query"])
            if not result["matches"]:
                self.stdout.write("  (no published fact-check found)")
            for match in result["matches"]:
                same = "same claim, probably" if match["score"] >= SAME_CLAIM else "related"
                self.stdout.write(
                    f"  {match['score']:.2f} ({same}) {match['rating'] or '?'} — {match['author'] or '?'}, "
                    f"{match['date'] or 'undated'} [{match['kind']}, {match['language'] or '?'}]\n"
                    f"    {match['claim_reviewed']}\n    {match['url']}"
                )

    def _read(self, path: str) -> str:
        try:
            if path != "-":
                return read_text(path, max_bytes=MAX_BYTES)
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ImportFileError(f"standard input is too large (at most {MAX_BYTES} bytes).")
            return decode(data, name="standard input")
        except ImportFileError as exc:
            raise CommandError(str(exc)) from None
