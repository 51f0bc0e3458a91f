"""Writes on articles and claims. Views, commands, the admin and tasks all go through here."""

import hashlib
import logging
import re
import unicodedata
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from .models import Article, Claim

log = logging.getLogger(__name__)

# An article left in a working state longer than this was lost (killed worker, lost message).
STUCK_AFTER = timedelta(minutes=15)


def claim_fingerprint(text: str) -> str:
    """The same claim worded identically in two articles gets the same fingerprint."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"\w+", folded)
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def article_create(
    *,
    text: str,
    title: str = "",
    url: str = "",
    language: str = "",
    published_at: datetime | None = None,
    submitted_by=None,
) -> Article:
    """Store an article and queue its analysis once the row is committed."""
    from .tasks import extract_article

    article = Article.objects.create(
        text=text, title=title, url=url, language=language, published_at=published_at, submitted_by=submitted_by
    )
    extract_article.delay_on_commit(article.pk)
    return article


def article_extract(*, article: Article) -> list[Claim]:
    """Run claim extraction on an article and store its claims; re-running never duplicates them."""
    from .extraction import extract

    result = extract(article.text, lang=article.language or "auto", published=article.published_at)
    kept = []
    with transaction.atomic():
        for item in result["claims"]:
            claim, _ = Claim.objects.update_or_create(
                article=article,
                start=item["start"],
                end=item["end"],
                defaults={
                    "text": item["text"],
                    "sentence_start": item["sentence_start"],
                    "sentence_end": item["sentence_end"],
                    "checkworthiness": item["checkworthiness"],
                    "kind": item["kind"],
                    "claimant": item.get("claimant") or "",
                    "facets": item["facets"],
                    "fingerprint": claim_fingerprint(item["text"]),
                    # Higher check-worthiness first in the queue until someone sets a priority.
                    "priority": round(item["checkworthiness"] * 100),
                },
            )
            kept.append(claim.pk)
        # Claims that a new extraction no longer finds go, unless someone has started on them.
        article.claims.exclude(pk__in=kept).filter(status=Claim.Status.NEW, verdict__isnull=True).delete()
        article.language = result["language"]
        article.status = Article.Status.DONE
        article.progress = 100
        article.error = ""
        article.save(update_fields=["language", "status", "progress", "error", "updated_at"])
    return list(article.claims.all())


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, error=error, updated_at=timezone.now())


def reconcile() -> int:
    """Re-enqueue articles whose analysis was lost on the way."""
    from .tasks import extract_article

    cutoff = timezone.now() - STUCK_AFTER
    stuck = Article.objects.filter(
        status__in=[Article.Status.PENDING, Article.Status.EXTRACTING], updated_at__lt=cutoff, attempts__lt=5
    ).values_list("pk", flat=True)
    count = 0
    for article_id in stuck:
        extract_article.delay(article_id)
        count += 1
    return count
