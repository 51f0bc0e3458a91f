"""The review workflow pages: article submission, the queue, and the claim review page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from sources.models import Document

from . import gathering, matching, permissions, services
from .display import article_segments, claim_context, claim_edits, comparison_rows, facet_rows, verdict_history
from .forms import (
    ArticleSubmitForm,
    BulkForm,
    ClaimEditForm,
    CommentForm,
    CorrectionForm,
    EvidenceUrlForm,
    FacetFormSet,
    QueueFilterForm,
    ReasonForm,
    VerdictForm,
    facet_initial,
    facets_from_formset,
    reviewers,
)
from .models import Article, Claim, ClaimMatch, Evidence, Verdict
from .permissions import reviewer_required

QUEUE_PAGE_SIZE = 50


@require_safe
def home(request):
    # The public reads verdicts; the newsroom starts its day at the queue.
    return redirect("review-queue" if permissions.can_review(request.user) else "verdict-list")


def _back(request, default: str) -> str:
    """Where a form posted from a filtered list returns to; only ever a local path."""
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        return target
    return default


@require_safe
@reviewer_required
def review_queue(request):
    people = list(reviewers())
    form = QueueFilterForm(request.GET or None, people=people)
    evidence_count = (
        Evidence.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    claims = form.filter(
        # An article's text can be hundreds of kilobytes: the queue shows only its title.
        Claim.objects.select_related("article", "assignee")
        .defer("article__text")
        .annotate(
            evidence_count=Subquery(evidence_count, output_field=IntegerField()),
            previously_checked=Exists(ClaimMatch.objects.filter(claim=OuterRef("pk"), score__gte=matching.SAME_CLAIM)),
        ),
        request.user,
    )
    # Paginate the ids, then read the page's claims with their joins: OFFSET then skips index entries only,
    # not joined rows with their evidence count (page 500 of 100,000 claims: 0.3 s down to 0.05 s).
    page = Paginator(claims.values_list("pk", flat=True), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(claims.filter(pk__in=page.object_list))
    # COUNT(*), not COUNT(id): PostgreSQL then counts from the status index alone, without reading the claims.
    counts = dict(Claim.objects.order_by().values_list("status").annotate(n=Count("*")))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/review/queue.html",
        {
            "form": form,
            "page": page,
            "status_counts": [(value, label, counts.get(value, 0)) for value, label in Claim.Status.choices],
            "bulk_form": BulkForm(),
            "query": query.urlencode(),
            "people": people,
            "failed_count": Article.objects.filter(status=Article.Status.FAILED).count(),
        },
    )


@require_safe
@reviewer_required
def review_failed(request):
    """The queue's "Failed" tab: articles whose analysis failed, with the reason, to try again."""
    failed = (
        Article.objects.filter(status=Article.Status.FAILED)
        .defer("text")
        .select_related("submitted_by")
        .order_by("-updated_at", "-pk")
    )
    page = Paginator(failed, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    counts = dict(Claim.objects.order_by().values_list("status").annotate(n=Count("*")))
    return render(
        request,
        "claims/review/failed.html",
        {
            "page": page,
            "status_counts": [(value, label, counts.get(value, 0)) for value, label in Claim.Status.choices],
            "failed_count": page.paginator.count,
            "can_retry": permissions.can_submit_article(request.user),
        },
    )


@require_POST
@reviewer_required
def article_retry(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    try:
        if services.article_retry(article=article, by=request.user):
            messages.success(request, _("The analysis of “%(title)s” starts again.") % {"title": article})
        else:
            messages.info(request, _("This article is no longer failed: nothing to try again."))
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(_back(request, reverse("review-failed")))


@require_POST
@reviewer_required
def review_bulk(request):
    data = request.POST.copy()
    if data.get("assign_one"):  # the "assign to me" button of one row
        data.setlist("claims", [data["assign_one"]])
        data["action"] = "assign_me"
    form = BulkForm(data)
    back = _back(request, reverse("review-queue"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    action, user = form.cleaned_data["action"], request.user
    done, refused = 0, []
    for claim in form.cleaned_data["claims"]:
        try:
            if action == "assign_me":
                services.claim_assign(claim=claim, assignee=user, by=user)
            elif action == "assign":
                services.claim_assign(claim=claim, assignee=form.cleaned_data["assignee"], by=user)
            elif action == "unassign":
                services.claim_assign(claim=claim, assignee=None, by=user)
            else:
                services.claim_mark_not_checkable(claim=claim, by=user, reason=form.cleaned_data["reason"])
            done += 1
        except services.ReviewError as exc:
            refused.append(exc.message)
    if done:
        messages.success(request, _("%(count)d claim(s) updated.") % {"count": done})
    for message in refused:
        messages.error(request, message)
    return redirect(back)


@require_http_methods(["GET", "HEAD", "POST"])
@reviewer_required
def article_submit(request):
    if not permissions.can_submit_article(request.user):
        raise PermissionDenied
    form = ArticleSubmitForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        article = services.article_create(
            text=form.article_text(),
            title=form.article_title(),
            author=form.article_author(),
            url=form.cleaned_data["url"],
            published_at=form.published_at(),
            submitted_by=request.user,
        )
        return redirect("review-article", article.pk)
    return render(request, "claims/review/article_submit.html", {"form": form}, status=400 if form.errors else 200)


ARTICLE_WORKING = {Article.Status.PENDING, Article.Status.EXTRACTING, "fetching", Article.Status.SEARCHING}


@require_safe
@reviewer_required
def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("submitted_by"), pk=pk)
    working = article.status in ARTICLE_WORKING
    if request.htmx and request.GET.get("poll"):
        shown = request.GET.get("shown") == "1"
        context = {"article": article, "working": working, "progress": gathering.progress(article), "shown": shown}
        response = render(request, "claims/partials/article_status.html", context)
        # Reload the whole page once the claims are in (the evidence search then goes on, counted live here),
        # and once more when it is over, to show the evidence found.
        if not working or (not shown and context["progress"]["claims"]):
            response["HX-Refresh"] = "true"
        return response
    claims = list(article.claims.order_by("start"))
    return render(
        request,
        "claims/review/article.html",
        {
            "article": article,
            "working": working,
            "progress": gathering.progress(article),
            "shown": bool(claims),
            "claims": [(claim, facet_rows(claim.facets)) for claim in claims],
            "segments": article_segments(article.text, claims),
        },
    )


@reviewer_required
@require_POST
def article_search_again(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    if article.status in ARTICLE_WORKING:
        messages.info(request, _("The analysis of this article is still running."))
    else:
        gathering.article_search_start(article=article)
        messages.success(request, _("The sources are asked again for every claim of this article."))
    return redirect("review-article", article.pk)


@reviewer_required
@require_POST
def claim_search_again(request, pk: int):
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
    if claim.article.status in ARTICLE_WORKING:
        messages.info(request, _("The analysis of this article is still running."))
    else:
        gathering.article_search_start(article=claim.article, claim_ids=[claim.pk])
        messages.success(request, _("The sources are asked again for this claim; its evidence follows shortly."))
    return redirect(reverse("review-claim", args=[claim.pk]) + "#evidence")


def _claim_page(
    request, claim: Claim, *, verdict_form=None, conflict=None, claim_form=None, facet_formset=None, status: int = 200
):
    verdict = getattr(claim, "verdict", None)
    if claim_form is None:
        claim_form = ClaimEditForm(initial={"reviewed_text": claim.reviewed_text, "claimant": claim.claimant})
        facet_formset = FacetFormSet(initial=facet_initial(claim.facets), prefix="facet")
    locked = services.locked_verdicts(claim)
    evidence = list(claim.evidence.select_related("document__source"))
    if verdict_form is None:
        initial = {"version": verdict.version if verdict else 0}
        if verdict:
            initial |= {
                "rating": verdict.rating_id,
                "summary": verdict.summary,
                "explanation": verdict.explanation,
                "evidence": [e.pk for e in verdict.cited_evidence.all()],
            }
        verdict_form = VerdictForm(initial=initial, claim=claim)
    user = request.user
    language = get_language() or "en"
    yours = verdict_form.cleaned_data.get("rating") if conflict and hasattr(verdict_form, "cleaned_data") else None
    return render(
        request,
        "claims/review/claim.html",
        {
            "claim": claim,
            "context": claim_context(claim),
            "facets": facet_rows(claim.facets),
            "evidence": [(item, comparison_rows(item.comparisons)) for item in evidence],
            "comments": claim.comments.select_related("author"),
            "verdict": verdict,
            "history": verdict_history(verdict) if verdict else [],
            "corrections": verdict.corrections.select_related("author") if verdict else [],
            "verdict_form": verdict_form,
            "verdict_editable": claim.status != Claim.Status.NOT_CHECKABLE
            and (verdict is None or verdict.status in services.VERDICT_EDITABLE),
            "conflict": conflict,
            "conflict_theirs_rating": conflict.current.rating.label(language)
            if conflict and conflict.current.rating
            else "",
            "conflict_yours_rating": yours.label(language) if yours else "",
            "rating_label": verdict.rating.label(language) if verdict and verdict.rating else "",
            "cited": verdict.cited_evidence.select_related("document") if verdict else [],
            "cites_archived": bool(verdict)
            and verdict.cited_evidence.filter(document__status=Document.Status.ARCHIVED).exists(),
            "comment_form": CommentForm(),
            "evidence_form": EvidenceUrlForm(),
            "reason_form": ReasonForm(),
            "correction_form": CorrectionForm(),
            "can_write": permissions.can_write_verdict(user),
            "claim_form": claim_form,
            "claim_edits": claim_edits(claim),
            "facet_formset": facet_formset,
            # Past the draft stage only an editor corrects the claim; once published, with a public reason.
            "can_edit_claim": permissions.can_review(user) and (not locked or permissions.can_approve(user)),
            "claim_locked": bool(locked),
            "claim_published": any(v.status == Verdict.Status.PUBLISHED for v in locked),
            "draft_owner": verdict.author
            if verdict and verdict.status in services.VERDICT_EDITABLE and verdict.author_id
            else None,
            "can_approve": permissions.can_approve(user),
            "can_comment": permissions.can_comment(user),
            "previous_checks": matching.previous_checks(claim, language),
            "same_claim_threshold": matching.SAME_CLAIM,
            "duplicates": matching.claim_duplicates(claim),
        },
        status=status,
    )


def _get_claim(pk: int) -> Claim:
    related = ["article", "assignee", "verdict__rating", "verdict__author", "verdict__approver"]
    return get_object_or_404(Claim.objects.select_related(*related), pk=pk)


@require_safe
@reviewer_required
def claim_review(request, pk: int):
    return _claim_page(request, _get_claim(pk))


@require_POST
@reviewer_required
def claim_triage(request, pk: int, action: str):
    """Start review, mark not checkable, reopen."""
    claim = get_object_or_404(Claim, pk=pk)
    try:
        if action == "start":
            services.claim_start_review(claim=claim, by=request.user)
        elif action == "not-checkable":
            services.claim_mark_not_checkable(claim=claim, by=request.user, reason=request.POST.get("reason", ""))
        else:
            services.claim_reopen(claim=claim, by=request.user)
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect("review-claim", pk)


@require_POST
@reviewer_required
def claim_comment(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    form = CommentForm(request.POST)
    try:
        if not form.is_valid():
            raise services.ReviewError(" ".join(form.errors.get("text", [])))
        services.comment_add(claim=claim, author=request.user, text=form.cleaned_data["text"])
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(reverse("review-claim", args=[pk]) + "#discussion")


@require_POST
@reviewer_required
def claim_evidence_add(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    form = EvidenceUrlForm(request.POST)
    try:
        if not form.is_valid():
            raise services.ReviewError(" ".join(form.errors.get("url", [])))
        services.evidence_request(claim=claim, url=form.cleaned_data["url"], by=request.user)
        messages.success(request, _("The page is being fetched; it appears in the evidence list once archived."))
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(reverse("review-claim", args=[pk]) + "#evidence")


@require_POST
@reviewer_required
def claim_edit(request, pk: int):
    """The claim as reviewed, its claimant and its facets, corrected by a person."""
    claim = _get_claim(pk)
    form = ClaimEditForm(request.POST)
    facets = FacetFormSet(request.POST, initial=facet_initial(claim.facets), prefix="facet")
    if not (form.is_valid() and facets.is_valid()):
        return _claim_page(request, claim, claim_form=form, facet_formset=facets, status=400)
    try:
        services.claim_edit(
            claim=claim,
            by=request.user,
            reviewed_text=form.cleaned_data["reviewed_text"],
            claimant=form.cleaned_data["claimant"],
            facets=facets_from_formset(facets, claim.facets),
            reason=form.cleaned_data["reason"],
        )
    except services.ReviewError as exc:
        form.add_error(None, exc.message)
        return _claim_page(request, _get_claim(pk), claim_form=form, facet_formset=facets, status=400)
    messages.success(request, _("Claim saved."))
    return redirect("review-claim", pk)


@require_POST
@reviewer_required
def claim_evidence_remove(request, pk: int, evidence_id: int):
    evidence = get_object_or_404(Evidence.objects.select_related("document", "added_by"), pk=evidence_id, claim_id=pk)
    try:
        services.evidence_remove(evidence=evidence, by=request.user)
        messages.success(request, _("Evidence removed."))
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(reverse("review-claim", args=[pk]) + "#evidence")


@require_POST
@reviewer_required
def verdict_apply_to_duplicates(request, pk: int):
    """Propose this claim's verdict for the same claim in the other articles that made it."""
    claim = _get_claim(pk)
    verdict = getattr(claim, "verdict", None)
    try:
        if verdict is None:
            raise services.ReviewError(_("This claim has no verdict to apply."))
        proposed = services.verdict_apply_to_duplicates(verdict=verdict, by=request.user)
    except services.ReviewError as exc:
        messages.error(request, exc.message)
    else:
        if proposed:
            messages.success(
                request,
                ngettext(
                    "Verdict proposed for %(count)d other claim: an editor approves it.",
                    "Verdict proposed for %(count)d other claims: an editor approves them.",
                    len(proposed),
                )
                % {"count": len(proposed)},
            )
        else:
            messages.info(request, _("Every other claim of this group already has a verdict."))
    return redirect(reverse("review-claim", args=[pk]) + "#duplicates")


@require_POST
@reviewer_required
def verdict_save(request, pk: int):
    """Save the verdict form as a draft or propose it, refusing to overwrite a newer version."""
    claim = _get_claim(pk)
    form = VerdictForm(request.POST, claim=claim)
    if not form.is_valid():
        return _claim_page(request, claim, verdict_form=form, status=400)
    data = form.cleaned_data
    write = services.verdict_propose if "propose" in request.POST else services.verdict_save_draft
    try:
        write(
            claim=claim,
            author=request.user,
            rating=data["rating"],
            summary=data["summary"],
            explanation=data["explanation"],
            evidence=data["evidence"],
            expected_version=data["version"] or None,
        )
    except services.VersionConflict as exc:
        # Keep their text in the form, now based on the saved version, so a second save is a deliberate merge.
        data = request.POST.copy()
        data["version"] = exc.current.version
        form = VerdictForm(data, claim=claim)
        form.is_valid()
        return _claim_page(request, _get_claim(pk), verdict_form=form, conflict=exc, status=409)
    except services.ReviewError as exc:
        form.add_error(None, exc.message)
        return _claim_page(request, claim, verdict_form=form, status=400)
    messages.success(request, _("Verdict proposed.") if "propose" in request.POST else _("Draft saved."))
    return redirect("review-claim", pk)


@require_POST
@reviewer_required
def verdict_transition(request, pk: int, action: str):
    """The editor's buttons: approve, send back, publish, unpublish, correct."""
    verdict = get_object_or_404(Verdict, claim_id=pk)
    post = request.POST
    version = post.get("version", "").strip()
    if not version.isdigit():
        # Never applied blind: the version says which text the editor saw. A bad form, not a conflict.
        error = _("This field is required.") if not version else _("Enter a whole number.")
        messages.error(request, _("Version: %(error)s Reload the page and try again.") % {"error": error})
        return _claim_page(request, _get_claim(pk), status=400)
    expected = int(version)
    user = request.user
    try:
        if action == "approve":
            services.verdict_approve(verdict=verdict, by=user, expected_version=expected)
        elif action == "send-back":
            services.verdict_send_back(
                verdict=verdict, by=user, reason=post.get("reason", ""), expected_version=expected
            )
        elif action == "publish":
            services.verdict_publish(
                verdict=verdict,
                by=user,
                expected_version=expected,
                no_source_reason=post.get("no_source_reason", ""),
            )
        elif action == "take-over":
            services.verdict_take_over(verdict=verdict, by=user, expected_version=expected)
        elif action == "unpublish":
            services.verdict_unpublish(
                verdict=verdict, by=user, reason=post.get("reason", ""), expected_version=expected
            )
        else:
            services.verdict_correct(
                verdict=verdict,
                by=user,
                text=post.get("text", ""),
                explanation=post.get("explanation") or None,
                expected_version=expected,
            )
    except services.ReviewError as exc:
        messages.error(request, exc.message)
        return redirect("review-claim", pk)
    messages.success(request, _("Done: the verdict is now %(status)s.") % {"status": _status_label(verdict.pk)})
    return redirect("review-claim", pk)


def _status_label(verdict_id: int) -> str:
    return Verdict.objects.get(pk=verdict_id).get_status_display()
