"""Re-fetching: conditional GET, and snapshots that are added, never overwritten."""

import pytest

from sources import services
from sources.models import Document
from tests.sources.hostile_web import Response, article_html

pytestmark = pytest.mark.django_db


def conditional_page(state: dict):
    """Serves state["html"] with an ETag and Last-Modified, and a 304 when the validators match."""

    def handler(request):
        etag = f'"v{state["version"]}"'
        if request.headers.get("If-None-Match") == etag:
            return Response(304, b"", "", {"ETag": etag, "Content-Length": None})
        return Response(200, state["html"], headers={"ETag": etag, "Last-Modified": state["modified"]})

    return handler


@pytest.fixture
def page(web):
    state = {"version": 1, "html": article_html(), "modified": "Wed, 20 Sep 2023 09:00:00 GMT"}
    web.routes["/article"] = conditional_page(state)
    return state


def test_the_first_fetch_archives_one_snapshot_with_its_validators(web, page):
    document = services.fetch_url_now(web.url("/article"))
    assert document.status == Document.Status.ARCHIVED
    assert document.etag == '"v1"'
    assert document.last_modified == "Wed, 20 Sep 2023 09:00:00 GMT"
    assert document.snapshots.count() == 1
    first = web.hits("/article")[0]["headers"]
    assert "If-None-Match" not in first and "If-Modified-Since" not in first


def test_the_second_fetch_is_conditional_and_a_304_adds_no_snapshot(web, page):
    document = services.fetch_url_now(web.url("/article"))
    snapshot = document.snapshots.get()
    again = services.fetch_url_now(web.url("/article"))
    assert again.pk == document.pk
    sent = web.hits("/article")[1]["headers"]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Wed, 20 Sep 2023 09:00:00 GMT"
    assert again.status == Document.Status.ARCHIVED
    assert again.http_status == 304
    assert list(again.snapshots.all()) == [snapshot]
    assert again.text == document.text


def test_changed_content_adds_a_snapshot_and_keeps_the_old_one(web, page):
    document = services.fetch_url_now(web.url("/article"))
    old = document.snapshots.get()
    page.update(
        version=2, html=article_html(title="Le cessez-le-feu a été rompu"), modified="Thu, 21 Sep 2023 09:00:00 GMT"
    )
    document = services.fetch_url_now(web.url("/article"))
    snapshots = list(document.snapshots.order_by("fetched_at"))
    assert len(snapshots) == 2
    assert snapshots[0].pk == old.pk and snapshots[0].sha256 == old.sha256
    assert services.document_content(snapshots[0]) == article_html().encode()
    assert services.document_content(snapshots[1]) == article_html(title="Le cessez-le-feu a été rompu").encode()
    assert document.snapshots.first() == snapshots[1]  # the newest is current
    assert document.title == "Le cessez-le-feu a été rompu"
    assert document.etag == '"v2"'


def test_the_same_bytes_without_validators_add_no_snapshot(web):
    web.routes["/plain"] = Response(200, article_html())
    services.fetch_url_now(web.url("/plain"))
    document = services.fetch_url_now(web.url("/plain"))
    assert "If-None-Match" not in web.hits("/plain")[1]["headers"]
    assert document.http_status == 200
    assert document.snapshots.count() == 1


def test_a_snapshot_keeps_the_raw_bytes_compressed_with_their_sha256(web):
    import hashlib

    body = article_html().encode() * 20
    web.routes["/long"] = Response(200, body)
    snapshot = services.fetch_url_now(web.url("/long")).snapshots.get()
    assert snapshot.sha256 == hashlib.sha256(body).hexdigest()
    assert snapshot.size == len(body)
    assert len(bytes(snapshot.content)) < len(body) / 5
    assert services.document_content(snapshot) == body


def test_a_failed_refetch_keeps_the_archived_copy(web, page):
    document = services.fetch_url_now(web.url("/article"))
    web.routes["/article"] = Response(404, "gone", "text/plain")
    again = services.fetch_url_now(web.url("/article"))
    assert again.status == Document.Status.ARCHIVED
    assert again.fetch_error == "HTTP 404"
    assert again.text == document.text
    assert again.snapshots.count() == 1
