"""The per-host rate limit holds across worker processes: it lives in Redis, not in any one worker."""

import pytest

from sources import fetching
from sources.models import Document
from sources.tasks import fetch_document
from tests.conftest import wait_for
from tests.factories import SourceFactory
from tests.sources.hostile_web import HostileServer, Response, article_html, next_host

CRAWL_DELAY = 1.0
PAGES = 8


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_two_workers_never_hit_a_host_closer_than_its_crawl_delay(fetch_workers):
    server = HostileServer(next_host()).start()
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nAllow: /\n", "text/plain")
    for number in range(PAGES):
        server.routes[f"/news/{number}"] = Response(200, article_html(title=f"Dépêche {number}"))
    try:
        workers = [fetch_workers("rate-a"), fetch_workers("rate-b")]
        source = SourceFactory(homepage=server.url("/"), crawl_delay=CRAWL_DELAY)
        for number in range(PAGES):
            url = server.url(f"/news/{number}")
            document = Document.objects.create(source=source, url=url, canonical_url=url)
            fetch_document.apply_async((document.pk,), queue=fetch_workers.queue)
        wait_for(lambda: Document.objects.filter(status=Document.Status.ARCHIVED).count() == PAGES, timeout=90)
    finally:
        server.stop()

    times = sorted(request["at"] for request in server.requests)
    assert len(times) >= PAGES + 1  # the pages and robots.txt
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    assert min(gaps) >= CRAWL_DELAY, f"two requests {min(gaps):.3f} s apart"
    # Both workers fetched: the limit was shared, not the luck of one worker doing everything.
    for worker in workers:
        assert "sources.tasks.fetch_document" in worker.log_path.read_text().split(worker.worker_name)[-1]


def test_without_redis_the_limit_holds_within_the_process(settings):
    settings.REDIS_URL = ""
    limiter = fetching.RateLimiter()
    waits = [limiter.reserve("news.example.org", 0.5) for _ in range(3)]
    spacing = limiter.spacing(0.5)
    assert waits[0] == 0
    assert waits[1] == pytest.approx(spacing, abs=0.05)
    assert waits[2] == pytest.approx(2 * spacing, abs=0.05)
    with pytest.raises(fetching.RateLimited):
        limiter.reserve("news.example.org", 0.5, max_wait=0.1)
    assert limiter.reserve("other.example.org", 0.5) == 0


def test_with_redis_a_busy_host_is_deferred_rather_than_waited_for():
    limiter = fetching.RateLimiter()
    host = f"{next_host()}-deferred"
    assert limiter.reserve(host, 2.0) == 0
    with pytest.raises(fetching.RateLimited) as raised:
        limiter.reserve(host, 2.0, max_wait=0.5)
    assert 1.5 < raised.value.wait <= limiter.spacing(2.0)


@pytest.mark.django_db
def test_with_redis_down_fetching_goes_on_with_a_per_process_limit(web, settings):
    down = "redis://127.0.0.1:1/0"  # nothing listens there
    settings.REDIS_URL = down
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": down}}
    settings.FETCH_DEFAULT_CRAWL_DELAY = 0.3
    first = fetching.fetch(web.url("/article"))
    second = fetching.fetch(web.url("/article"))
    assert first.ok and second.ok
    hits = [request["at"] for request in web.requests]
    assert len(hits) == 4  # robots.txt is fetched again without its cache
    assert min(later - earlier for earlier, later in zip(hits, hits[1:], strict=False)) >= 0.3


@pytest.mark.parametrize("redis", [True, False])
def test_a_request_that_woke_late_holds_back_the_next_one(settings, redis):
    # Slots are reserved ahead; start() checks when the previous request really started.
    if not redis:
        settings.REDIS_URL = ""
    limiter = fetching.RateLimiter()
    host = f"{next_host()}-late-{redis}"
    assert limiter.start(host, 0.5) == 0  # a request that started late, right now
    wait = limiter.start(host, 0.5)  # the next slot came due already: it must still wait
    assert 0.4 < wait <= limiter.start_spacing(0.5)
