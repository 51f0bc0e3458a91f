"""Evidence quality on the demo web: French claims against English pages and the other way round.

The figures (bench/evidence_quality.py prints them) are checked against floors a little under what was
measured, so that a change that makes retrieval worse fails here. The held-out event (written by someone else
so that the ranking's author never saw it) is never tuned on: it has floors of its own, under what was
measured, to catch a collapse rather than to hold a target. Derna and Hualien, held out until 2026-12-02, are
tuned since (Hualien because its contradiction phrases were seen); the held-out events are now "heldout-b" and
"heldout-c", written by helpers who did not tune the ranking.
"""

import pytest

from sources.demo_web import DemoWeb
from tests.claims import evidence_quality

# Measured on the morning of 2026-12-03 (bench/README.md), Hualien tuned: recall@5 tuned 0.98 / 0.95 (fr→en /
# en→fr), held out ("heldout-b") 0.83 / 0.98; contradictions flagged 51 of 53 tuned, 12 of 20 held out;
# distractors below every right page 148 of 148 tuned, 28 of 28 held out. After the rules that cut false alarms
# (same day): recall@5 held out 0.80 / 0.98, contradictions flagged 50 of 53 tuned.
# The afternoon of 2026-12-03, with the Maui wildfires tuned (a sixth event, written that day; first measured
# before any rule was fitted to it): recall@5 tuned 0.94 / 0.94, contradictions flagged 63 of 71 (Maui 12 of 18),
# distractors 211 of 211; the held-out rows unchanged. The contradictions floor goes to 0.85 with it.
# On 2026-12-04, with Notre-Dame tuned (measured once held out: recall@5 0.75 / 0.96) and a second held-out event
# ("heldout-c"): recall@5 tuned 0.94 / 0.97, contradictions flagged 82 of 95, distractors 289 of 289, false alarms
# 7 of 740; held out 0.84 / 0.89 and 0.93 / 0.96, contradictions 22 of 38, distractors 66 of 69, false alarms 15 of 217.
RECALL_FLOOR = 0.9
CONTRADICTIONS_FLOOR = 0.85  # share flagged on the tuned events
DISTRACTORS_FLOOR = 0.97  # share of the tuned distractors ranked below every right page
HELD_OUT_RECALL_FLOOR = 0.7
HELD_OUT_CONTRADICTIONS_FLOOR = 0.4
HELD_OUT_DISTRACTORS_FLOOR = 0.85  # share of distractors ranked below every right page
# Right pages the ranking keeps but marks "contradicts" (false alarms), as a share of the right pages it keeps:
# 22 of 480 tuned, 13 of 97 held out on the morning of 2026-12-03; 5 of 594 and 12 of 97 that afternoon.
FALSE_ALARMS_CEILING = 0.12
HELD_OUT_FALSE_ALARMS_CEILING = 0.25


@pytest.mark.timeout(600)
@pytest.mark.django_db(transaction=True)
def test_claims_find_the_right_pages_across_languages_and_distractors_stay_below(settings):
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0
    with DemoWeb(base=200, crawl_delay=0) as web:
        evidence_quality.register(web)
        articles = evidence_quality.ingest(web)
        results = evidence_quality.measure(web, articles)
    for (split, direction), result in results.items():
        row = result.row()
        if split == "tuned":
            assert row["recall@5"] >= RECALL_FLOOR, (split, direction, row, result.misses)
            below = result.distractors_below / max(1, result.distractors)
            assert below >= DISTRACTORS_FLOOR, (split, direction, result.misses)
        else:
            assert row["recall@5"] >= HELD_OUT_RECALL_FLOOR, (split, direction, row, result.misses)
            below = result.distractors_below / max(1, result.distractors)
            assert below >= HELD_OUT_DISTRACTORS_FLOOR, (split, direction, result.misses)
    tuned = [result for (split, _), result in results.items() if split == "tuned"]
    held_out = [result for (split, _), result in results.items() if split != "tuned"]
    flagged, total = sum(r.flagged for r in tuned), sum(r.contradictions for r in tuned)
    assert flagged >= CONTRADICTIONS_FLOOR * total, (flagged, total)
    flagged, total = sum(r.flagged for r in held_out), sum(r.contradictions for r in held_out)
    assert flagged >= HELD_OUT_CONTRADICTIONS_FLOOR * total, (flagged, total)
    for results_of, ceiling in ((tuned, FALSE_ALARMS_CEILING), (held_out, HELD_OUT_FALSE_ALARMS_CEILING)):
        alarms, kept = sum(r.right_contradicted for r in results_of), sum(r.right_ranked for r in results_of)
        assert alarms <= ceiling * kept, (alarms, kept)
