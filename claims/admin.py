from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Article, Claim, Comment, Correction, Evidence, Rating, Verdict


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["text", "kind", "checkworthiness", "status", "assignee"]
    readonly_fields = ["text", "kind", "checkworthiness"]
    extra = 0
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "language", "status", "progress", "submitted_by", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "url", "text"]
    readonly_fields = ["status", "progress", "error", "attempts", "created_at", "updated_at"]
    inlines = [ClaimInline]
    date_hierarchy = "created_at"


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["document", "passage", "score", "stance", "added_by"]
    readonly_fields = ["added_by"]
    autocomplete_fields = ["document"]
    extra = 0


class CommentInline(admin.TabularInline):
    model = Comment
    fields = ["author", "text", "created_at"]
    readonly_fields = ["created_at"]
    extra = 0


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "kind", "checkworthiness", "status", "assignee", "priority"]
    list_filter = ["status", "kind", "article__language", "evidence_status"]
    search_fields = ["text", "claimant", "article__title"]
    autocomplete_fields = ["article", "assignee"]
    readonly_fields = ["fingerprint", "created_at", "updated_at"]
    inlines = [EvidenceInline, CommentInline]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
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
    model = Correction
    fields = ["text", "author", "created_at"]
    readonly_fields = ["created_at"]
    extra = 0


@admin.register(Verdict)
class VerdictAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "rating", "status", "author", "approver", "published_at", "updated_at"]
    list_filter = ["status", "rating"]
    search_fields = ["summary", "explanation", "claim__text", "slug"]
    autocomplete_fields = ["claim", "author", "approver"]
    filter_horizontal = ["cited_evidence"]
    readonly_fields = ["version", "published_at", "created_at", "updated_at"]
    inlines = [CorrectionInline]
