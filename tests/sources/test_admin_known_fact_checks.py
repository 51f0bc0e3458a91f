"""The admin's known fact-checks: listed, searched and filtered; fact-checkers read them, source admins manage them."""

import pytest
from django.urls import reverse

from sources.claimreviews import known_fact_checks_import
from sources.models import KnownFactCheck
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:sources_knownfactcheck_changelist")


def review(url: str, claim: str, rating: str, author: str, language: str, date: str) -> dict:
    return {
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "inLanguage": language,
        "datePublished": date,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {"alternateName": rating},
        "itemReviewed": {"@type": "Claim", "author": {"name": "Un <b>député</b>"}},
    }


@pytest.fixture
def fact_checks(db):
    known_fact_checks_import([
        ("item 1", review("https://factuel.example/mali", "Le Mali a rompu ses relations avec la France", "Faux",
                          "AFP Factuel", "fr", "2022-01-28")),
        ("item 2", review("https://fullfact.example/nhs", "The NHS waiting list fell by half <script>x</script>",
                          "Mostly true", "Full Fact", "en", "2023-03-02")),
    ])  # fmt: skip
    return {known.author_name: known for known in KnownFactCheck.objects.all()}


@pytest.fixture
def source_admin(client):
    client.force_login(UserFactory(is_staff=True, groups=["Source admin"]))
    return client


@pytest.fixture
def fact_checker(client):
    client.force_login(UserFactory(is_staff=True, groups=["Fact-checker"]))
    return client


def test_the_list_shows_claim_rating_truth_author_language_date_and_link(source_admin, fact_checks):
    response = source_admin.get(CHANGELIST)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Le Mali a rompu ses relations avec la France" in page
    assert "Mostly true" in page and "Full Fact" in page
    assert 'href="https://factuel.example/mali" rel="noopener noreferrer"' in page
    assert "<script>x</script>" not in page  # published text is escaped


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ({"q": "Mali"}, ["AFP Factuel"]),
        ({"q": "fullfact.example"}, ["Full Fact"]),
        ({"q": "député"}, ["AFP Factuel", "Full Fact"]),  # the claimant
        ({"author_name": "Full Fact"}, ["Full Fact"]),
        ({"truth": "1"}, ["AFP Factuel"]),
        ({"language": "en"}, ["Full Fact"]),
        ({"date_published__gte": "2023-01-01 00:00:00+00:00"}, ["Full Fact"]),
    ],
)
def test_search_and_filters(source_admin, fact_checks, query, found):
    response = source_admin.get(CHANGELIST, query)

    assert response.status_code == 200
    assert sorted(known.author_name for known in response.context["cl"].result_list) == found


def test_the_markup_as_found_is_shown_read_only_and_escaped(source_admin, fact_checks):
    known = fact_checks["Full Fact"]

    response = source_admin.get(reverse("admin:sources_knownfactcheck_change", args=[known.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "&quot;alternateName&quot;: &quot;Mostly true&quot;" in page
    assert 'name="raw"' not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


def test_a_fact_checker_reads_known_fact_checks_but_cannot_change_them(fact_checker, fact_checks):
    known = fact_checks["AFP Factuel"]

    assert fact_checker.get(CHANGELIST).status_code == 200
    assert fact_checker.get(reverse("admin:sources_knownfactcheck_add")).status_code == 403
    response = fact_checker.post(reverse("admin:sources_knownfactcheck_change", args=[known.pk]), {"url": known.url})
    assert response.status_code == 403
    assert (
        fact_checker.post(reverse("admin:sources_knownfactcheck_delete", args=[known.pk]), {"post": "yes"}).status_code
        == 403
    )


def test_a_source_admin_may_delete_one(source_admin, fact_checks):
    known = fact_checks["AFP Factuel"]

    response = source_admin.post(reverse("admin:sources_knownfactcheck_delete", args=[known.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not KnownFactCheck.objects.filter(pk=known.pk).exists()
