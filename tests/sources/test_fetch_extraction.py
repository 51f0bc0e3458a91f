"""What the archive extracts from a page: metadata and the main text without navigation, ads or footers."""

from datetime import UTC, datetime, timedelta

from sources.fetching import decode_body, extract_page, normalize_url, same_site
from tests.sources.hostile_web import article_html


def test_it_extracts_title_author_date_language_and_canonical_url():
    page = extract_page(article_html(canonical="/article?id=1").encode(), url="https://news.example.org/a?id=1")
    assert page.title == "Un cessez-le-feu est entré en vigueur"
    assert page.author == "Claire Martin"
    assert page.published_at == datetime(2023, 9, 20, 9, 0, tzinfo=UTC)
    assert page.language == "fr"
    assert page.canonical_url == "https://news.example.org/article?id=1"


def test_the_main_text_has_no_navigation_ads_footer_or_scripts():
    text = extract_page(article_html().encode(), url="https://news.example.org/a").text
    assert "entré en vigueur mercredi à 13 heures" in text
    assert "120 000 personnes" in text
    for boilerplate in ("MENU-NAVIGATION", "PUBLICITE", "FOOTER-MENTIONS-LEGALES", "nav-ads-script"):
        assert boilerplate not in text


def test_a_canonical_url_on_another_site_or_scheme_is_ignored():
    for canonical in ("https://evil.example.com/a", "javascript:alert(1)", "ftp://news.example.org/a"):
        page = extract_page(article_html(canonical=canonical).encode(), url="https://news.example.org/a")
        assert page.canonical_url == ""
    page = extract_page(article_html(canonical="https://www.example.org/a").encode(), url="https://m.example.org/a")
    assert page.canonical_url == "https://www.example.org/a"


def test_the_language_is_guessed_when_the_page_does_not_say():
    html = article_html(lang="").replace('lang=""', "")
    english = html.replace(
        "Selon les autorités locales", "According to the local authorities, the ceasefire came into force on "
        "Wednesday and thousands of people have left the region since the start of the week"
    )  # fmt: skip
    assert extract_page(html.encode(), url="https://x.example/a").language == "fr"
    assert extract_page(b"<p>" + b"The ceasefire came into force on Wednesday at noon. " * 5 + b"</p>",
                        url="https://x.example/b").language == "en"  # fmt: skip
    assert english  # the page still extracts


def test_a_date_without_a_zone_takes_the_default_zone_and_nonsense_dates_are_dropped(settings):
    html = (
        '<html><head><meta property="article:published_time" content="2024-03-01T08:30:00"></head><body>x</body></html>'
    )
    published = extract_page(html.encode(), url="https://x.example/a").published_at
    assert published is not None and published.utcoffset() == timedelta(hours=1)  # Europe/Paris in March
    future = '<meta property="article:published_time" content="2999-01-01T00:00:00Z"><p>x</p>'
    assert extract_page(future.encode(), url="https://x.example/a").published_at is None


def test_plain_text_and_feeds_are_archived_as_text():
    page = extract_page("Communiqué\n\nLe ministère annonce…".encode(), url="https://x.example/a.txt",
                        content_type="text/plain", charset="utf-8")  # fmt: skip
    assert page.title == "Communiqué"
    assert "Le ministère annonce" in page.text
    feed = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <rss><channel><title>Fil info</title><item><title>Premier &xxe;</title></item></channel></rss>"""
    page = extract_page(feed, url="https://x.example/feed", content_type="application/rss+xml")
    assert page.title == "Fil info"
    assert "root:" not in page.text


def test_decoding_follows_bom_declared_meta_then_detection():
    assert decode_body("<p>é</p>".encode("utf-16"), "") == "<p>é</p>"
    assert decode_body("<p>é</p>".encode("latin-1"), "iso-8859-1") == "<p>é</p>"
    assert "é" in decode_body('<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1"), "")
    assert decode_body(b"\xff\xfe\xfd garbage \x00", "no-such-charset")  # never raises


def test_urls_are_normalized_for_storage_and_comparison():
    assert normalize_url(" HTTPS://News.Example.ORG:443/a?utm_source=x&id=2#top ") == "https://news.example.org/a?id=2"
    assert normalize_url("http://exemple.fr") == "http://exemple.fr/"
    assert normalize_url("http://bücher.example/") == "http://xn--bcher-kva.example/"
    assert same_site("https://www.lemonde.fr/a", "https://lemonde.fr/b")
    assert not same_site("https://lemonde.fr.evil.com/a", "https://lemonde.fr/b")
