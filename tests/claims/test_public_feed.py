import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from claims.models import Verdict
from tests.factories import VerdictFactory

pytestmark = pytest.mark.django_db


def items(response) -> list[ET.Element]:
    return ET.fromstring(response.content).findall("./channel/item")


def test_the_feed_lists_published_verdicts_newest_first(client):
    VerdictFactory(
        slug="ancien", claim__text="Premier.", published_at=datetime.fromisoformat("2023-09-20T10:00:00+02:00")
    )
    VerdictFactory(
        slug="recent", claim__text="Second.", published_at=datetime.fromisoformat("2023-09-22T10:00:00+02:00")
    )

    response = client.get("/verdicts/feed/", headers={"accept-language": "fr"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = items(response)
    assert [item.findtext("link") for item in feed] == [
        "http://testserver/verdicts/recent/",
        "http://testserver/verdicts/ancien/",
    ]
    assert feed[0].findtext("title") == "Faux — Second."
    assert feed[0].findtext("pubDate") == "Fri, 22 Sep 2023 08:00:00 +0000"


def test_the_feed_leaves_out_drafts_and_withdrawn_verdicts(client):
    VerdictFactory(status=Verdict.Status.APPROVED, published_at=None)
    VerdictFactory(status=Verdict.Status.UNPUBLISHED)

    response = client.get("/verdicts/feed/")

    assert items(response) == []


def test_the_feed_escapes_what_fact_checkers_typed(client):
    VerdictFactory(summary="Les chiffres <b>réels</b> & officiels.")

    response = client.get("/verdicts/feed/")

    assert items(response)[0].findtext("description") == "Les chiffres <b>réels</b> & officiels."
