"""Publishing cites at least one archived source, or the editor says why not and the public page shows it."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Verdict
from sources.models import Document
from tests.factories import ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory, rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker():
    return UserFactory(username="alice", groups=["Fact-checker"])


@pytest.fixture
def editor():
    return UserFactory(username="erin", groups=["Editor"])


def approved(checker, editor, evidence=()):
    claim = evidence[0].claim if evidence else ClaimFactory()
    verdict = services.verdict_propose(
        claim=claim,
        author=checker,
        rating=rating("false"),
        summary="Faux.",
        explanation="Les chiffres officiels.",
        evidence=evidence,
        expected_version=None,
    )
    return services.verdict_approve(verdict=verdict, by=editor, expected_version=verdict.version)


def test_publishing_a_verdict_that_cites_nothing_is_refused(checker, editor):
    verdict = approved(checker, editor)

    with pytest.raises(services.ReviewError, match="cites no archived source"):
        services.verdict_publish(verdict=verdict, by=editor, expected_version=verdict.version)

    verdict.refresh_from_db()
    assert verdict.status == Verdict.Status.APPROVED and verdict.published_at is None


def test_a_cited_page_that_was_never_archived_does_not_count(checker, editor):
    failed = EvidenceFactory(document=DocumentFactory(status=Document.Status.FAILED, text=""))
    verdict = approved(checker, editor)
    verdict.cited_evidence.set([failed])  # as cited before such pages were kept out of the form

    with pytest.raises(services.ReviewError, match="cites no archived source"):
        services.verdict_publish(verdict=verdict, by=editor, expected_version=verdict.version)


def test_a_cited_archived_source_is_enough(checker, editor):
    verdict = approved(checker, editor, [EvidenceFactory()])

    verdict = services.verdict_publish(
        verdict=verdict, by=editor, expected_version=verdict.version, no_source_reason="ignored"
    )

    assert verdict.status == Verdict.Status.PUBLISHED
    assert verdict.no_source_reason == ""  # a reason beside a cited source would mislead readers


def test_an_editor_may_publish_without_a_source_by_giving_the_reason_which_the_page_shows(client, checker, editor):
    verdict = approved(checker, editor)

    verdict = services.verdict_publish(
        verdict=verdict,
        by=editor,
        expected_version=verdict.version,
        no_source_reason="  The only source is the minister's own video, which we watched.  ",
    )

    assert verdict.status == Verdict.Status.PUBLISHED
    assert verdict.no_source_reason == "The only source is the minister's own video, which we watched."
    page = client.get(verdict.get_absolute_url())
    assert "Published without an archived source:" in page.text
    assert "The only source is the minister&#x27;s own video, which we watched." in page.text


def test_a_blank_reason_is_no_reason(checker, editor):
    verdict = approved(checker, editor)

    with pytest.raises(services.ReviewError, match="cites no archived source"):
        services.verdict_publish(verdict=verdict, by=editor, expected_version=verdict.version, no_source_reason="  ")


def test_an_overlong_reason_is_refused_and_nothing_changes(checker, editor):
    verdict = approved(checker, editor)

    with pytest.raises(services.ReviewError, match="at most 2000"):
        services.verdict_publish(
            verdict=verdict, by=editor, expected_version=verdict.version, no_source_reason="x" * 2001
        )
    assert Verdict.objects.get().status == Verdict.Status.APPROVED


def test_the_publish_button_asks_for_the_reason_and_the_refusal_is_shown(client, checker, editor):
    verdict = approved(checker, editor)
    client.force_login(editor)
    page = client.get(reverse("review-claim", args=[verdict.claim_id]))
    assert 'name="no_source_reason"' in page.text

    publish = reverse("review-verdict-publish", args=[verdict.claim_id])
    refused = client.post(publish, {"version": verdict.version}, follow=True)
    assert "This verdict cites no archived source." in refused.text
    assert Verdict.objects.get().status == Verdict.Status.APPROVED

    client.post(publish, {"version": verdict.version, "no_source_reason": "A video we archived ourselves."})
    assert Verdict.objects.get().no_source_reason == "A video we archived ourselves."


def test_the_reason_field_is_not_offered_when_an_archived_source_is_cited(client, checker, editor):
    verdict = approved(checker, editor, [EvidenceFactory()])
    client.force_login(editor)

    page = client.get(reverse("review-claim", args=[verdict.claim_id]))

    assert 'name="no_source_reason"' not in page.text


@pytest.mark.parametrize("version", [None, "", "x", "-1"])
def test_an_editor_action_without_a_version_is_a_plain_validation_error(client, checker, editor, version):
    verdict = approved(checker, editor, [EvidenceFactory()])
    client.force_login(editor)
    data = {} if version is None else {"version": version}

    response = client.post(reverse("review-verdict-publish", args=[verdict.claim_id]), data)

    assert response.status_code == 400
    assert "Version:" in response.text
    assert "version -1" not in response.text and "Someone else saved" not in response.text
    assert Verdict.objects.get().status == Verdict.Status.APPROVED
