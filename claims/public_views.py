"""What anyone can read: published verdicts, withdrawal notices, and articles with their verdicts marked."""

from dataclasses import dataclass
from itertools import pairwise

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from sources.models import Document

from . import matching
from .jsonld import absolute_url, byline, claim_review, script_tag
from .models import Article, Rating, Verdict
from .permissions import can_review

PAGE_SIZE = 20


class RatingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Rating) -> str:
        return obj.label(get_language() or "en")


class VerdictFilterForm(forms.Form):
    """The search and filters of the verdict list, shared by the HTML page and the API."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    rating = RatingChoiceField(
        label=_("Rating"), queryset=Rating.objects.all(), to_field_name="slug", required=False, empty_label=_("Any")
    )
    published_after = forms.DateField(
        label=_("Published from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    published_before = forms.DateField(
        label=_("Published until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        after, before = data.get("published_after"), data.get("published_before")
        if after and before and after > before:
            raise forms.ValidationError(_("The start date is after the end date."), code="date_range")
        return data

    def filter(self, verdicts):
        """Apply the fields that are valid; an invalid one is reported and ignored, never fatal."""
        data = getattr(self, "cleaned_data", {})
        if data.get("q"):
            verdicts = verdicts.search(data["q"].strip())
        if data.get("rating"):
            verdicts = verdicts.filter(rating=data["rating"])
        if data.get("published_after"):
            verdicts = verdicts.filter(published_at__date__gte=data["published_after"])
        if data.get("published_before"):
            verdicts = verdicts.filter(published_at__date__lte=data["published_before"])
        return verdicts


def published_verdicts():
    """Published verdicts, newest first, with what a listing shows."""
    return Verdict.objects.published().select_related("rating", "claim__article").order_by("-published_at", "-pk")


@require_safe
def verdict_list(request):
    form = VerdictFilterForm(request.GET or None)
    form.is_valid()
    page = Paginator(form.filter(published_verdicts()), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "claims/public/verdict_list.html", {"form": form, "page": page})


def withdrawal(verdict: Verdict):
    """When and why the verdict was last taken down: the first history record of its latest unpublished run."""
    found = None
    for record in verdict.history.order_by("-history_date", "-history_id").only(
        "status", "status_reason", "history_date"
    ):
        if record.status == Verdict.Status.UNPUBLISHED:
            found = record
        elif found is not None:
            break
    if found is not None:
        return {"date": found.history_date, "reason": found.status_reason}
    if verdict.status == Verdict.Status.UNPUBLISHED:
        # A row written without history (a bulk update) still has its last reason.
        return {"date": verdict.updated_at, "reason": verdict.status_reason}
    return {"date": None, "reason": ""}


@require_safe
def verdict_detail(request, slug):
    verdicts = (
        Verdict.objects.on_record()
        .select_related("rating", "claim__article", "author", "approver")
        .prefetch_related("corrections")
    )
    verdict = get_object_or_404(verdicts, slug=slug)
    if verdict.status != Verdict.Status.PUBLISHED:
        # Readers following an old link or share learn that, when and why it was withdrawn (IFCN
        # transparency); with 200 and no ClaimReview block, aggregators drop the rating on recrawl.
        context = {"verdict": verdict, "claim": verdict.claim, "withdrawal": withdrawal(verdict)}
        return render(request, "claims/public/verdict_withdrawn.html", context)
    cited = verdict.cited_evidence.select_related("document__source").order_by("-score", "pk")
    context = {
        "verdict": verdict,
        "claim": verdict.claim,
        "article": verdict.claim.article,
        "rating_label": verdict.rating.label(get_language() or "en") if verdict.rating else "",
        "cited": cited,
        "corrections": verdict.corrections.all(),
        "canonical_url": absolute_url(verdict.get_absolute_url()),
        "organisation": settings.FACTCHECK_ORGANISATION,
        "byline": byline(verdict),
        "claim_review": script_tag(claim_review(verdict)),
        "related": matching.related_verdicts(verdict),
    }
    return render(request, "claims/public/verdict_detail.html", context)


@dataclass
class Span:
    start: int
    end: int
    number: int
    verdict: Verdict


def marked_text(text: str, verdicts: list[Verdict], *, offset: int = 0, first_number: int = 1) -> SafeString:
    """The article text, escaped, with each verdict's claim in a <mark> linking to the verdict.

    Claims may overlap (a sentence and a quantity inside it): the text is cut at every span edge, each
    piece links to the narrowest claim covering it, and a numbered note follows the end of every claim.
    `text` may be an excerpt starting at `offset` in the article.
    """
    length = len(text)
    spans = []
    for number, verdict in enumerate(verdicts, start=first_number):
        start = max(0, min(verdict.claim.start - offset, length))
        end = max(0, min(verdict.claim.end - offset, length))
        if start < end:  # offsets outside the text (an edited article) mark nothing rather than garbage
            spans.append(Span(start, end, number, verdict))
    language = get_language() or "en"
    bounds = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    parts = []
    for a, b in pairwise(bounds):
        covering = sorted((s for s in spans if s.start <= a and b <= s.end), key=lambda s: s.end - s.start)
        if covering:
            labels = " / ".join(s.verdict.rating.label(language) for s in covering if s.verdict.rating)
            parts.append(
                format_html(
                    '<a class="claim-link" href="{}" title="{}"><mark class="claim{}">{}</mark></a>',
                    covering[0].verdict.get_absolute_url(),
                    labels,
                    " overlap" if len(covering) > 1 else "",
                    text[a:b],
                )
            )
        else:
            parts.append(format_html("{}", text[a:b]))
        for span in spans:
            if span.end == b:
                parts.append(
                    format_html(
                        '<sup class="note"><a href="#verdict-{}" aria-label="{}">[{}]</a></sup>',
                        span.number,
                        _("Verdict %(number)s") % {"number": span.number},
                        span.number,
                    )
                )
    return mark_safe("".join(parts))  # every part went through format_html


@dataclass
class Excerpt:
    html: SafeString
    cut_before: bool
    cut_after: bool


def excerpts(text: str, verdicts: list[Verdict]) -> list[Excerpt]:
    """Each claim in context: its sentence, the one before and the one after, with the claim marked.

    The public sees these, not the whole article: the text is someone else's work (quotation, not copy).
    Claims whose contexts touch share one excerpt; verdicts must come in the order of their claims.
    """
    from .extraction.sentences import sentence_bounds

    bounds = sentence_bounds(text)
    windows: list[list] = []
    for verdict in verdicts:
        claim = verdict.claim
        start, end = min(claim.start, claim.sentence_start), max(claim.end, claim.sentence_end)
        inside = [i for i, (a, b) in enumerate(bounds) if a < end and start < b]
        if inside:
            first, last = max(0, inside[0] - 1), min(len(bounds) - 1, inside[-1] + 1)
            start, end = min(start, bounds[first][0]), max(end, bounds[last][1])
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
            windows[-1][2].append(verdict)
        else:
            windows.append([start, end, [verdict]])
    found, number = [], 1
    for start, end, shown in windows:
        html = marked_text(text[start:end], shown, offset=start, first_number=number)
        if text[start:end].strip():  # offsets outside the text (an edited article) show nothing
            found.append(Excerpt(html, cut_before=bool(text[:start].strip()), cut_after=bool(text[end:].strip())))
        number += len(shown)
    return found


@require_safe
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    verdicts = list(
        Verdict.objects.published()
        .filter(claim__article=article)
        .select_related("claim", "rating")
        .order_by("claim__start", "claim__end", "pk")
    )
    # An article is public through its published verdicts; until then only the newsroom sees it.
    if not verdicts and not can_review(request.user):
        raise Http404
    context = {
        "article": article,
        "verdicts": verdicts,
        "excerpts": excerpts(article.text, verdicts),
        "newsroom": can_review(request.user),
    }
    return render(request, "claims/public/article_detail.html", context)


@require_safe
def verdict_source(request, slug, document_id):
    """The archived copy of a source that a published verdict cites, for readers who have no login."""
    verdict = get_object_or_404(Verdict.objects.published(), slug=slug)
    # Only documents the verdict cites: the rest of the archive stays the newsroom's.
    document = get_object_or_404(
        Document.objects.select_related("source").filter(evidence__cited_by=verdict).distinct(), pk=document_id
    )
    context = {"verdict": verdict, "document": document, "snapshot": document.snapshots.first()}
    return render(request, "claims/public/archived_copy.html", context)
