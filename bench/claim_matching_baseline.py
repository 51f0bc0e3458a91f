"""Already-checked matching: a plain BM25 floor over tests/claims/matching/, scored per split and direction.

    .venv/bin/python bench/claim_matching_baseline.py [--split tune|heldout|all] [--by-kind]

Prints markdown tables: MRR, success@1 and success@5 on the queries that have a match in the pool; for the
queries with none, the share whose top score is below a threshold (here the median top score of the queries
with a match in the same split); and how often a near-miss sibling (same template, other figures) is ranked
first. The held-out split must never be used to tune anything: look at it once, at the end.

The matcher can reuse the scoring without the BM25:

    from bench.claim_matching_baseline import evaluate, format_table, load_data
    pool, queries = load_data()
    results = evaluate(rank_fn, queries, pool)   # rank_fn(text, language) -> [(pool_id, score), ...] best first
    print(format_table(results))

Pass threshold=... to evaluate() when the matcher has its own "probably the same claim" cut-off.
"""

import argparse
import json
import math
import re
import statistics
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "claims" / "matching"
DIRECTIONS = ("en-en", "fr-fr", "en-fr", "fr-en")
STOPWORDS_TEXT = (
    "a an and are as at be been by for from has have in is it its of on or says that the their this to was were "
    "will with after about than more over all only not no who which what when into up de du des le la les un "
    "une et en est au aux pour par sur dans que qui se sa son ses ce cette il elle ont ete plus pas ne l d qu s "
    "selon aurait auraient serait seraient"
)
STOPWORDS = frozenset(STOPWORDS_TEXT.split())


def load_data(directory=DATA):
    """Return (pool, queries): lists of dicts read from pool.jsonl and queries.jsonl."""

    def read(name):
        with open(Path(directory) / name, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    return read("pool.jsonl"), read("queries.jsonl")


def tokens(text):
    """Case- and accent-folded words and numbers, with 45,774 / 45 774 -> 45774 and 7,3 -> 7.3."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=\d)[\s\u202f\u00a0,](?=\d{3}\b)", "", text)
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    words = re.findall(r"\d+(?:\.\d+)?|[^\W\d_]+", text)
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in STOPWORDS]


class BM25:
    """Okapi BM25 over short texts; the whole pool, whatever its language."""

    def __init__(self, texts, k1=1.2, b=0.75):
        self.docs = [Counter(tokens(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.average = sum(self.lengths) / len(self.docs)
        frequency = Counter(term for d in self.docs for term in d)
        n = len(self.docs)
        self.idf = {term: math.log(1 + (n - df + 0.5) / (df + 0.5)) for term, df in frequency.items()}
        self.k1, self.b = k1, b

    def scores(self, text):
        query = set(tokens(text))
        out = []
        for doc, length in zip(self.docs, self.lengths, strict=True):
            score = 0.0
            for term in query & doc.keys():
                tf = doc[term]
                score += (
                    self.idf[term] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.average))
                )
            out.append(score)
        return out


def bm25_rank_fn(pool):
    index = BM25([item["claim_reviewed"] for item in pool])
    ids = [item["id"] for item in pool]

    def rank(text, language):
        scored = sorted(zip(ids, index.scores(text), strict=True), key=lambda pair: -pair[1])
        return [(pool_id, score) for pool_id, score in scored if score > 0]

    return rank


def _cell():
    return {"n": 0, "rr": 0.0, "s1": 0, "s5": 0, "near_n": 0, "near_top": 0, "empty_n": 0, "empty_below": 0}


def evaluate(rank_fn, queries, pool, threshold=None, group_by=("split", "direction")):
    """Score rank_fn on queries; return {group key tuple: metrics dict}, plus ("all", ...) rows per split.

    Queries with relevant items give MRR / success@1 / success@5 (reciprocal rank 0 when no relevant item is
    returned). Queries without give the share whose top score is below `threshold`, by default the median top
    score of the queries with relevant items in the same split. near_at_1 is the share, among queries that
    have near-miss siblings in the pool, whose first result is one of those siblings.
    """
    known = {item["id"] for item in pool}
    runs = []
    for query in queries:
        ranked = list(rank_fn(query["text"], query["language"]))
        assert all(pool_id in known for pool_id, _ in ranked), "rank_fn returned an id not in the pool"
        runs.append((query, ranked))
    if threshold is None:
        tops = {}
        for query, ranked in runs:
            if query["relevant"]:
                tops.setdefault(query["split"], []).append(ranked[0][1] if ranked else 0.0)
        thresholds = {split: statistics.median(values) for split, values in tops.items()}
    results = {}
    for query, ranked in runs:
        keys = [tuple(query[g] for g in group_by), (query["split"], "all")]
        ids = [pool_id for pool_id, _ in ranked]
        for key in keys:
            cell = results.setdefault(key, _cell())
            if query["relevant"]:
                rank = next((i for i, pool_id in enumerate(ids, 1) if pool_id in query["relevant"]), None)
                cell["n"] += 1
                cell["rr"] += 1 / rank if rank else 0.0
                cell["s1"] += rank == 1
                cell["s5"] += bool(rank and rank <= 5)
            else:
                cut = threshold if threshold is not None else thresholds.get(query["split"], 0.0)
                cell["empty_n"] += 1
                cell["empty_below"] += (ranked[0][1] if ranked else 0.0) < cut
            if query.get("near"):
                cell["near_n"] += 1
                cell["near_top"] += bool(ids and ids[0] in query["near"])
    for cell in results.values():
        n = cell["n"] or 1
        cell.update(mrr=cell["rr"] / n, success_at_1=cell["s1"] / n, success_at_5=cell["s5"] / n,
                    near_at_1=cell["near_top"] / (cell["near_n"] or 1),
                    empty_below_threshold=cell["empty_below"] / (cell["empty_n"] or 1))  # fmt: skip
    return results


def format_table(results, label="direction"):
    order = {name: i for i, name in enumerate(("tune", "heldout") + DIRECTIONS)}
    lines = [
        f"| split | {label} | with match | MRR | S@1 | S@5 | near-miss at 1 | no match | no match below threshold |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key in sorted(results, key=lambda k: (order.get(k[0], 9), k[1] == "all", order.get(k[1], 9), k[1])):
        c = results[key]
        metric = (lambda v: f"{v:.3f}") if c["n"] else (lambda v: "–")
        near = f"{c['near_at_1']:.3f} ({c['near_n']})" if c["near_n"] else "–"
        empty = f"{c['empty_below_threshold']:.3f}" if c["empty_n"] else "–"
        name = f"**{key[1]}**" if key[1] == "all" else key[1]
        lines.append(f"| {key[0]} | {name} | {c['n']} | {metric(c['mrr'])} | {metric(c['success_at_1'])} | "
                     f"{metric(c['success_at_5'])} | {near} | {c['empty_n']} | {empty} |")  # fmt: skip
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    parser.add_argument("--by-kind", action="store_true", help="also print a table per query kind")
    args = parser.parse_args(argv)
    pool, queries = load_data()
    if args.split != "all":
        queries = [q for q in queries if q["split"] == args.split]
    rank = bm25_rank_fn(pool)
    print(f"BM25 (k1=1.2, b=0.75) over {len(pool)} pool claims, {len(queries)} queries\n")
    print(format_table(evaluate(rank, queries, pool)))
    if args.by_kind:
        print()
        print(format_table(evaluate(rank, queries, pool, group_by=("split", "kind")), label="kind"))


if __name__ == "__main__":
    sys.exit(main())
