import pytest

from tests.factories import ClaimFactory, DocumentFactory, EvidenceFactory, VerdictFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited():
    claim = ClaimFactory()
    document = DocumentFactory(title="Ceasefire at 1 pm", text="<script>alert(1)</script> The ceasefire began at 1 pm.")
    evidence = EvidenceFactory(claim=claim, document=document, passage="The ceasefire began at 1 pm.")
    verdict = VerdictFactory(claim=claim, slug="ceasefire", cited_evidence=[evidence])
    return verdict, document


def test_anyone_can_read_the_archived_copy_of_a_cited_source(client, cited):
    verdict, document = cited
    response = client.get(f"/verdicts/{verdict.slug}/sources/{document.pk}/")
    assert response.status_code == 200
    assert "The ceasefire began at 1 pm." in response.text


def test_the_archived_text_is_shown_escaped_never_as_html(client, cited):
    verdict, document = cited
    response = client.get(f"/verdicts/{verdict.slug}/sources/{document.pk}/")
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_the_verdict_page_links_to_the_public_archived_copy(client, cited):
    verdict, document = cited
    response = client.get(f"/verdicts/{verdict.slug}/")
    assert f'href="/verdicts/{verdict.slug}/sources/{document.pk}/"' in response.text


def test_a_document_the_verdict_does_not_cite_stays_private(client, cited):
    verdict, _ = cited
    other = DocumentFactory()
    assert client.get(f"/verdicts/{verdict.slug}/sources/{other.pk}/").status_code == 404


def test_a_withdrawn_verdict_no_longer_opens_its_sources(client, cited):
    verdict, document = cited
    verdict.status = verdict.Status.UNPUBLISHED
    verdict.save()
    assert client.get(f"/verdicts/{verdict.slug}/sources/{document.pk}/").status_code == 404
