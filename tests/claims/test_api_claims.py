import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Verdict
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    DocumentFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."
FACETS = [{"type": "datetime", "text": "mercredi à 11 heures", "value": "2023-09-20T11:00:00+02:00"}]


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editor"])
    client.force_login(user)
    return user


def test_the_claim_detail_has_the_design_shape(client, editor):
    claim = ClaimFactory(article=ArticleFactory(text=TEXT), end=59, sentence_end=59, facets=FACETS)
    source = SourceFactory(name="Reuters", reliability=5)
    evidence = EvidenceFactory(
        claim=claim,
        document=DocumentFactory(source=source, url="https://www.reuters.com/x"),
        passage="Ceasefire at 1300.",
        score=0.82,
        comparisons=[{"facet": 0, "result": "disagrees"}],
    )
    VerdictFactory(claim=claim, slug="cessez-le-feu", status=Verdict.Status.PROPOSED, published_at=None)

    body = client.get(f"/api/v1/claims/{claim.pk}/").json()

    assert {"id", "text", "start", "end", "sentence", "checkworthiness", "kind", "facets", "status"} <= set(body)
    assert body["sentence"] == TEXT[:59]
    assert body["facets"] == FACETS
    assert body["evidence"] == [
        {
            "url": "https://www.reuters.com/x",
            "source": "Reuters",
            "reliability": 5,
            "passage": "Ceasefire at 1300.",
            "score": 0.82,
            "stance": "contradicts",
            "comparisons": [{"facet": 0, "result": "disagrees"}],
            "against_consensus": False,
        }
    ]
    assert evidence.pk
    assert body["verdict"]["slug"] == "cessez-le-feu"
    assert body["verdict"]["status"] == "proposed"
    assert body["verdict"]["url"] is None


def test_a_claim_without_verdict_or_source_still_serializes(client, editor):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim, document=DocumentFactory(source=None))

    body = client.get(f"/api/v1/claims/{claim.pk}/").json()

    assert body["verdict"] is None
    assert body["evidence"][0]["source"] is None
    assert body["evidence"][0]["reliability"] is None


def test_the_list_filters_by_article_and_status(client, editor):
    article = ArticleFactory(text=TEXT)
    wanted = ClaimFactory(article=article, status=Claim.Status.IN_REVIEW)
    ClaimFactory(article=article, start=61, end=len(TEXT), status=Claim.Status.NEW)
    ClaimFactory(status=Claim.Status.IN_REVIEW)

    body = client.get("/api/v1/claims/", {"article": article.pk, "status": "in_review"}).json()

    assert [item["id"] for item in body["results"]] == [wanted.pk]


def test_bad_list_filters_get_a_400_with_the_reasons(client, editor):
    response = client.get("/api/v1/claims/", {"article": "abc", "status": "finished"})

    assert response.status_code == 400
    assert set(response.json()) == {"article", "status"}


def test_the_list_costs_the_same_queries_for_many_claims(client, editor):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/v1/claims/").status_code == 200
        return len(captured)

    def claim_with_evidence_and_verdict():
        claim = ClaimFactory()
        EvidenceFactory(claim=claim)
        VerdictFactory(claim=claim)

    claim_with_evidence_and_verdict()
    few = queries()
    for _ in range(5):
        claim_with_evidence_and_verdict()

    assert queries() == few


@pytest.mark.parametrize("group", [None, "Source admin"])
def test_only_the_newsroom_reads_claims(client, group):
    claim = ClaimFactory()
    if group:
        client.force_login(UserFactory(groups=[group]))

    assert client.get(f"/api/v1/claims/{claim.pk}/").status_code == (403 if group else 401)
