"""A demo web of fake news sites served on loopback addresses, standard library only.

Each site of sites.SITES gets its own http.server.ThreadingHTTPServer on 127.0.0.(base + ip_offset).
Pages come from pages.PAGES; see the package docstring for what each site serves.
"""

import email.utils
import hashlib
import html
import json
import re
import threading
import unicodedata
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from .pages import PAGES
from .sites import SITES, SITES_BY_KEY

MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

WORD_RE = re.compile(r"\w{3,}")
MAX_RESULTS = 10

TEXT = {
    "fr": {
        "nav": [("Accueil", "/"), ("International", "/#international"), ("Économie", "/#economie"),
                ("Sport", "/#sport"), ("Culture", "/#culture")],
        "published": "Publié le",
        "by": "Par",
        "latest": "Derniers articles",
        "related": "À lire aussi",
        "ad": "Publicité",
        "ad_text": "Abonnez-vous dès 1 € le premier mois et accédez à tous nos articles.",
        "search": "Rechercher",
        "results": "Résultats de recherche",
        "no_results": "Aucun résultat",
        "legal": "Site de démonstration fictif, à usage de test uniquement. Toute ressemblance avec un média "
        "existant serait fortuite. Mentions légales · Politique de confidentialité · Gestion des cookies.",
        "not_found": "Page introuvable",
        "feed": "Flux RSS",
    },
    "en": {
        "nav": [("Home", "/"), ("World", "/#world"), ("Business", "/#business"), ("Sport", "/#sport"),
                ("Culture", "/#culture")],
        "published": "Published",
        "by": "By",
        "latest": "Latest stories",
        "related": "Related stories",
        "ad": "Advertisement",
        "ad_text": "Subscribe for $1 a week and get unlimited access to all our journalism.",
        "search": "Search",
        "results": "Search results",
        "no_results": "No results",
        "legal": "Fictional demonstration site, for testing only. Any resemblance to a real news outlet is "
        "coincidental. Terms of use · Privacy policy · Cookie settings.",
        "not_found": "Page not found",
        "feed": "RSS feed",
    },
}  # fmt: skip


def normalize(text: str) -> str:
    """Casefolded text without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> set[str]:
    return set(WORD_RE.findall(normalize(text)))


def query_words(query: str) -> set[str]:
    """Distinct words (3+ characters) of a search query, ignoring double quotes, a leading "-" and OR."""
    found = set()
    for token in query.replace('"', " ").split():
        token = token.lstrip("-")
        if token.casefold() == "or":
            continue
        found |= words(token)
    return found


def page_path(page: dict) -> str:
    published = datetime.fromisoformat(page["published"])
    return f"/{published:%Y}/{published:%m}/{page['slug']}.html"


def http_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None), usegmt=False).replace(
        "-0000", "GMT"
    )


def byline_date(moment: datetime, lang: str, site: dict) -> str:
    """The publication date as the site's locale writes it, in the site's zone."""
    local = moment.astimezone(ZoneInfo(site["zone"]))
    if lang == "fr":
        day = "1er" if local.day == 1 else str(local.day)
        text = f"{day} {MONTHS_FR[local.month - 1]} {local.year} à {local.hour}h{local:%M}"
        if site["zone"] != "Europe/Paris":
            text += f" (heure locale, UTC{local:%z}"[:-2] + ")"
        return text
    zone = local.tzname() or ""
    if zone in ("UTC", "GMT") or not zone[:1].isalpha():
        zone = "GMT" if zone in ("UTC", "GMT") else f"GMT{local:%z}"[:-2]
    if site["country"] == "US":
        hour = local.hour % 12 or 12
        suffix = "a.m." if local.hour < 12 else "p.m."
        return f"{MONTHS_EN[local.month - 1]} {local.day}, {local.year}, {hour}:{local:%M} {suffix} {zone}"
    return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year}, {local:%H:%M} {zone}"


class Site:
    """One site's pages and renderers. base_url is set once its server is bound."""

    def __init__(self, site: dict, pages: list[dict]):
        self.site = site
        self.lang = site["languages"][0]
        self.base_url = ""
        self.pages = sorted(
            ({**page, "when": datetime.fromisoformat(page["published"]), "path": page_path(page)} for page in pages),
            key=lambda page: page["when"],
            reverse=True,
        )
        for page in self.pages:
            page["words"] = words(page["title"] + " " + " ".join(page["paragraphs"]))
        self.by_path = {page["path"]: page for page in self.pages}
        self.updated = self.pages[0]["when"] if self.pages else datetime.fromisoformat("2023-01-01T00:00:00+00:00")

    # -- chrome -----------------------------------------------------------------------------------

    def document(self, *, lang: str, title: str, body: str, head: str = "", path: str = "/") -> str:
        text = TEXT[lang]
        esc = html.escape
        nav = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in text["nav"])
        search_form = ""
        if self.site["search"]:
            search_form = (
                f'<form class="site-search" action="/search" method="get" role="search">'
                f'<input type="search" name="q" aria-label="{text["search"]}">'
                f'<button type="submit">{text["search"]}</button></form>'
            )
        feed_link = ""
        if self.site["feed"]:
            feed_link = (
                f'<link rel="alternate" type="application/rss+xml" title="{esc(text["feed"])}" href="/feed.xml">'
            )
        others = [page for page in self.pages if page["path"] != path][:3]
        related_items = "".join(f'<li><a href="{page["path"]}">{esc(page["title"])}</a></li>' for page in others)
        year = self.updated.year
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n{head}{feed_link}\n"
            "<style>body{font-family:Georgia,serif;max-width:60rem;margin:auto}.ad{background:#eee}</style>\n"
            "</head>\n<body>\n"
            f'<header class="site-header"><a class="logo" href="/">{esc(self.site["name"])}</a>'
            f'<nav class="main-nav"><ul>{nav}</ul></nav>{search_form}</header>\n'
            f"{body}\n"
            f'<aside class="sidebar"><div class="ad" data-slot="sidebar-1"><p class="ad-label">{esc(text["ad"])}</p>'
            f'<p><a href="/#abonnement">{esc(text["ad_text"])}</a></p></div>'
            f'<section class="related"><h2>{esc(text["related"])}</h2><ul>{related_items}</ul></section></aside>\n'
            f'<footer class="site-footer"><p>© {year} {esc(self.site["name"])}. {esc(text["legal"])}</p></footer>\n'
            f"<script>window.dataLayer = window.dataLayer || []; "
            f"window.dataLayer.push({{'event': 'pageview', 'site': '{self.site['key']}'}});</script>\n"
            f"</body>\n</html>\n"
        )

    def metadata(self, page: dict) -> str:
        style = self.site["meta_style"]
        url = self.base_url.rstrip("/") + page["path"]
        esc = html.escape
        parts = [f'<link rel="canonical" href="{esc(url)}">\n']
        if style != "plain":
            parts.append(f'<meta name="description" content="{esc(page["paragraphs"][0][:160])}">\n')
        if style in ("og", "both"):
            locale = "fr_FR" if page["lang"] == "fr" else "en_GB"
            parts.append(
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{esc(page["title"])}">\n'
                f'<meta property="og:url" content="{esc(url)}">\n'
                f'<meta property="og:site_name" content="{esc(self.site["name"])}">\n'
                f'<meta property="og:locale" content="{locale}">\n'
                f'<meta property="article:published_time" content="{page["published"]}">\n'
                f'<meta name="author" content="{esc(page["author"])}">\n'
            )
        if style in ("jsonld", "both"):
            data = {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": page["title"],
                "datePublished": page["published"],
                "dateModified": page["published"],
                "inLanguage": page["lang"],
                "author": {"@type": "Person", "name": page["author"]},
                "publisher": {"@type": "Organization", "name": self.site["name"]},
                "mainEntityOfPage": url,
            }
            payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
            parts.append(f'<script type="application/ld+json">{payload}</script>\n')
        return "".join(parts)

    # -- pages ------------------------------------------------------------------------------------

    def render_page(self, page: dict) -> str:
        text = TEXT[page["lang"]]
        esc = html.escape
        paragraphs = "".join(f"<p>{esc(paragraph)}</p>" for paragraph in page["paragraphs"])
        body = (
            f'<main id="content"><article>'
            f"<h1>{esc(page['title'])}</h1>"
            f'<p class="byline">{text["by"]} {esc(page["author"])} · {text["published"]} '
            f'<time datetime="{page["published"]}">{esc(byline_date(page["when"], page["lang"], self.site))}</time></p>'
            f"{paragraphs}</article></main>"
        )
        return self.document(
            lang=page["lang"], title=f"{page['title']} | {self.site['name']}", body=body, head=self.metadata(page),
            path=page["path"],
        )  # fmt: skip

    def render_home(self) -> str:
        text = TEXT[self.lang]
        esc = html.escape
        items = "".join(
            f'<li lang="{page["lang"]}"><a href="{page["path"]}">{esc(page["title"])}</a> '
            f'<time datetime="{page["published"]}">{esc(byline_date(page["when"], page["lang"], self.site))}</time>'
            "</li>"
            for page in self.pages
        )
        body = f'<main id="content"><h1>{esc(text["latest"])}</h1><ul class="article-list">{items}</ul></main>'
        head = f'<link rel="canonical" href="{esc(self.base_url)}">\n'
        return self.document(lang=self.lang, title=self.site["name"], body=body, head=head)

    def search(self, query: str) -> list[tuple[dict, str]]:
        wanted = query_words(query)
        if not wanted:
            return []
        scored = []
        for page in self.pages:
            score = len(wanted & page["words"])
            if score:
                scored.append((score, page["when"], page))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        results = []
        for _score, _when, page in scored[:MAX_RESULTS]:
            best = max(page["paragraphs"], key=lambda paragraph: len(wanted & words(paragraph)))
            snippet = best if len(best) <= 220 else best[:220].rsplit(" ", 1)[0] + " …"
            results.append((page, snippet))
        return results

    def render_search(self, query: str) -> str:
        text = TEXT[self.lang]
        esc = html.escape
        results = self.search(query)
        if results:
            items = "".join(
                f'<li><a href="{page["path"]}">{esc(page["title"])}</a> <p>{esc(snippet)}</p></li>'
                for page, snippet in results
            )
            listing = f'<ol class="search-results">{items}</ol>'
        else:
            listing = f'<ol class="search-results"></ol><p class="no-results">{esc(text["no_results"])}</p>'
        quoted = f"« {query} »" if self.lang == "fr" else f"“{query}”"
        body = f'<main id="content"><h1>{esc(text["results"])}</h1><p class="query">{esc(quoted)}</p>{listing}</main>'
        head = '<meta name="robots" content="noindex">\n'
        return self.document(lang=self.lang, title=f"{text['search']} | {self.site['name']}", body=body, head=head)

    def render_feed(self) -> str:
        esc = html.escape
        items = []
        for page in self.pages:
            url = self.base_url.rstrip("/") + page["path"]
            items.append(
                f"<item><title>{esc(page['title'])}</title><link>{esc(url)}</link>"
                f'<guid isPermaLink="true">{esc(url)}</guid>'
                f"<pubDate>{email.utils.format_datetime(page['when'])}</pubDate>"
                f"<dc:creator>{esc(page['author'])}</dc:creator>"
                f"<description>{esc(page['paragraphs'][0])}</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>{esc(self.site['name'])}</title><link>{esc(self.base_url)}</link>"
            f"<description>{esc(self.site['name'])}</description><language>{self.lang}</language>"
            f"<lastBuildDate>{email.utils.format_datetime(self.updated)}</lastBuildDate>"
            f"{''.join(items)}</channel></rss>\n"
        )

    def render_sitemap(self) -> str:
        esc = html.escape
        base = self.base_url.rstrip("/")
        urls = [f"<url><loc>{esc(self.base_url)}</loc><lastmod>{self.updated.isoformat()}</lastmod></url>"]
        urls += [
            f"<url><loc>{esc(base + page['path'])}</loc><lastmod>{page['published']}</lastmod></url>"
            for page in self.pages
        ]
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(urls)}</urlset>\n'
        )

    def render_not_found(self) -> str:
        text = TEXT[self.lang]
        body = f'<main id="content"><h1>{html.escape(text["not_found"])}</h1></main>'
        return self.document(lang=self.lang, title=text["not_found"], body=body)

    def route(self, raw_path: str) -> tuple[int, str, str, datetime | None]:
        """(status, content type, body, last modified) for a request path."""
        parts = urlsplit(raw_path)
        path = parts.path
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n", self.updated
        if path in ("/", "/index.html"):
            return 200, "text/html; charset=utf-8", self.render_home(), self.updated
        if path in self.by_path:
            page = self.by_path[path]
            return 200, "text/html; charset=utf-8", self.render_page(page), page["when"]
        if path == "/feed.xml" and self.site["feed"]:
            return 200, "application/rss+xml; charset=utf-8", self.render_feed(), self.updated
        if path == "/sitemap.xml" and self.site["sitemap"]:
            return 200, "application/xml; charset=utf-8", self.render_sitemap(), self.updated
        if path == "/search" and self.site["search"]:
            query = " ".join(parse_qs(parts.query).get("q", []))
            return 200, "text/html; charset=utf-8", self.render_search(query), None
        return 404, "text/html; charset=utf-8", self.render_not_found(), None


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoWeb/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):
            pass

        def respond(self, with_body: bool):
            status, content_type, text, modified = site.route(self.path)
            body = text.encode("utf-8")
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            last_modified = http_date(modified or site.updated)
            if status == 200 and etag in [tag.strip() for tag in self.headers.get("If-None-Match", "").split(",")]:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Last-Modified", last_modified)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=60")
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self):
            self.respond(True)

        def do_HEAD(self):
            self.respond(False)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class DemoWeb:
    """The demo web: one HTTP server per site on 127.0.0.(base + ip_offset).

    With port=0 each site gets its own free port; with a fixed port all sites share it (on different IPs).
    Usable as a context manager: `with DemoWeb() as web: web.url("agence-hexa")`.
    """

    def __init__(self, *, base: int = 20, port: int = 0, host_prefix: str = "127.0.0.", crawl_delay: float = 1.0):
        self.base = base
        self.port = port
        self.host_prefix = host_prefix
        self.crawl_delay = crawl_delay
        self.sites = {
            site["key"]: Site(site, [page for page in PAGES if page["site"] == site["key"]]) for site in SITES
        }
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []

    def host(self, site_key: str) -> str:
        return f"{self.host_prefix}{self.base + SITES_BY_KEY[site_key]['ip_offset']}"

    def start(self) -> "DemoWeb":
        if self._servers:
            return self
        try:
            for key, site in self.sites.items():
                server = _Server((self.host(key), self.port), make_handler(site))
                host, port = server.server_address[:2]
                site.base_url = f"http://{host}:{port}/"
                self._servers[key] = server
                thread = threading.Thread(target=server.serve_forever, name=f"demo-web-{key}", daemon=True)
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> "DemoWeb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return bool(self._servers)

    def url(self, site_key: str, path: str = "/") -> str:
        if self._servers:
            base = self.sites[site_key].base_url
        elif self.port:  # a fixed port: the addresses are known before (or without) serving, e.g. to register
            base = f"http://{self.host(site_key)}:{self.port}/"
        else:
            raise RuntimeError("DemoWeb is not started")
        return base.rstrip("/") + "/" + path.lstrip("/")

    def page_url(self, ref: str) -> str:
        """URL of a page given as "site_key/slug"."""
        site_key, slug = ref.split("/", 1)
        for page in self.sites[site_key].pages:
            if page["slug"] == slug:
                return self.url(site_key, page["path"])
        raise KeyError(ref)

    def registry(self) -> list[dict]:
        """The sites as rows for the project's import_sources JSON."""
        rows = []
        for key, site in self.sites.items():
            info = site.site
            rows.append(
                {
                    "name": info["name"],
                    "homepage": self.url(key),
                    "kind": info["kind"],
                    "country": info["country"],
                    "languages": list(info["languages"]),
                    "reliability": info["reliability"],
                    "feeds": [self.url(key, "/feed.xml")] if info["feed"] else [],
                    "sitemap": self.url(key, "/sitemap.xml") if info["sitemap"] else "",
                    "search_url": self.url(key, "/search?q={query}") if info["search"] else "",
                    "crawl_delay": self.crawl_delay,
                }
            )
        return rows
