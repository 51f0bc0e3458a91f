import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("review-queue")


@pytest.fixture
def checker(client):
    user = UserFactory(username="alice", groups=["Fact-checker"])
    client.force_login(user)
    return user


def make_claims(count: int, **fields) -> list[Claim]:
    article = ArticleFactory(text="x" * (count + 10))
    return [ClaimFactory(article=article, start=i, end=i + 1, text=f"claim {i}", **fields) for i in range(count)]


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_source_admin_is_refused(client):
    client.force_login(UserFactory(groups=["Source admin"]))
    assert client.get(URL).status_code == 403


def test_it_lists_claims_to_work_on_and_counts_them_by_status(client, checker):
    ClaimFactory(text="Claim still to check")
    ClaimFactory(text="Claim already published", status=Claim.Status.PUBLISHED)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Claim still to check" in response.text
    assert "Claim already published" not in response.text
    assert [(value, count) for value, _label, count in response.context["status_counts"]][:5] == [
        ("new", 1),
        ("in_review", 0),
        ("proposed", 0),
        ("approved", 0),
        ("published", 1),
    ]


def test_it_filters_by_assignee_me_and_unassigned(client, checker):
    mine = ClaimFactory(text="Mine", assignee=checker)
    ClaimFactory(text="Nobody's")
    assert [c.pk for c in client.get(URL, {"assignee": "me"}).context["page"]] == [mine.pk]
    assert [c.text for c in client.get(URL, {"assignee": "none"}).context["page"]] == ["Nobody's"]


def test_it_filters_by_status_article_language_kind_evidence_and_checkworthiness(client, checker):
    english = ClaimFactory(article=ArticleFactory(language="en"), kind=Claim.Kind.QUANTITY, checkworthiness=0.9)
    english.evidence.create(document=DocumentFactory(), passage="p", passage_start=0, passage_end=1)
    french = ClaimFactory(checkworthiness=0.2, status=Claim.Status.IN_REVIEW)

    def ids(**params):
        return [c.pk for c in client.get(URL, params).context["page"]]

    assert ids(language="en") == [english.pk]
    assert ids(kind="quantity") == [english.pk]
    assert ids(evidence="yes") == [english.pk]
    assert ids(evidence="no") == [french.pk]
    assert ids(min_checkworthiness="0.5") == [english.pk]
    assert ids(article=french.article_id) == [french.pk]
    assert ids(status="in_review") == [french.pk]
    assert set(ids(status="all")) == {english.pk, french.pk}


def test_it_sorts_by_priority_or_age(client, checker):
    low, high = make_claims(2)
    Claim.objects.filter(pk=low.pk).update(priority=1)
    Claim.objects.filter(pk=high.pk).update(priority=90)
    assert [c.pk for c in client.get(URL).context["page"]] == [high.pk, low.pk]
    assert [c.pk for c in client.get(URL, {"sort": "oldest"}).context["page"]] == [low.pk, high.pk]


def test_bad_filter_values_are_ignored_not_fatal(client, checker):
    ClaimFactory()
    response = client.get(URL, {"article": "abc", "min_checkworthiness": "9", "assignee": "zzz", "page": "-3"})
    assert response.status_code == 200
    assert len(response.context["page"]) == 1


@pytest.mark.parametrize("count", [10, 50])
def test_a_page_takes_a_constant_number_of_queries(client, checker, django_assert_max_num_queries, count):
    claims = make_claims(count, assignee=checker)
    for claim in claims[::3]:
        claim.evidence.create(document=DocumentFactory(), passage="p", passage_start=0, passage_end=1)
    with django_assert_max_num_queries(10):
        response = client.get(URL)
    assert len(response.context["page"]) == count


def test_it_paginates(client, checker):
    make_claims(55)
    assert len(client.get(URL).context["page"]) == 50
    second = client.get(URL, {"page": 2})
    assert len(second.context["page"]) == 5


def test_assign_to_me_takes_one_claim(client, checker):
    claim = ClaimFactory()
    response = client.post(reverse("review-bulk"), {"assign_one": claim.pk, "next": URL + "?kind=temporal"})
    assert response.url == URL + "?kind=temporal"
    claim.refresh_from_db()
    assert claim.assignee == checker


def test_bulk_assign_gives_the_claims_to_someone(client, checker):
    bob = UserFactory(username="bob", groups=["Editor"])
    claims = make_claims(3)
    client.post(reverse("review-bulk"), {"action": "assign", "assignee": bob.pk, "claims": [c.pk for c in claims]})
    assert set(Claim.objects.values_list("assignee__username", flat=True)) == {"bob"}


def test_bulk_assign_refuses_someone_who_cannot_review(client, checker):
    outsider = UserFactory(groups=["Source admin"])
    claim = ClaimFactory()
    response = client.post(
        reverse("review-bulk"), {"action": "assign", "assignee": outsider.pk, "claims": [claim.pk]}, follow=True
    )
    assert "Select a valid choice" in response.text
    assert Claim.objects.get().assignee is None


def test_bulk_not_checkable_applies_the_rule_per_claim_and_reports_refusals(client, checker):
    fresh, proposed = make_claims(2)
    Claim.objects.filter(pk=proposed.pk).update(status=Claim.Status.PROPOSED)
    response = client.post(
        reverse("review-bulk"),
        {"action": "not_checkable", "reason": "Opinions", "claims": [fresh.pk, proposed.pk]},
        follow=True,
    )
    fresh.refresh_from_db()
    proposed.refresh_from_db()
    assert fresh.status == Claim.Status.NOT_CHECKABLE
    assert proposed.status == Claim.Status.PROPOSED
    assert "1 claim(s) updated." in response.text
    assert f"Claim #{proposed.pk} has the status “Verdict proposed”" in response.text


def test_bulk_without_a_selection_says_so(client, checker):
    response = client.post(reverse("review-bulk"), {"action": "assign_me"}, follow=True)
    assert "Select claims first." in response.text


def test_bulk_never_redirects_off_site(client, checker):
    claim = ClaimFactory()
    response = client.post(reverse("review-bulk"), {"assign_one": claim.pk, "next": "https://evil.example/"})
    assert response.url == URL
