"""The whole evidence pipeline on the demo web, through real Celery workers, Redis and PostgreSQL.

article_create -> extract_article (nlp) -> gather_evidence (fetch: the sources' site search, feeds, sitemaps;
Lead rows and document requests) -> fetch_document per page (fetch) -> search_evidence per claim (nlp) -> done.
The second test kills the worker mid-article and empties Redis: the database alone must carry the article to
the end, through the reconciler, without a duplicate row.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest
from django.db.models import Count

from claims import gathering
from claims.models import Article, Claim, ClaimMatch, Evidence, Lead
from claims.services import article_create
from claims.signals import SEARCH_RECENT_DELAY
from sources import services as source_services
from sources.demo_web import DemoWeb, load_article
from sources.models import Document, KnownFactCheck, Passage, Source
from tests.claims.evidence_quality import find_claim, register
from tests.conftest import (
    OUTPUT,
    ROOT,
    database_url,
    point_celery_at,
    stop_celery_worker,
    wait_for,
)
from tests.sources.hostile_web import loopback_only  # noqa: F401  (a fixture)

PUBLISHED = "2023-09-20T12:00:00+02:00"
FINAL = (Document.Status.ARCHIVED, Document.Status.REFUSED, Document.Status.FAILED)


@pytest.fixture
def demo_web(loopback_only):  # noqa: F811
    web = DemoWeb(base=170, port=0, crawl_delay=0).start()
    yield web
    web.stop()


def submit_karabakh() -> Article:
    text = load_article("karabakh_fr")
    return article_create(text=text, title=text.splitlines()[0], published_at=datetime.fromisoformat(PUBLISHED))


def demo_hosts(web) -> set[str]:
    return {site.base_url.rstrip("/") for site in web.sites.values()}


# --- 1. The happy path ------------------------------------------------------------------------------------


@pytest.mark.worker
@pytest.mark.timeout(400)
@pytest.mark.django_db(transaction=True)
def test_registering_sources_then_ingesting_an_article_finds_evidence_with_no_manual_poll(live_worker, demo_web):
    started = time.monotonic()
    result = register(demo_web)
    assert not result.errors, result.errors
    assert Source.objects.count() == len(demo_web.sites) == 18

    # Another fact-checker's check of the same figure, in English: matched on the nlp queue beside the search.
    fact_check = KnownFactCheck.objects.create(
        url="https://fullfact.example/karabakh-120000",
        claim_reviewed="Says Azerbaijan is set to integrate about 120,000 ethnic Armenians of Karabakh into its "
        "society.",
        rating_text="Correct",
        truth=5,
        author_name="Full Fact",
        language="en",
    )
    article = submit_karabakh()
    done = wait_for(
        lambda: Article.objects.filter(pk=article.pk, status__in=["done", "failed"]).first(), timeout=180, interval=0.5
    )
    first_done = time.monotonic() - started
    assert done.status == Article.Status.DONE, done.error
    # Registering the sources queued a search of the recent articles SEARCH_RECENT_DELAY s later
    # (claims.signals): if it found this article already done it searches it again. Judge the settled state.
    wait_for(
        lambda: (
            time.monotonic() - started > SEARCH_RECENT_DELAY + 15
            and Article.objects.filter(pk=article.pk, status=Article.Status.DONE).exists()
            and not Claim.objects.filter(article=article, evidence_status__in=["pending", "searching"]).exists()
        ),
        timeout=120,
        interval=0.5,
    )
    done.refresh_from_db()
    print(f"\narticle DONE {first_done:.1f} s after registering; report: {done.gather_report}")

    # Leads from several sources, their pages archived from the demo web.
    leads = Lead.objects.filter(article=done).select_related("document")
    assert leads.values("source").distinct().count() >= 4, list(leads.values_list("source__name", flat=True))
    hosts = demo_hosts(demo_web)
    archived = Document.objects.filter(status=Document.Status.ARCHIVED)
    assert archived.count() >= 5
    assert all(any(d.url.startswith(host) for host in hosts) for d in archived), "a page from outside the demo web"
    assert all(lead.document.status in FINAL for lead in leads)

    # Most check-worthy claims got evidence.
    worthy = list(done.claims.filter(checkworthiness__gte=gathering.QUERY_CHECKWORTHINESS))
    assert worthy
    with_evidence = [claim for claim in worthy if claim.evidence.exists()]
    print(f"check-worthy claims with evidence: {len(with_evidence)}/{len(worthy)}")
    assert len(with_evidence) > len(worthy) / 2, [c.text for c in worthy if c not in with_evidence]
    assert all(c.evidence_status == Claim.EvidenceStatus.DONE for c in done.claims.all())

    # The 120 000 claim: English pages too, and a supporting passage whose figure agrees.
    population = find_claim(done, "120 000")
    assert population is not None, [c.text for c in done.claims.all()]
    evidence = list(population.evidence.select_related("document"))
    assert any((e.document.language or "")[:2] == "en" for e in evidence), [
        (e.document.url, e.document.language) for e in evidence
    ]
    supporting = [e for e in evidence if e.stance == Evidence.Stance.SUPPORTS]
    assert any(any(c.get("outcome") == "agrees" for c in e.comparisons) for e in supporting), [
        (e.stance, e.comparisons) for e in evidence
    ]

    # Already checked: the worker matched the claim to the English fact-check.
    assert wait_for(lambda: ClaimMatch.objects.filter(claim=population, fact_check=fact_check).exists(), timeout=60)
    assert not Claim.objects.filter(article=done, matched_at__isnull=True).exists()

    # Nothing was polled: the pages came from asking the sources about the claims.
    assert not Source.objects.filter(last_polled_at__isnull=False).exists()


# --- 2. A worker killed and Redis emptied mid-article -----------------------------------------------------


@pytest.fixture
def workers(own_redis):
    """start(name, env=…) -> a real worker on every queue, in its own process group, once it answers a ping.

    Like tests.conftest.start_celery_worker, but a ping that errors (the broker just restarted) counts as no
    answer yet, and every worker started is killed at the end, whatever happened.
    """
    from django.conf import settings

    from factcheck.celery import app

    started = []

    def start(name: str, *, env: dict) -> subprocess.Popen:
        OUTPUT.mkdir(exist_ok=True)
        full_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": database_url(settings.DATABASES["default"]),
            "CELERY_TASK_ALWAYS_EAGER": "0",
            **env,
        }
        log_path = OUTPUT / f"celery-{name}.log"
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", "nlp,fetch,default", "-c", "2",
                 "-P", "prefork", "-n", f"{name}@localhost", "--without-gossip", "--without-mingle", "-l", "INFO"],
                cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        process.log_path = log_path
        started.append(process)
        deadline = time.monotonic() + 90
        while True:
            try:
                if app.control.ping(destination=[f"{name}@localhost"], timeout=1.0):
                    return process
            except Exception:  # the broker is not reachable yet
                time.sleep(0.5)
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the Celery worker did not start; see {log_path}")

    yield start
    for process in started:
        if process.poll() is None:
            stop_celery_worker(process)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def worker_env(redis_url: str) -> dict:
    # Short fetch limits, so a row a killed worker left "fetching" is claimed again within seconds (the
    # worker's own lease is FETCH_TASK_TIME_LIMIT); the demo web asks for no crawl delay.
    return {
        "REDIS_URL": redis_url,
        "FETCH_DEFAULT_CRAWL_DELAY": "0",
        "FETCH_TASK_SOFT_TIME_LIMIT": "5",
        "FETCH_TASK_TIME_LIMIT": "6",
        "FETCH_DEADLINE": "4",
    }


def stage(article_id: int) -> dict:
    article = Article.objects.get(pk=article_id)
    leads = Lead.objects.filter(article_id=article_id)
    return {
        "status": article.status,
        "gathering": article.gather_started_at is not None,
        "gathered": article.gathered_at is not None,
        "ranking": article.ranking_at is not None,
        "leads": leads.count(),
        "lead documents ended": leads.filter(document__status__in=FINAL).count(),
        "documents fetching": Document.objects.filter(status=Document.Status.FETCHING).count(),
        "claims": dict(
            Claim.objects.filter(article_id=article_id).values_list("evidence_status").annotate(Count("id"))
        ),
        "claims with evidence": Claim.objects.filter(article_id=article_id, evidence__isnull=False).distinct().count(),
        "evidence": Evidence.objects.filter(claim__article_id=article_id).count(),
        "lead documents archived before ranking": leads.filter(
            document__status=Document.Status.ARCHIVED, document__fetched_at__lte=article.ranking_at
        ).count()
        if article.ranking_at
        else None,
    }


def duplicates(model, *fields) -> list:
    return list(model.objects.values(*fields).annotate(n=Count("id")).filter(n__gt=1))


@pytest.mark.worker
@pytest.mark.timeout(900)
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_and_redis_restarted_mid_article_completes_with_no_duplicates(
    own_redis, workers, demo_web, monkeypatch
):
    from django.conf import settings
    from django.core.cache import cache

    from factcheck.tasks import reconcile

    # Registering sources queues a search of the recent articles 30 s later (claims.signals), which would
    # search this article again at an arbitrary moment: take its once-a-minute slot, so it is not queued.
    cache.set("claims:search-recent-articles", 1, timeout=600)
    assert not register(demo_web).errors
    env = worker_env(own_redis.url)
    victim = workers(f"victim-{own_redis.port}", env=env)
    try:
        started = time.monotonic()
        article = submit_karabakh()
        leads = Lead.objects.filter(article=article)

        # In evidence search, with pages found and some fetched, others on their way: kill there.
        wait_for(
            lambda: (
                Article.objects.filter(pk=article.pk, status=Article.Status.SEARCHING).exists()
                and leads.filter(document__status__in=FINAL).exists()
                and leads.exclude(document__status__in=FINAL).exists()
            ),
            timeout=180,
            interval=0.02,
        )
        os.killpg(victim.pid, signal.SIGKILL)  # the main process and its pool children
        victim.wait()
        killed_at = time.monotonic()
        at_kill = stage(article.pk)
        print(f"\nkilled {killed_at - started:.1f} s after submitting: {at_kill}")
        assert at_kill["status"] == Article.Status.SEARCHING

        # Redis restarted empty: every message, unacked delivery and countdown is gone.
        keys_before = own_redis.keys()
        own_redis.stop()
        own_redis.start()
        assert own_redis.keys() == 0
        point_celery_at(own_redis.url)  # drop the connections to the old server
        print(f"redis restarted empty ({keys_before} keys before)")
    finally:
        if victim.poll() is None:
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()

    restarted = workers(f"restarted-{own_redis.port}", env=env)
    try:
        # The real leases are minutes (GATHER_DEADLINE 90 s, PIPELINE_LEASE 60 s, documents' STUCK_AFTER 3 min,
        # beat every 60 s): shortened here for the reconciler, in this process only. The worker keeps its own
        # (PIPELINE_LEASE 60 s, the fetch lease FETCH_TASK_TIME_LIMIT = 6 s from its env).
        monkeypatch.setattr(gathering, "GATHER_DEADLINE", timedelta(seconds=5))
        monkeypatch.setattr(settings, "PIPELINE_LEASE", timedelta(seconds=30))
        monkeypatch.setattr(source_services, "STUCK_AFTER", timedelta(seconds=10))
        runs = []

        def reconciled_and_done() -> bool:
            runs.append(reconcile())
            article_done = Article.objects.filter(pk=article.pk, status__in=["done", "failed"]).exists()
            fetched = not leads.exclude(document__status__in=FINAL).exists()
            return article_done and fetched

        wait_for(reconciled_and_done, timeout=420, interval=3)
        recovered = time.monotonic() - killed_at
        print(f"recovered {recovered:.1f} s after the kill, {len(runs)} reconciler runs")
        print("re-enqueued:", [{k: v for k, v in run.items() if v} for run in runs if any(run.values())])
    finally:
        stop_celery_worker(restarted)

    done = Article.objects.get(pk=article.pk)
    final = stage(article.pk)
    print(f"at the end: {final}")
    last_search = Claim.objects.filter(article=done).order_by("-updated_at").values_list("updated_at", flat=True)[0]
    late = Lead.objects.filter(article=done, document__fetched_at__gt=last_search).count()
    print(f"lead pages archived after the last claim's search ended (never ranked for this article): {late}")
    for process in (victim, restarted):
        errors = [line for line in process.log_path.read_text(errors="replace").splitlines()
                  if "ERROR" in line or "Traceback" in line]  # fmt: skip
        print(f"{process.log_path.name}: {len(errors)} error lines", *errors[:5], sep="\n  ")
    assert done.status == Article.Status.DONE, done.error
    assert not Claim.objects.filter(article=done, evidence_status__in=["pending", "searching"]).exists()

    # No duplicates, by the constraints' columns, and by counts.
    assert duplicates(Claim, "article", "start", "end") == []
    assert duplicates(Evidence, "claim", "document", "passage_start", "passage_end") == []
    assert duplicates(Document, "canonical_url") == []
    assert duplicates(Passage, "document", "index") == []
    assert duplicates(Lead, "article", "document") == []
    claims = Claim.objects.filter(article=done)
    assert claims.count() == claims.values("start", "end").distinct().count() > 0
    evidence = Evidence.objects.filter(claim__article=done)
    assert evidence.count() == evidence.values("claim", "document", "passage_start", "passage_end").distinct().count()
    assert Document.objects.count() == Document.objects.values("canonical_url").distinct().count()
    assert (
        Lead.objects.filter(article=done).count()
        == Lead.objects.filter(article=done).values("document").distinct().count()
        >= at_kill["leads"]
    )
    for document in Document.objects.filter(status=Document.Status.ARCHIVED):
        indexes = list(document.passages.order_by("index").values_list("index", flat=True))
        assert indexes == list(range(len(indexes))), (document.url, indexes)
    # Every lead's page was fetched again after the kill and ended.
    assert not Lead.objects.filter(article=done).exclude(document__status__in=FINAL).exists()
