from datetime import datetime

import pytest
from django.test import override_settings

from claims.models import Verdict
from tests.factories import CorrectionFactory, EvidenceFactory, UserFactory, VerdictFactory, rating

pytestmark = pytest.mark.django_db


@override_settings(FACTCHECK_SITE_URL="https://verif.example.org")
def test_anyone_can_list_published_verdicts(client):
    verdict = VerdictFactory(slug="cessez-le-feu", claim__claimant="Les séparatistes")

    response = client.get("/api/v1/verdicts/")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    [item] = body["results"]
    assert item["slug"] == "cessez-le-feu"
    assert item["url"] == "https://verif.example.org/verdicts/cessez-le-feu/"
    assert item["claim"]["text"] == verdict.claim.text
    assert item["claim"]["claimant"] == "Les séparatistes"
    assert item["rating"] == {"slug": "false", "label_en": "False", "label_fr": "Faux", "value": 1}
    assert item["summary"] == verdict.summary


def test_drafts_and_withdrawn_verdicts_are_not_in_the_api_even_for_the_newsroom(client):
    VerdictFactory(slug="brouillon", status=Verdict.Status.PROPOSED, published_at=None)
    VerdictFactory(slug="retire", status=Verdict.Status.UNPUBLISHED)
    client.force_login(UserFactory(groups=["Editor"]))

    assert client.get("/api/v1/verdicts/").json()["count"] == 0
    assert client.get("/api/v1/verdicts/brouillon/").status_code == 404
    assert client.get("/api/v1/verdicts/retire/").status_code == 404


def test_the_detail_has_sources_corrections_and_the_claimreview(client):
    verdict = VerdictFactory(slug="cessez-le-feu")
    evidence = EvidenceFactory(claim=verdict.claim)
    verdict.cited_evidence.add(evidence)
    CorrectionFactory(verdict=verdict, text="Heure corrigée.")

    body = client.get("/api/v1/verdicts/cessez-le-feu/").json()

    assert body["explanation"] == verdict.explanation
    [cited] = body["cited_evidence"]
    assert cited["url"] == evidence.document.url
    # The public archived copy, which a reader with no login can open.
    assert cited["archived_url"].endswith(f"/verdicts/cessez-le-feu/sources/{evidence.document_id}/")
    assert client.get(cited["archived_url"].removeprefix("http://127.0.0.1:8000")).status_code == 200
    assert [c["text"] for c in body["corrections"]] == ["Heure corrigée."]
    assert body["claim_review"]["@type"] == "ClaimReview"
    assert body["claim_review"]["claimReviewed"] == verdict.claim.text


def test_it_filters_like_the_public_page(client):
    VerdictFactory(rating=rating("true"), published_at=datetime.fromisoformat("2023-09-21T10:00:00+02:00"))
    match = VerdictFactory(rating=rating("false"), published_at=datetime.fromisoformat("2023-09-21T10:00:00+02:00"))

    body = client.get("/api/v1/verdicts/", {"rating": "false", "published_after": "2023-09-21"}).json()

    assert [item["slug"] for item in body["results"]] == [match.slug]


def test_bad_filters_get_a_400_with_the_reasons(client):
    response = client.get("/api/v1/verdicts/", {"rating": "fake", "published_after": "yesterday"})

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"rating", "published_after"}
    assert "Enter a valid date." in body["published_after"][0]["message"]
