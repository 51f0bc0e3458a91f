"""Already checked? The matcher's quality on held-out data, and its speed against 100,000 known fact-checks.

Quality: tests/claims/matching (see its README; the heldout split was never used for tuning), through the real
scoring code (claims.matching.MatchIndex.search), beside the BM25 floor, per split and direction.

Speed: 100,000 known fact-checks (the pool's sentences, each repeated with its vector moved a little, so that
near neighbours abound as in a real archive), one claim at a time: p50/p95 of the index's search beside a brute-force
scan that scores every fact-check in full, in the same run; and how often the two agree on the top 5. With
--database, the 100,000 rows are also written (inside a transaction rolled back at the end) and the time for a worker
to load its index from the database is measured.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python bench/claim_matching.py [--size 100000]
        [--queries 200] [--database]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402

from bench.claim_matching_baseline import bm25_rank_fn, evaluate, format_table, load_data  # noqa: E402
from claims import matching  # noqa: E402
from sources import embeddings  # noqa: E402


def quality(pool, queries) -> str:
    candidates = [
        matching.Candidate(item.get("kind", "claimreview"), k, item["claim_reviewed"], item["language"], item["url"],
                           item["rating"], item["author"], None, None)
        for k, item in enumerate(pool)
    ]  # fmt: skip
    index = matching.MatchIndex()
    index.load(candidates, embeddings.embed([item["claim_reviewed"] for item in pool]).astype(np.float32))
    vectors = dict(zip([q["text"] for q in queries], embeddings.embed([q["text"] for q in queries]), strict=True))

    def ours(text, language):
        return [(pool[m.candidate.pk]["id"], m.score) for m in index.search(text, vectors[text], top=10)]

    ours_table = format_table(evaluate(ours, queries, pool, threshold=matching.SAME_CLAIM))
    floor_table = format_table(evaluate(bm25_rank_fn(pool), queries, pool))
    return (
        f'### factcheck\'s matcher ("no match below threshold" at SAME_CLAIM = {matching.SAME_CLAIM})\n\n'
        f"{ours_table}\n\n### BM25 floor (threshold: the median top score of matched queries)\n\n{floor_table}"
    )


def large_index(pool, size: int, rng) -> tuple[matching.MatchIndex, np.ndarray]:
    base = embeddings.embed([item["claim_reviewed"] for item in pool]).astype(np.float32)
    rows = np.arange(size) % len(pool)
    matrix = base[rows] + rng.normal(0, 0.02, (size, base.shape[1])).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    candidates = [
        matching.Candidate("claimreview", n, f"{pool[row]['claim_reviewed']} ({n})", pool[row]["language"],
                           f"https://fc.example/{n}", pool[row]["rating"], pool[row]["author"], None, None)
        for n, row in enumerate(rows)
    ]  # fmt: skip
    index = matching.MatchIndex()
    index.load(candidates, matrix)
    return index, matrix


def brute_force(index: matching.MatchIndex, text: str, vector: np.ndarray, top: int) -> list[int]:
    """Every candidate scored in full: the cosine, BM25 and the figures of all of them."""
    cosines = index.matrix @ vector
    lexical = index.bm25(matching.terms(text), np.arange(len(index.candidates)))
    ceiling = max(index._self_bm25(text), 1e-9)
    claim_figures = matching.figures(text)
    scores = matching.DENSE_WEIGHT * np.maximum(cosines, 0) + (1 - matching.DENSE_WEIGHT) * np.minimum(
        lexical / ceiling, 1.0
    )
    for row, candidate in enumerate(index.candidates):
        if matching.figures_compare(claim_figures, matching.figures(candidate.text)) == "differ":
            scores[row] -= matching.FIGURES_DIFFER
    return [index.candidates[row].pk for row in np.argsort(-scores, kind="stable")[:top]]


def percentiles(times: list[float]) -> str:
    times = sorted(times)
    return f"p50 {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms"


def database_load(index: matching.MatchIndex, matrix: np.ndarray) -> str:
    from django.db import transaction

    from sources.models import KnownFactCheck

    with transaction.atomic():
        started = time.perf_counter()
        KnownFactCheck.objects.bulk_create(
            (
                KnownFactCheck(url=c.url, claim_reviewed=c.text, language=c.language, rating_text=c.rating,
                               author_name=c.author, vector=embeddings.to_bytes(row))
                for c, row in zip(index.candidates, matrix, strict=True)
            ),
            batch_size=2000,
        )  # fmt: skip
        written = time.perf_counter() - started
        started = time.perf_counter()
        loaded = matching.MatchIndex().current()
        elapsed = time.perf_counter() - started
        transaction.set_rollback(True)
    return f"{len(loaded.candidates):,} loaded in {elapsed:.1f} s (rows written in {written:.1f} s, rolled back)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--database", action="store_true", help="also time loading the index from the database")
    args = parser.parse_args()
    rng = np.random.default_rng(11)
    pool, queries = load_data()
    print(quality(pool, queries))

    started = time.perf_counter()
    index, matrix = large_index(pool, args.size, rng)
    built = time.perf_counter() - started
    sample = [queries[k] for k in rng.choice(len(queries), size=min(args.queries, len(queries)), replace=False)]
    vectors = embeddings.embed([q["text"] for q in sample])
    fast, slow, agree = [], [], 0
    for query, vector in zip(sample, vectors, strict=True):
        started = time.perf_counter()
        found = [m.candidate.pk for m in index.search(query["text"], vector, top=5)]
        fast.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        full = brute_force(index, query["text"], vector, 5)
        slow.append((time.perf_counter() - started) * 1000)
        agree += found == full
    started = time.perf_counter()
    embeddings.embed([q["text"] for q in sample])
    embed_ms = (time.perf_counter() - started) * 1000 / len(sample)
    rows = [
        ("known fact-checks in the index", f"{len(index.candidates):,} (built in memory in {built:.1f} s)"),
        (f"match one claim, top 5 ({len(sample)} claims)", percentiles(fast)),
        ("brute force: every fact-check scored in full", percentiles(slow)),
        ("same top 5 as the brute force", f"{agree} of {len(sample)}"),
        ("embedding the claim (not in the figures above)", f"{embed_ms:.1f} ms per claim"),
        ("index memory (vectors)", f"{index.matrix.nbytes / 2**20:.0f} MiB"),
    ]
    if args.database:
        rows.append(("a worker's index loaded from the database", database_load(index, matrix)))
    rows.append(("load average at the end", " ".join(f"{v:.1f}" for v in os.getloadavg())))
    width = max(len(name) for name, _ in rows)
    print(f"\n### Speed\n\n| {'what'.ljust(width)} | figure |\n| {'-' * width} | --- |")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
