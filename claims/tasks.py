import logging
from datetime import timedelta

from celery import shared_task
from django.db.models import F, Q
from django.utils import timezone

from . import evidence, services
from .models import Article, Claim

log = logging.getLogger(__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def extract_article(article_id: int) -> None:
    """Extract an article's claims (nlp queue)."""
    # Claim the row: only one worker moves it out of a waiting state, so a redelivered message is harmless.
    claimed = Article.objects.filter(
        pk=article_id, status__in=[Article.Status.PENDING, Article.Status.EXTRACTING, Article.Status.FAILED]
    ).update(status=Article.Status.EXTRACTING, progress=10, attempts=F("attempts") + 1, updated_at=timezone.now())
    if not claimed:
        return
    article = Article.objects.get(pk=article_id)
    try:
        services.article_extract(article=article)
    except Exception as exc:
        log.exception("extraction failed for article %s", article_id)
        services.article_fail(article_id=article_id, error=str(exc) or exc.__class__.__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=90, time_limit=120)
def fetch_article(article_id: int) -> None:
    """Fetch the page of an article submitted as a URL (fetch queue); extraction follows."""
    claimed = Article.objects.filter(
        pk=article_id, text="", status__in=[Article.Status.PENDING, Article.Status.FETCHING, Article.Status.FAILED]
    ).update(status=Article.Status.FETCHING, progress=2, attempts=F("attempts") + 1, updated_at=timezone.now())
    if not claimed:
        return
    article = Article.objects.get(pk=article_id)
    try:
        services.article_fetch(article=article)
    except Exception as exc:
        log.exception("fetching failed for article %s", article_id)
        services.article_fail(article_id=article_id, error=str(exc) or exc.__class__.__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def search_evidence(claim_id: int) -> None:
    """Search the archive for evidence on one claim (default queue); the last search of an article ends it."""
    now = timezone.now()
    # A row still "searching" past the hard time limit has no live owner: its worker died.
    lease_start = now - timedelta(seconds=search_evidence.time_limit)
    claimed = (
        Claim.objects.filter(pk=claim_id)
        .filter(
            Q(evidence_status__in=[Claim.EvidenceStatus.PENDING, Claim.EvidenceStatus.FAILED])
            | Q(evidence_status=Claim.EvidenceStatus.SEARCHING, updated_at__lt=lease_start)
        )
        .update(evidence_status=Claim.EvidenceStatus.SEARCHING, updated_at=now)
    )
    if not claimed:
        return
    claim = Claim.objects.select_related("article").filter(pk=claim_id).first()
    if claim is None:
        return
    try:
        services.claim_search_evidence(claim=claim)
    except Exception as exc:
        log.exception("evidence search failed for claim %s", claim_id)
        services.claim_evidence_fail(claim_id=claim_id, error=str(exc) or exc.__class__.__name__)
    # After the claim's own status is committed, so the last search to end sees every other one ended.
    services.article_search_finish(article_id=claim.article_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def fill_requested_evidence(document_id: int) -> None:
    """Choose the best passage of a document a person asked for as evidence, once it is archived."""
    evidence.evidence_fill_requested(document_id=document_id)
