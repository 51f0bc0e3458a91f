"""Discovery: the new pages of a source, from its feeds, its sitemap and its own search page.

Every request goes through sources.fetching (robots.txt, rate limits, address checks, size and time
limits); the pages found are handed to document_request, which archives them on the fetch queue.
Parsing never raises on hostile input: a malformed feed or sitemap becomes a plain DiscoveryError.
"""

import io
import logging
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urljoin, urlsplit

import feedparser
from lxml import etree
from lxml import html as lxml_html

from . import fetching, sites
from .forms import domain_of
from .models import Document, Source

log = logging.getLogger(__name__)

MAX_NEW_PER_POLL = 100  # new documents requested per source per poll; the rest waits for the next poll
MAX_CHILD_SITEMAPS = 10  # of a sitemap index, newest first; nested indexes are not followed further
MAX_SITEMAP_BYTES = 20 * 1024 * 1024  # after decompressing a .xml.gz sitemap
MAX_SEARCH_RESULTS = 10
SKIPPED_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".css", ".js", ".ico", ".mp3", ".mp4",
                      ".zip", ".xml", ".rss", ".json")  # fmt: skip


class DiscoveryError(Exception):
    """A feed, sitemap or search page that could not be fetched or read; the message says why."""


@dataclass
class Link:
    url: str
    modified: datetime | None = None
    title: str = ""  # a feed item's title; sitemaps give none


@dataclass
class PollResult:
    found: int = 0  # item URLs on the source's domains
    requested: list[Document] = field(default_factory=list)  # new documents queued for fetching
    errors: list[str] = field(default_factory=list)
    successes: int = 0  # feeds and sitemaps read


def source_domains(source: Source) -> list[str]:
    return [str(domain).lower() for domain in source.domains or []] or [domain_of(source.homepage)]


def on_source(url: str, source: Source) -> bool:
    # The same rule as services.source_for_url: host or subdomain, and the homepage's scheme and port.
    return sites.url_on_source(url, homepage=source.homepage, domains=source_domains(source))


def fetch_body(url: str, *, source: Source, accept) -> tuple[bytes, str, str, str]:
    """(body, final URL, content type, charset) of url, fetched under the fetching rules, or a DiscoveryError."""
    result = fetching.fetch(url, crawl_delay=source.crawl_delay, accept=accept)
    if not result.ok:
        raise DiscoveryError(result.reason or result.outcome)
    return result.body, result.final_url or url, result.content_type, result.charset


# --- Feeds ---------------------------------------------------------------------------------------

# Problems feedparser notes but reads through: not worth an error on the source.
HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def feed_links(body: bytes, *, url: str, content_type: str = "") -> tuple[list[Link], str]:
    """The item links of an RSS or Atom feed, and the problem met on the way ("" if none).

    A feed broken half-way gives the items before the break and says what broke; one with no items
    to give raises DiscoveryError.
    """
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except Exception as exc:  # feedparser is lenient, but a parser bug must not end a poll
        raise DiscoveryError(f"unreadable feed ({exc.__class__.__name__})") from None
    problem = ""
    exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exception is not None and not isinstance(exception, HARMLESS):
        message = exception.getMessage() if hasattr(exception, "getMessage") else str(exception)
        problem = f"malformed feed: {message}"
    if not parsed.entries:
        if not parsed.get("version"):
            raise DiscoveryError("not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
        if problem:
            raise DiscoveryError(problem)
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or next(
            (link.get("href") for link in entry.get("links", []) if link.get("rel", "alternate") == "alternate"), None
        )
        if not href and entry.get("guidislink"):
            href = entry.get("id")
        if href:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            modified = datetime(*stamp[:6], tzinfo=UTC) if stamp else None
            links.append(Link(urljoin(url, href.strip()), modified, str(entry.get("title") or "")[:500]))
    if problem and not links:
        raise DiscoveryError(problem)
    return links, problem


# --- Sitemaps ------------------------------------------------------------------------------------


def _ungzip(body: bytes) -> bytes:
    """A .xml.gz sitemap, inflated no further than MAX_SITEMAP_BYTES (a gzip bomb stops there)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise DiscoveryError(f"broken gzip sitemap ({exc})") from None
    if len(data) > MAX_SITEMAP_BYTES:
        raise DiscoveryError(f"sitemap larger than {MAX_SITEMAP_BYTES // (1024 * 1024)} MB once decompressed")
    return data


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _lastmod(value: str | None) -> datetime | None:
    parsed = fetching.parse_datetime(value or "") if value else None
    return parsed


def sitemap_links(body: bytes) -> tuple[list[Link], list[Link]]:
    """(page links, child sitemaps) of an XML sitemap, a sitemap index or a plain-text list of URLs."""
    if body[:2] == b"\x1f\x8b":
        body = _ungzip(body)
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        # sitemaps.org allows a plain list of URLs, one per line.
        lines = [line.strip() for line in body.decode("utf-8", "replace").splitlines()]
        pages = [Link(line) for line in lines if line.startswith(("http://", "https://"))]
        if not pages:
            raise DiscoveryError("malformed sitemap: neither XML nor a list of URLs")
        return pages, []
    # No entities, no network, no huge trees: a sitemap is data from strangers.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"malformed sitemap: {exc}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise DiscoveryError("malformed sitemap: no <urlset> or <sitemapindex>")
    pages, children = [], []
    for item in root:
        kind = _local(item.tag)
        if kind not in ("url", "sitemap"):
            continue
        values = {_local(child.tag): (child.text or "").strip() for child in item}
        if not values.get("loc"):
            continue
        link = Link(values["loc"], _lastmod(values.get("lastmod")))
        (pages if kind == "url" else children).append(link)
    return pages, children


def newest_first(links: list[Link]) -> list[Link]:
    floor = datetime.min.replace(tzinfo=UTC)
    return sorted(links, key=lambda link: link.modified or floor, reverse=True)


def sitemap_pages(url: str, *, source: Source) -> list[Link]:
    """The pages of a source's sitemap, following one level of sitemap index (newest children first)."""
    body, _, _, _ = fetch_body(url, source=source, accept=None)
    pages, children = sitemap_links(body)
    children = [child for child in newest_first(children) if on_source(child.url, source)]
    problems = []
    for child in children[:MAX_CHILD_SITEMAPS]:
        try:
            child_body, _, _, _ = fetch_body(child.url, source=source, accept=None)
            child_pages, _nested = sitemap_links(child_body)
        except DiscoveryError as exc:
            problems.append(f"{child.url}: {exc}")
            continue
        pages.extend(child_pages)
    if problems and not pages:
        raise DiscoveryError("; ".join(problems))
    return newest_first(pages)


# --- Site search ---------------------------------------------------------------------------------

# Parts of a page that hold navigation, not results.
CHROME = "//nav|//header|//footer|//aside|//form|//script|//style|//noscript|//*[@role='navigation']"
RESULTS = (
    "//*[contains(translate(@class, 'RESULT', 'result'), 'result') or contains(translate(@id, 'RESULT', 'result'),"
    " 'result')]//a[@href]"
)


def search_url(source: Source, query: str) -> str:
    return source.search_url.replace("{query}", quote(query.strip(), safe=""))


def result_links(body: bytes, *, url: str, charset: str, source: Source, limit: int) -> list[str]:
    """The links of a search results page that lead to pages of the source, in page order."""
    return [link.url for link in result_items(body, url=url, charset=charset, source=source, limit=limit)]


def result_items(body: bytes, *, url: str, charset: str, source: Source, limit: int) -> list[Link]:
    """The results of a search results page that lead to pages of the source, in page order, each with the
    text the page shows for it (its title and snippet), which says whether it is worth fetching."""
    text = fetching.decode_body(body, charset)
    try:
        tree = lxml_html.fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError):
        return []
    base = tree.xpath("string(//base/@href)") or url
    for element in tree.xpath(CHROME):
        element.drop_tree()
    anchors = tree.xpath(RESULTS) or tree.xpath("//main//a[@href]|//article//a[@href]") or tree.xpath("//a[@href]")
    search_path = urlsplit(url).path
    homepage_path = urlsplit(source.homepage).path or "/"
    links: list[Link] = []
    for anchor in anchors:
        href = urljoin(base, anchor.get("href", "").strip()).split("#", 1)[0]
        path = urlsplit(href).path or "/"
        if (
            not on_source(href, source)
            or path in (search_path, homepage_path, "/")
            or path.lower().endswith(SKIPPED_EXTENSIONS)
            or any(link.url == href for link in links)
        ):
            continue
        item = next(anchor.iterancestors("li", "article", "tr", "dd"), None)
        text = " ".join((item if item is not None else anchor).text_content().split())
        links.append(Link(href, title=text[:300]))
        if len(links) >= limit:
            break
    return links


def site_search(source: Source, query: str, *, limit: int = MAX_SEARCH_RESULTS) -> list[Document]:
    """Search a source with its own search page and queue the result pages for archiving.

    Returns the documents of the results (already archived, or pending on the fetch queue), at most
    limit of them. A source without a search URL, or a blank query, finds nothing; a search page that
    cannot be fetched finds nothing and leaves the reason in the source's last error.
    """
    from .services import document_request, source_health_record

    try:
        links = search_result_urls(source, query, limit=limit)
    except DiscoveryError as exc:
        source_health_record(source=source, error=str(exc))
        return []
    documents = []
    for link in links:
        try:
            documents.append(document_request(url=link, source=source))
        except fetching.UnfetchableURL:
            continue
    source_health_record(source=source)
    return documents


def search_result_urls(source: Source, query: str, *, limit: int = MAX_SEARCH_RESULTS) -> list[str]:
    return [link.url for link in search_results(source, query, limit=limit)]


def search_results(source: Source, query: str, *, limit: int = MAX_SEARCH_RESULTS) -> list[Link]:
    """The results of the source's search page for query; a DiscoveryError says why there are none.

    A source without a search URL, or a blank query, finds nothing. The results are the links inside an
    element whose class or id says "result", else those in <main>/<article>, else any link to the source's
    pages: a search page that changes shape still gives its links, and one that gives none is reported.
    """
    if not source.search_url or "{query}" not in source.search_url or not query.strip():
        return []
    url = search_url(source, query)
    try:
        body, final_url, _, charset = fetch_body(url, source=source, accept=fetching.PAGE_TYPES)
    except DiscoveryError as exc:
        raise DiscoveryError(f"site search {url}: {exc}") from None
    return result_items(body, url=final_url, charset=charset, source=source, limit=limit)
