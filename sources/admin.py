from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import Document, Snapshot, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "country",
        "reliability",
        "active",
        "last_success_at",
        "last_error_at",
        "document_count",
    ]
    list_filter = ["active", "kind", "country", "reliability"]
    search_fields = ["name", "homepage", "domains"]
    readonly_fields = [
        "last_polled_at",
        "last_fetched_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["name", "homepage", "domains", "kind", "country", "languages", "active"]}),
        (_("Reliability"), {"fields": ["reliability", "reliability_note"]}),
        (_("Discovery"), {"fields": ["feeds", "sitemap", "search_url", "crawl_delay", "poll_interval"]}),
        (
            _("Health"),
            {"fields": ["last_polled_at", "last_fetched_at", "last_success_at", "last_error", "last_error_at"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(document_count=Count("documents"))

    @admin.display(description=_("documents"), ordering="document_count")
    def document_count(self, obj):
        return obj.document_count


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
    list_display = ["__str__", "source", "status", "language", "published_at", "fetched_at"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url", "canonical_url"]
    autocomplete_fields = ["source"]
    readonly_fields = [
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
