import os

from celery import Celery
from celery.signals import task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(["factcheck"])


@task_prerun.connect(dispatch_uid="factcheck.db_connections_like_a_request")
def db_connections_like_a_request(task=None, **kwargs) -> None:
    """Before each task in a worker, drop connections past DB_CONN_MAX_AGE or broken, as Django does per request."""
    if task is not None and task.request.is_eager:
        return  # in-process: the caller's connection, perhaps inside its transaction
    from django.db import close_old_connections

    close_old_connections()
