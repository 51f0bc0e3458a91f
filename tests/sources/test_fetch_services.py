"""The archive's services and the fetch task: requests, claims, retries and the reconciler."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sources import fetching, services, tasks
from sources.models import Document, Snapshot
from tests.factories import DocumentFactory, SourceFactory
from tests.sources.hostile_web import Response, article_html

pytestmark = pytest.mark.django_db


def test_a_request_creates_a_pending_document_and_queues_one_fetch(django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr(tasks.fetch_document, "delay", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        document = services.document_request(url="HTTPS://News.Example.org/a?utm_source=x")
        again = services.document_request(url="https://news.example.org/a")
    assert document.status == Document.Status.PENDING
    assert document.canonical_url == "https://news.example.org/a"
    assert again.pk == document.pk
    assert queued == [document.pk]


def test_a_request_for_an_archived_document_queues_nothing_and_a_failed_one_is_tried_again(
    django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(tasks.fetch_document, "delay", queued.append)
    archived = DocumentFactory(url="https://a.example/1", status=Document.Status.ARCHIVED)
    failed = DocumentFactory(url="https://a.example/2", status=Document.Status.FAILED, fetch_error="HTTP 503")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.document_request(url=archived.url).pk == archived.pk
        assert services.document_request(url=failed.url).status == Document.Status.PENDING
    assert queued == [failed.pk]


def test_a_request_finds_the_source_by_domain():
    lemonde = SourceFactory(homepage="https://www.lemonde.fr/", domains=["lemonde.fr"])
    afp = SourceFactory(homepage="https://www.afp.com/fr", domains=["afp.com", "factuel.afp.com"])
    assert services.document_request(url="https://www.lemonde.fr/international/a.html").source == lemonde
    assert services.document_request(url="https://factuel.afp.com/doc.afp.com.1").source == afp
    assert services.document_request(url="https://lemonde.fr.example.net/x").source is None


def test_a_request_refuses_a_url_that_can_never_be_fetched():
    for url in ("ftp://example.org/a", "file:///etc/passwd", "https://user:pw@example.org/", "not a url", ""):
        with pytest.raises(fetching.UnfetchableURL):
            services.document_request(url=url)
    assert not Document.objects.exists()


def test_the_task_fetches_a_pending_document(web):
    url = web.url("/article")
    document = DocumentFactory(url=url, canonical_url=url, status=Document.Status.PENDING, source=None)
    tasks.fetch_document.apply(args=(document.pk,))
    document.refresh_from_db()
    assert document.status == Document.Status.ARCHIVED
    assert document.attempts == 1
    assert document.snapshots.count() == 1


@pytest.mark.parametrize("status", [Document.Status.FETCHING, Document.Status.ARCHIVED, Document.Status.REFUSED])
def test_the_task_leaves_a_document_another_worker_holds_or_that_is_done(web, status):
    url = web.url("/article")
    document = DocumentFactory(url=url, canonical_url=url, status=status, source=None)
    tasks.fetch_document.apply(args=(document.pk,))
    document.refresh_from_db()
    assert document.status == status
    assert web.hits("/article") == []


def test_the_task_takes_over_a_fetch_whose_worker_died(web, settings):
    url = web.url("/article")
    document = DocumentFactory(url=url, canonical_url=url, status=Document.Status.FETCHING, source=None, attempts=1)
    stale = timezone.now() - timedelta(seconds=settings.FETCH_TASK_TIME_LIMIT + 1)
    Document.objects.filter(pk=document.pk).update(updated_at=stale)
    tasks.fetch_document.apply(args=(document.pk,))
    document.refresh_from_db()
    assert document.status == Document.Status.ARCHIVED
    assert document.attempts == 2


def test_the_task_of_a_deleted_document_does_nothing():
    tasks.fetch_document.apply(args=(987654,))


def test_a_transient_failure_is_retried_and_a_permanent_one_is_not(web, monkeypatch):
    retried = []

    def retry(*args, exc=None, **kwargs):
        retried.append(str(exc))
        raise RuntimeError("retry scheduled")

    monkeypatch.setattr(tasks.fetch_document, "retry", retry)
    web.routes["/busy"] = Response(503, "busy", "text/plain")
    web.routes["/gone"] = Response(404, "gone", "text/plain")
    for path in ("/busy", "/gone"):
        url = web.url(path)
        document = DocumentFactory(url=url, canonical_url=url, status=Document.Status.PENDING, source=None)
        tasks.fetch_document.push_request(retries=0, is_eager=False)
        try:
            if path == "/busy":
                with pytest.raises(RuntimeError, match="retry scheduled"):
                    tasks.fetch_document.run(document.pk)
            else:
                tasks.fetch_document.run(document.pk)
        finally:
            tasks.fetch_document.pop_request()
        document.refresh_from_db()
        assert document.status == Document.Status.FAILED  # with its reason, also while a retry waits
    assert retried == ["HTTP 503"]


def test_a_busy_host_defers_the_fetch_instead_of_waiting(web, settings):
    url = web.url("/article")
    document = DocumentFactory(url=url, canonical_url=url, status=Document.Status.FETCHING, source=None)
    settings.FETCH_DEFAULT_CRAWL_DELAY = 5
    fetching.rate_limiter.reserve(web.host, 5)
    document = services.document_fetch(document=document, max_wait=1)
    assert document.last_fetch.outcome == "deferred"
    assert document.last_fetch.retry_after > 1
    assert document.status == Document.Status.PENDING
    assert web.requests == []


def test_the_reconciler_requeues_stuck_documents_and_gives_up_on_poison_ones(monkeypatch):
    queued = []
    monkeypatch.setattr(tasks.fetch_document, "delay", queued.append)
    long_ago = timezone.now() - services.STUCK_AFTER - timedelta(minutes=1)
    stuck = DocumentFactory(status=Document.Status.FETCHING, attempts=1)
    lost = DocumentFactory(status=Document.Status.PENDING)
    poison = DocumentFactory(status=Document.Status.FETCHING, attempts=services.MAX_ATTEMPTS)
    recent = DocumentFactory(status=Document.Status.PENDING)
    Document.objects.filter(pk__in=[stuck.pk, lost.pk, poison.pk]).update(updated_at=long_ago)
    assert services.reconcile() == 2
    assert sorted(queued) == sorted([stuck.pk, lost.pk])
    poison.refresh_from_db()
    assert poison.status == Document.Status.FAILED
    assert "gave up after" in poison.fetch_error
    assert recent.pk not in queued


def test_the_reconciler_is_registered(settings):
    assert "sources.services.reconcile" in settings.RECONCILERS


def test_the_page_canonical_url_becomes_the_documents_unless_another_has_it(web):
    web.routes["/a"] = Response(200, article_html(canonical="/article"))
    document = services.fetch_url_now(web.url("/a"))
    assert document.canonical_url == web.url("/article")
    assert document.url == web.url("/a")
    # Asking for the canonical URL finds the same document.
    assert services.document_request(url=web.url("/article")).pk == document.pk
    web.routes["/b"] = Response(200, article_html(canonical="/article", title="Autre"))
    other = services.fetch_url_now(web.url("/b"))
    assert other.pk != document.pk
    assert other.canonical_url == web.url("/b")
    assert Snapshot.objects.count() == 2
