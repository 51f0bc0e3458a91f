import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"


def database_url(db: dict) -> str:
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_celery_worker(name: str, *, queues: str, concurrency: int = 2, env: dict | None = None) -> subprocess.Popen:
    """A real Celery worker in its own process group (so a test can SIGKILL all of it), once it answers pings."""
    from factcheck.celery import app

    OUTPUT.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(settings.DATABASES["default"]),
        "CELERY_TASK_ALWAYS_EAGER": "0",
        **(env or {}),
    }
    log_path = OUTPUT / f"celery-{name}.log"
    name = f"{name}@localhost"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", queues, "-c", str(concurrency),
             "-P", "prefork", "-n", name, "--without-gossip", "--without-mingle", "-l", "INFO"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    process.worker_name = name
    process.log_path = log_path
    deadline = time.monotonic() + 90
    while not app.control.ping(destination=[name], timeout=1.0):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the Celery worker did not start; see {log_path}")
    return process


def stop_celery_worker(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real Celery worker, in its own processes, consuming the test Redis and the test database."""
    import redis

    redis.Redis.from_url(settings.REDIS_URL).flushdb()  # the test Redis database holds only leftovers
    process = start_celery_worker(f"tests-{os.getpid()}", queues="nlp,fetch,default")
    yield process
    stop_celery_worker(process)


@pytest.fixture
def live_worker(celery_worker_process):
    """Send tasks through Redis to the real worker for the length of one test."""
    from factcheck.celery import app

    app.conf.task_always_eager = False
    yield celery_worker_process
    app.conf.task_always_eager = True


def wait_for(predicate, timeout: float = 60.0, interval: float = 0.2):
    """Poll until predicate() is truthy; the work happens in another process."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"gave up waiting after {timeout} s")


def pytest_collection_modifyitems(items):
    # A transactional test ends by flushing the database, which would take the data migrations' ratings and
    # groups away from the tests after it: every transactional test restores them first.
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(pytest.mark.django_db(**marker.kwargs, serialized_rollback=True), append=False)
