import logging

from celery import shared_task
from django.conf import settings
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def reconcile() -> dict[str, int]:
    """Re-enqueue work left stuck by a lost message, a Redis restart or a killed worker."""
    counts = {}
    for path in settings.RECONCILERS:
        counts[path] = import_string(path)()
        if counts[path]:
            log.info("reconcile: %s re-enqueued %d", path, counts[path])
    return counts
