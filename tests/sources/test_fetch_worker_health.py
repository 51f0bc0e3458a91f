"""Hostile servers through a real worker: each ends with its reason, and the worker stays up and small."""

import time
from pathlib import Path

import pytest

from sources.models import Document
from sources.tasks import fetch_document
from tests.conftest import wait_for
from tests.factories import SourceFactory
from tests.sources.hostile_web import (
    GB,
    HostileServer,
    Response,
    article_html,
    bomb,
    drip,
    endless_body,
    next_host,
    redirect,
)

DEADLINE = 3
HOSTILE = {
    "/loop": ("too many redirects (10)", lambda: redirect("/loop")),
    "/metadata": (
        "link-local or cloud metadata address 169.254.169.254 is never allowed",
        lambda: redirect("http://169.254.169.254/latest/meta-data/"),
    ),
    "/huge": ("body larger than 5 MB", lambda: lambda handler: endless_body(handler, size=GB, content_length=False)),
    "/bomb": ("body larger than 5 MB once decompressed", lambda: bomb),
    "/drip": (f"timed out after {DEADLINE} s", lambda: drip),
    "/report.pdf": ("wrong content type application/pdf", lambda: Response(200, b"%PDF-1.7", "application/pdf")),
    "/private/memo": ("robots.txt disallows this path", lambda: Response(200, article_html())),
    "/gone": ("HTTP 404", lambda: Response(404, "gone", "text/plain")),
}


def pool_processes(worker) -> list[int]:
    children = Path(f"/proc/{worker.pid}/task/{worker.pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_hostile_servers_end_with_their_reason_and_the_worker_stays_healthy(fetch_workers):
    server = HostileServer(next_host()).start()
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
    for number in range(3):
        server.routes[f"/news/{number}"] = Response(200, article_html(title=f"Dépêche {number}"))
    for path, (_, route) in HOSTILE.items():
        server.routes[path] = route()
    env = {"FETCH_DEADLINE": str(DEADLINE), "FETCH_READ_TIMEOUT": "2", "FETCH_DEFAULT_CRAWL_DELAY": "0"}
    worker = fetch_workers("hostile", concurrency=2, env=env)
    source = SourceFactory(homepage=server.url("/"), crawl_delay=0)

    def enqueue(path: str) -> Document:
        url = server.url(path)
        document = Document.objects.create(source=source, url=url, canonical_url=url)
        fetch_document.apply_async((document.pk,), queue=fetch_workers.queue)
        return document

    def settled(documents):
        return Document.objects.filter(pk__in=[d.pk for d in documents]).exclude(
            status__in=[Document.Status.PENDING, Document.Status.FETCHING]
        ).count() == len(documents)  # fmt: skip

    try:
        warm = enqueue("/news/0")
        wait_for(lambda: settled([warm]), timeout=60)
        processes = pool_processes(worker)
        before = {pid: rss_mb(pid) for pid in processes}

        started = time.monotonic()
        hostile = {path: enqueue(path) for path in HOSTILE}
        wait_for(lambda: settled(hostile.values()), timeout=60)
        elapsed = time.monotonic() - started
        after = {pid: rss_mb(pid) for pid in processes}

        healthy = [enqueue("/news/1"), enqueue("/news/2")]
        wait_for(lambda: settled(healthy), timeout=30)
    finally:
        server.stop()

    for path, (reason, _) in HOSTILE.items():
        document = Document.objects.get(pk=hostile[path].pk)
        assert document.fetch_error == reason, path
        assert document.status in (Document.Status.REFUSED, Document.Status.FAILED)
    # Two pool processes took eight hostile fetches; the slowest ends at its deadline, with no retry storm.
    assert elapsed < 4 * (DEADLINE + 2)
    assert worker.poll() is None
    assert pool_processes(worker) == processes  # no pool process died or was replaced
    for pid in processes:
        assert after[pid] - before[pid] < 50, f"pool process {pid} grew from {before[pid]:.0f} to {after[pid]:.0f} MB"
    for document in healthy:
        assert Document.objects.get(pk=document.pk).status == Document.Status.ARCHIVED
