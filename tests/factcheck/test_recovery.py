"""Leases and the reconciler: lost work is queued again within minutes, and a person's edit hides nothing.

Unit tests: the reconciler runs in this process against PostgreSQL; what it queues is looked at in a Redis of
the test's own (the tasks are not run). The fault tests with real workers are in tests/factcheck/test_faults.py.
"""

import json
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from claims import services
from claims.models import Article, Claim
from tests.conftest import RedisServer, free_port, point_celery_at
from tests.factories import ArticleFactory, ClaimFactory, UserFactory

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."


@pytest.fixture
def queue(settings):
    """Tasks are sent to a Redis of the test's own, not run: messages() lists (task, args) sent so far."""
    from factcheck.celery import app

    server = RedisServer(free_port()).start()
    before = (app.conf.broker_url, app.conf.task_always_eager)
    point_celery_at(server.url)
    app.conf.task_always_eager = False

    def messages() -> list[tuple[str, list]]:
        import redis

        client = redis.Redis.from_url(server.url)
        found = []
        for name in ("nlp", "fetch", "default"):
            for raw in client.lrange(name, 0, -1):
                message = json.loads(raw)
                found.append((message["headers"]["task"].rsplit(".", 1)[-1], json.loads(_body(message))[0]))
        return sorted(found)

    server.messages = messages
    yield server
    point_celery_at(before[0])
    app.conf.task_always_eager = before[1]
    server.stop()


def _body(message: dict) -> str:
    import base64

    return base64.b64decode(message["body"]).decode()


def ago(seconds: float):
    return timezone.now() - timedelta(seconds=seconds)


@pytest.mark.django_db
def test_an_article_whose_extraction_lease_lapsed_is_queued_again_within_a_lease(queue, settings):
    lost = ArticleFactory(text=TEXT, status=Article.Status.EXTRACTING, attempts=1, lease_until=ago(1))
    running = ArticleFactory(text=TEXT, status=Article.Status.EXTRACTING, attempts=1, lease_until=ago(-30))
    fetching = ArticleFactory(text="", url="http://127.0.0.1:9/a", status=Article.Status.FETCHING, lease_until=ago(5))

    assert services.reconcile() == 2

    assert queue.messages() == sorted([("extract_article", [lost.pk]), ("fetch_article", [fetching.pk])])
    lost.refresh_from_db()
    # Back to waiting, with the new message's lease: the next run does not queue it twice.
    assert lost.status == Article.Status.PENDING and lost.lease_until > timezone.now()
    assert Article.objects.get(pk=running.pk).status == Article.Status.EXTRACTING
    assert services.reconcile() == 0


@pytest.mark.django_db
def test_a_persons_edit_does_not_reset_the_stuck_clock(queue):
    article = ArticleFactory(text=TEXT, status=Article.Status.EXTRACTING, attempts=1, lease_until=ago(1))
    article.title = "Edited by a person meanwhile"
    article.save()  # updated_at is now; the lease is not

    assert services.reconcile() == 1
    assert queue.messages() == [("extract_article", [article.pk])]


@pytest.mark.django_db
def test_an_article_that_keeps_losing_its_worker_is_failed_with_the_reason(queue):
    article = ArticleFactory(text=TEXT, status=Article.Status.EXTRACTING, attempts=5, lease_until=ago(1))

    services.reconcile()

    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "5 attempts" in article.error
    assert queue.messages() == []


@pytest.mark.django_db
def test_an_in_flight_search_is_retried_three_times_then_failed_with_the_reason(queue):
    article = ArticleFactory(text=TEXT, status=Article.Status.SEARCHING, ranking_at=ago(600))
    claim = ClaimFactory(article=article, evidence_status=Claim.EvidenceStatus.SEARCHING, search_lease_until=ago(1))
    other = ClaimFactory(article=article, start=60, end=110, evidence_status=Claim.EvidenceStatus.DONE)

    for attempt in (1, 2):
        assert services.reconcile() >= 1
        claim.refresh_from_db()
        # Queued again, waiting for a worker, with the new message's lease.
        assert (claim.evidence_status, claim.search_attempts) == (Claim.EvidenceStatus.PENDING, attempt)
        assert queue.messages() == [("search_evidence", [claim.pk])] * attempt
        # Its worker is lost again mid-search.
        lost_again = {"evidence_status": Claim.EvidenceStatus.SEARCHING, "search_lease_until": ago(1)}
        Claim.objects.filter(pk=claim.pk).update(**lost_again)

    services.reconcile()

    claim.refresh_from_db()
    assert claim.evidence_status == Claim.EvidenceStatus.FAILED
    assert len(queue.messages()) == 2
    article.refresh_from_db()
    assert f"claim #{claim.pk}" in article.error and "lost its worker 3 times" in article.error
    assert Claim.objects.get(pk=other.pk).evidence_status == Claim.EvidenceStatus.DONE
    # Its last search ended (failed): the article is done, with the reason kept.
    assert article.status == Article.Status.DONE


@pytest.mark.django_db
def test_a_running_search_whose_heartbeat_renews_its_lease_is_left_alone(queue):
    article = ArticleFactory(text=TEXT, status=Article.Status.SEARCHING, ranking_at=ago(600))
    ClaimFactory(article=article, evidence_status=Claim.EvidenceStatus.SEARCHING, search_lease_until=ago(-20))

    assert services.reconcile() == 0
    assert queue.messages() == []


@pytest.mark.django_db
def test_a_search_message_lost_before_it_ran_is_queued_again_once(queue):
    article = ArticleFactory(text=TEXT, status=Article.Status.SEARCHING, ranking_at=ago(120))
    claim = ClaimFactory(article=article, evidence_status=Claim.EvidenceStatus.PENDING)
    waiting = ArticleFactory(text=TEXT, status=Article.Status.SEARCHING, ranking_at=None)
    ClaimFactory(article=waiting, evidence_status=Claim.EvidenceStatus.PENDING)  # its sources are still asked
    # A long queue, not a loss: one of its searches ended within a lease (each renews the article's lease).
    queued = ArticleFactory(text=TEXT, status=Article.Status.SEARCHING, ranking_at=ago(300), lease_until=ago(-30))
    ClaimFactory(article=queued, evidence_status=Claim.EvidenceStatus.PENDING)

    services.reconcile()
    services.reconcile()

    assert queue.messages() == [("search_evidence", [claim.pk])]


@pytest.mark.django_db(transaction=True)  # the heartbeat writes from a thread, on a connection of its own
def test_the_heartbeat_renews_a_lease_while_the_work_runs(settings):
    import time

    from factcheck.leases import heartbeat

    settings.PIPELINE_LEASE = timedelta(seconds=1.5)
    article = ArticleFactory(text=TEXT, status=Article.Status.EXTRACTING, lease_until=ago(1))
    with heartbeat(Article, article.pk, "lease_until"):
        time.sleep(1.2)
        renewed = Article.objects.get(pk=article.pk).lease_until
    assert renewed > timezone.now()


@pytest.mark.django_db(transaction=True)
def test_an_article_is_stored_with_the_broker_down_and_queued_by_the_reconciler(settings):
    from factcheck.celery import app

    server = RedisServer(free_port())  # never started: nothing listens there
    before = (app.conf.broker_url, app.conf.task_always_eager)
    point_celery_at(server.url)
    app.conf.task_always_eager = False
    try:
        with transaction.atomic():
            article = services.article_create(text=TEXT, title="Karabakh")
    finally:
        point_celery_at(before[0])
        app.conf.task_always_eager = before[1]

    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    Article.objects.filter(pk=article.pk).update(lease_until=ago(1))
    # Broker back (here: eager), the reconciler queues it and it runs.
    assert services.reconcile() == 1
    assert Article.objects.get(pk=article.pk).status in (Article.Status.SEARCHING, Article.Status.DONE)


@pytest.mark.django_db
def test_an_idempotency_key_returns_the_first_article_for_its_user_only():
    alice, bob = UserFactory(), UserFactory()

    first = services.article_create(text=TEXT, submitted_by=alice, idempotency_key="k-1")
    again = services.article_create(text=TEXT + " Changed.", submitted_by=alice, idempotency_key="k-1")
    bobs = services.article_create(text=TEXT, submitted_by=bob, idempotency_key="k-1")
    unkeyed = [services.article_create(text=TEXT, submitted_by=alice) for _ in range(2)]

    assert (first.replayed, again.replayed, bobs.replayed) == (False, True, False)
    assert again.pk == first.pk and bobs.pk != first.pk
    assert Article.objects.filter(submitted_by=alice).count() == 3 and len({a.pk for a in unkeyed}) == 2


@pytest.fixture
def broker_down():
    """This process's Celery app sends to an address where no Redis listens; tasks are not eager."""
    from factcheck.celery import app

    before = (app.conf.broker_url, app.conf.task_always_eager)
    point_celery_at(RedisServer(free_port()).url)
    app.conf.task_always_eager = False
    yield
    point_celery_at(before[0])
    app.conf.task_always_eager = before[1]


@pytest.mark.django_db(transaction=True)  # the message is sent on commit
def test_the_api_stores_an_article_with_redis_down_and_a_retry_with_its_key_does_not_duplicate(
    client, broker_down, caplog
):
    client.force_login(UserFactory(groups=["Fact-checker"]))
    post = lambda key: client.post(  # noqa: E731
        "/api/v1/articles/", {"text": TEXT}, content_type="application/json", headers={"Idempotency-Key": key}
    )

    first = post("retry-me-1")
    again = post("retry-me-1")
    other = post("retry-me-2")

    assert (first.status_code, again.status_code, other.status_code) == (201, 201, 201)
    assert again.json()["id"] == first.json()["id"] != other.json()["id"]
    assert (first["Idempotent-Replayed"], again["Idempotent-Replayed"]) == ("false", "true")
    assert Article.objects.count() == 2
    assert Article.objects.get(pk=first.json()["id"]).status == Article.Status.PENDING
    assert "could not queue claims.tasks.extract_article" in caplog.text


@pytest.mark.django_db
def test_an_idempotency_key_over_200_characters_is_refused(client):
    client.force_login(UserFactory(groups=["Fact-checker"]))

    response = client.post(
        "/api/v1/articles/", {"text": TEXT}, content_type="application/json", headers={"Idempotency-Key": "k" * 201}
    )

    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_review_form_stores_an_article_with_redis_down(client, broker_down):
    client.force_login(UserFactory(groups=["Fact-checker"]))

    form = {"text": TEXT, "title": "Karabakh", "published_zone": "Europe/Paris"}
    response = client.post("/review/articles/new/", form)

    assert response.status_code == 302, response.context["form"].errors
    article = Article.objects.get()
    assert article.status == Article.Status.PENDING and article.title == "Karabakh"


def test_the_api_schema_documents_the_idempotency_key_header(client):
    schema = client.get("/api/schema/", headers={"accept": "application/json"})
    assert schema.status_code == 200
    post = schema.json()["paths"]["/api/v1/articles/"]["post"]
    [header] = [p for p in post["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key" and "retry" in header["description"]
