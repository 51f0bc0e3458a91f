import logging
import random
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_init
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from . import fetching, services
from .models import Document, Source

log = logging.getLogger(__name__)


@worker_init.connect(dispatch_uid="sources.warm_fetch_worker")
def warm_fetch_worker(sender, **kwargs) -> None:
    """A fetch worker loads extraction's language model and stop lists once, before its pool forks."""
    queues = getattr(sender.app.amqp.queues, "consume_from", None) or {}
    if any(name.startswith("fetch") for name in queues):
        from . import embeddings

        fetching.warm_up()
        embeddings.warm_up()  # passages are embedded as they are indexed, after each fetch


def log_missing_row(task, model, pk) -> bool:
    """Say so in the log when a task names a row this database does not have; True if it is missing.

    The usual cause: two instances (checkouts) on one Redis database, each taking the other's messages.
    Each instance needs its own Redis database (README, "Several instances on one Redis").
    """
    if model._default_manager.filter(pk=pk).exists():
        return False
    log.warning(
        "task %s[%s]: %s #%s does not exist in this database (%s); the task is dropped. Another instance "
        "sharing this Redis database may have sent it: give each instance its own REDIS_URL database.",
        task.name,
        task.request.id,
        model._meta.model_name,
        pk,
        settings.DATABASES["default"].get("NAME"),
    )
    return True


class TransientFetchError(Exception):
    """A network failure that may go away: the task is retried with backoff."""


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(TransientFetchError,),
    retry_backoff=30,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=4,
    soft_time_limit=settings.FETCH_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.FETCH_TASK_TIME_LIMIT,
)
def fetch_document(self, document_id: int) -> None:
    """Fetch and archive one document (fetch queue)."""
    now = timezone.now()
    # A row still "fetching" after the hard time limit has no live owner: its worker died.
    lease_start = now - timedelta(seconds=settings.FETCH_TASK_TIME_LIMIT)
    # A retry picks up the row its transient failure left "failed" (with the reason shown meanwhile).
    waiting = [Document.Status.PENDING, Document.Status.FAILED] if self.request.retries else [Document.Status.PENDING]
    claimed = (
        Document.objects.filter(pk=document_id)
        .filter(Q(status__in=waiting) | Q(status=Document.Status.FETCHING, updated_at__lt=lease_start))
        .update(status=Document.Status.FETCHING, attempts=F("attempts") + 1, updated_at=now)
    )
    if not claimed:
        if log_missing_row(self, Document, document_id):
            return
        held = Document.objects.filter(pk=document_id, status=Document.Status.FETCHING).values_list(
            "updated_at", flat=True
        )
        if held and not self.request.is_eager:  # in-process (no Redis) a countdown would not wait
            # Redelivered while another worker holds the row (or held it, then died): look again once its
            # lease has run out, so a killed worker's fetch is finished without waiting for the reconciler.
            countdown = max(1.0, (held[0] - lease_start).total_seconds()) + random.uniform(0, 2)
            _again(self, document_id, countdown)
        return
    document = Document.objects.select_related("source").get(pk=document_id)
    try:
        # In-process (no Redis) there is no queue to come back through: wait for the host instead.
        max_wait = None if self.request.is_eager else settings.FETCH_MAX_RATE_WAIT
        document = services.document_fetch(document=document, max_wait=max_wait)
    except SoftTimeLimitExceeded:
        Document.objects.filter(pk=document_id, status=Document.Status.FETCHING).update(
            status=Document.Status.FAILED,
            fetch_error=f"the fetch took longer than {settings.FETCH_TASK_SOFT_TIME_LIMIT} s",
            updated_at=timezone.now(),
        )
        return
    result = document.last_fetch
    if result.outcome == "deferred":
        # The host is busy (crawl delay): come back when it is free instead of holding a worker.
        Document.objects.filter(pk=document_id).update(attempts=F("attempts") - 1)
        _again(self, document_id, result.retry_after + random.uniform(0, 1))
    elif (
        result.transient
        and document.status == Document.Status.FAILED
        and self.request.retries < self.max_retries
        and not self.request.is_eager  # in-process, retries would block the caller for minutes
    ):
        raise TransientFetchError(result.reason)  # retried later, with backoff and jitter


def _again(task, document_id: int, countdown: float) -> None:
    """Queue the fetch once more, later, on the queue this message came from."""
    queue = (task.request.delivery_info or {}).get("routing_key")
    fetch_document.apply_async((document_id,), countdown=countdown, **({"queue": queue} if queue else {}))


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=60, time_limit=90)
def poll_due_sources() -> int:
    """Queue a poll of every source whose poll interval has run out (run by Celery beat)."""
    return services.sources_poll_due()


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=240, time_limit=300)
def poll_source(source_id: int) -> None:
    """Read one source's feeds and sitemap and queue its new pages (fetch queue).

    The caller claimed the source (its last_polled_at); polling twice only finds known pages.
    """
    source = Source.objects.filter(pk=source_id, active=True).first()
    if source is None:
        log_missing_row(poll_source, Source, source_id)  # an inactive source is skipped quietly
        return
    try:
        services.source_poll(source=source)
    except SoftTimeLimitExceeded:
        services.source_health_record(source=source, error="the poll took longer than 240 s; it goes on next time")
    except Exception as exc:  # a bug of ours: say so on the source, where source admins look
        log.exception("polling source %s failed", source_id)
        services.source_health_record(source=source, error=f"poll failed unexpectedly ({exc.__class__.__name__})")
