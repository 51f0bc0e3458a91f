"""A worker killed with SIGKILL in the middle of a batch: after a restart every page is archived exactly once."""

import os
import signal
import time
from datetime import timedelta

import pytest

from sources import services
from sources.models import Document, Snapshot
from sources.tasks import fetch_document
from tests.conftest import wait_for
from tests.factories import SourceFactory
from tests.sources.hostile_web import HostileServer, Response, article_html, next_host

PAGES = 16
VISIBILITY_TIMEOUT = 5
# Short limits so an abandoned "fetching" row is reclaimed within the test, not after the real 150 s.
WORKER_ENV = {
    "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    "FETCH_TASK_SOFT_TIME_LIMIT": "5",
    "FETCH_TASK_TIME_LIMIT": "6",
    "FETCH_DEADLINE": "4",
}


def slow_page(number: int):
    def handler(request):
        time.sleep(0.4)  # slow enough that the kill lands while fetches are in flight
        return Response(200, article_html(title=f"Dépêche {number}"))

    return handler


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_batch_survives_a_sigkilled_worker_and_archives_each_page_once(fetch_workers, monkeypatch):
    server = HostileServer(next_host()).start()
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nAllow: /\n", "text/plain")
    for number in range(PAGES):
        server.routes[f"/news/{number}"] = slow_page(number)
    try:
        source = SourceFactory(homepage=server.url("/"), crawl_delay=0)
        victim = fetch_workers("victim", env=WORKER_ENV)
        for number in range(PAGES):
            url = server.url(f"/news/{number}")
            document = Document.objects.create(source=source, url=url, canonical_url=url)
            fetch_document.apply_async((document.pk,), queue=fetch_workers.queue)

        archived = Document.objects.filter(status=Document.Status.ARCHIVED)
        fetching = Document.objects.filter(status=Document.Status.FETCHING)
        # Kill in the middle: some pages archived, and fetches in flight right now.
        wait_for(lambda: archived.count() >= 3 and fetching.exists(), timeout=60, interval=0.02)
        os.killpg(victim.pid, signal.SIGKILL)  # the whole worker: main process and pool children
        victim.wait()
        in_flight = set(fetching.values_list("pk", flat=True))
        assert in_flight, "no fetch was in flight at the kill; nothing was tested"
        assert archived.count() < PAGES

        # Unacknowledged messages come back once the visibility timeout has passed.
        time.sleep(VISIBILITY_TIMEOUT + 1)
        restarted = fetch_workers("restarted", env=WORKER_ENV)
        # A message the victim had popped from Redis but not yet recorded as unacknowledged is gone for good
        # (kombu's Redis transport does the two apart): the reconciler, run by beat every minute, sends its
        # page again, on the fetch queue that the session's worker reads. Its 3 minutes are shortened here, in
        # this process only, to a time by which every restored message has long been fetched.
        monkeypatch.setattr(services, "STUCK_AFTER", timedelta(seconds=30))
        reconciled = []

        def all_archived() -> bool:
            if archived.count() == PAGES:
                return True
            reconciled.append(services.reconcile())
            return False

        try:
            wait_for(all_archived, timeout=120, interval=2)
        except AssertionError:
            rows = list(Document.objects.filter(source=source).exclude(status=Document.Status.ARCHIVED)
                        .values_list("pk", "status", "attempts", "fetch_error", "updated_at"))  # fmt: skip
            log = restarted.log_path.read_text(errors="replace").splitlines()[-15:]
            pytest.fail(
                f"not archived after 120 s: {rows}; in flight at the kill: {in_flight}; "
                f"reconciler sent {sum(reconciled)}; restarted worker's log ends:\n" + "\n".join(log)
            )
        print(f"in flight at the kill: {len(in_flight)}; sent again by the reconciler: {sum(reconciled)}")
    finally:
        server.stop()

    documents = Document.objects.filter(source=source)
    assert documents.count() == PAGES
    assert len({document.canonical_url for document in documents}) == PAGES
    # The fetches the kill interrupted were claimed again and finished, once.
    assert all(document.attempts >= 2 for document in documents if document.pk in in_flight)
    for document in documents:
        assert Snapshot.objects.filter(document=document).count() == 1, document.url
        assert document.status == Document.Status.ARCHIVED
        assert document.title.startswith("Dépêche")
