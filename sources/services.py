"""Writes on sources and the archive. Views, commands, the admin and tasks all go through here."""

import hashlib
import logging
import zlib
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from . import fetching, sites
from .models import Document, Snapshot, Source, SourceDomain

log = logging.getLogger(__name__)

# A document left pending or fetching longer than this was lost (killed worker, lost message): longer than the fetch
# task's hard time limit (FETCH_TASK_TIME_LIMIT, 150 s), which no live fetch outlives, so a running fetch is never
# taken over, and short enough that the reconciler (every minute) recovers a lost one within minutes.
STUCK_AFTER = timedelta(minutes=3)
# After this many claims without a result, the document is a poison pill: give up on it.
MAX_ATTEMPTS = 5
RECONCILE_BATCH = 1000


def source_for_url(url: str) -> Source | None:
    """The registered source a URL belongs to: its host or a parent domain in domains or the homepage,
    reached on the homepage's scheme and port (sites.same_origin). The longest matching name wins."""
    scheme, host, port = sites.origin_of(url)
    candidates = sites.host_suffixes(host)
    if scheme not in sites.DEFAULT_PORTS or not candidates:
        return None
    # One indexed lookup of the host and its parent domains, whatever the size of the registry.
    rows = SourceDomain.objects.filter(host__in=candidates).values_list("source_id", "host", "scheme", "port")
    matches = [
        (-len(name), source_id)
        for source_id, name, row_scheme, row_port in rows
        if sites.same_origin(scheme, port, row_scheme, row_port)
    ]
    if not matches:
        return None
    best = min(length for length, _ in matches)
    # Two sources claiming the same name: the first by name, as the admin lists them.
    return Source.objects.filter(pk__in=[source_id for length, source_id in matches if length == best]).first()


def _document_get_or_create(url: str, source: Source | None) -> tuple[Document, bool]:
    normalized = fetching.normalize_url(url)
    document = Document.objects.filter(Q(canonical_url=normalized) | Q(url=normalized)).order_by("pk").first()
    created = False
    if document is None:
        source = source or source_for_url(normalized)
        try:
            with transaction.atomic():
                document = Document.objects.create(url=normalized, canonical_url=normalized, source=source)
                created = True
        except IntegrityError:  # another request created it a moment ago
            document = Document.objects.get(canonical_url=normalized)
    if document.source_id is None and (source := source or source_for_url(normalized)) is not None:
        Document.objects.filter(pk=document.pk, source__isnull=True).update(source=source)
        document.source = source
    return document, created


def document_request(*, url: str, source: Source | None = None) -> Document:
    """The document for a URL, queued for fetching unless it is archived or already on its way.

    Raises fetching.UnfetchableURL (a ValueError) for a URL we never fetch (not http/https, …).
    """
    from .tasks import fetch_document

    document, created = _document_get_or_create(url, source)
    queue = created
    if document.status in (Document.Status.REFUSED, Document.Status.FAILED):
        # Asked again: try again (robots.txt or the site may have changed).
        queue = bool(
            Document.objects.filter(pk=document.pk, status=document.status).update(
                status=Document.Status.PENDING, updated_at=timezone.now()
            )
        )
        document.status = Document.Status.PENDING
    if queue:
        fetch_document.delay_on_commit(document.pk)
    return document


def fetch_url_now(url: str) -> Document:
    """Fetch and archive one URL now, in this process (the fetch command, article-from-URL ingestion)."""
    document, _ = _document_get_or_create(url, None)
    Document.objects.filter(pk=document.pk).update(
        status=Document.Status.FETCHING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    document.refresh_from_db()
    return document_fetch(document=document)


def document_fetch(*, document: Document, max_wait: float | None = None) -> Document:
    """Fetch a document now under the fetching rules and archive what changed. Never raises for fetch problems.

    A conditional GET when there is a snapshot; new content adds a Snapshot (the older ones stay), the
    same content adds nothing. The outcome goes on the document (status, reason, HTTP status) and on its
    source's health fields. The FetchResult is left on document.last_fetch for the caller (the task reads
    whether a failure is worth a retry). With max_wait, a busy host leaves the document pending with
    last_fetch.outcome "deferred".
    """
    source = document.source
    current = document.snapshots.order_by("-fetched_at", "-id").only("id", "sha256").first()
    result = fetching.fetch(
        document.url,
        etag=document.etag if current else "",
        last_modified=document.last_modified if current else "",
        crawl_delay=source.crawl_delay if source else None,
        max_wait=max_wait,
    )
    now = timezone.now()
    sha256 = hashlib.sha256(result.body).hexdigest() if result.ok else ""
    # A document without text is read again even when the bytes did not change (its extraction had failed).
    changed = result.ok and (current is None or current.sha256 != sha256 or not document.text)
    # Extraction is CPU work: done before the transaction, which then only writes.
    page = fetching.extract_page(
        result.body, url=result.final_url or document.url, content_type=result.content_type, charset=result.charset
    ) if changed else None  # fmt: skip
    # A fact-checker's new page: its ClaimReview markup, read (CPU too) before the transaction.
    reviews = _claimreviews_read(document, result, page) if changed and not page.error else None
    with transaction.atomic():
        if result.outcome == "deferred":
            Document.objects.filter(pk=document.pk).update(status=Document.Status.PENDING, updated_at=now)
            document.status = Document.Status.PENDING
        elif changed and page.error:
            # The bytes are kept (a later fix re-extracts them: documents_reextract), the text is not guessed.
            _snapshot_add(document, result, sha256, now)
            reason = f"fetched, but {page.error}"
            _record_failure(document, result, now, archived=current is not None, reason=reason)
        elif changed:
            _archive_new(document, result, page, sha256, now)
            if reviews:
                document.claimreview_import = _claimreviews_import(document, reviews)
        elif result.ok or result.outcome == "not_modified":
            _archive_unchanged(document, result, now)
        else:
            _record_failure(document, result, now, archived=current is not None)
        if result.outcome != "deferred" and source is not None:
            _source_health(source, result, now, error=page.error if page else "")
    document.last_fetch = result
    return document


def _claimreviews_read(document: Document, result: fetching.FetchResult, page: fetching.Page) -> list | None:
    """The ClaimReviews on a page of a fact-checker source; None for other pages, or when reading fails."""
    source = document.source
    if source is None or source.kind != Source.Kind.FACT_CHECKER or result.content_type not in fetching.PAGE_TYPES:
        return None
    from . import claimreviews

    try:
        return claimreviews.reviews_from_html(
            fetching.decode_body(result.body, result.charset), result.final_url or document.url
        )
    except Exception:  # markup is a bonus: a page we cannot read it on is still archived
        log.exception("reading the ClaimReview markup of %s failed", document.url)
        return None


def _claimreviews_import(document: Document, reviews: list):
    """Import a fact-checker page's ClaimReviews beside its new snapshot; a failure never fails the fetch."""
    from . import claimreviews

    page_url = document.canonical_url or document.url
    try:
        with transaction.atomic():  # a savepoint: the snapshot and the text are kept whatever happens here
            result = claimreviews.known_fact_checks_import(reviews, page_url=page_url, document=document)
    except Exception:
        log.exception("importing the ClaimReview markup of %s failed", document.url)
        return None
    if result.errors:
        log.info("%s: ClaimReview markup: %s; %s", document.url, result.summary, "; ".join(map(str, result.errors)))
    return result


def _archive_unchanged(document: Document, result: fetching.FetchResult, now) -> None:
    document.status = Document.Status.ARCHIVED
    document.http_status = result.status
    document.fetched_at = now
    document.fetch_error = ""
    # A 304 may carry new validators; keep the old ones when it does not.
    document.etag = result.etag or document.etag
    document.last_modified = result.last_modified or document.last_modified
    document.save(update_fields=["status", "http_status", "fetched_at", "fetch_error", "etag", "last_modified",
                                 "updated_at"])  # fmt: skip


def _archive_new(document: Document, result: fetching.FetchResult, page: fetching.Page, sha256: str, now) -> None:
    document.title = page.title[:500]
    document.author = page.author[:300]
    document.published_at = page.published_at
    document.published_zone = page.published_zone
    document.language = page.language[:8]
    document.text = page.text
    document.status = Document.Status.ARCHIVED
    document.http_status = result.status
    document.content_type = result.content_type[:200]
    document.etag = result.etag
    document.last_modified = result.last_modified
    document.fetched_at = now
    document.fetch_error = ""
    fields = ["title", "author", "published_at", "published_zone", "language", "text", "status", "http_status",
              "content_type", "etag", "last_modified", "fetched_at", "fetch_error", "updated_at"]  # fmt: skip
    _snapshot_add(document, result, sha256, now)
    canonical = page.canonical_url
    if (
        canonical
        and canonical != document.canonical_url
        and not Document.objects.filter(canonical_url=canonical).exclude(pk=document.pk).exists()
    ):
        try:
            with transaction.atomic():
                document.canonical_url = canonical
                document.save(update_fields=[*fields, "canonical_url"])
                return
        except IntegrityError:  # taken a moment ago by another document: keep ours
            document.canonical_url = Document.objects.values_list("canonical_url", flat=True).get(pk=document.pk)
    document.save(update_fields=fields)


def _snapshot_add(document: Document, result: fetching.FetchResult, sha256: str, now) -> None:
    # Content seen before (by a concurrent fetch, or a page that changed back) adds nothing: the unique
    # (document, sha256) constraint turns the second insert into a no-op.
    snapshot = Snapshot(
        document=document,
        sha256=sha256,
        content=zlib.compress(result.body, 6),
        compression="zlib",
        size=len(result.body),
        content_type=result.content_type[:200],
        http_status=result.status,
        fetched_at=now,
    )
    Snapshot.objects.bulk_create([snapshot], ignore_conflicts=True)


def _record_failure(document: Document, result: fetching.FetchResult, now, *, archived: bool, reason: str = "") -> None:
    document.fetch_error = (reason or result.reason)[:2000]
    document.http_status = result.status
    document.fetched_at = now
    # An archived document stays archived when a later fetch fails: its snapshots still hold.
    if archived:
        document.status = Document.Status.ARCHIVED
    else:
        document.status = Document.Status.REFUSED if result.outcome == "refused" else Document.Status.FAILED
    document.save(update_fields=["fetch_error", "http_status", "fetched_at", "status", "updated_at"])


def _source_health(source: Source, result: fetching.FetchResult, now, *, error: str = "") -> None:
    fields = {"last_fetched_at": now}
    if error:
        fields.update(last_error=f"{result.url}: fetched, but {error}"[:2000], last_error_at=now)
    elif result.outcome in ("ok", "not_modified"):
        fields["last_success_at"] = now
    else:
        fields.update(last_error=f"{result.url}: {result.reason}"[:2000], last_error_at=now)
    Source.objects.filter(pk=source.pk).update(**fields)


def document_content(snapshot: Snapshot) -> bytes:
    """The raw bytes a snapshot keeps."""
    return zlib.decompress(bytes(snapshot.content)) if snapshot.compression == "zlib" else bytes(snapshot.content)


def documents_needing_extraction():
    """Documents whose stored text is markup (stored while the HTML extractor could not load), or whose
    extraction failed although their bytes are archived."""
    return (
        Document.objects.filter(snapshots__isnull=False)
        .filter(
            Q(text__iregex=r"^\s*<\s*(!doctype|html|head|body|meta|script)")
            | Q(text="", fetch_error__startswith="fetched, but ")
        )
        .distinct()
    )


def document_reextract(*, document: Document) -> bool:
    """Read the document's current snapshot again; True when it now has clean text (passages follow the save)."""
    snapshot = document.snapshots.order_by("-fetched_at", "-id").first()
    if snapshot is None:
        return False
    page = fetching.extract_page(
        document_content(snapshot), url=document.url, content_type=snapshot.content_type or "text/html"
    )
    if page.error:
        Document.objects.filter(pk=document.pk).update(fetch_error=f"fetched, but {page.error}"[:2000], text="")
        return False
    document.title = page.title[:500] or document.title
    document.author = page.author[:300]
    document.published_at = page.published_at or document.published_at
    document.published_zone = page.published_zone or document.published_zone
    document.language = page.language[:8]
    document.text = page.text
    document.status = Document.Status.ARCHIVED
    document.fetch_error = ""
    document.save(update_fields=["title", "author", "published_at", "published_zone", "language", "text", "status",
                                 "fetch_error", "updated_at"])  # fmt: skip
    return True


def reconcile() -> int:
    """Re-enqueue documents whose fetch was lost on the way; give up on those that never finish."""
    from .tasks import fetch_document

    cutoff = timezone.now() - STUCK_AFTER
    stuck = Document.objects.filter(
        status__in=[Document.Status.PENDING, Document.Status.FETCHING], updated_at__lt=cutoff
    )
    stuck.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=Document.Status.FAILED,
        fetch_error=f"gave up after {MAX_ATTEMPTS} attempts: the fetch never finished",
        updated_at=timezone.now(),
    )
    count = 0
    for document_id in stuck.filter(attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True)[:RECONCILE_BATCH]:
        fetch_document.delay(document_id)
        # One more message per STUCK_AFTER at most: a document only waiting for its host (deferred) is not
        # sent again every minute.
        Document.objects.filter(pk=document_id).update(updated_at=timezone.now())
        count += 1
    return count


# --- The registry, discovery and the passage index ---------------------------------------------------

# At most this many documents are indexed per reconciler run; the rest waits for the next run.
PASSAGES_RECONCILE_BATCH = 200


def source_health_record(*, source: Source, error: str | None = None) -> None:
    """Note on the source that something worked (no error) or why it did not."""
    now = timezone.now()
    if error:
        Source.objects.filter(pk=source.pk).update(last_error=error[:2000], last_error_at=now)
    else:
        Source.objects.filter(pk=source.pk).update(last_success_at=now)


def source_deactivate(*, source: Source) -> None:
    """Stop polling and searching a source; its archived documents stay."""
    Source.objects.filter(pk=source.pk).update(active=False, updated_at=timezone.now())


def source_activate(*, source: Source) -> None:
    """Poll and search a source again (a save, so that those who listen, claims for one, hear of it)."""
    source.active = True
    source.save(update_fields=["active", "updated_at"])


def source_fetch_now(*, source: Source) -> Document:
    """Queue a fetch of the source's homepage, again if it is archived already (the admin's "fetch now")."""
    from .tasks import fetch_document

    document = document_request(url=source.homepage, source=source)
    refreshed = Document.objects.filter(pk=document.pk, status=Document.Status.ARCHIVED).update(
        status=Document.Status.PENDING, updated_at=timezone.now()
    )
    if refreshed:
        fetch_document.delay_on_commit(document.pk)
    return document


def source_poll_request(*, source: Source) -> None:
    """Queue a poll of the source's feeds and sitemap now, whatever its schedule."""
    from .tasks import poll_source

    Source.objects.filter(pk=source.pk).update(last_polled_at=timezone.now())
    poll_source.delay_on_commit(source.pk)


def sources_poll_due() -> int:
    """Queue a poll of each active source whose poll interval has run out; returns how many."""
    from .tasks import poll_source

    now = timezone.now()
    count = 0
    # A registry holds hundreds of sources: reading them all is cheaper than portable interval arithmetic in SQL.
    for source in Source.objects.filter(active=True).only("id", "feeds", "sitemap", "poll_interval", "last_polled_at"):
        if not (source.feeds or source.sitemap):
            continue
        if source.last_polled_at and source.last_polled_at > now - timedelta(minutes=source.poll_interval):
            continue
        # Claimed on the value read: an admin's "poll now" in between, or a second beat, does not double the poll.
        if Source.objects.filter(pk=source.pk, last_polled_at=source.last_polled_at).update(last_polled_at=now):
            poll_source.delay_on_commit(source.pk)
            count += 1
    return count


def source_poll(*, source: Source):
    """Read the source's feeds and sitemap and queue the pages the archive does not have yet.

    Returns a discovery.PollResult. Feeds or sitemaps that fail leave a plain reason in the source's
    last error; the others still count.
    """
    from . import discovery

    result = discovery.PollResult()
    links: list[discovery.Link] = []
    for feed in source.feeds or []:
        try:
            # Anything goes as a content type: the feed is parsed, not archived, and servers label feeds oddly.
            body, final_url, content_type, _ = discovery.fetch_body(feed, source=source, accept=None)
            items, problem = discovery.feed_links(body, url=final_url, content_type=content_type)
            links.extend(items)
            result.successes += 1
            if problem:
                result.errors.append(f"feed {feed}: {problem}")
        except discovery.DiscoveryError as exc:
            result.errors.append(f"feed {feed}: {exc}")
    if source.sitemap:
        try:
            links.extend(discovery.sitemap_pages(source.sitemap, source=source))
            result.successes += 1
        except discovery.DiscoveryError as exc:
            result.errors.append(f"sitemap {source.sitemap}: {exc}")

    urls: list[str] = []
    for link in links:
        if not discovery.on_source(link.url, source):
            continue
        try:
            url = fetching.normalize_url(link.url)
        except fetching.UnfetchableURL:
            continue
        if url not in urls:
            urls.append(url)
    result.found = len(urls)
    for start in range(0, len(urls), 500):
        if len(result.requested) >= discovery.MAX_NEW_PER_POLL:
            break
        chunk = urls[start : start + 500]
        known = set()
        for url, canonical in Document.objects.filter(Q(url__in=chunk) | Q(canonical_url__in=chunk)).values_list(
            "url", "canonical_url"
        ):
            known.update((url, canonical))
        for url in chunk:
            if url in known:
                continue
            result.requested.append(document_request(url=url, source=source))
            if len(result.requested) >= discovery.MAX_NEW_PER_POLL:
                break

    now = timezone.now()
    fields = {"last_polled_at": now}
    if result.successes:
        fields["last_success_at"] = now
    if result.errors:
        fields.update(last_error="; ".join(result.errors)[:2000], last_error_at=now)
    Source.objects.filter(pk=source.pk).update(**fields)
    return result


def document_index_passages(*, document: Document) -> int:
    """Cut the document's text into passages for the archive search; returns how many."""
    from .search import passages_index

    return passages_index(document=document)


def passages_reconcile() -> int:
    """Index archived documents that have text but no passages (text written around the save() hook)."""
    missing = (
        Document.objects.filter(status=Document.Status.ARCHIVED, passages__isnull=True)
        .exclude(text="")
        .only("id", "text", "language")[:PASSAGES_RECONCILE_BATCH]
    )
    indexed = sum(1 for document in missing if document_index_passages(document=document))
    from .search import passages_embed_missing

    # Passages indexed while the model could not run (or bulk-loaded) get their vectors here.
    return indexed + passages_embed_missing()
