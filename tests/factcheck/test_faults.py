"""Faults with a real worker and a Redis server of the test's own: the broker restarts, or is down.

1. Redis restarts under a busy worker (a running acks_late task, a task waiting on its countdown): kombu 5.7.0
   used to crash the worker with AttributeError in restore_unacked (factcheck/celery.py); it must survive, and
   the work must still be done.
2. Redis is down while the API takes an article: stored and answered 201; done once Redis is back.
3. The worker is killed with SIGKILL and Redis restarted empty while one article is in extraction and another in
   evidence search, on the demo web: both complete within 3 minutes of Redis being back (shipped leases), with no
   duplicate row and every search that was in flight searched again.
"""

import json
import os
import signal
import time
from datetime import timedelta

import pytest
from django.db.models import Count

from claims.models import Article, Claim, Evidence, Lead
from claims.services import article_create
from factcheck.tasks import reconcile
from sources.demo_web import DemoWeb, load_article
from sources.importing import sources_import_text
from sources.models import Document, Passage
from tests.conftest import point_celery_at, start_celery_worker, stop_celery_worker, wait_for
from tests.factories import ArticleFactory, UserFactory
from tests.sources.hostile_web import loopback_only  # noqa: F401  (a fixture)

# Short leases, the same in this process (the reconciler) and in the worker (its heartbeats).
LEASE_SECONDS = 10


@pytest.fixture
def own_redis(own_redis, settings):
    """tests.conftest's Redis server of the test's own, with this module's short leases in this process."""
    settings.PIPELINE_LEASE = timedelta(seconds=LEASE_SECONDS)
    return own_redis


@pytest.fixture
def worker(own_redis):
    """start() -> a real worker on every queue of own_redis; whatever happens, none is left behind."""
    started = []

    def start(name: str, **extra_env: str) -> object:
        env = {"REDIS_URL": own_redis.url, "PIPELINE_LEASE_SECONDS": str(LEASE_SECONDS), **extra_env}
        process = start_celery_worker(f"{name}-{own_redis.port}", queues="nlp,fetch,default", env=env)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            stop_celery_worker(process)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def answers_ping(process) -> bool:
    from factcheck.celery import app

    try:
        return bool(app.control.ping(destination=[process.worker_name], timeout=1.0))
    except Exception:
        return False


def reconciled_until(predicate, timeout: float):
    """Run the reconciler every 2 s (beat does every 60 s) until predicate() holds."""
    runs = []

    def check():
        runs.append(reconcile())
        return predicate()

    wait_for(check, timeout=timeout, interval=2)
    return runs


def settled(*articles) -> bool:
    return Article.objects.filter(pk__in=[a.pk for a in articles], status__in=["done", "failed"]).count() == len(
        articles
    )


def duplicates(model, *fields) -> list:
    return list(model.objects.values(*fields).annotate(n=Count("id")).filter(n__gt=1))


def duplicate_claims() -> list:
    return duplicates(Claim, "article", "start", "end")


@pytest.mark.worker
@pytest.mark.timeout(400)
@pytest.mark.django_db(transaction=True)
def test_a_busy_worker_survives_a_redis_restart_and_its_work_is_done(own_redis, worker, httpserver):
    text = load_article("karabakh_fr")
    title, body = text.split("\n", 1)
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>" + "".join(
        f"<p>{p}</p>" for p in body.split("\n\n") if p.strip()
    ) + "</article></body></html>"  # fmt: skip
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    # The page answers slowly: its fetch (fetch_article, acks_late) is running when Redis goes away.
    httpserver.expect_request("/slow-article").respond_with_handler(
        lambda request: time.sleep(6) or __import__("werkzeug").Response(page, content_type="text/html; charset=utf-8")
    )
    process = worker("busy")

    fetched = ArticleFactory(text="", url=httpserver.url_for("/slow-article"), status=Article.Status.PENDING)
    waiting = ArticleFactory(text=text, title=title, status=Article.Status.PENDING)
    from claims.tasks import extract_article, fetch_article

    fetch_article.delay(fetched.pk)
    extract_article.apply_async((waiting.pk,), countdown=30)  # held by the worker, unacknowledged, meanwhile
    wait_for(lambda: Article.objects.filter(pk=fetched.pk, status=Article.Status.FETCHING).exists(), timeout=60)
    time.sleep(1)  # the page is being read

    own_redis.stop()
    time.sleep(2)
    own_redis.start()
    point_celery_at(own_redis.url)
    restarted = time.monotonic()

    wait_for(lambda: process.poll() is not None or answers_ping(process), timeout=60, interval=0.5)
    assert process.poll() is None, "the worker died with the broker restart"
    runs = reconciled_until(lambda: settled(fetched, waiting), timeout=240)
    print(f"\nboth done {time.monotonic() - restarted:.1f} s after Redis was back; reconciler: {runs}")

    log = process.log_path.read_text(errors="replace")
    assert "Unrecoverable error" not in log and "AttributeError" not in log
    assert process.poll() is None
    for article in (fetched, waiting):
        article.refresh_from_db()
        assert article.status == Article.Status.DONE, article.error
        assert article.claims.exists()
    assert duplicate_claims() == []


@pytest.mark.worker
@pytest.mark.timeout(400)
@pytest.mark.django_db(transaction=True)
def test_an_article_posted_while_redis_is_down_completes_once_redis_is_back(own_redis, worker, client):
    client.force_login(UserFactory(groups=["Fact-checker"]))
    text = load_article("karabakh_fr")
    own_redis.stop()

    started = time.monotonic()
    response = client.post(
        "/api/v1/articles/",
        {"text": text, "title": text.splitlines()[0]},
        content_type="application/json",
        headers={"Idempotency-Key": "down-1"},
    )
    answered = time.monotonic() - started
    retried = client.post(
        "/api/v1/articles/", {"text": text}, content_type="application/json", headers={"Idempotency-Key": "down-1"}
    )

    assert response.status_code == 201, response.content
    assert retried.status_code == 201 and retried.json()["id"] == response.json()["id"]
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == Article.Status.PENDING
    assert Article.objects.count() == 1
    print(f"\nanswered {response.status_code} in {answered:.2f} s with Redis down")

    own_redis.start()
    point_celery_at(own_redis.url)
    back = time.monotonic()
    worker("after-outage")
    reconciled_until(lambda: settled(article), timeout=240)
    print(f"done {time.monotonic() - back:.1f} s after Redis was back (worker start included)")

    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    assert article.claims.exists()
    assert Article.objects.count() == 1
    assert duplicate_claims() == []


@pytest.fixture
def demo_web(loopback_only):  # noqa: F811
    web = DemoWeb(base=190, port=0, crawl_delay=0).start()
    yield web
    web.stop()


@pytest.mark.worker
@pytest.mark.timeout(600)
@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_and_a_redis_restart_mid_pipeline_recover_within_3_minutes(
    own_redis, worker, demo_web, settings
):
    from django.core.cache import cache

    # Registering sources queues a search of the recent articles (claims.signals) at an arbitrary moment:
    # take its slot so that it does not.
    cache.set("claims:search-recent-articles", 1, timeout=900)
    assert not sources_import_text(text=json.dumps(demo_web.registry()), format="json").errors
    # The shipped lease (60 s) in both processes; short fetch limits so that a fetch the kill interrupted is
    # taken over soon (the fetch task's own lease is its hard time limit).
    settings.PIPELINE_LEASE = timedelta(seconds=60)
    env = {"PIPELINE_LEASE_SECONDS": "60", "FETCH_DEFAULT_CRAWL_DELAY": "0", "FETCH_TASK_SOFT_TIME_LIMIT": "5",
           "FETCH_TASK_TIME_LIMIT": "6", "FETCH_DEADLINE": "4"}  # fmt: skip
    victim = worker("victim", **env)
    text = load_article("karabakh_fr")
    searched = article_create(text=text, title=text.splitlines()[0])
    # Long enough to be caught in extraction: the article several times over (claims are unique per offsets).
    long_text = "\n\n".join([text] * 3)
    # The second article is sent as soon as the first one's sources are being asked (fetch queue), so that its
    # extraction heads the nlp queue and starts at once, while the first one's claims wait for their search.
    # Sent once the searches had begun, it queued behind them and, on an idle machine, started when the last
    # search was ending, so the moment to kill in came rarely (CI failed once waiting for it).
    wait_for(lambda: Article.objects.filter(pk=searched.pk, gather_started_at__isnull=False).exists(), timeout=180)
    extracted = article_create(text=long_text, title="Long")
    unsearched = Claim.objects.filter(article=searched).exclude(evidence_status=Claim.EvidenceStatus.DONE)
    wait_for(
        lambda: (
            Article.objects.filter(pk=extracted.pk, status=Article.Status.EXTRACTING).exists() and unsearched.exists()
        ),
        timeout=120,
        interval=0.02,
    )
    os.killpg(victim.pid, signal.SIGKILL)  # the main process and its pool children
    victim.wait()
    # Claims waiting for their search (their messages go with Redis) or searched right now (a lease held).
    in_flight = set(unsearched.values_list("pk", flat=True))
    searching = unsearched.filter(evidence_status=Claim.EvidenceStatus.SEARCHING).count()
    assert in_flight and Article.objects.get(pk=extracted.pk).status == Article.Status.EXTRACTING
    own_redis.stop()
    own_redis.start()
    assert own_redis.keys() == 0
    point_celery_at(own_redis.url)
    back = time.monotonic()
    print(
        f"\nkilled with {len(in_flight)} claims not searched yet ({searching} being searched) and one article in"
        " extraction; Redis back empty"
    )

    worker("restarted", **env)
    runs = reconciled_until(lambda: settled(searched, extracted), timeout=240)
    recovered = time.monotonic() - back
    requeued = [run for run in runs if any(run.values())]
    print(f"both settled {recovered:.1f} s after Redis was back; the reconciler re-enqueued: {requeued}")
    assert recovered < 180

    for article in (searched, extracted):
        article.refresh_from_db()
        assert article.status == Article.Status.DONE, article.error
        assert not article.claims.filter(evidence_status__in=["pending", "searching", "failed"]).exists()
    # Every claim not yet searched at the kill was searched, not failed.
    assert set(Claim.objects.filter(pk__in=in_flight, evidence_status="done").values_list("pk", flat=True)) == in_flight
    assert duplicate_claims() == []
    assert duplicates(Evidence, "claim", "document", "passage_start", "passage_end") == []
    assert duplicates(Document, "canonical_url") == []
    assert duplicates(Passage, "document", "index") == []
    assert duplicates(Lead, "article", "document") == []
