"""Gathering evidence for an article: its claims' queries put to the registered sources, the pages fetched.

Stage by stage, each recorded on the rows (the database is the source of truth, the queue only carries work):
1. gather (fetch queue): queries in French and English from the claims waiting for a search, shared between
   them; sources.retrieval asks the registry; each page found becomes a Lead and a document request.
2. the leads' documents are fetched, archived and indexed on the fetch queue; each fetch that ends checks
   whether all of its article's leads have ended (claims.signals).
3. rank (nlp queue): each waiting claim is searched in the archive, which now holds those pages
   (claims.evidence). After GATHER_DEADLINE ranking starts with what has arrived, whatever is still on its way.
"""

import logging
import re
from collections import Counter
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from factcheck.leases import lapsed as lease_lapsed
from factcheck.leases import lease_end, send_on_commit
from sources import retrieval
from sources.models import Document, Source
from sources.services import document_request

from .extraction.entities import nationality_country
from .extraction.places import country_code, place_names
from .models import Article, Claim, Lead

log = logging.getLogger(__name__)

# Claims below this check-worthiness are ranked against the archive but put no query to the sources.
QUERY_CHECKWORTHINESS = 0.5
QUERIES_PER_LANGUAGE = 4
# Ranking starts this long after the sources were asked even if some page never finishes fetching.
GATHER_DEADLINE = timedelta(seconds=90)
# Pages archived after an article's ranking are ranked for it this long after the first of them.
RERANK_DELAY = 20  # seconds
# A gather that started this long ago without ending lost its worker.
LANGUAGES = ("fr", "en")
FINAL = (Document.Status.ARCHIVED, Document.Status.REFUSED, Document.Status.FAILED)
NAME_LABELS = ("LOC", "GPE", "ORG", "PER", "MISC", "NORP")


def _distinctive(name: str) -> str:
    """The part of a name most likely written the same in another language ("Haut-Karabakh" -> "Karabakh")."""
    words = [w for w in re.split(r"[\s\-–'’]+", name) if len(w) >= 4]
    return max(words, key=len) if words else name


def name_forms(name: str, lang: str = "") -> dict[str, str]:
    """A name as each language writes it (lang: the language it is written in, when known).

    CLDR's country and city names; a nationality by its country in the other language ("Arméniens" ->
    "Armenia"); else, in the other language, its distinctive word ("Haut-Karabakh" -> "Karabakh").
    """
    known = place_names(name)
    if known:
        return {other: known.get(other) or name for other in LANGUAGES}
    for written in [lang] if lang in LANGUAGES else LANGUAGES:
        country = nationality_country(name, written)
        if country and (names := place_names(country)):
            return {other: name if other == written else names.get(other, name) for other in LANGUAGES}
    short = _distinctive(name)
    return {other: name if other == lang else short for other in LANGUAGES}


def _figure(value: float, lang: str) -> str:
    if value != int(value):
        return f"{value:g}".replace(".", "," if lang == "fr" else ".")
    text = f"{int(value):,}"
    return text.replace(",", "\u00a0" if lang == "fr" else ",") if abs(value) >= 10000 else text.replace(",", "")


TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A headline's name counts as this many claims naming it: the headline says what the event is.
HEADLINE_WEIGHT = 2


def headline_names(title: str, text: str) -> list[str]:
    """The names in an article's headline ("Haut-Karabakh", "Derna"): its capitalized words that the article
    also writes capitalized inside a sentence, so a Title Case headline's ordinary words are left out."""
    names = []
    for word in TITLE_WORD.findall(title or ""):
        word = re.sub(r"^(?:[dlDL]|qu|Qu)['’]", "", word).strip("'’-")  # "d'Al-Haouz"
        if len(word) < 4 or not word[0].isupper() or word in names:
            continue
        if re.search(rf"[\w,;:»”)]\s+{re.escape(word)}\b", text or ""):
            names.append(word)
    return names


def article_queries(claims: list[Claim]) -> tuple[dict[str, list[str]], set[str]]:
    """Queries per language shared by an article's claims, and the countries they name.

    The names the claims share most go first (what the article is about), then each claim's most specific
    name with its figure. Across languages only names and figures are used: other words do not translate.
    """
    names: Counter = Counter()
    per_claim = []
    countries = set()
    for claim in claims:
        facets = [f for f in claim.facets or [] if isinstance(f, dict)]
        claim_names = list(
            dict.fromkeys(f["text"] for f in facets if f.get("type") == "entity" and f.get("label") in NAME_LABELS)
        )
        names.update(claim_names)
        figures = [
            f["value"]
            for f in facets
            if f.get("type") == "quantity" and isinstance(f.get("value"), int | float) and f["value"] >= 10
        ]
        per_claim.append((claim_names, figures))
        countries.update(code for code in map(country_code, claim_names) if code)
    if claims:
        for name in headline_names(claims[0].article.title, claims[0].article.text):
            names[name] += HEADLINE_WEIGHT
            countries.update(filter(None, [country_code(name)]))
    top = [name for name, _ in names.most_common(2)]
    written = (claims[0].article.language or "")[:2] if claims else ""
    queries: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}

    def add(lang: str, words: list[str]) -> None:
        query = " ".join(dict.fromkeys(w for w in words if w))
        if query and query not in queries[lang] and len(queries[lang]) < QUERIES_PER_LANGUAGE:
            queries[lang].append(query)

    for lang in LANGUAGES:
        add(lang, [name_forms(name, written)[lang] for name in top])
        for claim_names, figures in per_claim:
            specific = [n for n in claim_names if n not in top][:1] or top[:1]
            if figures:
                add(lang, [name_forms(n, written)[lang] for n in specific] + [_figure(figures[0], lang)])
            elif specific and specific != top[:1]:
                add(lang, [name_forms(n, written)[lang] for n in specific + top[:1]])
    return {lang: items for lang, items in queries.items() if items}, countries


def article_gather(*, article: Article) -> int:
    """Ask the registry for pages about the article's waiting claims and request them; returns the leads made."""
    waiting = list(article.claims.filter(evidence_status=Claim.EvidenceStatus.PENDING))
    asking = [claim for claim in waiting if claim.checkworthiness >= QUERY_CHECKWORTHINESS] or waiting
    queries, countries = article_queries(asking)
    outcome = retrieval.retrieve(
        queries=queries,
        probes=[article.title, *(claim.text for claim in asking)] if article.title else [c.text for c in asking],
        around=article.published_at,
        countries=countries,
    )
    sources = {source.pk: source for source in Source.objects.filter(pk__in={f.source_id for f in outcome.found})}
    made = 0
    for found in outcome.found:
        try:
            document = document_request(url=found.url, source=sources.get(found.source_id))
        except ValueError:  # an address we never fetch
            continue
        try:
            with transaction.atomic():
                Lead.objects.create(
                    article=article, document=document, source_id=found.source_id, via=found.via,
                    query=found.query[:300],
                )  # fmt: skip
                made += 1
        except IntegrityError:  # found again (a second search, or a redelivered gather)
            continue
    report = {
        "queries": queries,
        "sources_asked": len(outcome.sources),
        "requests": outcome.requests,
        "cached": outcome.cached,
        "pages": len(outcome.found),
        "errors": outcome.errors[:50],
    }
    Article.objects.filter(pk=article.pk).update(gathered_at=timezone.now(), gather_report=report)
    return made


def article_rank_if_ready(*, article_id: int, force: bool = False) -> bool:
    """Start ranking once every lead's fetch has ended (or, with force, now); only the first caller starts it."""
    from .tasks import search_evidence

    article = Article.objects.filter(pk=article_id, status=Article.Status.SEARCHING, gathered_at__isnull=False).first()
    if article is None or article.ranking_at is not None:
        return False
    if not force and article.leads.exclude(document__status__in=FINAL).exists():
        return False
    with transaction.atomic():
        started = Article.objects.filter(pk=article_id, ranking_at__isnull=True).update(
            ranking_at=timezone.now(), updated_at=timezone.now()
        )
        if not started:
            return False
        for claim_id in article.claims.filter(evidence_status=Claim.EvidenceStatus.PENDING).values_list(
            "pk", flat=True
        ):
            search_evidence.delay_on_commit(claim_id)
    return True


def document_ended(*, document_id: int) -> None:
    """A fetch ended: the articles that were waiting only for it can be ranked; those already ranked without
    it (the deadline passed, or its fetch was lost and redone) are ranked again, once for a burst of pages."""
    from django.core.cache import cache

    from .tasks import rerank_article

    leads = Lead.objects.filter(document_id=document_id)
    waiting = leads.filter(
        article__status=Article.Status.SEARCHING, article__gathered_at__isnull=False, article__ranking_at__isnull=True
    ).values_list("article_id", flat=True)
    for article_id in set(waiting):
        article_rank_if_ready(article_id=article_id)
    late = leads.filter(article__ranking_at__isnull=False, document__status=Document.Status.ARCHIVED).values_list(
        "article_id", flat=True
    )
    for article_id in set(late):
        if cache.add(f"claims:rerank-article:{article_id}", 1, timeout=RERANK_DELAY * 2):
            rerank_article.apply_async((article_id,), countdown=RERANK_DELAY)


def article_rerank(*, article_id: int) -> int:
    """Rank the article's searched claims again against the archive (pages arrived late); returns how many."""
    from .evidence import claim_search_evidence

    claims = list(
        Claim.objects.select_related("article").filter(article_id=article_id, evidence_status=Claim.EvidenceStatus.DONE)
    )
    for claim in claims:
        claim_search_evidence(claim=claim)
    return len(claims)


def article_search_start(*, article: Article, claim_ids: list[int] | None = None) -> None:
    """Queue the evidence search of an article's claims (all, or those given): gather, fetch, then rank.

    Evidence people added stays; the worker's rows are refreshed by the new ranking.
    """
    from .tasks import gather_evidence

    claims = article.claims.all() if claim_ids is None else article.claims.filter(pk__in=claim_ids)
    now = timezone.now()
    with transaction.atomic():
        claims.update(evidence_status=Claim.EvidenceStatus.PENDING, updated_at=now)
        Article.objects.filter(pk=article.pk).update(
            status=Article.Status.SEARCHING, gather_started_at=None, gathered_at=None, ranking_at=None,
            progress=min(article.progress, 60) if article.status == Article.Status.SEARCHING else 60, updated_at=now,
            lease_until=lease_end(),
        )  # fmt: skip
        send_on_commit(gather_evidence, article.pk)  # with the broker down, the reconciler sends it


def articles_search_recent(*, days: int = 7) -> int:
    """Search again the claims of the articles submitted in the last days (sources were added or re-activated)."""
    since = timezone.now() - timedelta(days=days)
    count = 0
    for article in Article.objects.filter(created_at__gte=since, status=Article.Status.DONE):
        article_search_start(article=article)
        count += 1
    return count


def reconcile() -> int:
    """Re-enqueue gathers whose worker was lost, and start the ranking of articles whose fetches never ended."""
    from .tasks import gather_evidence

    now = timezone.now()
    count = 0
    # A gather whose message was lost, or whose worker died (its heartbeat stopped): its lease ran out. A person's
    # edit of the article moves updated_at, not the lease, so it hides nothing.
    lapsed = lease_lapsed(now=now)
    lost = Article.objects.filter(lapsed, status=Article.Status.SEARCHING, gathered_at__isnull=True)
    for article_id in lost.values_list("pk", flat=True)[:200]:
        # Back to "not started", leased for the new message: the next run leaves it while it waits for a worker.
        if Article.objects.filter(lapsed, pk=article_id, gathered_at__isnull=True).update(
            gather_started_at=None, lease_until=lease_end()
        ):
            gather_evidence.delay(article_id)
            count += 1
    overdue = Article.objects.filter(
        status=Article.Status.SEARCHING, ranking_at__isnull=True, gathered_at__lt=now - GATHER_DEADLINE
    )
    for article_id in overdue.values_list("pk", flat=True)[:200]:
        count += article_rank_if_ready(article_id=article_id, force=True)
    return count


def progress(article: Article) -> dict:
    """What the article page shows while evidence is gathered: claims searched, pages found and fetched."""
    claims = article.claims.all()
    total = claims.count()
    searched = claims.filter(evidence_status__in=[Claim.EvidenceStatus.DONE, Claim.EvidenceStatus.FAILED]).count()
    leads = article.leads.select_related("document", "source")
    fetched = sum(1 for lead in leads if lead.document.status in FINAL)
    failures = [
        {
            "source": lead.source.name if lead.source else "",
            "url": lead.document.url,
            "reason": lead.document.fetch_error,
        }  # fmt: skip
        for lead in leads
        if lead.document.status in (Document.Status.REFUSED, Document.Status.FAILED)
    ]
    failures += (article.gather_report or {}).get("errors", [])
    from .models import Evidence

    return {
        "claims": total,
        "searched": searched,
        "evidence": Evidence.objects.filter(claim__article=article).count(),
        "sources_asked": (article.gather_report or {}).get("sources_asked", 0),
        "pages": len(leads),
        "fetched": fetched,
        "failures": failures,
        "failed_claims": claims.filter(evidence_status=Claim.EvidenceStatus.FAILED).count(),
    }
