"""Passage search: indexing rate and query latency, PostgreSQL full-text search beside the fallback.

Builds an archive of synthetic French and English documents (sentences of tests/claims/corpus shuffled
with a fixed seed) inside a transaction that is rolled back at the end, so any migrated database will
do. Usage, from the repository root:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python bench/search_passages.py [--documents 4000]
"""

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from sources.models import Document, Passage  # noqa: E402
from sources.search import passages_index, search_passages_fallback, search_passages_fulltext  # noqa: E402

QUERIES = {
    "fr": ["trêve humanitaire", "forces armées soudanaises", "taux de chômage", "grippe hôpitaux", "conseil régional"],
    "en": ["interest rates", "measles cases", "parliament vote", "Odesa drone attack", "central bank inflation"],
}


def corpus_sentences() -> dict[str, list[str]]:
    sentences = {"fr": [], "en": []}
    for path in sorted((ROOT / "tests/claims/corpus").glob("*.json")):
        item = json.loads(path.read_text())
        sentences[item["language"]] += [s for s in re.split(r"(?<=[.!?])\s+", item["text"]) if len(s) > 30]
    return sentences


def timed(function, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(4)
    sentences = corpus_sentences()
    print(f"database: {connection.vendor}; {args.documents} documents")
    with transaction.atomic():
        started = time.perf_counter()
        for n in range(args.documents):
            language = "fr" if n % 2 else "en"
            paragraphs = ["\n".join([" ".join(rng.sample(sentences[language], 3))]) for _ in range(rng.randint(3, 8))]
            document = Document(
                url=f"https://bench.example/{n}",
                canonical_url=f"https://bench.example/{n}",
                status=Document.Status.ARCHIVED,
                language=language,
                text="\n\n".join(paragraphs),
            )
            Document.objects.bulk_create([document])  # bulk_create: no signal, indexed explicitly below
            passages_index(document=document)
        elapsed = time.perf_counter() - started
        passages = Passage.objects.count()
        print(f"indexed {passages} passages in {elapsed:.1f} s ({args.documents / elapsed:.0f} documents/s)")
        backends = [("fallback", search_passages_fallback)]
        if connection.vendor == "postgresql":
            backends.insert(0, ("full text", search_passages_fulltext))
        for name, search in backends:
            for language in (None, "fr"):
                times = []
                for query in QUERIES["fr"] + QUERIES["en"]:
                    times += timed(lambda q=query, lang=language, f=search: f(q, language=lang, limit=20), args.repeats)
                print(
                    f"{name:9s} language={language or 'any':3s}: median {statistics.median(times):6.1f} ms, "
                    f"p95 {sorted(times)[int(len(times) * 0.95) - 1]:6.1f} ms over {len(times)} queries"
                )
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
