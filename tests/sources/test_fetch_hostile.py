"""The fetcher against hostile servers: each case ends with a plain recorded reason, in bounded time and memory."""

import socket
import time
import tracemalloc

# Imported here so their first-import allocations are not counted against a fetch.
import charset_normalizer  # noqa: F401
import protego  # noqa: F401
import pytest
import trafilatura  # noqa: F401

from sources import fetching, services
from sources.models import Document, Snapshot
from tests.sources.hostile_web import (
    GB,
    HostileServer,
    Response,
    article_html,
    bomb,
    drip,
    endless_body,
    redirect,
)

MB = 1024 * 1024
SLACK = 2.0  # seconds beyond the deadline a hostile fetch may take, all told
MEMORY = 40 * MB  # peak Python allocations during one hostile fetch

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def warm_extraction():
    """trafilatura loads its resources on first use; that is not a cost of any one fetch."""
    fetching.extract_page(article_html().encode(), url="http://warm.test/article")
    fetching.extract_page(
        b"<p>Une page courte, sans langue declaree, dont il faut deviner la langue.</p>", url="http://warm.test/short"
    )


def fetch_bounded(url: str, *, seconds: float) -> Document:
    tracemalloc.start()
    started = time.monotonic()
    try:
        document = services.fetch_url_now(url)
    finally:
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < MEMORY, f"peak {peak / MB:.1f} MB"
    return document


def test_a_redirect_loop_ends_with_too_many_redirects(web, settings):
    web.routes["/loop"] = redirect("/loop-b")
    web.routes["/loop-b"] = redirect("/loop")
    document = fetch_bounded(web.url("/loop"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == f"too many redirects ({settings.FETCH_MAX_REDIRECTS})"
    assert len(web.hits("/loop")) + len(web.hits("/loop-b")) == settings.FETCH_MAX_REDIRECTS + 1


def test_a_redirect_to_loopback_is_refused_when_private_addresses_are_not_allowed(web, settings, loopback_only):
    # Only the hostile server's own address is allowed, so the first hop works and the redirect is re-checked.
    settings.FETCH_ALLOWED_NETWORKS = [f"{web.host}/32"]
    target = HostileServer("127.0.0.1").start()
    try:
        web.routes["/go"] = redirect(target.url("/article"))
        document = fetch_bounded(web.url("/go"), seconds=5)
    finally:
        target.stop()
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "private address 127.0.0.1 is not allowed"
    assert target.requests == []
    assert "127.0.0.1" not in loopback_only


def test_a_redirect_to_the_cloud_metadata_address_is_refused_even_if_listed(web, settings, loopback_only):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8", "169.254.0.0/16"]
    web.routes["/go"] = redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    document = fetch_bounded(web.url("/go"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "link-local or cloud metadata address 169.254.169.254 is never allowed"
    assert "169.254.169.254" not in loopback_only


def test_a_private_address_is_refused_with_no_allowed_networks(web, settings, loopback_only):
    settings.FETCH_ALLOWED_NETWORKS = []
    document = fetch_bounded(web.url("/article"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == f"private address {web.host} is not allowed"
    assert web.requests == [] and loopback_only == []


@pytest.mark.parametrize("scheme_url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_a_redirect_to_another_scheme_is_refused(web, scheme_url):
    web.routes["/go"] = redirect(scheme_url)
    document = fetch_bounded(web.url("/go"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert "only http and https URLs are fetched" in document.fetch_error


def test_a_host_that_resolves_to_an_allowed_and_a_private_address_is_refused_before_any_connection(
    web, settings, monkeypatch, loopback_only
):
    settings.FETCH_ALLOWED_NETWORKS = [f"{web.host}/32"]
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, web.port)) for ip in (web.host, "127.0.0.99")]
    monkeypatch.setattr(fetching.socket, "getaddrinfo", lambda *args, **kwargs: answers)
    document = fetch_bounded(f"http://mixed.test:{web.port}/article", seconds=5)
    assert document.fetch_error == "private address 127.0.0.99 is not allowed"
    assert loopback_only == []


def test_the_connection_goes_to_the_address_that_was_checked_with_the_host_name_kept(web, settings, monkeypatch):
    # DNS rebinding: the first answer is allowed, every later one is not. Each connection resolves once,
    # checks, and connects to what it checked; a second lookup by the HTTP library would reach 127.0.0.99.
    settings.FETCH_ALLOWED_NETWORKS = [f"{web.host}/32"]
    lookups = []

    def rebinding(host, port, *args, **kwargs):
        lookups.append(host)
        ip = web.host if len(lookups) == 1 else "127.0.0.99"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(fetching.socket, "getaddrinfo", rebinding)
    web.routes["/robots.txt"] = Response(404, "none", "text/plain")
    result = fetching.fetch(f"http://rebind.test:{web.port}/article")
    # robots.txt came from the checked address with the host name in the Host header...
    assert web.hits("/robots.txt")[0]["headers"]["Host"] == f"rebind.test:{web.port}"
    # ...and the page's own connection, which saw the rebound answer, was refused.
    assert result.outcome == "refused"
    assert result.reason == "private address 127.0.0.99 is not allowed"
    assert web.hits("/article") == []


def test_a_declared_1_gb_body_is_refused_without_reading_it(web):
    web.routes["/huge"] = lambda handler: endless_body(handler, size=GB)
    document = fetch_bounded(web.url("/huge"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "body larger than 5 MB"


def test_an_undeclared_1_gb_body_is_cut_at_the_limit_while_streaming(web):
    web.routes["/huge"] = lambda handler: endless_body(handler, size=GB, content_length=False)
    document = fetch_bounded(web.url("/huge"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "body larger than 5 MB"


def test_a_gzip_bomb_is_cut_at_the_limit_after_decompression(web):
    web.routes["/bomb"] = bomb
    bomb_payload = __import__("tests.sources.hostile_web", fromlist=["cached_gzip_bomb"]).cached_gzip_bomb()
    assert len(bomb_payload) < 2 * MB  # about 1 MB on the wire, 1 GB inflated
    document = fetch_bounded(web.url("/bomb"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "body larger than 5 MB once decompressed"


def test_a_server_dripping_one_byte_a_second_ends_at_the_deadline(web, settings):
    web.routes["/drip"] = drip
    document = fetch_bounded(web.url("/drip"), seconds=settings.FETCH_DEADLINE + SLACK)
    assert document.status == Document.Status.FAILED
    assert document.fetch_error == f"timed out after {settings.FETCH_DEADLINE:g} s"


def test_a_server_dripping_its_headers_ends_at_the_deadline(web, settings):
    web.routes["/drip"] = lambda handler: drip(handler, headers_too=True)
    document = fetch_bounded(web.url("/drip"), seconds=settings.FETCH_DEADLINE + SLACK)
    assert document.fetch_error == f"timed out after {settings.FETCH_DEADLINE:g} s"


def test_a_server_that_never_answers_ends_at_the_read_timeout(web, settings):
    web.routes["/silent"] = lambda handler: time.sleep(10)
    document = fetch_bounded(web.url("/silent"), seconds=settings.FETCH_READ_TIMEOUT + SLACK)
    assert document.status == Document.Status.FAILED
    assert document.fetch_error == f"timed out after {settings.FETCH_READ_TIMEOUT:g} s: {web.host} sent nothing"


def test_a_wrong_content_type_is_refused_before_the_body_is_read(web):
    web.routes["/report.pdf"] = Response(200, b"%PDF-1.7" + b"\0" * 1000, "application/pdf")
    document = fetch_bounded(web.url("/report.pdf"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "wrong content type application/pdf"


def test_a_path_that_robots_txt_forbids_is_never_requested(web):
    web.routes["/private/memo"] = Response(200, article_html())
    document = fetch_bounded(web.url("/private/memo"), seconds=5)
    assert document.status == Document.Status.REFUSED
    assert document.fetch_error == "robots.txt disallows this path"
    assert web.hits("/private/memo") == []


def test_robots_txt_rules_for_our_user_agent_and_wildcards_are_obeyed(web):
    web.routes["/robots.txt"] = Response(
        200, "User-agent: *\nAllow: /\n\nUser-agent: factcheck\nDisallow: /*?print=\nAllow: /\n", "text/plain"
    )
    assert services.fetch_url_now(web.url("/article?print=1")).fetch_error == "robots.txt disallows this path"
    assert services.fetch_url_now(web.url("/article")).status == Document.Status.ARCHIVED


def test_a_robots_txt_that_cannot_be_fetched_means_nothing_is_fetched_for_now(web):
    web.routes["/robots.txt"] = Response(503, "down", "text/plain")
    document = fetch_bounded(web.url("/article"), seconds=5)
    assert document.status == Document.Status.FAILED
    assert document.fetch_error == "robots.txt could not be fetched (HTTP 503)"
    assert web.hits("/article") == []


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_an_http_error_is_recorded_with_its_status(web, status):
    web.routes["/gone"] = Response(status, "no", "text/plain")
    document = fetch_bounded(web.url("/gone"), seconds=5)
    assert document.status == Document.Status.FAILED
    assert document.fetch_error == f"HTTP {status}"
    assert document.http_status == status


def test_a_closed_port_is_reported_as_a_refused_connection(web, settings):
    listener = socket.socket()
    listener.bind((web.host, 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    document = fetch_bounded(f"http://{web.host}:{port}/article", seconds=5)
    assert document.status == Document.Status.FAILED
    assert document.fetch_error == f"the connection to {web.host}:{port} was refused"


@pytest.mark.parametrize(
    "body, content_type, expected",
    [
        # cp1252 bytes declared as UTF-8
        ("<html><body><p>Le cessez-le-feu est entré en vigueur à Stepanakert, a déclaré le ministère des "
         "Affaires étrangères arménien.</p></body></html>".encode("cp1252"), "text/html; charset=utf-8", "entré"),
        # a charset that does not exist
        ("<p>Déclaration du ministère.</p>".encode(), "text/html; charset=x-no-such-charset", "Déclaration"),
        # a meta charset that lies, and bytes that are no encoding at all
        (b'<meta charset="utf-16"><p>caf\xe9 \xff\xfe\x00\x81 cr\xe8me</p>', "text/html", "caf"),
        # NUL and control characters in the middle of the text
        (b"<p>avant\x00\x01\x02 apr\xc3\xa8s</p>", "text/html; charset=utf-8", "après"),
        # UTF-8 with a BOM, declared as latin-1
        ("\ufeff<p>Ça marche très bien.</p>".encode(), "text/html; charset=iso-8859-1", "Ça marche"),
    ],
)  # fmt: skip
def test_invalid_encodings_are_decoded_without_crashing(web, body, content_type, expected):
    web.routes["/page"] = Response(200, body, content_type)
    document = fetch_bounded(web.url("/page"), seconds=5)
    assert document.status == Document.Status.ARCHIVED
    assert expected in document.text
    assert "\x00" not in document.text


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Broken</title><body><p>Unclosed <b>bold <i>italic <p>Next paragraph</div></span>",
        b"<<<>>> <p <p> </html> <html> <body></head> text after the end",
        b"<?xml version='1.0' encoding='utf-8'?><html><body><p>XML declaration then HTML</p></body></html>",
        b"",
        b"   \n\t  ",
        b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>",
        b"<!DOCTYPE html><html><head><script type='application/ld+json'>{not json</script></head><body>x</body>",
    ],
)
def test_malformed_html_is_archived_without_crashing(web, body):
    web.routes["/page"] = Response(200, body, "text/html")
    document = fetch_bounded(web.url("/page"), seconds=5)
    assert document.status == Document.Status.ARCHIVED
    assert Snapshot.objects.filter(document=document).count() == 1


def test_a_refused_fetch_is_recorded_on_the_source_health(web, settings):
    from tests.factories import SourceFactory

    source = SourceFactory(homepage=web.url("/"), crawl_delay=0)
    document = services.fetch_url_now(web.url("/private/x"))
    assert document.source == source
    source.refresh_from_db()
    assert source.last_fetched_at is not None
    assert source.last_error.endswith("robots.txt disallows this path")
    assert source.last_error_at is not None
    assert source.last_success_at is None
    services.fetch_url_now(web.url("/article"))
    source.refresh_from_db()
    assert source.last_success_at is not None
