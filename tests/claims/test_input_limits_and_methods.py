"""Inputs over the limit are refused before anything is stored; read-only pages refuse to be written to."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims import services
from claims.models import Article, Claim
from tests.factories import ArticleFactory, DocumentFactory, EvidenceFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db


def test_ingest_article_refuses_a_file_over_the_limit_and_stores_nothing(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Le cessez-le-feu est entré en vigueur. " * 8000, encoding="utf-8")  # 312,000 characters

    with pytest.raises(CommandError, match="312,000 characters; the limit is 200,000"):
        call_command("ingest_article", str(path), stdout=StringIO(), stderr=StringIO())

    assert not Article.objects.exists()


def test_a_url_article_whose_page_is_over_the_limit_fails_with_the_reason_and_keeps_no_text(httpserver, settings):
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0
    # As a page of 100,000 links gives (1.8 M characters, in 34 s of extraction), in a page quick to read.
    text = "\n".join(f"Lien numéro {n}" for n in range(20_000))  # 268,889 characters
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/links").respond_with_data(text, content_type="text/plain; charset=utf-8")
    article = ArticleFactory(text="", url=httpserver.url_for("/links"), status=Article.Status.PENDING)

    services.article_fetch(article=article)

    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "over the limit of 200,000" in article.error
    assert article.text == ""


READ_ONLY_PUBLIC = ["/verdicts/", "/verdicts/feed/", "/verdicts/{slug}/", "/verdicts/{slug}/sources/{document}/",
                    "/articles/{article}/"]  # fmt: skip
READ_ONLY_REVIEW = ["/review/", "/review/failed/", "/review/articles/{article}/", "/review/claims/{claim}/",
                    "/sources/documents/{document}/"]  # fmt: skip
FORMS = ["/review/articles/new/", "/sources/add/"]


@pytest.fixture
def pages():
    evidence = EvidenceFactory(document=DocumentFactory())
    verdict = VerdictFactory(claim=evidence.claim, cited_evidence=[evidence])
    return {"slug": verdict.slug, "document": evidence.document_id, "article": verdict.claim.article_id,
            "claim": verdict.claim_id}  # fmt: skip


@pytest.mark.parametrize("method", ["put", "patch", "delete", "post"])
def test_read_only_pages_answer_405_to_writes(client, pages, method):
    client.force_login(UserFactory(groups=["Editor"]))
    for path in READ_ONLY_PUBLIC + READ_ONLY_REVIEW:
        url = path.format(**pages)
        assert client.get(url).status_code == 200, url
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
        assert "GET" in response["Allow"]
    assert Claim.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_form_pages_answer_405_to_other_writes_than_post(client, method):
    client.force_login(UserFactory(groups=["Editor"]))
    for url in FORMS:
        assert getattr(client, method)(url).status_code == 405, url


def test_head_still_works_for_the_public(client, pages):
    assert client.head("/verdicts/").status_code == 200
    assert client.head("/verdicts/feed/").status_code == 200
