"""Retrieval: ask the registered sources for pages about a set of queries, within a budget.

The caller (claims/) gives queries per language and the texts that say what it looks for. Retrieval chooses
which active sources to ask (language, country, kind, how often their search answered before), asks their
site search (results cached), reads their feeds and sitemaps (cached) for recent items that look relevant,
and hands back the page URLs with where each came from, and what failed. Every request goes through
sources.fetching: robots.txt, the per-host delay shared by all workers, limits. Fetching the pages is the
caller's next step (services.document_request, on the fetch queue).
"""

import hashlib
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import unquote, urlsplit

from django.core.cache import cache
from django.db.models import F, Q

from . import discovery, embeddings, fetching
from .models import Source

log = logging.getLogger(__name__)

SEARCH_CACHE_SECONDS = 3600  # a site's answer to one query, reused by later articles for an hour
LISTING_CACHE_SECONDS = 600  # a feed's or sitemap's items
MAX_SOURCES = 24  # sources asked per article
MAX_REQUESTS = 60  # search, feed and sitemap requests per article (cached answers cost none)
MAX_PAGES = 60  # pages requested per article
PAGES_PER_SEARCH = 5
QUERIES_PER_SOURCE = 3
LISTING_WINDOW = timedelta(days=10)  # feed and sitemap items this close to the claims' date
LISTING_RELEVANCE = 0.3  # cosine between an item's title (or its URL's words) and one of the probes
# For a source of a country the claims name (its ministry, its press): its recent items are likely about them,
# and its address's words are often in its own language only.
NATIONAL_LISTING_RELEVANCE = 0.15
SEARCH_RELEVANCE = 0.2  # a search result's title and snippet against the probes: the query chose them already
ASK_IN_PARALLEL = 8  # sources asked at once: each waits for its own host's delay, not the others'
# A source whose search answered nothing this many times in a row is asked last.
SILENT_AFTER = 5


@dataclass
class Found:
    url: str
    source_id: int
    via: str  # "search", "feed" or "sitemap"
    query: str = ""


@dataclass
class Retrieval:
    found: list[Found] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # {"source", "url", "reason"}
    requests: int = 0
    cached: int = 0
    sources: list[int] = field(default_factory=list)


def sources_to_ask(*, languages: set[str], countries: set[str], limit: int = MAX_SOURCES) -> list[Source]:
    """The active sources worth asking, best first: those that can be searched or listed at all, then by
    country named in the claims, language, reliability and how often their search answered before."""
    askable = Source.objects.filter(active=True).filter(~Q(search_url="") | ~Q(feeds=[]) | ~Q(sitemap=""))

    def rank(source: Source) -> float:
        score = source.reliability / 5
        if source.country and source.country.upper() in countries:
            score += 1.5
        if not source.languages or set(source.languages) & languages:
            score += 1.0
        if source.kind == Source.Kind.FACT_CHECKER:
            score += 0.3
        if source.search_url:
            score += 0.5
            if source.searches:
                score += source.search_answers / source.searches
            if source.searches >= SILENT_AFTER and not source.search_answers:
                score -= 3
        return score

    # A registry holds hundreds of sources: ranking them in Python is cheap and keeps the rules readable.
    return sorted(askable, key=lambda source: (-rank(source), source.pk))[:limit]


def retrieve(
    *,
    queries: dict[str, list[str]],
    probes: list[str],
    around: datetime | None,
    countries: set[str] = frozenset(),
    max_requests: int = MAX_REQUESTS,
    max_pages: int = MAX_PAGES,
) -> Retrieval:
    """Pages the registry's sources give for the queries (per language: {"fr": […], "en": […]}).

    probes are the texts looked for (claim sentences): a search result, feed or sitemap item is kept when
    its title (or its address's words) is close to one of them, across languages; listings also need to
    have been published near `around`. Sources are asked in parallel, each one's requests in turn, so a
    source's crawl delay only holds up its own requests.
    """
    outcome = Retrieval()
    languages = {lang for lang, items in queries.items() if items}
    chosen = sources_to_ask(languages=languages, countries=set(countries))
    outcome.sources = [source.pk for source in chosen]
    budget = _Budget(max_requests)
    with ThreadPoolExecutor(max_workers=ASK_IN_PARALLEL) as pool:
        answers = list(pool.map(lambda source: _ask(source, _plan(source, queries), budget), chosen))
    probe_vectors = embeddings.embed(probes) if probes else None
    kept: list[list[Found]] = []
    for source, answer in zip(chosen, answers, strict=True):
        outcome.requests += answer.requests
        outcome.cached += answer.cached
        outcome.errors.extend(answer.errors)
        _record(source, answer)
        found = []
        national = bool(source.country and source.country.upper() in countries)
        for kind, target, links in answer.listings:
            window = None if kind == "search" else around
            query = target if kind == "search" else ""
            floor = SEARCH_RELEVANCE if kind == "search" else NATIONAL_LISTING_RELEVANCE if national else None
            for link in _relevant(links, probe_vectors, window, floor):
                found.append(Found(url=link.url, source_id=source.pk, via=kind, query=query))
        kept.append(found)
    # Round-robin over the sources: the page budget is spread, not spent on the first ones.
    seen: set[str] = set()
    for rank in range(max((len(found) for found in kept), default=0)):
        for found in kept:
            if rank < len(found) and len(outcome.found) < max_pages:
                try:
                    url = fetching.normalize_url(found[rank].url)
                except fetching.UnfetchableURL:
                    continue
                if url not in seen:
                    seen.add(url)
                    outcome.found.append(Found(url, found[rank].source_id, found[rank].via, found[rank].query))
    return outcome


class _Budget:
    """Requests an article may still make, shared by the threads asking the sources."""

    def __init__(self, requests: int):
        self.requests = requests
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.requests <= 0:
                return False
            self.requests -= 1
            return True


@dataclass
class _Answer:
    listings: list[tuple[str, str, list[discovery.Link]]] = field(default_factory=list)  # (kind, target, links)
    errors: list[dict] = field(default_factory=list)
    requests: int = 0
    cached: int = 0
    searches: int = 0
    answered: int = 0
    problem: str = ""


def _ask(source: Source, plan: list[tuple[str, str]], budget: _Budget) -> _Answer:
    """One source's answers to its plan, in order. No database access: it runs in a thread."""
    answer = _Answer()
    for kind, target in plan:
        key = _cache_key(source, kind, target)
        links = cache.get(key)
        if links is not None:
            answer.cached += 1
        elif not budget.take():
            break
        else:
            answer.requests += 1
            try:
                if kind == "search":
                    links = discovery.search_results(source, target, limit=discovery.MAX_SEARCH_RESULTS)
                    answer.searches += 1
                    answer.answered += 1 if links else 0
                    if not links:
                        log.info("site search of %s gave no result links for %r", source.name, target)
                else:
                    links = _listing(source, kind, target)
            except discovery.DiscoveryError as exc:
                url = discovery.search_url(source, target) if kind == "search" else target
                answer.errors.append({"source": source.name, "url": url, "reason": str(exc)})
                answer.problem = f"{kind} {target}: {exc}"
                continue
            cache.set(key, links, SEARCH_CACHE_SECONDS if kind == "search" else LISTING_CACHE_SECONDS)
        answer.listings.append((kind, target, links))
    return answer


def _record(source: Source, answer: _Answer) -> None:
    """How the source answered, on its row: its search's answer rate chooses it next time."""
    if answer.searches:
        Source.objects.filter(pk=source.pk).update(
            searches=F("searches") + answer.searches, search_answers=F("search_answers") + answer.answered
        )
    if answer.problem:
        from .services import source_health_record

        source_health_record(source=source, error=answer.problem[:2000])


def _plan(source: Source, queries: dict[str, list[str]]) -> list[tuple[str, str]]:
    """What to ask a source, in order: its search with queries in its languages, then its feeds and sitemap."""
    plan: list[tuple[str, str]] = []
    if source.search_url:
        languages = [lang for lang in (source.languages or queries) if queries.get(lang)] or list(queries)
        # Alternate languages, so a bilingual source is asked in both.
        mixed = [q for group in zip(*(queries.get(lang, []) for lang in languages), strict=False) for q in group]
        for lang in languages:
            mixed.extend(q for q in queries.get(lang, []) if q not in mixed)
        plan.extend(("search", query) for query in mixed[:QUERIES_PER_SOURCE])
    plan.extend(("feed", feed) for feed in (source.feeds or [])[:2])
    if source.sitemap and not source.search_url:
        plan.append(("sitemap", source.sitemap))
    return plan


def _cache_key(source: Source, kind: str, target: str) -> str:
    # Keyed by what is asked (the search URL or the feed's), not by the source's id: ids are reused by
    # other databases that share this Redis, URLs say exactly which answer is meant.
    asked = source.search_url if kind == "search" else ""
    return "retrieval:" + hashlib.sha256(f"{kind}|{asked}|{target}".encode()).hexdigest()


def _listing(source: Source, kind: str, url: str) -> list[discovery.Link]:
    if kind == "feed":
        body, final_url, content_type, _ = discovery.fetch_body(url, source=source, accept=None)
        links, _problem = discovery.feed_links(body, url=final_url, content_type=content_type)
    else:
        links = discovery.sitemap_pages(url, source=source)
    return [link for link in links if discovery.on_source(link.url, source)][: discovery.MAX_NEW_PER_POLL]


def _slug_words(url: str) -> str:
    path = unquote(urlsplit(url).path).rsplit(".", 1)[0]
    return " ".join(word for word in re.split(r"[^\w]+|_", path) if word and not word.isdigit())


def _relevant(
    links: list[discovery.Link], probe_vectors, around: datetime | None, threshold: float | None = None
) -> list[discovery.Link]:
    """The items whose title (or URL words) is about one of the probes, closest first; listings' items must
    also be recent (around the claims' date)."""
    recent = [
        link
        for link in links
        if around is None or link.modified is None or abs(link.modified - around) <= LISTING_WINDOW
    ]
    if not recent or probe_vectors is None:
        return []
    texts = [link.title or _slug_words(link.url) for link in recent]
    similarity = (embeddings.embed(texts) @ probe_vectors.T).max(axis=1)
    floor = LISTING_RELEVANCE if threshold is None else threshold
    ranked = sorted(zip(similarity, range(len(recent)), strict=True), reverse=True)
    return [recent[i] for score, i in ranked if score >= floor][:PAGES_PER_SEARCH]
