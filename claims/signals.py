"""Tie archived documents back to the claims that asked for them."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from sources.models import Document

from .models import Evidence


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
