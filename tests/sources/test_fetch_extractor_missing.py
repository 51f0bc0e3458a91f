"""A page whose text cannot be extracted is a failure with its reason, never markup stored as text."""

import sys
import zlib

import pytest
from django.core.management import call_command

from claims.models import Article, Evidence
from claims.services import article_fetch
from sources import services
from sources.models import Document, Passage, Snapshot
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, SourceFactory
from tests.sources.hostile_web import article_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def extractor_missing(monkeypatch):
    """As on an installation without lxml_html_clean: importing the main-text extractor fails."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


def test_a_page_that_cannot_be_extracted_fails_with_the_reason_on_document_and_source(web, extractor_missing):
    source = SourceFactory(homepage=web.url("/"), domains=[web.host])
    document = services.fetch_url_now(web.url("/article"))
    assert document.status == Document.Status.FAILED
    assert document.text == ""
    assert "HTML text extractor cannot load" in document.fetch_error
    assert not Passage.objects.filter(document=document).exists()
    # The bytes are kept, so the page can be read again once the installation is fixed.
    assert document.snapshots.count() == 1
    source.refresh_from_db()
    assert "HTML text extractor cannot load" in source.last_error


def test_an_article_from_such_a_page_fails_with_the_reason(web, extractor_missing):
    article = ArticleFactory(text="", url=web.url("/article"), title="", status=Article.Status.FETCHING)
    article_fetch(article=article)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "HTML text extractor cannot load" in article.error
    assert article.text == ""


def test_the_page_is_read_once_the_extractor_is_back(web, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    document = services.fetch_url_now(web.url("/article"))
    monkeypatch.undo()
    document = services.fetch_url_now(web.url("/article"))
    assert document.status == Document.Status.ARCHIVED
    assert "Selon les autorités locales" in document.text and "<" not in document.text


def test_a_url_article_takes_title_author_date_and_zone_from_the_page(web):
    article = ArticleFactory(text="", url=web.url("/article"), title="", status=Article.Status.FETCHING)
    article_fetch(article=article)
    article.refresh_from_db()
    assert article.title == "Un cessez-le-feu est entré en vigueur"
    assert article.author == "Claire Martin"
    assert article.published_local.isoformat() == "2023-09-20T11:00:00+02:00"
    assert "<" not in article.text


def test_documents_archived_as_markup_are_read_again_from_their_snapshot_once():
    html = article_html().encode()
    document = DocumentFactory(
        url="https://news.example.org/a", status=Document.Status.ARCHIVED, text=html.decode(), title="", source=None
    )
    Snapshot.objects.create(
        document=document, content=zlib.compress(html), sha256="x" * 64, size=len(html),
        content_type="text/html", fetched_at=document.created_at,
    )  # fmt: skip
    claim = ClaimFactory()
    markup = Evidence.objects.create(
        claim=claim, document=document, passage=html.decode()[:40], passage_start=0, passage_end=40
    )
    call_command("reextract_documents", verbosity=0)
    document.refresh_from_db()
    assert document.title == "Un cessez-le-feu est entré en vigueur"
    assert "<" not in document.text and "Selon les autorités locales" in document.text
    assert document.published_zone == "+02:00"
    assert all("<" not in passage.text for passage in document.passages.all()) and document.passages.exists()
    assert not Evidence.objects.filter(pk=markup.pk).exists()  # it quoted markup
    # Clean now: a second run finds nothing to do.
    assert not services.documents_needing_extraction().exists()
