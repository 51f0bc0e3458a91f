"""A site that cannot be reached is reported as what happened, not as "robots.txt could not be fetched"."""

import time

import pytest
from django.core.cache import cache

from sources import fetching, services
from sources.models import Document, Source
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fast_limits(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0
    settings.FETCH_CONNECT_TIMEOUT = 1
    settings.FETCH_READ_TIMEOUT = 1
    settings.FETCH_DEADLINE = 5
    cache.clear()  # robots.txt answers are cached per origin, and httpserver keeps its port between tests
    yield settings
    cache.clear()


def test_a_refused_connection_says_so(fast_limits):
    source = SourceFactory(homepage="http://127.0.0.1:1/")
    document = services.fetch_url_now("http://127.0.0.1:1/article")

    assert document.status == Document.Status.FAILED
    assert document.fetch_error == "the connection to 127.0.0.1:1 was refused"
    source.refresh_from_db()
    assert source.last_error == "http://127.0.0.1:1/article: the connection to 127.0.0.1:1 was refused"


def test_a_name_that_does_not_resolve_says_so(fast_limits):
    # .invalid never resolves (RFC 6761): the resolver answers at once, no network needed.
    started = time.monotonic()
    result = fetching.fetch("http://nowhere.invalid/article")

    assert result.outcome == "failed"
    assert result.reason == "the name nowhere.invalid does not resolve"
    assert "robots.txt" not in result.reason
    assert time.monotonic() - started < 5


def test_a_server_too_slow_for_robots_txt_times_out_with_the_delay(fast_limits, httpserver):
    httpserver.expect_request("/robots.txt").respond_with_handler(lambda request: time.sleep(2))
    source = SourceFactory(homepage=httpserver.url_for("/"))
    document = services.fetch_url_now(httpserver.url_for("/article"))

    assert document.fetch_error == f"timed out after 1 s: {httpserver.host} sent nothing"
    assert Source.objects.get(pk=source.pk).last_error.endswith(f"timed out after 1 s: {httpserver.host} sent nothing")


def test_a_slow_page_times_out_with_the_delay(fast_limits, httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n", content_type="text/plain")
    httpserver.expect_request("/slow").respond_with_handler(lambda request: time.sleep(2))
    result = fetching.fetch(httpserver.url_for("/slow"))

    assert (result.outcome, result.reason) == ("failed", f"timed out after 1 s: {httpserver.host} sent nothing")
    assert result.transient


def test_a_robots_txt_answering_an_error_is_still_named(fast_limits, httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    result = fetching.fetch(httpserver.url_for("/article"))

    assert result.reason == "robots.txt could not be fetched (HTTP 503)"
