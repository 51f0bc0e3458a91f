"""The already-checked matching data (tests/claims/matching/) is consistent; no database needed."""

import datetime
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "claims" / "matching"
DIRECTIONS = {"en-en", "fr-fr", "en-fr", "fr-en"}
KINDS = {"paraphrase", "social", "news", "number-changed", "unrelated"}


def read(name):
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


POOL = read("pool.jsonl")
QUERIES = read("queries.jsonl")
BY_ID = {item["id"]: item for item in POOL}


def load_baseline():
    spec = importlib.util.spec_from_file_location(
        "claim_matching_baseline", ROOT / "bench" / "claim_matching_baseline.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_jsonl_files_are_what_build_py_makes_of_the_sources(tmp_path):
    spec = importlib.util.spec_from_file_location("matching_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.main(out=tmp_path)
    for name in ("pool.jsonl", "queries.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} was edited by hand: rebuild it"


def test_pool_items_are_complete_and_unique():
    assert len(POOL) >= 400
    assert len(BY_ID) == len(POOL)
    assert len({item["url"] for item in POOL}) == len(POOL)
    assert len({item["claim_reviewed"] for item in POOL}) == len(POOL)
    for item in POOL:
        assert item["language"] in ("en", "fr")
        assert item["claim_reviewed"].strip() and item["rating"] and item["author"]
        datetime.date.fromisoformat(item["date"])
        assert re.match(r"https://[a-z0-9.-]+\.example/", item["url"]), item["url"]
        assert item["kind"] == ("verdict" if item["author"] == "factcheck" else "claimreview")
    languages = Counter(item["language"] for item in POOL)
    assert abs(languages["en"] - languages["fr"]) < len(POOL) * 0.1


def test_every_relevant_and_near_id_exists_and_directions_match_languages():
    assert len({q["id"] for q in QUERIES}) == len(QUERIES)
    for query in QUERIES:
        assert query["language"] in ("en", "fr") and query["text"].strip()
        assert query["direction"] in DIRECTIONS and query["kind"] in KINDS
        assert query["split"] in ("tune", "heldout")
        assert query["direction"].split("-")[0] == query["language"], query["id"]
        for pool_id in query["relevant"] + query["near"]:
            assert pool_id in BY_ID, (query["id"], pool_id)
        assert not set(query["relevant"]) & set(query["near"]), query["id"]
        for pool_id in query["relevant"]:
            assert BY_ID[pool_id]["language"] == query["direction"].split("-")[1], query["id"]
        if query["kind"] == "unrelated":
            assert query["relevant"] == [] and query["near"] == []


def test_queries_are_not_copies_of_pool_claims():
    pool_texts = {item["claim_reviewed"].lower() for item in POOL}
    assert not [q["id"] for q in QUERIES if q["text"].lower() in pool_texts]


def test_counts_per_direction_kind_and_split():
    assert len(QUERIES) >= 300
    directions = Counter(q["direction"] for q in QUERIES)
    assert all(directions[d] >= 60 for d in DIRECTIONS), directions
    kinds = Counter(q["kind"] for q in QUERIES)
    assert set(kinds) >= KINDS
    assert 0.12 <= kinds["unrelated"] / len(QUERIES) <= 0.18
    assert sum(1 for q in QUERIES if q["kind"] == "number-changed" and not q["relevant"]) >= 20
    heldout = [q for q in QUERIES if q["split"] == "heldout"]
    assert 0.35 <= len(heldout) / len(QUERIES) <= 0.45
    for direction in DIRECTIONS:
        assert any(q["direction"] == direction and q["relevant"] for q in heldout)


def test_the_baseline_evaluation_is_importable_and_perfect_for_an_oracle():
    baseline = load_baseline()
    by_text = {q["text"]: q for q in QUERIES}

    def oracle(text, language):
        relevant = by_text[text]["relevant"]
        return [(pool_id, 1.0) for pool_id in relevant] + [(item["id"], 0.1) for item in POOL[:3]]

    results = baseline.evaluate(oracle, QUERIES, POOL)
    for split in ("tune", "heldout"):
        assert results[(split, "all")]["mrr"] == 1.0
        assert results[(split, "all")]["empty_below_threshold"] == 1.0
    assert "| heldout | **all** |" in baseline.format_table(results)
