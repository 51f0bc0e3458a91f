from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from factcheck.text import CleanTextFormMixin

from . import gathering, permissions, services
from .models import Article, Claim, Comment, Correction, Evidence, Lead, Rating, Verdict


def _apply(modeladmin, request, queryset, step) -> None:
    """Run one workflow service per selected row; each row's refusal is reported, the others still go through."""
    done = 0
    for obj in queryset:
        try:
            step(obj)
            done += 1
        except services.ReviewError as exc:
            modeladmin.message_user(request, f"{obj}: {exc.message}", messages.ERROR)
    if done:
        modeladmin.message_user(request, _("%(count)d item(s) updated.") % {"count": done}, messages.SUCCESS)


class CorrectionReasonForm(CleanTextFormMixin, forms.ModelForm):
    """An admin form whose changes to published content need a reason: the correction readers see."""

    correction = forms.CharField(
        label=gettext_lazy("Correction (shown publicly, dated)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=5000,
        help_text=gettext_lazy("Needed when you change what a published verdict shows: what changed and why."),
    )
    user = None  # set per request by PublishedContentAdmin.get_form
    public_fields: list[str] = []

    def clean(self):
        data = super().clean()
        changed = set(self.changed_data) & set(self.public_fields)
        if changed and self.instance.pk:
            try:
                self.published = services.content_change_allowed(
                    verdicts=services.locked_verdicts(self.instance), by=self.user, reason=data.get("correction", "")
                )
            except services.ReviewError as exc:
                raise forms.ValidationError(exc.message) from exc
        return data


class PublishedContentAdmin(admin.ModelAdmin):
    """What a verdict past the draft stage shows is read-only here but for editors; their change is a correction.

    The rule itself is services.content_change_allowed, shared with the review pages.
    """

    form = CorrectionReasonForm
    public_fields: list[str] = []

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and services.locked_verdicts(obj) and not permissions.can_approve(request.user):
            fields += [name for name in self.public_fields if name not in fields]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user, form.public_fields = request.user, self.public_fields
        return form

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        # The correction box only where an editor may change what a published verdict shows.
        published = obj is not None and any(v.status == Verdict.Status.PUBLISHED for v in services.locked_verdicts(obj))
        if not (published and permissions.can_approve(request.user)):
            fields = [name for name in fields if name != "correction"]
        return fields

    def has_delete_permission(self, request, obj=None):
        # Deleting would take content off a verdict without a trace: the verdict is sent back or unpublished first.
        return super().has_delete_permission(request, obj) and not (obj is not None and services.locked_verdicts(obj))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        published = getattr(form, "published", [])
        if published:
            services.content_corrected(verdicts=published, by=request.user, reason=form.cleaned_data["correction"])


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["text", "kind", "checkworthiness", "status", "assignee"]
    readonly_fields = ["text", "kind", "checkworthiness", "status", "assignee"]
    extra = 0
    show_change_link = True

    def has_delete_permission(self, request, obj=None):
        # Deleting a claim deletes its verdict: not while a verdict past the draft stage shows the article.
        return super().has_delete_permission(request, obj) and not (obj is not None and services.locked_verdicts(obj))


class LeadInline(admin.TabularInline):
    """The pages the sources gave for the article's claims, and how their fetch ended."""

    model = Lead
    fields = ["source", "via", "query", "document", "fetch_status", "fetch_error"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = gettext_lazy("pages the sources gave")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("fetch"))
    def fetch_status(self, lead):
        return lead.document.get_status_display()

    @admin.display(description=gettext_lazy("why it failed"))
    def fetch_error(self, lead):
        return lead.document.fetch_error


@admin.register(Article)
class ArticleAdmin(PublishedContentAdmin):
    public_fields = services.ARTICLE_PUBLIC_FIELDS
    # People paste addresses without a scheme; https is the sensible guess (and Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    list_display = ["__str__", "language", "status", "progress", "submitted_by", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "url", "text"]
    readonly_fields = ["status", "progress", "error", "attempts", "gathered_at", "ranking_at", "gather_failures",
                       "created_at", "updated_at"]  # fmt: skip
    exclude = ["gather_report", "gather_started_at"]
    inlines = [ClaimInline, LeadInline]
    date_hierarchy = "created_at"
    actions = ["search_again"]

    @admin.display(description=gettext_lazy("what failed while asking the sources"))
    def gather_failures(self, article):
        errors = (article.gather_report or {}).get("errors") or []
        return "\n".join(f"{e.get('source')}: {e.get('url')}: {e.get('reason')}" for e in errors) or "—"

    @admin.action(description=gettext_lazy("Search the sources again"), permissions=["change"])
    def search_again(self, request, queryset):
        started = 0
        for article in queryset:
            if article.status in (Article.Status.DONE, Article.Status.FAILED) and article.claims.exists():
                gathering.article_search_start(article=article)
                started += 1
            else:
                self.message_user(request, _("%(article)s: not analysed yet, or still running.") % {"article": article},
                                  messages.WARNING)  # fmt: skip
        if started:
            self.message_user(request, _("%(count)d article(s) searched again.") % {"count": started}, messages.SUCCESS)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["document", "passage", "score", "stance", "against_consensus", "added_by"]
    readonly_fields = ["added_by", "against_consensus"]
    autocomplete_fields = ["document"]
    extra = 0

    def get_readonly_fields(self, request, obj=None):
        # Past the draft stage, evidence changes on its own page, where an editor's change becomes a correction.
        if obj is not None and services.locked_verdicts(obj):
            return self.fields
        return super().get_readonly_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj is not None and services.locked_verdicts(obj))


class CommentInline(admin.TabularInline):
    # Read-only: comments are written on the review page, always under their author's name.
    model = Comment
    fields = ["author", "text", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(PublishedContentAdmin, SimpleHistoryAdmin):
    public_fields = services.CLAIM_PUBLIC_FIELDS
    list_display = ["__str__", "article", "kind", "checkworthiness", "status", "assignee", "priority", "review_link"]
    list_filter = ["status", "kind", "article__language", "evidence_status", ("assignee", admin.EmptyFieldListFilter)]
    list_select_related = ["article", "assignee"]
    search_fields = ["text", "claimant", "article__title"]
    autocomplete_fields = ["article", "assignee"]
    # The status follows the verdict and the triage actions; editing it by hand would bypass the workflow.
    readonly_fields = ["status", "fingerprint", "edited_fields", "created_at", "updated_at"]
    inlines = [EvidenceInline, CommentInline]
    actions = ["assign_to_me", "mark_not_checkable", "search_again"]

    @admin.action(description=gettext_lazy("Search the sources again"), permissions=["change"])
    def search_again(self, request, queryset):
        by_article: dict[int, list[int]] = {}
        for claim in queryset.select_related("article"):
            by_article.setdefault(claim.article_id, []).append(claim.pk)
        for article in Article.objects.filter(pk__in=by_article):
            if article.status in (Article.Status.DONE, Article.Status.FAILED):
                gathering.article_search_start(article=article, claim_ids=by_article[article.pk])
        self.message_user(request, _("The sources are asked again for the selected claims."), messages.SUCCESS)

    @admin.display(description=gettext_lazy("review"))
    def review_link(self, claim):
        return format_html('<a href="{}">{}</a>', reverse("review-claim", args=[claim.pk]), _("open"))

    @admin.action(description=gettext_lazy("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        _apply(
            self, request, queryset, lambda c: services.claim_assign(claim=c, assignee=request.user, by=request.user)
        )

    @admin.action(description=gettext_lazy("Mark not checkable"), permissions=["change"])
    def mark_not_checkable(self, request, queryset):
        _apply(self, request, queryset, lambda c: services.claim_mark_not_checkable(claim=c, by=request.user))

    def save_model(self, request, obj, form, change):
        # A new assignee goes through the service, which checks that the person can review.
        if change and "assignee" in form.changed_data:
            try:
                services.claim_assign(claim=obj, assignee=obj.assignee, by=request.user)
            except services.ReviewError as exc:
                obj.assignee = Claim.objects.get(pk=obj.pk).assignee
                self.message_user(request, exc.message, messages.ERROR)
        if change:
            # A person's correction: extracting the article again leaves these fields alone.
            edited = set(form.changed_data) & services.CLAIM_PERSON_FIELDS
            obj.edited_fields = sorted(set(obj.edited_fields or []) | edited)
        super().save_model(request, obj, form, change)

    def revert_disabled(self, request, obj=None):
        # Reverting would skip the locks above; the history is for reading.
        return True


@admin.register(Evidence)
class EvidenceAdmin(PublishedContentAdmin):
    public_fields = services.EVIDENCE_PUBLIC_FIELDS
    list_display = ["__str__", "claim", "document", "score", "stance"]
    list_filter = ["stance"]
    search_fields = ["passage", "claim__text", "document__title"]
    autocomplete_fields = ["claim", "document", "added_by"]


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["label_en", "label_fr", "value", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["label_en"]}


class CorrectionInline(admin.TabularInline):
    # Corrections are published with verdict_correct (review page, API), which checks the role and dates them.
    model = Correction
    fields = ["text", "author", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Verdict)
class VerdictAdmin(SimpleHistoryAdmin):
    """Verdicts are read-only here; the workflow moves through the actions, which call the same services.

    Writing a verdict happens on the claim's review page, which carries the version for optimistic locking
    and shows both texts on a conflict; a second editing form here would be a second, weaker copy of it.
    """

    list_display = ["__str__", "rating", "status", "author", "approver", "version", "published_at", "updated_at"]
    list_filter = ["status", "rating", "published_at", ("approver", admin.EmptyFieldListFilter)]
    list_select_related = ["rating", "author", "approver", "claim"]
    search_fields = ["summary", "explanation", "claim__text", "slug"]
    readonly_fields = [
        "claim_link",
        "slug",
        "rating",
        "summary",
        "explanation",
        "cited_evidence",
        "author",
        "approver",
        "status",
        "status_reason",
        "version",
        "published_at",
        "created_at",
        "updated_at",
    ]
    exclude = ["claim"]
    inlines = [CorrectionInline]
    actions = ["approve", "publish", "send_back", "unpublish"]

    @admin.display(description=gettext_lazy("claim"))
    def claim_link(self, verdict):
        return format_html('<a href="{}">{}</a>', reverse("review-claim", args=[verdict.claim_id]), verdict.claim)

    def has_add_permission(self, request):
        return False

    def revert_disabled(self, request, obj=None):
        # Reverting to an old version would skip the workflow rules; history is for reading here.
        return True

    # Admin list actions show no verdict text, so they pass expected_version=None: the rules still apply.
    @admin.action(description=gettext_lazy("Approve"), permissions=["approve"])
    def approve(self, request, queryset):
        _apply(
            self,
            request,
            queryset,
            lambda v: services.verdict_approve(verdict=v, by=request.user, expected_version=None),
        )

    @admin.action(description=gettext_lazy("Publish"), permissions=["approve"])
    def publish(self, request, queryset):
        _apply(
            self,
            request,
            queryset,
            lambda v: services.verdict_publish(verdict=v, by=request.user, expected_version=None),
        )

    @admin.action(description=gettext_lazy("Send back to the author…"), permissions=["approve"])
    def send_back(self, request, queryset):
        return self._with_reason(request, queryset, "send_back", services.verdict_send_back)

    @admin.action(description=gettext_lazy("Unpublish…"), permissions=["approve"])
    def unpublish(self, request, queryset):
        return self._with_reason(request, queryset, "unpublish", services.verdict_unpublish)

    def _with_reason(self, request, queryset, action: str, service):
        reason = request.POST.get("reason", "").strip()
        if request.POST.get("confirm") and reason:
            _apply(
                self,
                request,
                queryset,
                lambda v: service(verdict=v, by=request.user, reason=reason, expected_version=None),
            )
            return None
        return TemplateResponse(
            request,
            "admin/claims/verdict/reason.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "queryset": queryset,
                "action": action,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "missing": bool(request.POST.get("confirm")),
                "title": _("Give a reason"),
            },
        )

    def has_approve_permission(self, request):
        return request.user.has_perm("claims.approve_verdict")
