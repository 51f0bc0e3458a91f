"""Benchmark: `/verdicts/` while slow clients hold sockets open: `.venv/bin/python bench/slow_clients.py`.

Issue 10: four clients that drip their request headers one byte a second used to take the site down (gunicorn
with two sync workers, nothing in front). This serves the deployed settings (DEBUG=0, collected static files) on
a SQLite database of its own with published verdicts, through gunicorn as configured for production
(gunicorn.conf.py: gthread workers), and for comparison through the old command line (2 sync workers). For each,
`/verdicts/` is loaded for a fixed time by 32 concurrent keep-alive connections (threads of http.client), first
alone, then while 4 slow clients drip headers on their own sockets. One table: requests/s, p50, p99 and errors
(a request with no answer within 10 s, or any status but 200, is an error).
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # run as a script: import the project, not bench/'s own modules as top-level ones

PATH = "/verdicts/"
REQUEST_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(workdir: Path, verdicts: int) -> dict[str, str]:
    """A migrated SQLite database with published verdicts, static files collected; the environment to serve it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "BENCH_STATIC_ROOT": str(workdir / "static"),
        "SECRET_KEY": "bench-only-secret-key-not-secret",
        "DEBUG": "0",
        "REDIS_URL": "",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from claims.models import Article, Claim, Rating, Verdict

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    author = get_user_model().objects.create_user("bench-author")
    ratings = list(Rating.objects.all())
    now = timezone.now()
    for n in range(verdicts):
        sentence = f"Le chômage a atteint {5 + n % 7},{n % 10} % en {2000 + n % 24}, selon l'Insee."
        article = Article.objects.create(title=f"Article {n}", text=sentence, language="fr", status="done")
        claim = Claim.objects.create(
            article=article, text=sentence, start=0, end=len(sentence), sentence_start=0, sentence_end=len(sentence),
            status=Claim.Status.PUBLISHED,
        )  # fmt: skip
        Verdict.objects.create(
            claim=claim, slug=f"verdict-{n}", rating=ratings[n % len(ratings)], summary=f"Résumé {n}.",
            explanation="Les chiffres officiels.", author=author, status=Verdict.Status.PUBLISHED,
            published_at=now - timedelta(hours=n),
        )  # fmt: skip
    from django.db import connections

    connections.close_all()
    return env


def start_server(port: int, env: dict[str, str], extra: list[str], log_path: Path) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    # From the project folder, so gunicorn reads gunicorn.conf.py as production does; `extra` overrides it.
    command = [str(gunicorn), "factcheck.wsgi", "-b", f"127.0.0.1:{port}", *extra]
    with log_path.open("w") as log:
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", PATH)
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def slow_client(port: int, stop: threading.Event, opened: list) -> None:
    """Opens a socket, sends a request line, then one header byte a second until told to stop."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    except OSError:
        return
    opened.append(sock)
    sock.sendall(f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
    drip = b"X-Slow: " + b"a" * 10_000
    index = 0
    while not stop.wait(1.0):
        try:
            sock.sendall(drip[index : index + 1])
        except OSError:  # the server gave up on it: open another, as an attacker would
            sock.close()
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                sock.sendall(f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
            except OSError:
                pass
        index = (index + 1) % len(drip)
    sock.close()


def load(port: int, concurrency: int, duration: float) -> dict:
    """`concurrency` keep-alive connections asking for PATH back to back for `duration` seconds."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    end = time.monotonic() + duration

    def run():
        connection = None
        mine, failed = [], 0
        while time.monotonic() < end:
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
                connection.request("GET", PATH)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
                else:
                    mine.append(time.monotonic() - started)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                failed += 1
                if connection is not None:
                    connection.close()
                connection = None
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=run) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def percentile(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99": percentile(0.99),
        "errors": errors[0],
    }


def measure(port: int, *, slow: int, concurrency: int, duration: float) -> dict:
    stop, opened = threading.Event(), []
    drippers = [threading.Thread(target=slow_client, args=(port, stop, opened)) for _ in range(slow)]
    for thread in drippers:
        thread.start()
    if slow:
        time.sleep(2)  # the slow clients are connected and hold what they hold before the load starts
    try:
        return load(port, concurrency, duration) | {"slow_open": len(opened)}
    finally:
        stop.set()
        for thread in drippers:
            thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=15, help="seconds of load per row")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--slow", type=int, default=4, help="slow clients dripping headers")
    parser.add_argument("--verdicts", type=int, default=60, help="published verdicts in the database")
    parser.add_argument("--skip-sync", action="store_true", help="only the production configuration")
    args = parser.parse_args()

    configurations = [("production (gunicorn.conf.py: gthread, 2 workers × 8 threads)", [])]
    if not args.skip_sync:
        # The old command line: gunicorn factcheck.wsgi -w 2, sync workers, config file ignored.
        configurations.append(("before: 2 sync workers", ["-c", "/dev/null", "-k", "sync", "-w", "2"]))
    rows = []
    with tempfile.TemporaryDirectory(prefix="fc-slow-") as tmp:
        workdir = Path(tmp)
        print(f"preparing a SQLite database with {args.verdicts} published verdicts…", file=sys.stderr)
        env = prepare(workdir, args.verdicts)
        for name, extra in configurations:
            port = free_port()
            server = start_server(port, env, extra, workdir / "gunicorn.log")
            try:
                for slow in (0, args.slow):
                    print(f"{name}: {slow} slow clients, {args.duration:.0f} s…", file=sys.stderr)
                    result = measure(port, slow=slow, concurrency=args.concurrency, duration=args.duration)
                    rows.append((name, slow, result))
            finally:
                stop_server(server)

    load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n`GET {PATH}`, {args.concurrency} keep-alive connections, {args.duration:.0f} s per row, "
          f"{args.verdicts} published verdicts (SQLite), DEBUG=0; load average after: {load_average}\n")  # fmt: skip
    print("| server | slow clients | req/s | p50 ms | p99 ms | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, slow, result in rows:
        print(f"| {name} | {slow} | {result['rps']:.0f} | {result['p50']:.0f} | {result['p99']:.0f} | "
              f"{result['errors']} |")  # fmt: skip


if __name__ == "__main__":
    main()
