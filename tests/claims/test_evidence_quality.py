"""Evidence quality on the demo web: French claims against English pages and the other way round.

The figures (bench/evidence_quality.py prints them) are checked against floors a little under what was
measured, so that a change that makes retrieval worse fails here; the held-out event (Derna) is measured
with the same floors, never tuned on.
"""

import pytest

from sources.demo_web import DemoWeb
from tests.claims import evidence_quality

# Measured on 2026-12-01 (bench/README.md): recall@5 tuned 0.83 / 0.86, held out 0.82 / 0.86 (en→fr / fr→en).
RECALL_FLOOR = 0.75
CONTRADICTIONS_FLOOR = 0.85  # share flagged on the tuned events (22 of 24 measured: short of the goal, all of them)


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
        assert row["recall@5"] >= RECALL_FLOOR, (split, direction, row, result.misses)
        assert result.distractors_below == result.distractors, (split, direction, result.misses)
    flagged = sum(results[("tuned", d)].flagged for d in ("fr→en", "en→fr"))
    total = sum(results[("tuned", d)].contradictions for d in ("fr→en", "en→fr"))
    assert flagged >= CONTRADICTIONS_FLOOR * total, (flagged, total)
