import json
import secrets
from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, models
from django.db.models import Count, F, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .fetching import UnfetchableURL
from .forms import SourceForm
from .importing import MAX_FILE_BYTES, ImportFileError, decode, sources_import_text
from .models import Document, KnownFactCheck, Snapshot, Source
from .services import source_activate, source_deactivate, source_fetch_now, source_poll_request


class HealthFilter(admin.SimpleListFilter):
    title = _("health")
    parameter_name = "health"

    def lookups(self, request, model_admin):
        return [
            ("failing", _("Last attempt failed")),
            ("stale", _("No success for 2 days")),
            ("never", _("Never fetched")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "failing":
            return queryset.filter(last_error_at__isnull=False).filter(
                Q(last_success_at__isnull=True) | Q(last_error_at__gt=F("last_success_at"))
            )
        if self.value() == "stale":
            return queryset.filter(
                Q(last_success_at__lt=timezone.now() - timedelta(days=2)) | Q(last_success_at__isnull=True)
            )
        if self.value() == "never":
            return queryset.filter(last_success_at__isnull=True, last_error_at__isnull=True)
        return queryset


class DuplicateSiteFilter(admin.SimpleListFilter):
    """Sources registered before "one site, one source" that share a site: kept, for a person to merge."""

    title = _("duplicates")
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("yes", _("Same site as another source"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(site_key__in=duplicate_sites())
        return queryset


def duplicate_sites():
    return Source.objects.values("site_key").annotate(count=Count("id")).filter(count__gt=1).values("site_key")


class SourceImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"), help_text=_("A .csv or .json file in UTF-8, at most 20 MB."), allow_empty_file=False
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("From the file name")), ("csv", "CSV"), ("json", "JSON")],
        required=False,
    )


IMPORT_KEEP_SECONDS = 3600  # an uploaded file waits this long for its confirmation


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    change_list_template = "admin/sources/source/change_list.html"
    list_display = [
        "name",
        "kind",
        "country",
        "reliability",
        "active",
        "last_success_at",
        "last_error_at",
        "short_error",
        "documents_archived",
    ]
    list_filter = ["active", "kind", "country", "reliability", HealthFilter, DuplicateSiteFilter]
    search_fields = ["name", "homepage", "domains"]
    readonly_fields = [
        "last_polled_at",
        "last_fetched_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "documents_archived",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["name", "homepage", "domains", "kind", "country", "languages", "active"]}),
        (_("Reliability"), {"fields": ["reliability", "reliability_note"]}),
        (_("Discovery"), {"fields": ["feeds", "sitemap", "search_url", "crawl_delay", "poll_interval"]}),
        (
            _("Health"),
            {
                "fields": [
                    "last_polled_at",
                    "last_fetched_at",
                    "last_success_at",
                    "last_error",
                    "last_error_at",
                    "documents_archived",
                ]
            },
        ),
    ]
    actions = ["fetch_now", "poll_now", "deactivate", "activate"]

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="sources_source_import"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        duplicates = duplicate_sites().count()
        if duplicates and request.method == "GET":
            self.message_user(
                request,
                ngettext(
                    "%(count)d site is registered as more than one source; filter “Same site as another source” "
                    "lists them (nothing was merged).",
                    "%(count)d sites are registered as more than one source; filter “Same site as another source” "
                    "lists them (nothing was merged).",
                    duplicates,
                )
                % {"count": duplicates},
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    def import_view(self, request):
        """Upload a CSV or JSON file, see what it would do row by row, then confirm (the import_sources command)."""
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "title": _("Import sources")}
        form = SourceImportForm()
        if request.method == "POST" and request.POST.get("token"):
            return self._import_confirm(request)
        if request.method == "POST":
            form = SourceImportForm(request.POST, request.FILES)
            if form.is_valid():
                upload = form.cleaned_data["file"]
                format = form.cleaned_data["format"] or upload.name.rsplit(".", 1)[-1].lower()
                try:
                    if upload.size > MAX_FILE_BYTES:
                        raise ImportFileError(_("The file is larger than 20 MB."))
                    text = decode(upload.read(), name=upload.name)
                    result = sources_import_text(text=text, format=format, dry_run=True)
                except ImportFileError as exc:
                    form.add_error("file", str(exc))
                else:
                    token = secrets.token_urlsafe(16)
                    cache.set(self._import_key(request, token), {"text": text, "format": format}, IMPORT_KEEP_SECONDS)
                    context.update(result=result, token=token, filename=upload.name, **self._preview(result))
        context["form"] = form
        return TemplateResponse(request, "admin/sources/source/import.html", context)

    def _import_confirm(self, request):
        key = self._import_key(request, request.POST["token"])
        kept = cache.get(key)
        if not kept:
            self.message_user(request, _("The uploaded file is no longer kept; upload it again."), messages.ERROR)
            return redirect("admin:sources_source_import")
        try:
            result = sources_import_text(text=kept["text"], format=kept["format"])
        except (ImportFileError, DatabaseError) as exc:
            self.message_user(request, _("Nothing was imported: %(reason)s") % {"reason": exc}, messages.ERROR)
            return redirect("admin:sources_source_import")
        cache.delete(key)
        self.message_user(
            request,
            _("Import done: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(errors)d errors.")
            % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged,
               "errors": len(result.errors)},
            messages.WARNING if result.errors else messages.SUCCESS,
        )  # fmt: skip
        for error in result.errors[:20]:
            self.message_user(request, str(error), messages.ERROR)
        return redirect("admin:sources_source_changelist")

    @staticmethod
    def _import_key(request, token: str) -> str:
        return f"sources:import:{request.user.pk}:{token}"

    @staticmethod
    def _preview(result) -> dict:
        shown = 1000  # rows beyond are counted, not listed: a page of 10,000 rows helps no one
        errors = [row for row in result.rows if row.action == "error"]
        others = [row for row in result.rows if row.action != "error"]
        return {"error_rows": errors, "other_rows": others[:shown], "hidden_rows": max(0, len(others) - shown)}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(archived_count=Count("documents", filter=Q(documents__status=Document.Status.ARCHIVED)))
        )

    @admin.display(description=_("documents archived"), ordering="archived_count")
    def documents_archived(self, obj):
        return getattr(obj, "archived_count", None) if obj.pk else 0

    @admin.display(description=_("last error"))
    def short_error(self, obj):
        if not obj.last_error:
            return ""
        return Truncator(obj.last_error).chars(80)

    @admin.action(description=_("Fetch the homepage now"), permissions=["change"])
    def fetch_now(self, request, queryset):
        count = 0
        for source in queryset.filter(active=True):
            try:
                source_fetch_now(source=source)
                count += 1
            except UnfetchableURL as exc:
                self.message_user(
                    request, _("%(source)s: %(reason)s") % {"source": source, "reason": exc}, messages.ERROR
                )
        self.report(request, queryset, count, _("%(count)d homepage(s) queued for fetching."))

    @admin.action(description=_("Poll feeds and sitemap now"), permissions=["change"])
    def poll_now(self, request, queryset):
        count = 0
        for source in queryset.filter(active=True):
            if source.feeds or source.sitemap:
                source_poll_request(source=source)
                count += 1
            else:
                self.message_user(
                    request, _("%(source)s has no feed or sitemap.") % {"source": source}, messages.WARNING
                )
        self.report(request, queryset, count, _("%(count)d source(s) queued for polling."))

    @admin.action(description=_("Deactivate"), permissions=["change"])
    def deactivate(self, request, queryset):
        for source in queryset:
            source_deactivate(source=source)
        self.message_user(request, _("%(count)d source(s) deactivated.") % {"count": len(queryset)})

    @admin.action(description=_("Activate"), permissions=["change"])
    def activate(self, request, queryset):
        for source in queryset:
            source_activate(source=source)
        self.message_user(request, _("%(count)d source(s) activated.") % {"count": len(queryset)})

    def report(self, request, queryset, count, message):
        inactive = queryset.filter(active=False).count()
        self.message_user(request, message % {"count": count})
        if inactive:
            self.message_user(
                request, _("%(count)d inactive source(s) skipped.") % {"count": inactive}, messages.WARNING
            )


class SnapshotInline(admin.TabularInline):
    model = Snapshot
    fields = ["fetched_at", "sha256", "size", "content_type", "http_status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    # People paste addresses without a scheme; https is the sensible guess (and Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    list_display = ["__str__", "source", "status", "language", "published_at", "fetched_at", "archive_link"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url", "canonical_url"]
    autocomplete_fields = ["source"]
    readonly_fields = [
        "archive_link",
        "http_status",
        "content_type",
        "etag",
        "last_modified",
        "fetched_at",
        "fetch_error",
        "attempts",
        "created_at",
        "updated_at",
    ]
    inlines = [SnapshotInline]
    date_hierarchy = "created_at"

    @admin.display(description=_("archived text"))
    def archive_link(self, obj):
        # The archive page shows the extracted text escaped; fetched HTML is never rendered.
        if not obj.pk:
            return "—"
        return format_html('<a href="{}">{}</a>', reverse("sources:document-detail", args=[obj.pk]), _("Open"))


@admin.register(KnownFactCheck)
class KnownFactCheckAdmin(admin.ModelAdmin):
    """Fact-checks published elsewhere, as imported from their ClaimReview markup (import_claimreviews, polling)."""

    # People paste addresses without a scheme; https is the sensible guess (and Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    list_display = ["claim_short", "rating_text", "truth", "author_name", "language", "date_published", "link"]
    list_filter = ["author_name", "truth", "language", "date_published"]
    search_fields = ["claim_reviewed", "author_name", "url", "claimant"]
    date_hierarchy = "date_published"
    autocomplete_fields = ["source", "document"]
    exclude = ["raw"]
    readonly_fields = ["link", "raw_markup", "created_at", "updated_at"]

    @admin.display(description=_("claim reviewed"), ordering="claim_reviewed")
    def claim_short(self, obj):
        return Truncator(obj.claim_reviewed).chars(120)

    @admin.display(description=_("link"))
    def link(self, obj):
        # The url is an http(s) address (the import normalizes it); it opens the publisher's page, not ours.
        if not obj.url:
            return "—"
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', obj.url, _("Open"))

    @admin.display(description=_("ClaimReview as found"))
    def raw_markup(self, obj):
        return format_html("<pre>{}</pre>", json.dumps(obj.raw, ensure_ascii=False, indent=2))
