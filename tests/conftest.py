import os
import signal
import socket
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
    while True:
        try:
            if app.control.ping(destination=[name], timeout=1.0):
                return process
        except Exception:  # the broker is not reachable (yet, or any more: it just restarted)
            time.sleep(0.5)
        if process.poll() is not None or time.monotonic() > deadline:
            break
    # Not a worker left behind: the whole process group, pool children included.
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    pytest.fail(f"the Celery worker did not start; see {log_path}")


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server of the test's own, without persistence: a restart comes back empty."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process = None
        self.log_path = OUTPUT / f"redis-{port}.log"

    def start(self) -> "RedisServer":
        import redis

        OUTPUT.mkdir(exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--daemonize", "no"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        wait_for(lambda: self._ping(client), timeout=20, interval=0.05)
        return self

    def _ping(self, client) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"redis-server exited; see {self.log_path}")
        try:
            return client.ping()
        except Exception:
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        subprocess.run(["redis-cli", "-p", str(self.port), "shutdown", "nosave"], capture_output=True, timeout=10)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            self.process.wait(timeout=10)

    def keys(self) -> int:
        import redis

        return redis.Redis.from_url(self.url).dbsize()


def point_celery_at(url: str) -> None:
    """This process's Celery app sends to (and pings through) url from now on; its pools are dropped."""
    from kombu import pools

    from factcheck.celery import app

    pools.reset()  # kombu keeps a pool per broker address: its connections to a stopped server are dead

    app.conf.broker_url = url
    app.conf.broker_write_url = None
    app.conf.broker_read_url = None
    app._pool = None
    app.__dict__.get("amqp") and setattr(app.amqp, "_producer_pool", None)


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


@pytest.fixture(autouse=True)
def english_until_asked_otherwise():
    """Each test starts in the default language: a French request (LocaleMiddleware) leaves French active in the
    thread, and a later test's messages would otherwise depend on the order the tests ran in."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def own_redis(settings, django_db_setup):
    """A Redis server for this test alone; this process's Celery app and cache use it, tasks are not eager."""
    from factcheck.celery import app

    server = RedisServer(free_port()).start()
    before = (app.conf.broker_url, app.conf.task_always_eager)
    point_celery_at(server.url)
    app.conf.task_always_eager = False
    settings.REDIS_URL = server.url
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": server.url}}
    yield server
    point_celery_at(before[0])
    app.conf.task_always_eager = before[1]
    server.stop()
