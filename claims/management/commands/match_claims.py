import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.matching import SAME_CLAIM, match_text

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
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            name = "standard input"
        else:
            file = Path(path)
            if not file.exists():
                raise CommandError(f"{path}: no such file.")
            if file.is_dir():
                raise CommandError(f"{path} is a directory, not a file.")
            if file.stat().st_size > MAX_BYTES:
                raise CommandError(f"{path} is too large (at most {MAX_BYTES} bytes).")
            try:
                data = file.read_bytes()
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc.strerror or exc}.") from None
            name = path
        if len(data) > MAX_BYTES:
            raise CommandError(f"{name} is too large (at most {MAX_BYTES} bytes).")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise CommandError(f"{name} is not UTF-8 text (line {line}); save it as UTF-8 and retry.") from None
