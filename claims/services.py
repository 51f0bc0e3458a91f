"""Writes on articles and claims. Views, commands, the admin and tasks all go through here."""

import hashlib
import logging
import re
import unicodedata
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import permissions
from .evidence import claim_search_evidence as claim_search_evidence  # the service lives with its search code
from .models import Article, Claim, Comment, Correction, Evidence, Rating, Verdict, zone_name

log = logging.getLogger(__name__)

# An article left in a working state longer than this was lost (killed worker, lost message).
STUCK_AFTER = timedelta(minutes=15)
RECONCILE_SEARCH_BATCH = 500
# Extraction is done when evidence search starts; the searches share the rest of the progress bar.
SEARCH_PROGRESS = 60


def claim_fingerprint(text: str) -> str:
    """The same claim worded identically in two articles gets the same fingerprint."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"\w+", folded)
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def article_create(
    *,
    text: str,
    title: str = "",
    author: str = "",
    url: str = "",
    language: str = "",
    published_at: datetime | None = None,
    submitted_by=None,
) -> Article:
    """Store an article and queue its analysis once the row is committed; with only a URL, fetch it first."""
    from .tasks import extract_article, fetch_article

    article = Article.objects.create(
        text=text,
        title=title[:500],
        author=author[:300],
        url=url,
        language=language,
        published_at=published_at,
        published_zone=zone_name(published_at) if published_at else "",
        submitted_by=submitted_by,
    )
    if text.strip():
        extract_article.delay_on_commit(article.pk)
    else:
        fetch_article.delay_on_commit(article.pk)
    return article


def article_fetch(*, article: Article) -> Article:
    """Fill an article submitted as a URL from the archived page, then queue its extraction."""
    from sources.models import Document
    from sources.services import fetch_url_now

    from .tasks import extract_article

    document = fetch_url_now(article.url)
    if document.status != Document.Status.ARCHIVED or not document.text.strip():
        reason = document.fetch_error or "the page has no readable text"
        article_fail(article_id=article.pk, error=f"Could not read {article.url}: {reason}")
        return article
    article.text = document.text
    article.title = article.title or document.title
    article.author = article.author or document.author
    if not article.published_at and document.published_at:
        # In the zone the page wrote its date in: "mercredi à 11 heures" means that zone's 11:00.
        article.published_at = document.published_at
        article.published_zone = document.published_zone
    article.status = Article.Status.PENDING
    article.progress = 5
    article.save(update_fields=["text", "title", "author", "published_at", "published_zone", "status", "progress",
                                "updated_at"])  # fmt: skip
    extract_article.delay_on_commit(article.pk)
    return article


def article_extract(*, article: Article) -> list[Claim]:
    """Run claim extraction on an article and store its claims; re-running never duplicates them."""
    from .extraction import extract
    from .tasks import gather_evidence

    result = extract(article.text, lang=article.language or "auto", published=article.published_local)
    kept = []
    with transaction.atomic():
        for item in result["claims"]:
            claim, _created = Claim.objects.update_or_create(
                article=article,
                start=item["start"],
                end=item["end"],
                defaults={
                    "text": item["text"],
                    "sentence_start": item["sentence_start"],
                    "sentence_end": item["sentence_end"],
                    "checkworthiness": item["checkworthiness"],
                    "kind": item["kind"],
                    "claimant": item.get("claimant") or "",
                    "facets": item["facets"],
                    "fingerprint": claim_fingerprint(item["text"]),
                    # Higher check-worthiness first in the queue until someone sets a priority.
                    "priority": round(item["checkworthiness"] * 100),
                },
            )
            kept.append(claim.pk)
        # Claims that a new extraction no longer finds go, unless someone has started on them.
        article.claims.exclude(pk__in=kept).filter(status=Claim.Status.NEW, verdict__isnull=True).delete()
        # Every claim gets an evidence search (a fresh one after a re-extraction): the sources are asked
        # (claims.gathering), then each claim is ranked; the last one to end marks the article done.
        article.claims.update(evidence_status=Claim.EvidenceStatus.PENDING, updated_at=timezone.now())
        searched = article.claims.exists()
        article.language = result["language"]
        article.status = Article.Status.SEARCHING if searched else Article.Status.DONE
        article.progress = SEARCH_PROGRESS if searched else 100
        article.error = ""
        article.gather_started_at = article.gathered_at = article.ranking_at = None
        article.save(update_fields=["language", "status", "progress", "error", "gather_started_at", "gathered_at",
                                    "ranking_at", "updated_at"])  # fmt: skip
        if searched:
            gather_evidence.delay_on_commit(article.pk)
    return list(article.claims.all())


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, error=error, updated_at=timezone.now())


def claim_evidence_fail(*, claim_id: int, error: str) -> None:
    """Record a failed evidence search: on the claim (its page says so) and, with the reason, on the article."""
    Claim.objects.filter(pk=claim_id).update(evidence_status=Claim.EvidenceStatus.FAILED, updated_at=timezone.now())
    article_id = Claim.objects.filter(pk=claim_id).values_list("article_id", flat=True).first()
    if article_id is not None:
        # The article's error is only shown when its analysis failed; for a done article it keeps the reason
        # for whoever looks at it in the admin.
        Article.objects.filter(pk=article_id).update(
            error=Concat(F("error"), Value(f"Evidence search failed for claim #{claim_id}: {error[:500]}\n"))
        )


def article_search_finish(*, article_id: int) -> bool:
    """Mark an article done once none of its claims is still waiting for, or in, an evidence search.

    Each search calls this after its claim's status is committed, so whichever ends last sees all the others
    ended; a conditional update, so two searches ending together do no harm.
    """
    claims = Claim.objects.filter(article_id=article_id)
    total = claims.count()
    waiting = claims.filter(evidence_status__in=[Claim.EvidenceStatus.PENDING, Claim.EvidenceStatus.SEARCHING])
    if total and waiting.exists():
        ended = total - waiting.count()
        progress = SEARCH_PROGRESS + (100 - SEARCH_PROGRESS) * ended // total
        Article.objects.filter(pk=article_id, status=Article.Status.SEARCHING, progress__lt=progress).update(
            progress=progress, updated_at=timezone.now()
        )
        return False
    still_waiting = Claim.objects.filter(
        article_id=OuterRef("pk"),
        evidence_status__in=[Claim.EvidenceStatus.PENDING, Claim.EvidenceStatus.SEARCHING],
    )
    return bool(
        Article.objects.filter(pk=article_id, status=Article.Status.SEARCHING)
        .exclude(Exists(still_waiting))
        .update(status=Article.Status.DONE, progress=100, updated_at=timezone.now())
    )


def reconcile() -> int:
    """Re-enqueue articles whose analysis was lost on the way, and evidence searches that never ended."""
    from .tasks import extract_article, fetch_article, search_evidence

    cutoff = timezone.now() - STUCK_AFTER
    stuck = Article.objects.filter(
        status__in=[Article.Status.PENDING, Article.Status.FETCHING, Article.Status.EXTRACTING],
        updated_at__lt=cutoff,
        attempts__lt=5,
    )
    count = 0
    for article_id, text in stuck.values_list("pk", "text"):
        (extract_article if text.strip() else fetch_article).delay(article_id)
        count += 1
    # A search message lost before it ran: queue it again. A search that started and never ended (its worker
    # was killed, possibly by the claim itself) is marked failed rather than retried forever.
    lost = Claim.objects.filter(evidence_status=Claim.EvidenceStatus.PENDING, updated_at__lt=cutoff).filter(
        article__status=Article.Status.SEARCHING
    )
    for claim_id in lost.values_list("pk", flat=True)[:RECONCILE_SEARCH_BATCH]:
        search_evidence.delay(claim_id)
        count += 1
    hung = Claim.objects.filter(evidence_status=Claim.EvidenceStatus.SEARCHING, updated_at__lt=cutoff)
    for claim_id in hung.values_list("pk", flat=True)[:RECONCILE_SEARCH_BATCH]:
        claim_evidence_fail(claim_id=claim_id, error="the search did not finish (worker lost)")
        count += 1
    # Articles whose last search ended without closing them (a crash between the two updates).
    for article_id in Article.objects.filter(status=Article.Status.SEARCHING, updated_at__lt=cutoff).values_list(
        "pk", flat=True
    )[:RECONCILE_SEARCH_BATCH]:
        count += article_search_finish(article_id=article_id)
    return count


# --- The review workflow -------------------------------------------------------------------------
# Every rule of the workflow (who may do what, which status may follow which, two-person approval,
# optimistic locking) lives below; the review pages, the admin and the API all call these functions.


class ReviewError(Exception):
    """A workflow step that is not allowed; the message is meant for the person who tried it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class VersionConflict(ReviewError):
    """Someone saved the verdict since the caller read it; `current` is what is stored now."""

    def __init__(self, message: str, *, current: Verdict):
        super().__init__(message)
        self.current = current


# The verdict's status decides the claim's, so the queue never disagrees with the verdict.
CLAIM_STATUS_FOR_VERDICT = {
    Verdict.Status.DRAFT: Claim.Status.IN_REVIEW,
    Verdict.Status.PROPOSED: Claim.Status.PROPOSED,
    Verdict.Status.SENT_BACK: Claim.Status.IN_REVIEW,
    Verdict.Status.APPROVED: Claim.Status.APPROVED,
    Verdict.Status.PUBLISHED: Claim.Status.PUBLISHED,
    Verdict.Status.UNPUBLISHED: Claim.Status.IN_REVIEW,
}
# Verdict statuses in which its text may still change; later ones change only by a transition.
VERDICT_EDITABLE = {Verdict.Status.DRAFT, Verdict.Status.SENT_BACK, Verdict.Status.UNPUBLISHED}
# Claims nobody works on any more.
CLAIM_CLOSED = {Claim.Status.PUBLISHED, Claim.Status.NOT_CHECKABLE}


class VerdictAction(models.TextChoices):
    """Stored as the history record's change reason: who did what to a verdict, and when."""

    CREATED = "created", gettext_lazy("created")
    SAVED = "saved", gettext_lazy("saved")
    PROPOSED = "proposed", gettext_lazy("proposed")
    APPROVED = "approved", gettext_lazy("approved")
    SENT_BACK = "sent_back", gettext_lazy("sent back")
    PUBLISHED = "published", gettext_lazy("published")
    UNPUBLISHED = "unpublished", gettext_lazy("unpublished")
    CORRECTED = "corrected", gettext_lazy("corrected")


# The people who wrote a verdict's text: none of them may approve it.
AUTHORING_ACTIONS = [VerdictAction.CREATED, VerdictAction.SAVED, VerdictAction.PROPOSED, VerdictAction.CORRECTED]


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise ReviewError(message)


def claim_assign(*, claim: Claim, assignee, by) -> Claim:
    """Give a claim to a fact-checker or editor (or to nobody, with assignee=None)."""
    _require(permissions.can_review(by), _("You are not allowed to assign claims."))
    if assignee is not None and not permissions.can_review(assignee):
        raise ReviewError(_("%(user)s is not a fact-checker or an editor.") % {"user": assignee.get_username()})
    # A conditional update: a claim closed in the meantime by someone else is not reopened by this.
    updated = (
        Claim.objects.filter(pk=claim.pk)
        .exclude(status__in=CLAIM_CLOSED)
        .update(assignee=assignee, updated_at=timezone.now())
    )
    if not updated:
        raise ReviewError(_("Claim #%(id)s is closed; it cannot be assigned.") % {"id": claim.pk})
    claim.assignee = assignee
    return claim


def claim_start_review(*, claim: Claim, by) -> Claim:
    """Move a new claim to "in review", taking it if nobody has it."""
    _require(permissions.can_review(by), _("You are not allowed to review claims."))
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.status != Claim.Status.NEW:
            raise ReviewError(
                _("Claim #%(id)s already has the status “%(status)s”.")
                % {"id": claim.pk, "status": locked.get_status_display()}
            )
        locked.status = Claim.Status.IN_REVIEW
        locked.assignee = locked.assignee or by
        locked.save(update_fields=["status", "assignee", "updated_at"])
    return locked


def claim_mark_not_checkable(*, claim: Claim, by, reason: str = "") -> Claim:
    """Close a claim nobody can check (opinion, prediction…); the reason goes to its discussion."""
    _require(permissions.can_review(by), _("You are not allowed to triage claims."))
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        # A proposed or approved verdict is an editor's business: it must be sent back first.
        if locked.status not in (Claim.Status.NEW, Claim.Status.IN_REVIEW):
            raise ReviewError(
                _(
                    "Claim #%(id)s has the status “%(status)s”; only new claims or claims in review can be "
                    "marked not checkable."
                )
                % {"id": claim.pk, "status": locked.get_status_display()}
            )
        locked.status = Claim.Status.NOT_CHECKABLE
        locked.save(update_fields=["status", "updated_at"])
        text = _("Marked not checkable.")
        if reason.strip():
            text = f"{text} {reason.strip()}"
        Comment.objects.create(claim=locked, author=by, text=text)
    return locked


def claim_reopen(*, claim: Claim, by) -> Claim:
    """Undo "not checkable": the claim goes back to the queue."""
    _require(permissions.can_review(by), _("You are not allowed to triage claims."))
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.status != Claim.Status.NOT_CHECKABLE:
            raise ReviewError(_("Only a claim marked not checkable can be reopened."))
        has_verdict = Verdict.objects.filter(claim=locked).exists()
        locked.status = Claim.Status.IN_REVIEW if has_verdict else Claim.Status.NEW
        locked.save(update_fields=["status", "updated_at"])
        Comment.objects.create(claim=locked, author=by, text=_("Reopened."))
    return locked


COMMENT_MAX_LENGTH = 10_000


def comment_add(*, claim: Claim, author, text: str) -> Comment:
    _require(permissions.can_comment(author), _("You are not allowed to comment."))
    text = text.strip()
    if not text:
        raise ReviewError(_("A comment cannot be empty."))
    if len(text) > COMMENT_MAX_LENGTH:
        raise ReviewError(_("A comment can be at most %(max)d characters long.") % {"max": COMMENT_MAX_LENGTH})
    return Comment.objects.create(claim=claim, author=author, text=text)


def _verdict_slug(claim: Claim) -> str:
    """Made once, from the claim's text, when the verdict is created; never changed afterwards."""
    base = slugify(claim.text)[:100].strip("-") or "claim"
    if Verdict.objects.filter(slug=base).exists():
        return f"{base}-{claim.pk}"
    return base


def _lock_claim_and_verdict(claim_id: int) -> tuple[Claim, Verdict | None]:
    # Locking the claim row first serializes everything done to one claim, including creating its verdict.
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    verdict = Verdict.objects.select_for_update().filter(claim=claim).first()
    return claim, verdict


def _check_version(verdict: Verdict, expected_version: int | None) -> None:
    """expected_version=None skips the check: only for callers that show no verdict (admin list actions)."""
    if expected_version is not None and verdict.version != expected_version:
        raise VersionConflict(
            _(
                "Someone else saved this verdict while you were working on it (your copy is version %(yours)s, "
                "the saved one is version %(theirs)s). Nothing was overwritten: compare both and save again."
            )
            % {"yours": expected_version, "theirs": verdict.version},
            current=verdict,
        )


def _save_verdict(verdict: Verdict, *, by, action: VerdictAction, claim: Claim) -> Verdict:
    verdict.version = (verdict.version or 0) + 1 if verdict.pk else 1
    verdict._history_user = by  # simple-history: the person, also outside a request (API, admin action, shell)
    verdict._change_reason = action.value
    verdict.save()
    status = CLAIM_STATUS_FOR_VERDICT[Verdict.Status(verdict.status)]
    if claim.status != status:
        claim.status = status
        claim.save(update_fields=["status", "updated_at"])
    return verdict


def _write_content(
    *, claim: Claim, verdict: Verdict | None, author, rating, summary, explanation, evidence, expected_version
) -> tuple[Verdict, bool]:
    _require(permissions.can_write_verdict(author), _("You are not allowed to write verdicts."))
    if claim.status == Claim.Status.NOT_CHECKABLE:
        raise ReviewError(_("This claim is marked not checkable; reopen it before writing a verdict."))
    summary, explanation = (summary or "").strip(), (explanation or "").strip()
    if len(summary) > Verdict._meta.get_field("summary").max_length:
        raise ReviewError(_("The summary can be at most 500 characters long."))
    evidence = list(evidence or [])
    if any(item.claim_id != claim.pk for item in evidence):
        raise ReviewError(_("A verdict can only cite evidence gathered for its own claim."))
    created = verdict is None
    if created:
        if expected_version:
            raise ReviewError(_("This verdict no longer exists."))
        verdict = Verdict(claim=claim, author=author, slug=_verdict_slug(claim))
    else:
        if expected_version is None:
            # The caller's form was made before anyone wrote a verdict: a draft now exists, do not overwrite it.
            expected_version = 0
        _check_version(verdict, expected_version)
        if verdict.status not in VERDICT_EDITABLE:
            raise ReviewError(
                _("This verdict is %(status)s and cannot be changed; an editor must send it back first.")
                % {"status": verdict.get_status_display()}
            )
    verdict.rating, verdict.summary, verdict.explanation = rating, summary, explanation
    return verdict, created


def verdict_save_draft(
    *,
    claim: Claim,
    author,
    rating: Rating | None = None,
    summary: str = "",
    explanation: str = "",
    evidence=(),
    expected_version: int | None,
) -> Verdict:
    """Create or update a claim's verdict without proposing it. expected_version=None when none exists yet."""
    with transaction.atomic():
        claim, verdict = _lock_claim_and_verdict(claim.pk)
        verdict, created = _write_content(
            claim=claim,
            verdict=verdict,
            author=author,
            rating=rating,
            summary=summary,
            explanation=explanation,
            evidence=evidence,
            expected_version=expected_version,
        )
        action = VerdictAction.CREATED if created else VerdictAction.SAVED
        _save_verdict(verdict, by=author, action=action, claim=claim)
        verdict.cited_evidence.set(evidence)
    return verdict


def verdict_propose(
    *,
    claim: Claim,
    author,
    rating: Rating | None,
    summary: str,
    explanation: str,
    evidence=(),
    expected_version: int | None,
) -> Verdict:
    """Save the verdict and submit it to an editor; the proposer becomes its author."""
    missing = [
        label
        for label, value in ((_("rating"), rating), (_("summary"), summary), (_("explanation"), explanation))
        if not (value.strip() if isinstance(value, str) else value)
    ]
    if missing:
        raise ReviewError(_("A verdict needs %(fields)s before it can be proposed.") % {"fields": ", ".join(missing)})
    with transaction.atomic():
        claim, verdict = _lock_claim_and_verdict(claim.pk)
        verdict, _created = _write_content(
            claim=claim,
            verdict=verdict,
            author=author,
            rating=rating,
            summary=summary,
            explanation=explanation,
            evidence=evidence,
            expected_version=expected_version,
        )
        verdict.author = author
        verdict.approver = None
        verdict.status = Verdict.Status.PROPOSED
        verdict.status_reason = ""
        _save_verdict(verdict, by=author, action=VerdictAction.PROPOSED, claim=claim)
        verdict.cited_evidence.set(evidence)
    return verdict


def _transition(
    *,
    verdict: Verdict,
    by,
    expected_version: int | None,
    allowed_from: set,
    to: str,
    action: VerdictAction,
    reason: str | None = "",
    check=None,
) -> Verdict:
    _require(permissions.can_approve(by), _("Only an editor can do this."))
    with transaction.atomic():
        claim, current = _lock_claim_and_verdict(verdict.claim_id)
        if current is None:
            raise ReviewError(_("This verdict no longer exists."))
        _check_version(current, expected_version)
        if current.status not in allowed_from:
            raise ReviewError(
                _("This verdict is %(status)s; it cannot be %(action)s now.")
                % {"status": current.get_status_display(), "action": action.label}
            )
        if check:
            check(current)
        current.status = to
        if reason is not None:  # None keeps the reason of the last real status change (a correction)
            current.status_reason = reason
        return _save_verdict(current, by=by, action=action, claim=claim)


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError(_("Give a reason: the author and the readers need to know why."))
    return reason


def verdict_approve(*, verdict: Verdict, by, expected_version: int | None) -> Verdict:
    """An editor approves a proposed verdict; never one they wrote (the two-person rule)."""

    def two_person_rule(current: Verdict) -> None:
        wrote_it = current.author_id == by.pk or (
            current.history.filter(history_user=by, history_change_reason__in=AUTHORING_ACTIONS).exists()
        )
        if wrote_it:
            raise ReviewError(_("You wrote this verdict, so you cannot approve it: a second editor must approve it."))

    def set_approver(current: Verdict) -> None:
        two_person_rule(current)
        current.approver = by

    return _transition(
        verdict=verdict,
        by=by,
        expected_version=expected_version,
        allowed_from={Verdict.Status.PROPOSED},
        to=Verdict.Status.APPROVED,
        action=VerdictAction.APPROVED,
        check=set_approver,
    )


def verdict_send_back(*, verdict: Verdict, by, reason: str, expected_version: int | None) -> Verdict:
    """Return a proposed or approved verdict to its author, with the reason; the claim goes back to them."""
    reason = _require_reason(reason)

    def clear_approver(current: Verdict) -> None:
        current.approver = None

    sent = _transition(
        verdict=verdict,
        by=by,
        expected_version=expected_version,
        allowed_from={Verdict.Status.PROPOSED, Verdict.Status.APPROVED},
        to=Verdict.Status.SENT_BACK,
        action=VerdictAction.SENT_BACK,
        reason=reason,
        check=clear_approver,
    )
    Claim.objects.filter(pk=sent.claim_id).update(assignee=sent.author_id, updated_at=timezone.now())
    return sent


def verdict_publish(*, verdict: Verdict, by, expected_version: int | None) -> Verdict:
    """Publish an approved verdict; the first publication date is kept across unpublish/republish."""

    def stamp(current: Verdict) -> None:
        current.published_at = current.published_at or timezone.now()

    return _transition(
        verdict=verdict,
        by=by,
        expected_version=expected_version,
        allowed_from={Verdict.Status.APPROVED},
        to=Verdict.Status.PUBLISHED,
        action=VerdictAction.PUBLISHED,
        check=stamp,
    )


def verdict_unpublish(*, verdict: Verdict, by, reason: str, expected_version: int | None) -> Verdict:
    """Withdraw a published verdict; its public page becomes a notice giving the reason."""
    reason = _require_reason(reason)
    return _transition(
        verdict=verdict,
        by=by,
        expected_version=expected_version,
        allowed_from={Verdict.Status.PUBLISHED},
        to=Verdict.Status.UNPUBLISHED,
        action=VerdictAction.UNPUBLISHED,
        reason=reason,
    )


def verdict_correct(
    *,
    verdict: Verdict,
    by,
    text: str,
    expected_version: int | None,
    rating: Rating | None = None,
    summary: str | None = None,
    explanation: str | None = None,
) -> Correction:
    """Add a dated public correction to a published verdict, with the corrected text if it changes."""
    _require(by.has_perm("claims.add_correction"), _("Only an editor can correct a verdict."))
    text = _require_reason(text)
    if summary is not None and len(summary.strip()) > Verdict._meta.get_field("summary").max_length:
        raise ReviewError(_("The summary can be at most 500 characters long."))
    holder = {}

    def apply(current: Verdict) -> None:
        if rating is not None:
            current.rating = rating
        if summary is not None and summary.strip():
            current.summary = summary.strip()
        if explanation is not None and explanation.strip():
            current.explanation = explanation.strip()
        holder["correction"] = Correction.objects.create(verdict=current, text=text, author=by)

    current = _transition(
        verdict=verdict,
        by=by,
        expected_version=expected_version,
        allowed_from={Verdict.Status.PUBLISHED},
        to=Verdict.Status.PUBLISHED,
        action=VerdictAction.CORRECTED,
        reason=None,
        check=apply,
    )
    correction = holder["correction"]
    correction.verdict = current
    return correction


def evidence_request(*, claim: Claim, url: str, by) -> Evidence:
    """A fact-checker's evidence URL: fetch and archive the page, and tie it to the claim.

    The evidence row exists from the start, with an empty passage, so the claim page can show the
    fetch as pending; the whole archived document is the evidence until a passage is chosen.
    """
    from sources.services import document_request

    _require(permissions.can_review(by), _("You are not allowed to add evidence."))
    try:
        document = document_request(url=url)
    except (ValueError, DjangoValidationError) as exc:  # a refused URL (scheme, private address…)
        message = getattr(exc, "message", None) or "; ".join(getattr(exc, "messages", [])) or str(exc)
        raise ReviewError(_("This address cannot be fetched: %(reason)s") % {"reason": message}) from exc
    evidence, _created = Evidence.objects.get_or_create(
        claim=claim,
        document=document,
        passage_start=0,
        passage_end=0,
        defaults={"passage": "", "added_by": by, "stance": Evidence.Stance.MENTIONS},
    )
    if document.status == document.Status.ARCHIVED and not evidence.passage:
        # Already in the archive: no fetch will come to fill the row (claims.signals does that after one).
        from .tasks import fill_requested_evidence

        fill_requested_evidence.delay_on_commit(document.pk)
    return evidence
