"""Evidence quality on the demo web: recall@5 across languages, contradictions flagged, distractors.

Registers the demo web's 18 sources (sources/demo_web), ingests its annotated articles (one French and one
English per event) through the whole pipeline in-process (the sources asked, pages fetched and archived,
passages ranked), then measures each annotated claim against its right pages in the other language. The events
of evidence_quality.HELD_OUT were never looked at while tuning; each has its own rows. Usage, from the
repository root:

    .venv/bin/python bench/evidence_quality.py [--misses] [--by-event]

It uses its own database (factcheck_bench_evidence, created if missing, emptied) and Redis database 13;
$BENCH_EVIDENCE_DATABASE and $BENCH_EVIDENCE_REDIS_URL name others.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Overridable, so that two checkouts can measure side by side.
DATABASE = os.environ.get("BENCH_EVIDENCE_DATABASE", "factcheck_bench_evidence")
os.environ.update(
    DJANGO_SETTINGS_MODULE="tests.settings",
    DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    REDIS_URL=os.environ.get("BENCH_EVIDENCE_REDIS_URL", "redis://127.0.0.1:6379/13"),
    CELERY_TASK_ALWAYS_EAGER="1",
    FETCH_DEFAULT_CRAWL_DELAY="0",
)
subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {DATABASE}"],
               capture_output=True)  # fmt: skip

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402

from sources.demo_web import DemoWeb  # noqa: E402
from tests.claims import evidence_quality  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list what each claim missed (tuned events only)")
    parser.add_argument("--by-event", action="store_true", help="one pair of rows per tuned event")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    cache.clear()
    started = time.perf_counter()
    with DemoWeb(base=120, crawl_delay=0) as web:
        evidence_quality.register(web)
        articles = evidence_quality.ingest(web)
        elapsed = time.perf_counter() - started
        results = evidence_quality.measure(web, articles, by_event=args.by_event)
    columns = [
        "claims",
        "recall@5",
        "contradictions flagged",
        "distractors below every right page",
        "right pages marked contradicts",
    ]
    width = max(len("split"), *(len(split) for split, _ in results))
    print(f"{'split':<{width}} {'direction':<10} " + " ".join(f"{c:>{len(c)}}" for c in columns))
    # The tuned rows first, then one pair of rows per held-out event; fr→en before en→fr.
    for (split, direction), result in sorted(
        results.items(), key=lambda i: (not i[0][0].startswith("tuned"), i[0][0], i[0][1] != "fr→en")
    ):
        row = result.row()
        print(f"{split:<{width}} {direction:<10} " + " ".join(f"{row[c]!s:>{len(c)}}" for c in columns))
    print(f"\n{len(articles)} articles through the whole pipeline, in-process, crawl delay 0: {elapsed:.0f} s")
    if args.misses:
        for (split, direction), result in sorted(results.items()):
            if split.startswith("tuned"):
                print(f"\n{split} {direction}:")
                print("\n".join(f"  {miss}" for miss in result.misses))


if __name__ == "__main__":
    main()
