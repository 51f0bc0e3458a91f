import os
from queue import Empty

from celery import Celery
from celery.signals import task_prerun
from kombu.transport import redis as kombu_redis

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


def _close_redis_channel_on_a_dead_connection(close):
    """Work around a worker crash on a broker restart (celery 5.7.0 with kombu 5.7.0, the latest releases).

    When Redis goes away, celery's consumer first collects the connection, which detaches its transport
    (``transport.client = None``), then closes it again. In the first pass the channel's close stops at the read
    of its pending BRPOP, which raises the connection error, so the channel is never marked closed; the second pass
    closes it for real and, holding unacknowledged messages (an acks_late task running, a task with a countdown),
    tries to restore them through a client built from the detached transport: ``AttributeError: 'NoneType' object
    has no attribute 'hostname'``, not a connection error, so the worker dies. Reading the BRPOP's answer is only
    there to drain the socket: on a dead connection there is nothing to drain, so the close goes on, in the first
    pass, while the transport is still attached. The messages stay in Redis's unacked set (redelivered after the
    visibility timeout) and the reconcilers re-enqueue from the database whatever a Redis without persistence lost.
    Celery 5.6 only collected the connection, without closing it again; tests/factcheck/test_faults.py fails
    without this.
    """

    def close_even_if_the_brpop_read_fails(channel):
        if channel._in_poll:
            try:
                channel._brpop_read()
            except (Empty, *channel.connection_errors):
                pass  # _brpop_read has dropped the socket and cleared _in_poll
        return close(channel)

    close_even_if_the_brpop_read_fails.__wrapped__ = close
    return close_even_if_the_brpop_read_fails


if not hasattr(kombu_redis.Channel.close, "__wrapped__"):
    kombu_redis.Channel.close = _close_redis_channel_on_a_dead_connection(kombu_redis.Channel.close)

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
