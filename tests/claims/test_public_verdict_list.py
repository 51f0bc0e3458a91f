from datetime import datetime

import pytest

from claims.models import Verdict
from tests.factories import ClaimFactory, VerdictFactory, rating

pytestmark = pytest.mark.django_db


def when(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T10:00:00+02:00")


def test_it_lists_published_verdicts_newest_first(client):
    older = VerdictFactory(claim__text="Le cessez-le-feu a commencé à 11 heures.", published_at=when("2023-09-20"))
    newer = VerdictFactory(claim__text="120 000 personnes vivent dans la région.", published_at=when("2023-09-22"))

    response = client.get("/verdicts/")

    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [newer, older]
    assert "120 000 personnes vivent dans la région." in response.text


def test_it_hides_verdicts_that_are_not_published(client):
    VerdictFactory(claim__text="Un brouillon.", status=Verdict.Status.PROPOSED, published_at=None)
    VerdictFactory(claim__text="Un verdict approuvé.", status=Verdict.Status.APPROVED, published_at=None)
    VerdictFactory(claim__text="Un verdict retiré.", status=Verdict.Status.UNPUBLISHED)

    response = client.get("/verdicts/")

    assert list(response.context["page"].object_list) == []
    for text in ("Un brouillon.", "Un verdict approuvé.", "Un verdict retiré."):
        assert text not in response.text


def test_it_searches_the_claim_and_the_summary(client):
    by_claim = VerdictFactory(claim__text="Bakou a lancé une offensive mardi.")
    by_summary = VerdictFactory(summary="L'offensive de Bakou date de mardi.")
    VerdictFactory(claim__text="Un autre sujet.", summary="Sans rapport.")

    response = client.get("/verdicts/", {"q": "offensive"})

    assert set(response.context["page"].object_list) == {by_claim, by_summary}


def test_it_filters_by_rating_and_date_range(client):
    VerdictFactory(rating=rating("true"), published_at=when("2023-09-21"))
    match = VerdictFactory(rating=rating("false"), published_at=when("2023-09-21"))
    VerdictFactory(rating=rating("false"), published_at=when("2023-09-25"))

    response = client.get(
        "/verdicts/", {"rating": "false", "published_after": "2023-09-20", "published_before": "2023-09-22"}
    )

    assert list(response.context["page"].object_list) == [match]


def test_bad_filters_are_explained_and_the_valid_ones_still_apply(client):
    match = VerdictFactory(rating=rating("false"))
    VerdictFactory(rating=rating("true"))

    response = client.get("/verdicts/", {"rating": "false", "published_after": "21/13/2023"})

    assert response.status_code == 200
    assert "Enter a valid date." in response.text
    assert list(response.context["page"].object_list) == [match]


def test_a_reversed_date_range_is_explained(client):
    response = client.get("/verdicts/", {"published_after": "2023-09-22", "published_before": "2023-09-20"})

    assert response.status_code == 200
    assert "The start date is after the end date." in response.text


def test_it_paginates_and_keeps_the_search_in_the_page_links(client):
    claim_texts = [f"Affirmation numéro {n}." for n in range(23)]
    for text in claim_texts:
        VerdictFactory(claim=ClaimFactory(article__text=text, text=text))

    first = client.get("/verdicts/", {"q": "numéro"})
    second = client.get("/verdicts/", {"q": "numéro", "page": "2"})
    beyond = client.get("/verdicts/", {"q": "numéro", "page": "abc"})

    assert len(first.context["page"].object_list) == 20
    assert "?q=num%C3%A9ro&amp;page=2" in first.text
    assert len(second.context["page"].object_list) == 3
    assert beyond.status_code == 200


def test_it_shows_the_rating_in_the_visitors_language(client):
    VerdictFactory(rating=rating("mostly-false"))

    english = client.get("/verdicts/", headers={"accept-language": "en"})
    french = client.get("/verdicts/", headers={"accept-language": "fr"})

    assert "Mostly false" in english.text
    assert "Plutôt faux" in french.text
