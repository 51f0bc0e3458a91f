import pytest

from claims.models import Article
from claims.services import article_create
from tests.conftest import wait_for


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_extracts_an_article_sent_through_redis(live_worker):
    article = article_create(
        text="Le gouvernement a annoncé mardi que 1 200 logements seraient construits d'ici 2027 à Lyon.",
        title="Logements",
    )
    done = wait_for(lambda: Article.objects.filter(pk=article.pk, status__in=["done", "failed"]).first(), timeout=120)
    assert done.status == Article.Status.DONE, done.error
    assert done.language == "fr"
    assert done.claims.exists()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_the_worker_records_a_clear_failure_on_the_article(live_worker):
    article = article_create(text="Der Waffenstillstand trat am Mittwoch um 11 Uhr in Kraft, sagte die Regierung.")
    done = wait_for(lambda: Article.objects.filter(pk=article.pk, status__in=["done", "failed"]).first(), timeout=120)
    assert done.status == Article.Status.FAILED
    assert "French and English" in done.error
