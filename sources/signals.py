"""Keep the passage index in step with the archive.

A signal rather than a call in each writer: the fetcher, the admin, fixtures and tests all save a
document's text, and every one of them must leave searchable passages behind. Writes that bypass
save() (queryset.update) are caught up by services.passages_reconcile.
"""

from django.db.models.signals import post_save
from django.dispatch import Signal, receiver

from .models import Document

# Sent (sender=KnownFactCheck, created=N, updated=M) after an import created or changed known fact-checks. The
# import writes in bulk, so post_save never fires; claims/ listens to match its recent claims again.
fact_checks_imported = Signal()


@receiver(post_save, sender=Document, dispatch_uid="sources.document_index_passages")
def document_saved(sender, instance: Document, created: bool, update_fields=None, raw: bool = False, **kwargs):
    if raw or instance.status != Document.Status.ARCHIVED:
        return
    if update_fields is not None and "text" not in update_fields:
        return
    from .services import document_index_passages

    document_index_passages(document=instance)
