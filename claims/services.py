"""Writes on articles and claims. Views, commands, the admin and tasks all go through here."""

import hashlib
import logging
import re
import unicodedata
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from factcheck.leases import lapsed as lease_lapsed
from factcheck.leases import lease_end, send_on_commit
from sources.models import Document

from . import permissions
from .evidence import claim_search_evidence as claim_search_evidence  # the service lives with its search code
from .models import Article, Claim, Comment, Correction, Evidence, Rating, Verdict, zone_name

log = logging.getLogger(__name__)

RECONCILE_SEARCH_BATCH = 500
# An article whose analysis lost its worker this many times is failed; a search, after this many losses in a row.
MAX_ARTICLE_ATTEMPTS = 5
MAX_LOST_SEARCHES = 3
# claims.extraction.MAX_CHARS, repeated so that this module does not import the language models.
MAX_ARTICLE_CHARS = 200_000
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
    idempotency_key: str = "",
) -> Article:
    """Store an article and queue its analysis once the row is committed; with only a URL, fetch it first.

    With an idempotency key already used by the same person, the article that key made is returned instead
    (its `replayed` attribute is then true): a client retrying a request it got no answer to never duplicates.
    With the broker down the article is stored all the same, and the reconciler queues it when it is back.
    """
    from .tasks import extract_article, fetch_article

    if idempotency_key:
        first = Article.objects.filter(submitted_by=submitted_by, idempotency_key=idempotency_key).first()
        if first is not None:
            first.replayed = True
            return first
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=text,
                title=title[:500],
                author=author[:300],
                url=url,
                language=language,
                published_at=published_at,
                published_zone=zone_name(published_at) if published_at else "",
                submitted_by=submitted_by,
                idempotency_key=idempotency_key,
                lease_until=lease_end(),  # the message's; the reconciler queues the article again past it
            )
    except IntegrityError:  # the same key, sent twice at once: the other request stored it
        if not idempotency_key:
            raise
        first = Article.objects.get(submitted_by=submitted_by, idempotency_key=idempotency_key)
        first.replayed = True
        return first
    article.replayed = False
    send_on_commit(extract_article if text.strip() else fetch_article, article.pk)
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
    if len(document.text) > MAX_ARTICLE_CHARS:
        # A page of 100,000 links is not an article: refused whole rather than cut at an arbitrary place.
        article_fail(
            article_id=article.pk,
            error=f"Could not read {article.url}: its text has {len(document.text):,} characters, over the limit of "
            f"{MAX_ARTICLE_CHARS:,} for an article.",
        )
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
    send_on_commit(extract_article, article.pk)  # a broker blip leaves it waiting: the reconciler sends it
    return article


def article_extract(*, article: Article) -> list[Claim]:
    """Run claim extraction on an article and store its claims; re-running never duplicates them."""
    from .extraction import extract
    from .tasks import gather_evidence, match_article

    result = extract(article.text, lang=article.language or "auto", published=article.published_local)
    kept = []
    with transaction.atomic():
        # What a person corrected (claimant, facets…) is theirs: a new extraction never writes over it.
        edited = {
            (start, end): set(fields or [])
            for start, end, fields in article.claims.values_list("start", "end", "edited_fields")
        }
        for item in result["claims"]:
            claim, _created = Claim.objects.update_or_create(
                article=article,
                start=item["start"],
                end=item["end"],
                defaults=_without(
                    edited.get((item["start"], item["end"]), set()),
                    {
                        "text": item["text"],
                        "sentence_start": item["sentence_start"],
                        "sentence_end": item["sentence_end"],
                        "checkworthiness": item["checkworthiness"],
                        "kind": item["kind"],
                        "claimant": item.get("claimant") or "",
                        "facets": item["facets"],
                        "fingerprint": claim_fingerprint(item["text"]),
                        "vector": None,  # embedded again by the match that follows
                        "matched_at": None,
                        # Higher check-worthiness first in the queue until someone sets a priority.
                        "priority": round(item["checkworthiness"] * 100),
                    },
                ),
            )
            kept.append(claim.pk)
        # Claims that a new extraction no longer finds go, unless someone has started on them or corrected them.
        article.claims.exclude(pk__in=kept).filter(status=Claim.Status.NEW, verdict__isnull=True).filter(
            reviewed_text="", edited_fields=[]
        ).delete()
        # Every claim gets an evidence search (a fresh one after a re-extraction): the sources are asked
        # (claims.gathering), then each claim is ranked; the last one to end marks the article done.
        article.claims.update(evidence_status=Claim.EvidenceStatus.PENDING, updated_at=timezone.now())
        searched = article.claims.exists()
        article.language = result["language"]
        article.status = Article.Status.SEARCHING if searched else Article.Status.DONE
        article.progress = SEARCH_PROGRESS if searched else 100
        article.error = ""
        article.gather_started_at = article.gathered_at = article.ranking_at = None
        article.lease_until = lease_end()  # the gather message's, sent below: claims.gathering.reconcile
        article.save(update_fields=["language", "status", "progress", "error", "gather_started_at", "gathered_at",
                                    "ranking_at", "lease_until", "updated_at"])  # fmt: skip
        if searched:
            send_on_commit(gather_evidence, article.pk)  # lost with a broker blip: claims.gathering.reconcile
            # Already checked? Beside the evidence search (nlp queue); lost, claims.matching.reconcile sends it.
            send_on_commit(match_article, article.pk)
    return list(article.claims.all())


def _without(fields: set, values: dict) -> dict:
    return {name: value for name, value in values.items() if name not in fields}


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, error=error, updated_at=timezone.now())


def article_retry(*, article: Article, by) -> bool:
    """Run a failed article's analysis again from its first step; False when it is no longer failed."""
    from .tasks import extract_article, fetch_article

    _require(permissions.can_submit_article(by), _("You are not allowed to submit articles."))
    # Conditional: two clicks (or two people) start one run; the old reason goes, the new run records its own.
    retried = Article.objects.filter(pk=article.pk, status=Article.Status.FAILED).update(
        status=Article.Status.PENDING, error="", progress=0, attempts=0, updated_at=timezone.now()
    )
    if retried:
        (extract_article if article.text.strip() else fetch_article).delay_on_commit(article.pk)
    return bool(retried)


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
    """Queue again the work whose lease lapsed (articles to fetch or extract, evidence searches); close the rest.

    Leases, not updated_at, say what is lost: a worker renews its row's lease while it runs, so a killed worker's
    work is queued again within a lease and a reconciler run, and a person's edit does not hide it.
    """
    from .tasks import extract_article, fetch_article, search_evidence

    now = timezone.now()
    count = 0
    working = [Article.Status.PENDING, Article.Status.FETCHING, Article.Status.EXTRACTING]
    lapsed = lease_lapsed(now=now)
    stuck = Article.objects.filter(lapsed, status__in=working)
    for article_id, status, attempts, text in stuck.values_list("pk", "status", "attempts", "text")[
        :RECONCILE_SEARCH_BATCH
    ]:
        if attempts >= MAX_ARTICLE_ATTEMPTS:
            article_fail(article_id=article_id, error=f"Gave up after {attempts} attempts: the analysis never ended.")
            continue
        # Back to waiting, with the new message's lease: the next run leaves it alone while it waits for a worker.
        if Article.objects.filter(lapsed, pk=article_id, status=status).update(
            status=Article.Status.PENDING, lease_until=lease_end()
        ):
            (extract_article if text.strip() else fetch_article).delay(article_id)
            count += 1
    # A search message lost before it ran: the ranking started a lease ago, the claim still waits, and none of its
    # article's searches ended within a lease (each renews the article's lease) or is running; a queue that is
    # only long moves on.
    searching = Claim.objects.filter(
        article_id=OuterRef("article_id"), evidence_status=Claim.EvidenceStatus.SEARCHING, search_lease_until__gte=now
    )
    lost = Claim.objects.filter(
        lease_lapsed("search_lease_until", now),
        lease_lapsed("article__lease_until", now),
        evidence_status=Claim.EvidenceStatus.PENDING,
        article__status=Article.Status.SEARCHING,
        article__ranking_at__lt=now - settings.PIPELINE_LEASE,
    ).exclude(Exists(searching))
    for claim_id in lost.values_list("pk", flat=True)[:RECONCILE_SEARCH_BATCH]:
        Claim.objects.filter(pk=claim_id).update(search_lease_until=lease_end())
        search_evidence.delay(claim_id)
        count += 1
    # A search whose worker was lost (killed, a Redis restart): searched again a few times, then failed with the
    # reason, since a claim that kills its worker every time would otherwise be retried forever.
    hung = Claim.objects.filter(
        lease_lapsed("search_lease_until", now),
        evidence_status=Claim.EvidenceStatus.SEARCHING,
    )
    for claim_id, lost_count in hung.values_list("pk", "search_attempts")[:RECONCILE_SEARCH_BATCH]:
        if lost_count + 1 >= MAX_LOST_SEARCHES:
            claim_evidence_fail(
                claim_id=claim_id,
                error=f"the search lost its worker {lost_count + 1} times in a row (killed, or out of memory)",
            )
            Claim.objects.filter(pk=claim_id).update(search_lease_until=None, search_attempts=0)
        elif Claim.objects.filter(pk=claim_id, evidence_status=Claim.EvidenceStatus.SEARCHING).update(
            evidence_status=Claim.EvidenceStatus.PENDING, search_attempts=F("search_attempts") + 1,
            search_lease_until=lease_end(),
        ):  # fmt: skip
            search_evidence.delay(claim_id)
        count += 1
    # Articles whose last search ended without closing them (a crash between the two updates).
    for article_id in Article.objects.filter(
        status=Article.Status.SEARCHING, ranking_at__lt=now - settings.PIPELINE_LEASE
    ).values_list("pk", flat=True)[:RECONCILE_SEARCH_BATCH]:
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


class DraftOwned(ReviewError):
    """Someone else's draft: the caller may take it over (verdict_take_over), not overwrite it."""


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
    TAKEN_OVER = "taken_over", gettext_lazy("took over the draft")


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
    if Evidence.objects.filter(pk__in=[item.pk for item in evidence]).exclude(document__status="archived").exists():
        raise ReviewError(
            _("A verdict can only cite archived pages: not one still being fetched, nor one whose fetch failed.")
        )
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
        if verdict.author_id != author.pk:
            # A draft is its author's: anyone else takes it over first, which the history and discussion record.
            raise DraftOwned(
                _("This draft is %(user)s’s. Take it over to change it; %(user)s will see it in the discussion.")
                % {"user": verdict.author.get_username()}
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


NO_SOURCE_REASON_MAX_LENGTH = 2000


def verdict_publish(*, verdict: Verdict, by, expected_version: int | None, no_source_reason: str = "") -> Verdict:
    """Publish an approved verdict; the first publication date is kept across unpublish/republish.

    Readers must be able to check our work: the verdict cites at least one archived source, or the editor
    says why it does not (no_source_reason, shown on the public page).
    """
    no_source_reason = (no_source_reason or "").strip()
    if len(no_source_reason) > NO_SOURCE_REASON_MAX_LENGTH:
        raise ReviewError(
            _("The reason can be at most %(max)d characters long.") % {"max": NO_SOURCE_REASON_MAX_LENGTH}
        )

    def stamp(current: Verdict) -> None:
        archived = current.cited_evidence.filter(document__status=Document.Status.ARCHIVED).exists()
        if not archived and not no_source_reason:
            raise ReviewError(
                _(
                    "This verdict cites no archived source. Cite at least one, or give the reason for publishing "
                    "without one: the public page shows it."
                )
            )
        # A reason given while sources are cited would tell readers something untrue.
        current.no_source_reason = "" if archived else no_source_reason
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


# --- Published content -----------------------------------------------------------------------------
# What a verdict shows (the claim's words and facets, the evidence it cites, the article) stops being anyone's
# to change once the verdict goes to an editor: from then on only an editor changes it, and a change to what a
# published verdict shows is a dated public correction of that verdict (verdict_correct).

VERDICT_LOCKED = {Verdict.Status.PROPOSED, Verdict.Status.APPROVED, Verdict.Status.PUBLISHED}
# The fields of each model that the public verdict page, ClaimReview, the API and the feed read.
CLAIM_PUBLIC_FIELDS = ["article", "text", "reviewed_text", "start", "end", "sentence_start", "sentence_end",
                       "claimant", "facets"]  # fmt: skip
EVIDENCE_PUBLIC_FIELDS = ["claim", "document", "passage", "passage_start", "passage_end", "stance"]
ARTICLE_PUBLIC_FIELDS = ["title", "author", "url", "text", "language", "published_at", "published_zone"]
# What a person may correct on a claim; re-extraction leaves the fields in Claim.edited_fields alone.
CLAIM_PERSON_FIELDS = {"text", "reviewed_text", "claimant", "facets", "kind", "priority"}
REVIEWED_TEXT_MAX_LENGTH = 2000
FACET_TYPES = {"quantity", "datetime", "date", "time", "duration", "entity", "quote"}


def locked_verdicts(obj) -> list[Verdict]:
    """The verdicts past the draft stage that show `obj` (a claim, an evidence item or an article)."""
    verdicts = Verdict.objects.filter(status__in=VERDICT_LOCKED)
    if isinstance(obj, Claim):
        verdicts = verdicts.filter(claim=obj)
    elif isinstance(obj, Evidence):
        verdicts = verdicts.filter(cited_evidence=obj)
    elif isinstance(obj, Article):
        verdicts = verdicts.filter(claim__article=obj)
    else:
        return []
    return list(verdicts.select_related("claim")) if obj.pk else []


def content_change_allowed(*, verdicts: list[Verdict], by, reason: str) -> list[Verdict]:
    """Refuse a change to what these verdicts show unless `by` may make it; the published ones it will correct."""
    if not verdicts:
        return []
    if not permissions.can_approve(by):
        raise ReviewError(
            _("The verdict on this claim is %(status)s: only an editor can change what it shows.")
            % {"status": verdicts[0].get_status_display()}
        )
    published = [verdict for verdict in verdicts if verdict.status == Verdict.Status.PUBLISHED]
    if published and not (reason or "").strip():
        raise ReviewError(
            _("The verdict is published: say what you corrected and why; readers see it as a dated correction.")
        )
    return published


def content_corrected(*, verdicts: list[Verdict], by, reason: str) -> None:
    """Record an editor's change to published content as a correction of each verdict that shows it."""
    for verdict in verdicts:
        verdict_correct(verdict=verdict, by=by, text=reason, expected_version=None)


def facets_check(facets) -> list[dict]:
    if not isinstance(facets, list) or not all(isinstance(f, dict) and f.get("type") in FACET_TYPES for f in facets):
        raise ReviewError(_("Each facet needs a type: quantity, date, time, date and time, duration, entity or quote."))
    return facets


def claim_edit(
    *,
    claim: Claim,
    by,
    reviewed_text: str | None = None,
    claimant: str | None = None,
    facets: list[dict] | None = None,
    reason: str = "",
) -> Claim:
    """A person's correction of a claim: its wording as reviewed, its claimant, its facets; kept in its history.

    The article's span (`text`, offsets) stays as extracted. Arguments left at None are not changed.
    """
    _require(permissions.can_review(by), _("You are not allowed to edit claims."))
    changes = {}
    if reviewed_text is not None:
        changes["reviewed_text"] = " ".join(reviewed_text.split())
        if len(changes["reviewed_text"]) > REVIEWED_TEXT_MAX_LENGTH:
            raise ReviewError(
                _("The claim as reviewed can be at most %(max)d characters long.") % {"max": REVIEWED_TEXT_MAX_LENGTH}
            )
    if claimant is not None:
        changes["claimant"] = claimant.strip()
        if len(changes["claimant"]) > Claim._meta.get_field("claimant").max_length:
            raise ReviewError(_("The claimant can be at most 300 characters long."))
    if facets is not None:
        changes["facets"] = facets_check(facets)
    with transaction.atomic():
        claim, verdict = _lock_claim_and_verdict(claim.pk)
        changes = {name: value for name, value in changes.items() if getattr(claim, name) != value}
        if not changes:
            return claim
        published = content_change_allowed(verdicts=locked_verdicts(claim), by=by, reason=reason)
        for name, value in changes.items():
            setattr(claim, name, value)
        claim.edited_fields = sorted(set(claim.edited_fields or []) | set(changes))
        claim._history_user = by
        claim._change_reason = (reason or "").strip()[:100] or "edited"
        claim.save(update_fields=[*changes, "edited_fields", "updated_at"])
        content_corrected(verdicts=published, by=by, reason=reason.strip())
        if "reviewed_text" in changes:
            # Other words, other matches: the wording is embedded and matched again.
            from .tasks import match_article

            Claim.objects.filter(pk=claim.pk).update(vector=None, matched_at=None)
            send_on_commit(match_article, claim.article_id)
    return claim


def verdict_take_over(*, verdict: Verdict, by, expected_version: int | None) -> Verdict:
    """Make a draft someone else wrote one's own, in the open: the history and the discussion say who took it."""
    _require(permissions.can_write_verdict(by), _("You are not allowed to write verdicts."))
    with transaction.atomic():
        claim, current = _lock_claim_and_verdict(verdict.claim_id)
        if current is None:
            raise ReviewError(_("This verdict no longer exists."))
        _check_version(current, expected_version)
        if current.status not in VERDICT_EDITABLE:
            raise ReviewError(
                _("This verdict is %(status)s: only a draft can be taken over.")
                % {"status": current.get_status_display()}
            )
        if current.author_id == by.pk:
            return current
        previous = current.author.get_username()
        current.author = by
        _save_verdict(current, by=by, action=VerdictAction.TAKEN_OVER, claim=claim)
        Claim.objects.filter(pk=claim.pk).update(assignee=by, updated_at=timezone.now())
        Comment.objects.create(
            claim=claim, author=by, text=_("Took over the draft verdict from %(user)s.") % {"user": previous}
        )
    return current


def evidence_remove(*, evidence: Evidence, by) -> None:
    """Remove evidence a person added (the person, or an editor); what the search found stays, for the record."""
    _require(permissions.can_review(by), _("You are not allowed to remove evidence."))
    if evidence.added_by_id is None:
        raise ReviewError(_("Evidence found by the search cannot be removed; leave it uncited."))
    if evidence.added_by_id != by.pk and not permissions.can_approve(by):
        raise ReviewError(
            _("Only %(user)s, who added this evidence, or an editor can remove it.")
            % {"user": evidence.added_by.get_username()}
        )
    with transaction.atomic():
        claim, _verdict = _lock_claim_and_verdict(evidence.claim_id)
        if locked_verdicts(evidence):
            raise ReviewError(_("The verdict cites this evidence and is past the draft stage: it cannot be removed."))
        url = evidence.document.url
        evidence.delete()
        Comment.objects.create(claim=claim, author=by, text=_("Removed the evidence %(url)s.") % {"url": url})


def verdict_apply_to_duplicates(*, verdict: Verdict, by) -> list[Verdict]:
    """Propose this verdict for the same claim in other articles (claims.matching groups them).

    Each copy cites copies of the same archived passages and is proposed by `by`: an editor other than `by`
    approves it, as for any verdict. Claims that already have a verdict keep theirs.
    """
    from .matching import claim_duplicates

    _require(permissions.can_write_verdict(by), _("You are not allowed to write verdicts."))
    if verdict.status not in (Verdict.Status.APPROVED, Verdict.Status.PUBLISHED):
        raise ReviewError(_("Only an approved or published verdict can be applied to the same claim elsewhere."))
    proposed = []
    for other in claim_duplicates(verdict.claim):
        if Verdict.objects.filter(claim=other).exists() or other.status == Claim.Status.NOT_CHECKABLE:
            continue
        with transaction.atomic():
            cited = []
            for item in verdict.cited_evidence.all():
                copy, _created = Evidence.objects.get_or_create(
                    claim=other,
                    document_id=item.document_id,
                    passage_start=item.passage_start,
                    passage_end=item.passage_end,
                    defaults={"passage": item.passage, "score": item.score, "stance": item.stance,
                              "comparisons": item.comparisons, "added_by": by},
                )  # fmt: skip
                cited.append(copy)
            copy = verdict_propose(
                claim=other, author=by, rating=verdict.rating, summary=verdict.summary,
                explanation=verdict.explanation, evidence=cited, expected_version=None,
            )  # fmt: skip
            comment_add(
                claim=other,
                author=by,
                text=_("Proposed from the verdict on claim #%(pk)d, the same claim in another article.")
                % {"pk": verdict.claim_id},
            )
        proposed.append(copy)
    return proposed
