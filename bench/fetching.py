"""Fetching: pages per second fetched, extracted and archived by the worker pool, beside a bare requests loop.

A local site of 1,000 news pages spread over 20 hosts (127.0.0.1 to 127.0.0.20, robots.txt allowing all,
pages gzipped as real servers send them, each answered after a fixed server latency) is fetched twice in
the same run with the same concurrency:

- a bare loop: N threads, each with its own requests.Session, GET and read every page, nothing else;
- the worker pool: one Celery worker with N prefork processes on a queue of its own, each task a
  fetch_document (claim, robots.txt, rate limit with crawl delay 0, SSRF checks, deadline, size limits,
  decompression, extraction, a compressed Snapshot and the Document written, passages indexed).

Then the archive's bytes per page beside the raw bytes. Usage, from the repository root:

    .venv/bin/python bench/fetching.py [--pages 1000] [--hosts 20] [--concurrency 8] [--latency 0.2]

It needs Redis (REDIS_URL, default redis://127.0.0.1:6379/0; only a queue of its own is used) and a
database: a scratch PostgreSQL database when one answers on 127.0.0.1:5432 (dropped at the end),
else a temporary SQLite file. About two minutes.
"""

import argparse
import gzip
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = {
    "fr": " ".join([
        "le gouvernement a annoncé mercredi que les forces armées avaient quitté la région après un accord",
        "de cessez-le-feu signé à Genève selon le ministère des affaires étrangères environ 120 000 personnes",
        "auraient fui vers la frontière tandis que les organisations humanitaires demandent un accès immédiat",
        "aux zones touchées le président a déclaré devant le parlement que la situation restait préoccupante",
    ]).split(),
    "en": " ".join([
        "the government said on Wednesday that armed forces had left the region after a ceasefire agreement",
        "signed in Geneva according to the foreign ministry around 120,000 people are believed to have fled",
        "toward the border while humanitarian organisations called for immediate access to affected areas the",
        "president told parliament that the situation remained worrying and that talks would resume next week",
    ]).split(),
}  # fmt: skip


def sentence(rng: random.Random, language: str) -> str:
    words = rng.choices(WORDS[language], k=rng.randint(14, 30))
    return " ".join(words).capitalize() + "."


def news_page(number: int, host: str) -> bytes:
    """A news page as sites send them: navigation, ads, scripts, an article of 600-900 words, related links."""
    rng = random.Random(number)
    language = "fr" if number % 2 else "en"
    title = sentence(rng, language)[:90]
    nav = "".join(f'<li><a href="/section/{i}">Rubrique {i}</a></li>' for i in range(40))
    paragraphs = "".join(
        f"<p>{' '.join(sentence(rng, language) for _ in range(rng.randint(3, 6)))}</p>" for _ in range(12)
    )
    related = "".join(
        f'<li><a href="/news/{rng.randint(0, 9999)}">{sentence(rng, language)[:70]}</a></li>' for _ in range(15)
    )
    footer = "".join(f'<a href="/legal/{i}">Mentions {i}</a> ' for i in range(30))
    script = "var analytics = {" + ",".join(f'"k{i}": "{rng.getrandbits(64):x}"' for i in range(400)) + "};"
    html = f"""<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{title} | Bench Daily</title>
<meta property="og:title" content="{title}"><meta name="author" content="Bench Reporter {number % 17}">
<meta property="article:published_time" content="2024-0{1 + number % 9}-1{number % 10}T08:30:00+01:00">
<link rel="canonical" href="http://{host}/news/{number}"><style>{"body{margin:0}" * 200}</style>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}"}}</script><script>{script}</script>
</head><body><header><nav><ul>{nav}</ul></nav></header><div class="ad">Publicité — abonnez-vous</div>
<main><article><h1>{title}</h1>{paragraphs}</article></main><aside><h2>À lire aussi</h2><ul>{related}</ul></aside>
<footer>{footer}</footer></body></html>"""
    return html.encode()


# --- The local site, in a process of its own -------------------------------------------------------------


def serve_site(hosts: list[str], port: int, pages: dict, latency: float, ready) -> None:
    robots = b"User-agent: *\nAllow: /\n"

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            host = self.server.server_address[0]
            status, encoding, content_type = 200, None, "text/plain"
            if self.path == "/robots.txt":
                body = robots
            elif (host, self.path) in pages:
                time.sleep(latency)  # the network and the server's own work, as a remote site would take
                body, encoding, content_type = pages[(host, self.path)], "gzip", "text/html; charset=utf-8"
                if "gzip" not in self.headers.get("Accept-Encoding", ""):
                    body, encoding = gzip.decompress(body), None
            else:
                status, body = 404, b"not found"
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.end_headers()
            self.wfile.write(body)

    servers = []
    for host in hosts:
        server = ThreadingHTTPServer((host, port), Handler)
        server.daemon_threads = True
        server.request_queue_size = 128
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    ready.set()
    signal.sigwait([signal.SIGTERM])


def free_port(hosts: list[str]) -> int:
    import socket

    while True:
        port = random.randint(20000, 60000)
        try:
            for host in hosts:
                with socket.socket() as probe:
                    probe.bind((host, port))
            return port
        except OSError:
            continue


# --- Database and environment ----------------------------------------------------------------------------


def choose_database() -> tuple[str, str | None]:
    """A scratch PostgreSQL database if one answers, else a temporary SQLite file."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"], None
    name = f"factcheck_bench_fetching_{os.getpid()}"
    try:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=3) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return f"postgres://postgres@127.0.0.1:5432/{name}", name
    except Exception:
        path = Path(tempfile.mkdtemp(prefix="bench-fetching-")) / "db.sqlite3"
        return f"sqlite:///{path}", None


def drop_database(name: str | None) -> None:
    if not name:
        return
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- The two runs --------------------------------------------------------------------------------------


def cpu_busy() -> tuple[float, float]:
    """Busy and total CPU time of the whole machine so far (all processes: site, workers, database)."""
    fields = [float(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its live descendants (the worker and its pool)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(tree_cpu(int(child)) for child in children)


def busy_share(before: tuple[float, float], after: tuple[float, float]) -> float:
    return (after[0] - before[0]) / max(after[1] - before[1], 1e-9)


def bare_loop(urls: list[str], concurrency: int) -> tuple[float, int, int]:
    import requests

    local = threading.local()

    def get(url: str) -> tuple[bool, int]:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        try:
            response = session.get(url, timeout=(5, 10))
            return response.status_code == 200, len(response.content)
        except requests.RequestException:
            return False, 0

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(get, urls))
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for ok, _ in results if not ok), sum(size for _, size in results)


def worker_pool(urls: list[str], concurrency: int, env: dict, queue: str) -> tuple[float, int, float, float]:
    from django.db import close_old_connections

    from factcheck.celery import app
    from sources.models import Document, Source
    from sources.tasks import fetch_document

    app.conf.task_always_eager = False
    log = open(ROOT / "bench" / "output" / "fetching-worker.log", "wb")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", queue, "-c", str(concurrency),
         "-P", "prefork", "-n", f"{queue}@localhost", "--without-gossip", "--without-mingle", "-l",
         os.environ.get("BENCH_WORKER_LOG_LEVEL", "WARNING")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not app.control.ping(destination=[f"{queue}@localhost"], timeout=1.0):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the Celery worker did not start; see bench/output/fetching-worker.log")
        sources = {}
        for url in urls:
            origin = url.split("/news/")[0] + "/"
            if origin not in sources:
                sources[origin] = Source.objects.create(name=origin, homepage=origin, crawl_delay=0)
        documents = Document.objects.bulk_create(
            Document(url=url, canonical_url=url, source=sources[url.split("/news/")[0] + "/"]) for url in urls
        )
        cpu, worker_cpu = cpu_busy(), tree_cpu(worker.pid)
        started = time.perf_counter()
        for document in documents:
            fetch_document.apply_async((document.pk,), queue=queue)
        waiting = Document.objects.filter(status__in=[Document.Status.PENDING, Document.Status.FETCHING])
        while waiting.exists():
            time.sleep(0.05)
            if time.perf_counter() - started > 600:
                raise SystemExit("the worker pool did not finish within 10 minutes")
        elapsed = time.perf_counter() - started
        cpu, worker_cpu = busy_share(cpu, cpu_busy()), tree_cpu(worker.pid) - worker_cpu
        close_old_connections()
        failed = Document.objects.exclude(status=Document.Status.ARCHIVED).count()
        return elapsed, failed, cpu, worker_cpu
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
        log.close()


def archive_sizes() -> dict:
    from django.db.models import Count, Sum
    from django.db.models.functions import Length

    from sources.models import Document, Snapshot

    snapshots = Snapshot.objects.aggregate(n=Count("id"), raw=Sum("size"), stored=Sum(Length("content")))
    text = sum(len(t.encode()) for t in Document.objects.values_list("text", flat=True).iterator())
    return {"snapshots": snapshots["n"], "raw": snapshots["raw"] or 0, "stored": snapshots["stored"] or 0, "text": text}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the site takes per page (default 0.2)")
    args = parser.parse_args()
    (ROOT / "bench" / "output").mkdir(parents=True, exist_ok=True)

    database_url, scratch = choose_database()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-secret-key",
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
        "FETCH_DEFAULT_CRAWL_DELAY": "0",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    port = free_port(hosts)
    urls, pages = [], {}
    for number in range(args.pages):
        host = hosts[number % len(hosts)]
        pages[(host, f"/news/{number}")] = gzip.compress(news_page(number, f"{host}:{port}"), 6)
        urls.append(f"http://{host}:{port}/news/{number}")

    ready = multiprocessing.Event()
    site = multiprocessing.Process(target=serve_site, args=(hosts, port, pages, args.latency, ready), daemon=True)
    site.start()
    ready.wait(30)
    try:
        call_command("migrate", verbosity=0)
        cpu, bare_own = [cpu_busy()], time.process_time()
        bare_seconds, bare_failed, bare_bytes = bare_loop(urls, args.concurrency)
        cpu.append(cpu_busy())
        bare_own = time.process_time() - bare_own
        queue = f"fetch-bench-{os.getpid()}"
        pool_seconds, pool_failed, pool_cpu, pool_own = worker_pool(urls, args.concurrency, env, queue)
        sizes = archive_sizes()
    finally:
        site.terminate()
        site.join(10)
        from django.db import connections

        connections.close_all()
        drop_database(scratch)

    n = args.pages
    bare_rate, pool_rate = n / bare_seconds, n / pool_seconds
    wire = sum(len(body) for body in pages.values())
    kind = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print(
        f"\nfetching: {n} pages on {len(hosts)} hosts (127.0.0.1-{len(hosts)}), concurrency {args.concurrency}, "
        f"site latency {args.latency * 1000:.0f} ms per page, {kind}, {os.cpu_count()} cores"
    )
    rows = [
        (f"bare requests loop ({args.concurrency} threads)", bare_rate, bare_seconds, bare_failed, busy_share(*cpu),
         bare_own),
        (f"worker pool (prefork, {args.concurrency} processes)", pool_rate, pool_seconds, pool_failed, pool_cpu,
         pool_own),
    ]  # fmt: skip
    print(f"{'':44}{'pages/s':>9}{'seconds':>9}{'failed':>8}{'machine busy':>14}{'own CPU ms/page':>17}")
    for label, rate, seconds, failed, busy, own in rows:
        print(f"{label:44}{rate:9.1f}{seconds:9.1f}{failed:8d}{busy:14.0%}{own / n * 1000:17.1f}")
    print(f"{'pool / bare':44}{pool_rate / bare_rate:9.2f}   (target >= 0.70)")
    per_page = {key: value / max(sizes["snapshots"], 1) / 1024 for key, value in sizes.items() if key != "snapshots"}
    print(f"\narchive per page ({sizes['snapshots']} snapshots)                KB   of raw")
    print(f"{'raw page (decompressed HTML)':44}{per_page['raw']:9.1f}{1:9.2f}")
    print(f"{'on the wire (gzip)':44}{wire / n / 1024:9.1f}{wire / n / 1024 / per_page['raw']:9.2f}")
    print(f"{'snapshot stored (zlib)':44}{per_page['stored']:9.1f}{per_page['stored'] / per_page['raw']:9.2f}")
    print(f"{'extracted text':44}{per_page['text']:9.1f}{per_page['text'] / per_page['raw']:9.2f}")
    total = per_page["stored"] + per_page["text"]
    print(f"{'archive total (snapshot + text)':44}{total:9.1f}{total / per_page['raw']:9.2f}")
    if bare_bytes:
        print(f"\n(bare loop read {bare_bytes / n / 1024:.1f} KB of decompressed HTML per page)")


if __name__ == "__main__":
    main()
