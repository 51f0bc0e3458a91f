from datetime import timedelta

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .fetching import UnfetchableURL
from .forms import SourceForm
from .models import Document, Snapshot, Source
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


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
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
    list_filter = ["active", "kind", "country", "reliability", HealthFilter]
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
                self.message_user(request, f"{source}: {exc}", messages.ERROR)
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
