import logging

from celery import shared_task
from django.db.models import F
from django.utils import timezone

from . import services
from .models import Article

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
