import gzip
import zlib
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from django.utils import timezone

from sources import discovery
from sources.discovery import site_search
from sources.models import Document, Source
from sources.search import search_passages
from sources.services import source_poll, sources_poll_due
from tests.factories import DocumentFactory, SourceFactory

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Quotidien</title><link>{base}/</link>
<item><title>Cessez-le-feu</title><link>{base}/monde/cessez-le-feu</link>
  <pubDate>Wed, 20 Sep 2023 11:00:00 +0200</pubDate></item>
<item><title>Relative</title><link>/politique/budget</link></item>
<item><title>Tracked</title><link>{base}/eco/prix?utm_source=rss</link></item>
<item><title>Elsewhere</title><link>https://other.example.net/story</link></item>
<item><title>Mail</title><link>mailto:redaction@example.org</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2023-09-20T11:00:00Z</updated>
<entry><title>One</title><id>urn:1</id><updated>2023-09-20T11:00:00Z</updated>
  <link rel="alternate" href="{base}/depeches/1"/></entry>
<entry><title>Two</title><id>urn:2</id><updated>2023-09-20T10:00:00Z</updated>
  <link rel="alternate" href="{base}/depeches/2"/></entry>
</feed>"""

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/old</loc><lastmod>2020-01-01</lastmod></url>
<url><loc>{base}/new</loc><lastmod>2023-09-20T10:00:00+00:00</lastmod></url>
<url><loc>https://elsewhere.example.net/x</loc></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-2023.xml.gz</loc><lastmod>2023-09-20</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-2022.xml</loc><lastmod>2022-12-31</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-2021.xml</loc><lastmod>2021-12-31</lastmod></sitemap>
<sitemap><loc>https://elsewhere.example.net/sitemap.xml</loc></sitemap>
</sitemapindex>"""

ARTICLE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Accueil</a></nav><main><article><h1>{title}</h1>
<p>Le cessez-le-feu est entré en vigueur mercredi à 13 heures, heure locale, a annoncé le ministère de la Défense.
Les forces séparatistes ont accepté de déposer les armes selon le communiqué publié dans la soirée.</p>
<p>Environ 120 000 personnes vivent dans la région, selon les autorités locales, qui ont ouvert trois centres.</p>
</article></main><footer>Mentions légales</footer></body></html>"""


@pytest.fixture
def web(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n", content_type="text/plain")
    return httpserver


@pytest.fixture
def source(web):
    base = web.url_for("").rstrip("/")
    return SourceFactory(homepage=base + "/", crawl_delay=0, languages=["fr"])


def base_of(web) -> str:
    return web.url_for("").rstrip("/")


def urls_of(documents) -> list[str]:
    return sorted(document.url for document in documents)


@pytest.mark.django_db
def test_an_rss_feed_queues_the_items_on_the_sources_domains(web, source):
    base = base_of(web)
    web.expect_request("/rss.xml").respond_with_data(RSS.format(base=base), content_type="application/rss+xml")
    source.feeds = [base + "/rss.xml"]
    source.save()

    result = source_poll(source=source)

    assert urls_of(result.requested) == [f"{base}/eco/prix", f"{base}/monde/cessez-le-feu", f"{base}/politique/budget"]
    assert all(document.source == source for document in result.requested)
    assert Document.objects.filter(status=Document.Status.PENDING).count() == 3
    source.refresh_from_db()
    assert source.last_success_at is not None
    assert source.last_error == ""


@pytest.mark.django_db
def test_an_atom_feed_is_read_too(web, source):
    base = base_of(web)
    web.expect_request("/atom").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    source.feeds = [base + "/atom"]

    result = source_poll(source=source)

    assert urls_of(result.requested) == [f"{base}/depeches/1", f"{base}/depeches/2"]


@pytest.mark.django_db
def test_a_second_poll_queues_only_the_new_items(web, source):
    base = base_of(web)
    web.expect_request("/atom").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    source.feeds = [base + "/atom"]
    DocumentFactory(url=f"{base}/depeches/1", source=source)

    first = source_poll(source=source)
    second = source_poll(source=source)

    assert urls_of(first.requested) == [f"{base}/depeches/2"]
    assert second.requested == []
    assert second.found == 2
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_a_sitemap_queues_its_pages_newest_first(web, source):
    base = base_of(web)
    web.expect_request("/sitemap.xml").respond_with_data(URLSET.format(base=base), content_type="application/xml")
    source.sitemap = base + "/sitemap.xml"

    result = source_poll(source=source)

    assert [document.url for document in result.requested] == [f"{base}/new", f"{base}/old"]


@pytest.mark.django_db
def test_a_sitemap_index_is_followed_to_its_newest_children_within_the_bound(web, source, monkeypatch):
    base = base_of(web)
    monkeypatch.setattr(discovery, "MAX_CHILD_SITEMAPS", 2)
    web.expect_request("/sitemap_index.xml").respond_with_data(INDEX.format(base=base), content_type="text/xml")
    child = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{}</loc></url></urlset>'
    web.expect_request("/sitemap-2023.xml.gz").respond_with_data(
        gzip.compress(child.format(base + "/2023/a").encode()), content_type="application/gzip"
    )
    web.expect_request("/sitemap-2022.xml").respond_with_data(child.format(base + "/2022/b"), content_type="text/xml")
    source.sitemap = base + "/sitemap_index.xml"

    result = source_poll(source=source)

    assert urls_of(result.requested) == [f"{base}/2022/b", f"{base}/2023/a"]
    requested_paths = [request.path for request, _ in web.log]
    assert "/sitemap-2021.xml" not in requested_paths  # beyond the bound: next time


@pytest.mark.django_db
def test_a_malformed_feed_records_a_plain_error_and_the_other_feeds_still_count(web, source):
    base = base_of(web)
    web.expect_request("/broken.xml").respond_with_data(
        "<?xml version='1.0'?><rss><channel><item><title>Oops</titl></item>", content_type="application/rss+xml"
    )
    web.expect_request("/atom").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    source.feeds = [base + "/broken.xml", base + "/atom"]

    result = source_poll(source=source)

    assert len(result.requested) == 2
    source.refresh_from_db()
    assert source.last_error.startswith(f"feed {base}/broken.xml: malformed feed:")
    assert source.last_error_at is not None
    assert source.last_success_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "body", "content_type", "status", "message"),
    [
        ("/page.html", "<html><body><p>Not a feed</p></body></html>", "text/html", 200, "not an RSS or Atom feed"),
        ("/gone.xml", "", "text/plain", 404, "HTTP 404"),
        ("/binary", b"\x00\x01\x02\xff" * 100, "application/octet-stream", 200, "feed"),
    ],
)
def test_a_feed_that_is_not_one_is_reported_without_crashing(web, source, path, body, content_type, status, message):
    web.expect_request(path).respond_with_data(body, content_type=content_type, status=status)
    source.feeds = [base_of(web) + path]

    result = source_poll(source=source)

    assert result.requested == []
    source.refresh_from_db()
    assert message in source.last_error
    assert source.last_success_at is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body>Sitemap? no.</body></html>", "no <urlset> or <sitemapindex>"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset>&e;</urlset>', ""),
        (zlib.compress(b"x"), "malformed sitemap"),
    ],
)
def test_a_malformed_sitemap_records_a_plain_error(web, source, body, message):
    web.expect_request("/sitemap.xml").respond_with_data(body, content_type="application/xml")
    source.sitemap = base_of(web) + "/sitemap.xml"

    result = source_poll(source=source)

    assert result.requested == []
    source.refresh_from_db()
    assert "root:" not in source.last_error  # the entity was never read
    if message:
        assert message in source.last_error


def test_a_gzip_bomb_sitemap_stops_at_the_bound(monkeypatch):
    monkeypatch.setattr(discovery, "MAX_SITEMAP_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"<urlset>" + b" " * (8 * 1024 * 1024), compresslevel=9)

    with pytest.raises(discovery.DiscoveryError, match="larger than 1 MB"):
        discovery.sitemap_links(bomb)


@pytest.mark.django_db
def test_beat_queues_only_the_active_sources_that_are_due(django_capture_on_commit_callbacks):
    now = timezone.now()
    due = SourceFactory(feeds=["https://a.example.org/rss"], last_polled_at=now - timedelta(minutes=61))
    never = SourceFactory(sitemap="https://b.example.org/sitemap.xml")
    recent = SourceFactory(feeds=["https://c.example.org/rss"], last_polled_at=now - timedelta(minutes=5))
    hourly_but_slow = SourceFactory(
        feeds=["https://d.example.org/rss"], poll_interval=240, last_polled_at=now - timedelta(minutes=61)
    )
    inactive = SourceFactory(feeds=["https://e.example.org/rss"], active=False)
    nothing_to_poll = SourceFactory()

    with django_capture_on_commit_callbacks() as callbacks:
        assert sources_poll_due() == 2
    assert len(callbacks) == 2
    for source in (due, never):
        source.refresh_from_db()
        assert source.last_polled_at >= now
    for source in (recent, hourly_but_slow, inactive, nothing_to_poll):
        before = source.last_polled_at
        source.refresh_from_db()
        assert source.last_polled_at == before
    assert sources_poll_due() == 0  # claimed: the next beat does not queue them again


@pytest.mark.django_db(transaction=True)
def test_polled_items_are_archived_and_found_by_the_passage_search(web):
    base = base_of(web)
    source = SourceFactory(homepage=base + "/", crawl_delay=0, feeds=[base + "/atom"])
    web.expect_request("/atom").respond_with_data(ATOM.format(base=base), content_type="application/atom+xml")
    for n in (1, 2):
        web.expect_request(f"/depeches/{n}").respond_with_data(
            ARTICLE.format(title=f"Dépêche {n}"), content_type="text/html; charset=utf-8"
        )

    source_poll(source=source)  # tasks run eagerly in the tests; on_commit fires at once outside a transaction

    assert set(Document.objects.values_list("status", flat=True)) == {Document.Status.ARCHIVED}
    hits = search_passages("forces séparatistes", language="fr")
    assert {hit.url for hit in hits} == {f"{base}/depeches/1", f"{base}/depeches/2"}
    assert hits[0].source_name == source.name


SEARCH_PAGE = """<!doctype html><html><head><title>Recherche</title></head><body>
<header><nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav></header>
<form action="/recherche"><input name="q"></form>
<main>
  <ol class="search-results">
    <li><a href="/monde/article-1">Premier résultat</a></li>
    <li><a href="{base}/monde/article-2#comments">Deuxième résultat</a></li>
    <li><a href="https://ads.example.net/click">Publicité</a></li>
    <li><a href="/recherche?q=cessez-le-feu&page=2">Page suivante</a></li>
    <li><a href="/monde/article-3">Troisième résultat</a></li>
    <li><a href="/img/photo.jpg">Photo</a></li>
  </ol>
</main>
<footer><a href="/mentions-legales">Mentions légales</a></footer>
</body></html>"""


@pytest.mark.django_db
def test_site_search_follows_the_result_links_of_the_search_page(web, source):
    base = base_of(web)
    web.expect_request("/recherche").respond_with_data(SEARCH_PAGE.format(base=base), content_type="text/html")
    source.search_url = base + "/recherche?q={query}"

    documents = site_search(source, "cessez-le-feu à Stepanakert", limit=2)

    assert [document.url for document in documents] == [f"{base}/monde/article-1", f"{base}/monde/article-2"]
    request = next(request for request, _ in web.log if request.path == "/recherche")
    assert parse_qs(request.query_string.decode()) == {"q": ["cessez-le-feu à Stepanakert"]}
    assert b"%C3%A0%20Stepanakert" in request.query_string
    assert site_search(source, "cessez-le-feu")[-1].url == f"{base}/monde/article-3"


@pytest.mark.django_db
def test_site_search_without_a_template_or_a_query_finds_nothing(source):
    assert site_search(source, "anything") == []
    source.search_url = "https://source.example.org/search?q={query}"
    assert site_search(source, "   ") == []


@pytest.mark.django_db
def test_a_failing_search_page_finds_nothing_and_says_why_on_the_source(web, source):
    web.expect_request("/recherche").respond_with_data("oops", status=503)
    source.search_url = base_of(web) + "/recherche?q={query}"
    source.save()

    assert site_search(source, "budget") == []
    source.refresh_from_db()
    assert "site search" in source.last_error
    assert "HTTP 503" in source.last_error
    assert Source.objects.get(pk=source.pk).active


def test_polling_runs_on_the_fetch_queue_and_beat_looks_every_minute(settings):
    from factcheck.celery import app

    for name in ("sources.tasks.poll_source", "sources.tasks.poll_due_sources"):
        assert app.amqp.router.route({}, name)["queue"].name == "fetch"
    assert settings.CELERY_BEAT_SCHEDULE["poll-sources"] == {
        "task": "sources.tasks.poll_due_sources",
        "schedule": 60.0,
    }
