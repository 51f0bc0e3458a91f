"""Precision and recall of the extractor on our annotated articles (tests/claims/corpus/README.md).

Run with `-s` to see the tables; `python -m tests.claims.corpus.measure --write` refreshes RESULTS.md.
The floors sit just below what was measured, so a regression shows: on the eight seed articles, and on the 40 new
articles (tune and held-out splits together) for the firm facets and the claimants.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

try:
    from claims.extraction import extract  # noqa: F401
except ImportError as error:  # the extractor is built in parallel; say why nothing ran
    pytest.skip(f"claims.extraction.extract is not importable yet: {error}", allow_module_level=True)

from tests.claims.corpus.measure import (
    article_set,
    claimant_metrics,
    heldout_draw,
    load_articles,
    measure,
    metrics,
    table_lines,
)

# Measured values are in corpus/RESULTS.md; floors are a few points under them.
FLOORS = {
    "sentences": {"P": 0.85, "R": 0.88},
    "facets": {"P": 0.87, "R": 0.82},
    "entities": {"P": 0.65, "R": 0.85},
}
# The 40 new articles (issue 12's target is 0.95 on quantities and dates in both languages); measured 2026-12-02:
# quantity en 1.00/0.98, fr 0.99/0.96; date en 1.00/1.00, fr 0.97/0.98; claimants strict en 0.97, fr 0.91.
NEW_FLOORS = {"  quantity": {"P": 0.95, "R": 0.94}, "  date": {"P": 0.95, "R": 0.95}}
CLAIMANT_FLOORS = {"en": 0.92, "fr": 0.86}
# Sentence ends as the corpus writes them (a full stop before a space or a break), but not "a.m."/"p.m.".
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?»\"](?=\s|$)")


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, dict[str, float]]]:
    counts = measure(load_articles(("seed",)))["seed"]
    print("\n" + "\n".join(table_lines(counts)))
    return {lang: metrics(c) for lang, c in counts.items()}


def test_the_corpus_has_articles_of_every_kind_in_both_languages():
    articles = load_articles()
    seed = [a for a in articles if article_set(a) == "seed"]
    assert {(a["language"], a["kind"]) for a in seed} >= {
        (lang, kind) for lang in ("fr", "en") for kind in ("conflict", "economy", "health", "politics")
    }
    for article in seed:
        assert 300 <= len(article["text"].split()) <= 700
    for article in articles:
        for sentence in article["checkworthy"]:
            assert sentence in article["text"]
        for facet in article["facets"]:
            assert article["text"][facet["start"] : facet["end"]] == facet["text"], (article["id"], facet)


def test_the_new_articles_are_short_annotated_and_split_by_the_seeded_draw():
    new = load_articles(("tune", "heldout"))
    assert sorted(a["language"] for a in new) == ["en"] * 20 + ["fr"] * 20
    assert {a["id"] for a in new if a["split"] == "heldout"} == heldout_draw(new)
    for article in new:
        assert re.fullmatch(rf"{article['language']}-\d\d-[a-z0-9-]+", article["id"])
        assert 6 <= len(_SENTENCE_END.findall(article["text"])) <= 10, article["id"]
        # Every check-worthy sentence has its claimant, named as written in the sentence (or null).
        assert [c["sentence"] for c in article["claimants"]] == article["checkworthy"]
        for item in article["claimants"]:
            assert item["claimant"] is None or item["claimant"] in item["sentence"], item


@pytest.mark.parametrize("lang", ["fr", "en", "all"])
@pytest.mark.parametrize("row", list(FLOORS))
def test_extraction_stays_above_the_measured_floors(measured, lang, row):
    for name, floor in FLOORS[row].items():
        assert measured[lang][row][name] >= floor, f"{row} {name} in {lang}: {measured[lang][row][name]:.2f}"


@pytest.fixture(scope="module")
def measured_new() -> dict[str, Counter]:
    counts = measure(load_articles(("tune", "heldout")))["new"]
    print("\n" + "\n".join(table_lines(counts)))
    return counts


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("row", list(NEW_FLOORS))
def test_the_new_articles_stay_above_their_floors(measured_new, lang, row):
    table = metrics(measured_new[lang])
    for name, floor in NEW_FLOORS[row].items():
        assert table[row][name] >= floor, f"{row.strip()} {name} in {lang}: {table[row][name]:.2f}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_claimants_of_the_new_articles_stay_above_their_floor(measured_new, lang):
    strict = claimant_metrics(measured_new[lang])["strict"]
    assert strict >= CLAIMANT_FLOORS[lang], f"claimants in {lang}: {strict:.2f}"
