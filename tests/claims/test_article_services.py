from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from claims.models import Article, zone_from_name, zone_name
from claims.services import article_create

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures du matin, a annoncé le ministère."


def test_a_zone_is_named_by_its_key_or_its_offset():
    assert zone_name(datetime(2023, 9, 20, 12, tzinfo=ZoneInfo("Asia/Baku"))) == "Asia/Baku"
    assert zone_name(datetime.fromisoformat("2023-09-20T12:00:00-03:30")) == "-03:30"
    assert zone_from_name("-03:30").utcoffset(None).total_seconds() == -3.5 * 3600
    assert zone_from_name("Not/AZone") == ZoneInfo("Europe/Paris")


@pytest.mark.django_db(transaction=True)
def test_times_in_the_text_take_the_zone_the_publication_date_was_given_in():
    # The database stores UTC; the article must still read "11 heures" in +02:00.
    article = article_create(text=TEXT, published_at=datetime.fromisoformat("2023-09-20T12:00:00+02:00"))
    article = Article.objects.get(pk=article.pk)
    assert article.published_zone == "+02:00"
    assert article.published_local.isoformat() == "2023-09-20T12:00:00+02:00"
    facets = [f for claim in article.claims.all() for f in claim.facets if f["type"] == "datetime"]
    assert facets[0]["value"] == "2023-09-20T11:00:00+02:00"


@pytest.mark.django_db(transaction=True)
def test_a_named_zone_is_kept_through_the_database():
    published = datetime(2024, 1, 10, 8, 30, tzinfo=ZoneInfo("America/Montreal"))
    article = Article.objects.get(pk=article_create(text=TEXT, published_at=published).pk)
    assert article.published_zone == "America/Montreal"
    assert article.published_local == published
    assert str(article.published_local.tzinfo) == "America/Montreal"
