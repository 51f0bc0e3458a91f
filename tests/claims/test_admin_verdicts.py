import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims import services
from claims.models import Claim, Verdict
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory, rating

pytestmark = pytest.mark.django_db
VERDICTS = reverse("admin:claims_verdict_changelist")
CLAIMS = reverse("admin:claims_claim_changelist")


def staff(name, group):
    return UserFactory(username=name, groups=[group], is_staff=True)


@pytest.fixture
def proposed():
    author = staff("erin", "Editor")
    cited = EvidenceFactory()  # publishing needs an archived source
    return services.verdict_propose(
        claim=cited.claim,
        author=author,
        rating=rating("false"),
        summary="s",
        explanation="e",
        evidence=[cited],
        expected_version=None,
    )


def act(client, url, action, objects, **extra):
    return client.post(url, {"action": action, ACTION_CHECKBOX_NAME: [o.pk for o in objects], **extra}, follow=True)


def test_an_editor_approving_their_own_verdict_from_the_admin_is_refused(client, proposed):
    client.force_login(proposed.author)
    response = act(client, VERDICTS, "approve", [proposed])
    assert "You wrote this verdict, so you cannot approve it" in response.text
    assert Verdict.objects.get().status == Verdict.Status.PROPOSED


def test_a_second_editor_approves_and_publishes_from_the_admin(client, proposed):
    second = staff("frank", "Editor")
    client.force_login(second)
    act(client, VERDICTS, "approve", [proposed])
    response = act(client, VERDICTS, "publish", [proposed])
    assert "1 item(s) updated." in response.text
    verdict = Verdict.objects.get()
    assert (verdict.status, verdict.approver) == (Verdict.Status.PUBLISHED, second)
    assert verdict.history.first().history_user == second


def test_unpublishing_from_the_admin_asks_for_a_reason(client, proposed):
    second = staff("frank", "Editor")
    services.verdict_approve(verdict=proposed, by=second, expected_version=None)
    services.verdict_publish(verdict=proposed, by=second, expected_version=None)
    client.force_login(second)
    page = act(client, VERDICTS, "unpublish", [proposed])
    assert 'name="reason"' in page.text
    assert Verdict.objects.get().status == Verdict.Status.PUBLISHED
    act(client, VERDICTS, "unpublish", [proposed], confirm="yes", reason="Retracted source.")
    verdict = Verdict.objects.get()
    assert (verdict.status, verdict.status_reason) == (Verdict.Status.UNPUBLISHED, "Retracted source.")


def test_a_fact_checker_is_not_offered_the_editor_actions(client, proposed):
    client.force_login(staff("alice", "Fact-checker"))
    response = client.get(VERDICTS)
    assert response.status_code == 200
    assert 'value="approve"' not in response.text and 'value="publish"' not in response.text
    act(client, VERDICTS, "approve", [proposed])
    assert Verdict.objects.get().status == Verdict.Status.PROPOSED


def test_the_verdict_form_is_read_only_and_shows_its_history(client, proposed):
    client.force_login(staff("frank", "Editor"))
    change = reverse("admin:claims_verdict_change", args=[proposed.pk])
    response = client.get(change)
    assert response.status_code == 200 and 'name="summary"' not in response.text
    client.post(change, {"summary": "Hacked"})
    assert Verdict.objects.get().summary == "s"
    history = client.get(reverse("admin:claims_verdict_history", args=[proposed.pk]))
    assert "erin" in history.text
    assert client.get(reverse("admin:claims_verdict_add")).status_code == 403


def test_the_list_filters_and_searches(client, proposed):
    client.force_login(staff("frank", "Editor"))
    assert client.get(VERDICTS, {"status__exact": "proposed", "q": "s"}).status_code == 200
    assert client.get(CLAIMS, {"status__exact": "new", "q": "cessez"}).status_code == 200


def test_claim_actions_assign_to_me_and_mark_not_checkable_use_the_rules(client):
    alice = staff("alice", "Fact-checker")
    fresh, published = ClaimFactory(), ClaimFactory(status=Claim.Status.PUBLISHED)
    client.force_login(alice)
    act(client, CLAIMS, "assign_to_me", [fresh])
    response = act(client, CLAIMS, "mark_not_checkable", [fresh, published])
    fresh.refresh_from_db()
    published.refresh_from_db()
    assert fresh.assignee == alice and fresh.status == Claim.Status.NOT_CHECKABLE
    assert published.status == Claim.Status.PUBLISHED
    assert "only new claims or claims in review" in response.text
