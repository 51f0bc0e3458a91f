"""Leases on pipeline rows: a worker holds the row it works on, and the reconciler takes back what lapsed.

A stage's task renews its row's lease from a heartbeat thread while it runs, so a killed worker's row lapses
within one lease (settings.PIPELINE_LEASE) whatever the task's time limits, and the reconciler (every minute)
queues the work again. A person's edit never moves a lease: it has its own field, not updated_at.
"""

import logging
import threading
from contextlib import contextmanager
from datetime import datetime

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

log = logging.getLogger(__name__)


def lease_end() -> datetime:
    """When a lease taken now runs out."""
    return timezone.now() + settings.PIPELINE_LEASE


@contextmanager
def heartbeat(model: type[models.Model], pk: int, field: str):
    """Renew row pk's lease (field) every third of a lease while the block runs, from a thread of its own."""
    from celery import current_task

    if current_task and current_task.request.is_eager:
        yield  # in-process (no broker): the caller waits for the work, there is no worker to lose
        return
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.PIPELINE_LEASE.total_seconds() / 3):
                try:
                    model.objects.filter(pk=pk).update(**{field: lease_end()})
                except Exception:  # a database blip: the next beat tries again, the lease has slack for it
                    log.warning("lease heartbeat failed for %s %s", model.__name__, pk, exc_info=True)
        finally:
            connection.close()  # the thread's own connection

    thread = threading.Thread(target=beat, name=f"lease-{model.__name__}-{pk}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=10)


def lapsed(field: str = "lease_until", now: datetime | None = None) -> models.Q:
    """Rows whose lease (field, may span a relation) ran out, or that never had one (rows from before leases)."""
    now = now or timezone.now()
    return models.Q(**{f"{field}__lt": now}) | models.Q(**{f"{field}__isnull": True})


def send_on_commit(task, *args) -> None:
    """Queue task(*args) once the transaction commits; with the broker down, log it and go on.

    The row is stored either way and the reconciler queues its work when the broker is back, so a request
    (the API, the review form) answers instead of failing on work that will happen anyway.
    """

    def send() -> None:
        try:
            # One quick try: waiting on a broker that is down would hold the request for seconds.
            task.apply_async(args, retry=False)
        except Exception:
            log.warning("could not queue %s%r (broker down?): the reconciler will", task.name, args, exc_info=True)

    transaction.on_commit(send)
