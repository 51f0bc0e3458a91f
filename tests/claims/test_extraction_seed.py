"""The seed article: what the issue says must show."""

from datetime import datetime
from pathlib import Path

import pytest

from claims.extraction import extract

# The seed article as copied into the project (claims/demo), so the tests never depend on ../shared.
SEED = Path(__file__).resolve().parents[2] / "claims" / "demo" / "article_fr.txt"
PUBLISHED = datetime.fromisoformat("2023-09-20T12:00:00+02:00")


@pytest.fixture(scope="module")
def result():
    return extract(SEED.read_text(encoding="utf-8"), published=PUBLISHED)


def facet(result, kind, text):
    for claim in result["claims"]:
        for f in claim["facets"]:
            if f["type"] == kind and f["text"] == text:
                return claim, f
    raise AssertionError(f"no {kind} facet {text!r}")


def test_it_detects_french(result):
    assert result["language"] == "fr"


def test_it_finds_about_120000_ethnic_armenians(result):
    claim, f = facet(result, "quantity", "environ 120 000")
    assert (f["value"], f["approximate"], f["unit"]) == (120000, True, "Arméniens de souche")
    assert claim["kind"] == "quantity"


def test_it_finds_the_ceasefire_taking_effect_wednesday_at_11(result):
    claim, f = facet(result, "datetime", "mercredi à 11 heures du matin")
    assert (f["value"], f["zone_from"]) == ("2023-09-20T11:00:00+02:00", "published")
    assert "entré en vigueur" in claim["text"]


def test_it_finds_the_nine_month_blockade(result):
    _, f = facet(result, "duration", "neuf mois")
    assert f["value"] == "P9M"


def test_it_finds_talks_starting_thursday_in_their_own_claim(result):
    claim, f = facet(result, "date", "jeudi")
    assert f["value"] == "2023-09-21"
    assert "négociations" in claim["text"] and "11 heures" not in claim["text"]


def test_it_finds_dozens_killed_and_hundreds_wounded_as_ranges(result):
    _, killed = facet(result, "quantity", "des dizaines")
    _, wounded = facet(result, "quantity", "des centaines")
    assert (killed["value"], killed["low"], killed["high"], killed["unit"]) == (None, 20, 99, "personnes")
    assert (wounded["value"], wounded["low"], wounded["high"], wounded["unit"]) == (None, 200, 999, "blessés")


def test_it_splits_the_sentence_with_a_time_a_promise_and_a_date(result):
    sentence = [c for c in result["claims"] if c["text"].startswith("Aux termes")][0]
    siblings = [c for c in result["claims"] if c["sentence_start"] == sentence["sentence_start"]]
    assert len(siblings) >= 3


def test_it_scores_the_uncertain_sentence_low(result):
    [claim] = [c for c in result["claims"] if c["text"].startswith("On ne sait pas")]
    others = [c["checkworthiness"] for c in result["claims"] if c is not claim]
    assert claim["checkworthiness"] < 0.4
    assert claim["checkworthiness"] < min(others)


def test_it_keeps_the_separatists_as_claimant(result):
    claimants = {c["claimant"] for c in result["claims"]}
    assert "Les séparatistes" in claimants


def test_it_labels_karabakh_a_place_and_armenians_a_nationality(result):
    labels = {(f["text"], f["label"]) for c in result["claims"] for f in c["facets"] if f["type"] == "entity"}
    assert ("Karabakh", "LOC") in labels
    assert ("Arméniens", "NORP") in labels
    assert ("Karabakh", "PER") not in labels
