import pytest

from claims import services
from claims.models import Claim, Comment, Verdict
from tests.factories import ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory, rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker():
    return UserFactory(username="alice", groups=["Fact-checker"])


@pytest.fixture
def editor():
    return UserFactory(username="erin", groups=["Editor"])


@pytest.fixture
def claim():
    return ClaimFactory()


def propose(claim, author, **overrides):
    fields = {"rating": rating("false"), "summary": "Wrong.", "explanation": "Because.", "expected_version": None}
    # An archived source, which publishing needs.
    fields["evidence"] = [claim.evidence.first() or EvidenceFactory(claim=claim)]
    return services.verdict_propose(claim=claim, author=author, **(fields | overrides))


def test_a_draft_creates_the_verdict_with_a_slug_and_moves_the_claim_in_review(claim, checker):
    verdict = services.verdict_save_draft(claim=claim, author=checker, summary="So far", expected_version=None)
    claim.refresh_from_db()
    assert verdict.version == 1
    assert verdict.slug == "le-cessez-le-feu-est-entre-en-vigueur-mercredi-a-11-heures"
    assert claim.status == Claim.Status.IN_REVIEW


def test_a_second_verdict_on_the_same_text_gets_a_unique_slug(checker):
    first, second = ClaimFactory(), ClaimFactory()
    services.verdict_save_draft(claim=first, author=checker, expected_version=None)
    verdict = services.verdict_save_draft(claim=second, author=checker, expected_version=None)
    assert verdict.slug.endswith(f"-{second.pk}")


def test_proposing_needs_a_rating_a_summary_and_an_explanation(claim, checker):
    with pytest.raises(services.ReviewError, match="rating"):
        propose(claim, checker, rating=None)
    assert not Verdict.objects.exists()


def test_the_whole_path_from_draft_to_published(claim, checker, editor):
    draft = services.verdict_save_draft(claim=claim, author=checker, expected_version=None)
    verdict = propose(claim, checker, expected_version=draft.version)
    assert (verdict.status, verdict.version) == (Verdict.Status.PROPOSED, 2)
    verdict = services.verdict_approve(verdict=verdict, by=editor, expected_version=2)
    assert verdict.approver == editor
    verdict = services.verdict_publish(verdict=verdict, by=editor, expected_version=3)
    claim.refresh_from_db()
    assert verdict.status == Verdict.Status.PUBLISHED and verdict.published_at
    assert claim.status == Claim.Status.PUBLISHED
    reasons = list(
        verdict.history.order_by("history_id").values_list("history_change_reason", "history_user__username")
    )
    assert reasons == [("created", "alice"), ("proposed", "alice"), ("approved", "erin"), ("published", "erin")]


def test_an_editor_cannot_approve_a_verdict_they_wrote(claim):
    editor = UserFactory(groups=["Editor"])
    verdict = propose(claim, editor)
    with pytest.raises(services.ReviewError, match="second editor"):
        services.verdict_approve(verdict=verdict, by=editor, expected_version=verdict.version)
    verdict.refresh_from_db()
    assert verdict.status == Verdict.Status.PROPOSED and verdict.approver is None


def test_an_editor_who_edited_the_draft_cannot_approve_it(claim, checker, editor):
    draft = services.verdict_save_draft(claim=claim, author=checker, expected_version=None)
    # A draft is its author's: the editor takes it over to write in it, the fact-checker takes it back.
    draft = services.verdict_take_over(verdict=draft, by=editor, expected_version=draft.version)
    draft = services.verdict_save_draft(claim=claim, author=editor, summary="Mine too", expected_version=draft.version)
    draft = services.verdict_take_over(verdict=draft, by=checker, expected_version=draft.version)
    verdict = propose(claim, checker, expected_version=draft.version)
    with pytest.raises(services.ReviewError, match="second editor"):
        services.verdict_approve(verdict=verdict, by=editor, expected_version=verdict.version)


def test_a_fact_checker_cannot_approve(claim, checker):
    verdict = propose(claim, checker)
    other = UserFactory(groups=["Fact-checker"])
    with pytest.raises(services.ReviewError, match="Only an editor"):
        services.verdict_approve(verdict=verdict, by=other, expected_version=verdict.version)


def test_a_stale_version_is_refused_and_nothing_is_overwritten(claim, checker):
    draft = services.verdict_save_draft(claim=claim, author=checker, summary="First", expected_version=None)
    services.verdict_save_draft(claim=claim, author=checker, summary="Second", expected_version=draft.version)
    with pytest.raises(services.VersionConflict) as caught:
        services.verdict_save_draft(claim=claim, author=checker, summary="Stale", expected_version=draft.version)
    assert caught.value.current.summary == "Second"
    assert caught.value.current.version == 2
    assert Verdict.objects.get().summary == "Second"


def test_creating_a_draft_when_one_exists_is_a_conflict(claim, checker):
    services.verdict_save_draft(claim=claim, author=checker, summary="First", expected_version=None)
    with pytest.raises(services.VersionConflict):
        services.verdict_save_draft(claim=claim, author=checker, summary="Also first", expected_version=None)


def test_a_proposed_verdict_cannot_be_edited_until_sent_back(claim, checker, editor):
    verdict = propose(claim, checker)
    with pytest.raises(services.ReviewError, match="send it back"):
        services.verdict_save_draft(claim=claim, author=checker, summary="x", expected_version=verdict.version)
    with pytest.raises(services.ReviewError, match="reason"):
        services.verdict_send_back(verdict=verdict, by=editor, reason="  ", expected_version=verdict.version)
    sent = services.verdict_send_back(verdict=verdict, by=editor, reason="Cite the ministry.", expected_version=1)
    claim.refresh_from_db()
    assert sent.status == Verdict.Status.SENT_BACK and sent.status_reason == "Cite the ministry."
    assert claim.status == Claim.Status.IN_REVIEW and claim.assignee == checker
    services.verdict_save_draft(claim=claim, author=checker, summary="Fixed", expected_version=sent.version)


def test_unpublishing_needs_a_reason_and_keeps_the_first_publication_date(claim, checker, editor):
    verdict = propose(claim, checker)
    verdict = services.verdict_approve(verdict=verdict, by=editor, expected_version=None)
    verdict = services.verdict_publish(verdict=verdict, by=editor, expected_version=None)
    first_published = verdict.published_at
    verdict = services.verdict_unpublish(verdict=verdict, by=editor, reason="Wrong figures", expected_version=None)
    claim.refresh_from_db()
    assert verdict.status == Verdict.Status.UNPUBLISHED and claim.status == Claim.Status.IN_REVIEW
    verdict = propose(claim, checker, expected_version=verdict.version)
    verdict = services.verdict_approve(verdict=verdict, by=editor, expected_version=None)
    verdict = services.verdict_publish(verdict=verdict, by=editor, expected_version=None)
    assert verdict.published_at == first_published
    assert verdict.slug == Verdict.objects.get().slug


def test_publishing_needs_an_approved_verdict(claim, checker, editor):
    verdict = propose(claim, checker)
    with pytest.raises(services.ReviewError, match="cannot be published"):
        services.verdict_publish(verdict=verdict, by=editor, expected_version=None)


def test_a_correction_is_dated_and_can_replace_the_explanation(claim, checker, editor):
    verdict = propose(claim, checker)
    verdict = services.verdict_approve(verdict=verdict, by=editor, expected_version=None)
    verdict = services.verdict_publish(verdict=verdict, by=editor, expected_version=None)
    correction = services.verdict_correct(
        verdict=verdict, by=editor, text="The toll was 12, not 21.", explanation="Corrected.", expected_version=3
    )
    verdict.refresh_from_db()
    assert correction.created_at and verdict.explanation == "Corrected." and verdict.version == 4
    assert verdict.status == Verdict.Status.PUBLISHED
    with pytest.raises(services.ReviewError, match="Only an editor"):
        services.verdict_correct(verdict=verdict, by=checker, text="x", expected_version=None)


def test_a_verdict_cites_only_evidence_of_its_own_claim(claim, checker):
    other = ClaimFactory(article=claim.article, start=60, end=110)
    foreign = other.evidence.create(document=DocumentFactory(), passage="p", passage_start=0, passage_end=1)
    with pytest.raises(services.ReviewError, match="its own claim"):
        services.verdict_save_draft(claim=claim, author=checker, evidence=[foreign], expected_version=None)


def test_a_source_admin_cannot_write_verdicts_or_assign(claim):
    admin = UserFactory(groups=["Source admin"])
    with pytest.raises(services.ReviewError):
        services.verdict_save_draft(claim=claim, author=admin, expected_version=None)
    with pytest.raises(services.ReviewError):
        services.claim_assign(claim=claim, assignee=admin, by=admin)


def test_claims_are_assigned_only_to_reviewers_and_not_once_closed(claim, checker):
    services.claim_assign(claim=claim, assignee=checker, by=checker)
    assert Claim.objects.get().assignee == checker
    with pytest.raises(services.ReviewError, match="not a fact-checker"):
        services.claim_assign(claim=claim, assignee=UserFactory(groups=["Source admin"]), by=checker)
    services.claim_mark_not_checkable(claim=claim, by=checker, reason="An opinion.")
    with pytest.raises(services.ReviewError, match="closed"):
        services.claim_assign(claim=claim, assignee=None, by=checker)


def test_marking_not_checkable_records_the_reason_and_reopening_undoes_it(claim, checker):
    services.claim_mark_not_checkable(claim=claim, by=checker, reason="A prediction.")
    assert Comment.objects.get().text == "Marked not checkable. A prediction."
    with pytest.raises(services.ReviewError, match="reopen"):
        services.verdict_save_draft(claim=claim, author=checker, expected_version=None)
    assert services.claim_reopen(claim=claim, by=checker).status == Claim.Status.NEW


def test_a_claim_with_a_proposed_verdict_cannot_be_marked_not_checkable(claim, checker):
    propose(claim, checker)
    with pytest.raises(services.ReviewError, match="only new claims"):
        services.claim_mark_not_checkable(claim=claim, by=checker)


def test_starting_review_takes_the_claim(claim, checker):
    started = services.claim_start_review(claim=claim, by=checker)
    assert (started.status, started.assignee) == (Claim.Status.IN_REVIEW, checker)
    with pytest.raises(services.ReviewError, match="already has the status"):
        services.claim_start_review(claim=claim, by=checker)


def test_an_empty_comment_is_refused(claim, checker):
    with pytest.raises(services.ReviewError, match="empty"):
        services.comment_add(claim=claim, author=checker, text="   ")
    assert services.comment_add(claim=claim, author=checker, text=" Looks right ").text == "Looks right"
