import logging

from celery import shared_task
from celery.signals import worker_init
from django.db.models import F, Q
from django.utils import timezone

from factcheck.leases import heartbeat, lease_end
from factcheck.leases import lapsed as lease_lapsed
from sources.tasks import log_missing_row

from . import evidence, gathering, matching, services
from .models import Article, Claim

log = logging.getLogger(__name__)


@worker_init.connect(dispatch_uid="claims.warm_nlp_worker")
def warm_nlp_worker(sender, **kwargs) -> None:
    """An nlp worker loads the language pipelines and the sentence vectors' model once, before its pool
    forks: otherwise every process pays seconds for it on its first claim (bench/evidence_pipeline.py)."""
    queues = getattr(sender.app.amqp.queues, "consume_from", None) or {}
    if any(name.startswith("nlp") for name in queues):
        from sources import embeddings

        from .extraction import extract

        extract("Le cessez-le-feu est entré en vigueur mercredi à 11 heures, selon le ministère.", lang="fr")
        extract("The ceasefire took effect on Wednesday at 11 a.m., the ministry said.", lang="en")
        embeddings.warm_up()


def _waiting_or_lapsed(working: str, waiting: list[str]) -> Q:
    """An article waiting for a stage, or in it with a lease that lapsed (no lease: a row from before leases)."""
    return Q(status__in=waiting) | (Q(status=working) & lease_lapsed())


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def extract_article(article_id: int) -> None:
    """Extract an article's claims (nlp queue)."""
    # Claim the row: only one worker moves it out of a waiting state, or takes over a lapsed lease (its worker
    # died), so a redelivered or re-queued message is harmless.
    claimed = (
        Article.objects.filter(pk=article_id)
        .filter(_waiting_or_lapsed(Article.Status.EXTRACTING, [Article.Status.PENDING, Article.Status.FAILED]))
        .update(
            status=Article.Status.EXTRACTING,
            progress=10,
            attempts=F("attempts") + 1,
            lease_until=lease_end(),
            updated_at=timezone.now(),
        )
    )
    if not claimed:
        log_missing_row(extract_article, Article, article_id)
        return
    article = Article.objects.get(pk=article_id)
    try:
        with heartbeat(Article, article_id, "lease_until"):
            services.article_extract(article=article)
    except Exception as exc:
        log.exception("extraction failed for article %s", article_id)
        services.article_fail(article_id=article_id, error=str(exc) or exc.__class__.__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=90, time_limit=120)
def fetch_article(article_id: int) -> None:
    """Fetch the page of an article submitted as a URL (fetch queue); extraction follows."""
    claimed = (
        Article.objects.filter(pk=article_id, text="")
        .filter(_waiting_or_lapsed(Article.Status.FETCHING, [Article.Status.PENDING, Article.Status.FAILED]))
        .update(
            status=Article.Status.FETCHING,
            progress=2,
            attempts=F("attempts") + 1,
            lease_until=lease_end(),
            updated_at=timezone.now(),
        )
    )
    if not claimed:
        log_missing_row(fetch_article, Article, article_id)
        return
    article = Article.objects.get(pk=article_id)
    try:
        with heartbeat(Article, article_id, "lease_until"):
            services.article_fetch(article=article)
    except Exception as exc:
        log.exception("fetching failed for article %s", article_id)
        services.article_fail(article_id=article_id, error=str(exc) or exc.__class__.__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=150, time_limit=180)
def gather_evidence(article_id: int) -> None:
    """Ask the registered sources for pages about an article's waiting claims (fetch queue); ranking follows."""
    now = timezone.now()
    # Not started yet, or started by a worker whose lease lapsed (killed): a second message for a gather that
    # runs finds it started and leased, and leaves it.
    claimed = (
        Article.objects.filter(pk=article_id, status=Article.Status.SEARCHING, gathered_at__isnull=True)
        .filter(Q(gather_started_at__isnull=True) | lease_lapsed(now=now))
        .update(gather_started_at=now, lease_until=lease_end(), updated_at=now)
    )
    if not claimed:
        log_missing_row(gather_evidence, Article, article_id)
        return
    article = Article.objects.get(pk=article_id)
    try:
        with heartbeat(Article, article_id, "lease_until"):
            gathering.article_gather(article=article)
    except Exception as exc:
        # The archive can still answer: rank with what it holds, and say why the sources were not asked.
        log.exception("asking the sources failed for article %s", article_id)
        Article.objects.filter(pk=article_id).update(
            gathered_at=timezone.now(),
            gather_report={"errors": [{"source": "", "url": "", "reason": f"asking the sources failed: {exc}"}]},
        )
    if not gathering.article_rank_if_ready(article_id=article_id):
        # Pages still on their way: rank with what has arrived by the deadline at the latest.
        rank_article.apply_async((article_id,), countdown=gathering.GATHER_DEADLINE.total_seconds())


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=30, time_limit=60)
def rank_article(article_id: int) -> None:
    """Start ranking an article's claims with the pages that have arrived (the gather's deadline)."""
    gathering.article_rank_if_ready(article_id=article_id, force=True)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=300, time_limit=360)
def rerank_article(article_id: int) -> None:
    """Rank an article's claims again: pages of its leads were archived after its ranking (nlp queue)."""
    gathering.article_rerank(article_id=article_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=60, time_limit=90)
def search_recent_articles() -> None:
    """Search again the claims of recent articles: sources were added or re-activated."""
    gathering.articles_search_recent()


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def search_evidence(claim_id: int) -> None:
    """Rank the archive's passages for one claim (nlp queue); the last search of an article ends it."""
    now = timezone.now()
    # A row still "searching" whose lease lapsed has no live owner: its worker died (the reconciler counted it).
    claimed = (
        Claim.objects.filter(pk=claim_id)
        .filter(
            Q(evidence_status__in=[Claim.EvidenceStatus.PENDING, Claim.EvidenceStatus.FAILED])
            | Q(evidence_status=Claim.EvidenceStatus.SEARCHING, search_lease_until__lt=now)
        )
        .update(evidence_status=Claim.EvidenceStatus.SEARCHING, search_lease_until=lease_end(), updated_at=now)
    )
    if not claimed:
        log_missing_row(search_evidence, Claim, claim_id)
        return
    claim = Claim.objects.select_related("article").filter(pk=claim_id).first()
    if claim is None:
        return
    try:
        with heartbeat(Claim, claim_id, "search_lease_until"):
            services.claim_search_evidence(claim=claim)
    except Exception as exc:
        log.exception("evidence search failed for claim %s", claim_id)
        services.claim_evidence_fail(claim_id=claim_id, error=str(exc) or exc.__class__.__name__)
    # The search ended here, with a worker: the next lost one starts a new count. The article's lease says that
    # its searches move on: its claims still waiting are in a queue, not lost (claims.services.reconcile).
    Claim.objects.filter(pk=claim_id).update(search_lease_until=None, search_attempts=0)
    Article.objects.filter(pk=claim.article_id, status=Article.Status.SEARCHING).update(lease_until=lease_end())
    # After the claim's own status is committed, so the last search to end sees every other one ended.
    services.article_search_finish(article_id=claim.article_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def fill_requested_evidence(document_id: int) -> None:
    """Choose the best passage of a document a person asked for as evidence, once it is archived."""
    evidence.evidence_fill_requested(document_id=document_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=60, time_limit=90)
def match_recent_articles() -> None:
    """Match the claims of recent articles again: known fact-checks were imported."""
    matching.articles_match_recent()


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def match_article(article_id: int) -> None:
    """Match an article's claims against published fact-checks, ours and others' (nlp queue). Idempotent."""
    if not Article.objects.filter(pk=article_id).exists():
        log_missing_row(match_article, Article, article_id)
        return
    matching.article_match(article_id=article_id)
