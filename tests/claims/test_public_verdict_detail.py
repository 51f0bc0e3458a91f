import pytest
from django.test import override_settings
from django.utils import dateformat
from django.utils.timezone import localtime

from claims.models import Verdict
from claims.services import verdict_unpublish
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    CorrectionFactory,
    DocumentFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def verdict():
    article = ArticleFactory(title="Karabakh : cessez-le-feu", url="https://www.example.fr/karabakh")
    claim = ClaimFactory(article=article, claimant="Les séparatistes")
    document = DocumentFactory(
        source=SourceFactory(name="Reuters"), url="https://www.reuters.com/world/karabakh", title="Ceasefire at 1 pm"
    )
    evidence = EvidenceFactory(claim=claim, document=document, passage="The ceasefire took effect at 1300 local time.")
    return VerdictFactory(claim=claim, slug="cessez-le-feu", cited_evidence=[evidence])


def test_it_shows_the_claim_where_it_appeared_the_rating_and_the_explanation(client, verdict):
    response = client.get("/verdicts/cessez-le-feu/", headers={"accept-language": "fr"})

    assert response.status_code == 200
    text = response.text
    assert verdict.claim.text in text
    assert "Les séparatistes" in text
    assert '<a href="https://www.example.fr/karabakh" rel="noopener nofollow">Karabakh : cessez-le-feu</a>' in text
    assert ">Faux</span>" in text
    assert verdict.summary in text
    assert "Reuters donnent 13 heures" in text


def test_it_links_each_cited_source_to_its_archived_copy_and_its_original(client, verdict):
    evidence = verdict.cited_evidence.get()

    response = client.get("/verdicts/cessez-le-feu/")

    assert f'href="/verdicts/cessez-le-feu/sources/{evidence.document_id}/"' in response.text
    assert 'href="https://www.reuters.com/world/karabakh"' in response.text
    assert "The ceasefire took effect at 1300 local time." in response.text


def test_it_lists_corrections_with_their_dates(client, verdict):
    correction = CorrectionFactory(verdict=verdict, text="L'heure de l'agence a été corrigée.")

    response = client.get("/verdicts/cessez-le-feu/")

    assert "L&#x27;heure de l&#x27;agence a été corrigée." in response.text
    assert f'<time datetime="{dateformat.format(localtime(correction.created_at), "c")}">' in response.text


@override_settings(FACTCHECK_SITE_URL="https://verif.example.org", FACTCHECK_ORGANISATION="Les Vérificateurs")
def test_it_has_open_graph_tags_for_sharing(client, verdict):
    response = client.get("/verdicts/cessez-le-feu/")

    assert '<meta property="og:type" content="article">' in response.text
    assert '<meta property="og:url" content="https://verif.example.org/verdicts/cessez-le-feu/">' in response.text
    assert '<meta property="og:site_name" content="Les Vérificateurs">' in response.text
    assert f'<meta property="og:description" content="{verdict.summary}">' in response.text
    assert '<link rel="canonical" href="https://verif.example.org/verdicts/cessez-le-feu/">' in response.text


@pytest.mark.parametrize("status", [Verdict.Status.DRAFT, Verdict.Status.PROPOSED, Verdict.Status.APPROVED])
def test_a_verdict_never_published_is_not_found(client, status):
    VerdictFactory(slug="pas-encore", status=status, published_at=None)

    assert client.get("/verdicts/pas-encore/").status_code == 404


def test_an_unknown_slug_is_not_found(client):
    assert client.get("/verdicts/nothing-here/").status_code == 404


def test_a_withdrawn_verdict_leaves_a_notice_with_the_date_and_reason(client, verdict):
    editor = UserFactory(groups=["Editor"])
    verdict_unpublish(
        verdict=verdict, by=editor, reason="La source principale a retiré son article.", expected_version=None
    )

    response = client.get("/verdicts/cessez-le-feu/", headers={"accept-language": "en"})

    assert response.status_code == 200
    assert "Withdrawn on" in response.text
    assert "La source principale a retiré son article." in response.text
    assert verdict.claim.text in response.text
    assert verdict.summary not in response.text
    assert "application/ld+json" not in response.text


def test_a_verdict_reworked_after_withdrawal_still_shows_the_withdrawal_notice(client, verdict):
    editor = UserFactory(groups=["Editor"])
    verdict = verdict_unpublish(verdict=verdict, by=editor, reason="Erreur de date.", expected_version=None)
    verdict.status = Verdict.Status.SENT_BACK
    verdict.status_reason = "Note interne pour l'auteur."
    verdict.save()

    response = client.get("/verdicts/cessez-le-feu/")

    assert response.status_code == 200
    assert "Erreur de date." in response.text
    assert "Note interne" not in response.text


def test_it_escapes_what_fact_checkers_typed(client):
    VerdictFactory(slug="escaped", summary="<script>alert(1)</script>", explanation="<b>gras</b>")

    response = client.get("/verdicts/escaped/")

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;b&gt;gras&lt;/b&gt;" in response.text
