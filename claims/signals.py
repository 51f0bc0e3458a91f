"""Tie archived documents back to the claims that asked for them."""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from sources.models import Document, KnownFactCheck, Source
from sources.signals import fact_checks_imported

from .models import Evidence

SEARCH_RECENT_DELAY = 30  # seconds


@receiver(post_save, sender=Document, dispatch_uid="claims.document_ended_rank_articles")
def document_ended(sender, instance: Document, created: bool, update_fields=None, raw: bool = False, **kwargs):
    # An article's ranking waits for its leads' fetches: the one that ends last starts it.
    if raw or created or instance.status not in (Document.Status.ARCHIVED, Document.Status.REFUSED,
                                                 Document.Status.FAILED):  # fmt: skip
        return
    from .gathering import document_ended

    document_id = instance.pk
    transaction.on_commit(lambda: document_ended(document_id=document_id))


@receiver(post_save, sender=Source, dispatch_uid="claims.source_added_search_recent")
def source_saved(sender, instance: Source, created: bool, raw: bool = False, **kwargs):
    # New sources (or ones back in service) may hold evidence for this week's claims.
    if raw or not instance.active or not (created or getattr(instance, "_was_inactive", False)):
        return
    from django.core.cache import cache

    from .tasks import search_recent_articles

    # An import adds sources by the dozen: one search of the recent articles, a little later, serves them all.
    if cache.add("claims:search-recent-articles", 1, timeout=SEARCH_RECENT_DELAY * 2):
        transaction.on_commit(lambda: search_recent_articles.apply_async(countdown=SEARCH_RECENT_DELAY))


@receiver(fact_checks_imported, sender=KnownFactCheck, dispatch_uid="claims.fact_checks_imported_match_recent")
def fact_checks_imported_match_recent(sender, **kwargs):
    # This week's claims may be among what other fact-checkers just published (a poll imports them page by page).
    from django.core.cache import cache

    from .tasks import match_recent_articles

    if cache.add("claims:match-recent-articles", 1, timeout=SEARCH_RECENT_DELAY * 2):
        transaction.on_commit(lambda: match_recent_articles.apply_async(countdown=SEARCH_RECENT_DELAY))


@receiver(pre_save, sender=Source, dispatch_uid="claims.source_remember_active")
def source_remember_active(sender, instance: Source, raw: bool = False, **kwargs):
    if not raw and instance.pk:
        instance._was_inactive = Source.objects.filter(pk=instance.pk, active=False).exists()


@receiver(post_save, sender=Document, dispatch_uid="claims.document_archived_fill_evidence")
def document_archived(sender, instance: Document, created: bool, update_fields=None, raw: bool = False, **kwargs):
    # sources/ knows nothing of claims: a person's evidence URL waits, with an empty passage, for this save.
    if raw or instance.status != Document.Status.ARCHIVED:
        return
    if update_fields is not None and not {"status", "text"} & set(update_fields):
        return
    if update_fields is None or "text" in update_fields:
        # Passages a worker took from an older text (markup read again, say) no longer say what they said.
        stale = [
            evidence.pk
            for evidence in Evidence.objects.filter(document=instance, added_by__isnull=True).exclude(passage="")
            if instance.text[evidence.passage_start : evidence.passage_end] != evidence.passage
        ]
        Evidence.objects.filter(pk__in=stale).delete()
    waiting = Evidence.objects.filter(document=instance, passage="", passage_start=0, passage_end=0)
    if waiting.exists():
        from .tasks import fill_requested_evidence

        document_id = instance.pk
        transaction.on_commit(lambda: fill_requested_evidence.delay(document_id))
