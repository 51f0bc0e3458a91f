"""The public byline (names or a desk), the ClaimReview people that match it, and organisations as claimants."""

import json

import pytest
from django.test import override_settings

from claims.jsonld import claim_review, claimant_is_organisation
from tests.factories import ClaimFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def verdict():
    author = UserFactory(username="camille", first_name="Camille", last_name="Martin", groups=["Fact-checker"])
    approver = UserFactory(username="ines", groups=["Editor"])
    return VerdictFactory(slug="byline", author=author, approver=approver)


def claim_review_of(page) -> dict:
    start = page.text.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(page.text[start : page.text.index("</script>", start)])


@override_settings(FACTCHECK_BYLINE="names", FACTCHECK_ORGANISATION="Les Vérificateurs")
def test_the_page_names_the_author_and_the_reviewer_and_so_does_the_markup(client, verdict):
    page = client.get("/verdicts/byline/")

    assert "By Camille Martin" in page.text and "reviewed by ines" in page.text
    review = claim_review_of(page)
    organisation = {"@type": "Organization", "name": "Les Vérificateurs", "url": "http://127.0.0.1:8000/"}
    assert review["author"] == review["publisher"] == organisation
    assert review["creator"] == {"@type": "Person", "name": "Camille Martin", "worksFor": organisation}
    assert review["editor"] == {"@type": "Person", "name": "ines", "worksFor": organisation}


@override_settings(FACTCHECK_BYLINE="desk", FACTCHECK_DESK_NAME="La cellule vérification")
def test_a_desk_byline_names_nobody_on_the_page_or_in_the_markup(client, verdict):
    page = client.get("/verdicts/byline/")

    assert "By La cellule vérification" in page.text
    assert "Camille" not in page.text and "ines" not in page.text
    review = claim_review_of(page)
    assert "creator" not in review and "editor" not in review
    assert review["author"]["@type"] == "Organization"


@override_settings(FACTCHECK_BYLINE="desk", FACTCHECK_DESK_NAME="", FACTCHECK_ORGANISATION="Les Vérificateurs")
def test_the_desk_is_the_organisation_unless_named(client, verdict):
    assert "By Les Vérificateurs" in client.get("/verdicts/byline/").text


@pytest.mark.parametrize(
    "claimant",
    [
        "the Office for National Statistics",
        "l'Insee",
        "l’Insee",
        "L'Insee",
        "le ministère de la Santé",
        "the Bank of England",
        "ONS",
        "the NHS",
        "l'Organisation mondiale de la santé (OMS)",
        "the Kremlin",
        "la Commission européenne",
        "Destatis",  # labelled ORG by extraction in the facets below
        "les autorités séparatistes",
    ],
)
def test_organisations_are_organisations(claimant):
    facets = [{"type": "entity", "text": "Destatis", "label": "ORG"}]
    assert claimant_is_organisation(claimant, facets)


@pytest.mark.parametrize(
    "claimant",
    ["Rishi Sunak", "Emmanuel Macron", "Le Pen", "M. Macron", "Les séparatistes arméniens", "the minister", "Nikol"],
)
def test_people_stay_people(claimant):
    facets = [{"type": "entity", "text": "Nikol", "label": "PER"}]
    assert not claimant_is_organisation(claimant, facets)


def test_a_person_label_from_extraction_wins_over_the_words():
    assert not claimant_is_organisation("Bank", [{"type": "entity", "text": "Bank", "label": "PER"}])


def test_the_claimreview_marks_an_organisation_claimant_as_an_organization():
    verdict = VerdictFactory(claim=ClaimFactory(claimant="the Office for National Statistics"))

    author = claim_review(verdict)["itemReviewed"]["author"]

    assert author == {"@type": "Organization", "name": "the Office for National Statistics"}
