from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .sites import origin_of, site_key, source_hosts


class Source(models.Model):
    """A publisher we may fetch from, with what admins know of its reliability."""

    class Kind(models.TextChoices):
        WIRE = "wire", _("Wire agency")
        NEWSPAPER = "newspaper", _("Newspaper")
        BROADCASTER = "broadcaster", _("Broadcaster")
        GOVERNMENT = "government", _("Government")
        INTERNATIONAL = "international", _("International organisation")
        NGO = "ngo", _("NGO")
        FACT_CHECKER = "fact_checker", _("Fact-checker")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    homepage = models.URLField(_("homepage"), max_length=500, unique=True)
    # sites.site_key of the homepage: one site, one source. Not unique, so that duplicates older than the
    # rule stay (the admin lists them) rather than being merged behind anyone's back.
    site_key = models.CharField(_("site"), max_length=600, db_index=True, editable=False, default="")
    domains = models.JSONField(
        _("domains"), default=list, blank=True, help_text=_("Host names whose pages belong to this source.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. FR."))
    languages = models.JSONField(_("languages"), default=list, blank=True)
    reliability = models.PositiveSmallIntegerField(
        _("reliability"), default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    reliability_note = models.TextField(_("reliability note"), blank=True)
    active = models.BooleanField(_("active"), default=True)
    feeds = models.JSONField(_("feed URLs"), default=list, blank=True)
    sitemap = models.URLField(_("sitemap URL"), max_length=500, blank=True)
    search_url = models.CharField(
        _("site-search URL template"),
        max_length=500,
        blank=True,
        help_text=_("With {query}, e.g. https://example.org/search?q={query}"),
    )
    crawl_delay = models.FloatField(_("crawl delay (seconds)"), default=1.0, validators=[MinValueValidator(0)])
    poll_interval = models.PositiveIntegerField(_("poll interval (minutes)"), default=60)
    # How often its site search answered: retrieval asks the sources that answer first.
    searches = models.PositiveIntegerField(_("searches"), default=0, editable=False)
    search_answers = models.PositiveIntegerField(_("searches with results"), default=0, editable=False)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.site_key = site_key(self.homepage)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "homepage" in update_fields:
            kwargs["update_fields"] = {*update_fields, "site_key"}
        super().save(*args, **kwargs)
        if update_fields is None or {"homepage", "domains"} & set(update_fields):
            SourceDomain.objects.sync([self])


class SourceDomainQuerySet(models.QuerySet):
    def sync(self, sources) -> None:
        """Rebuild the host rows of these sources (saved ones) from their homepage and domains."""
        sources = [source for source in sources if source.pk]
        for start in range(0, len(sources), 1000):
            chunk = sources[start : start + 1000]
            self.filter(source__in=[source.pk for source in chunk]).delete()
            rows = []
            for source in chunk:
                scheme, _, port = origin_of(source.homepage)
                rows.extend(
                    SourceDomain(source_id=source.pk, host=host, scheme=scheme, port=port or 0)
                    for host in source_hosts(source.homepage, source.domains)
                )
            self.bulk_create(rows, ignore_conflicts=True)


class SourceDomain(models.Model):
    """A host whose pages belong to a source, with its homepage's scheme and port: source_for_url's index.

    Kept in step by Source.save() and the import; queryset.update() of homepage or domains bypasses it.
    """

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="domain_rows")
    host = models.CharField(_("host"), max_length=253, db_index=True)
    scheme = models.CharField(_("scheme"), max_length=5)
    port = models.PositiveIntegerField(_("port"))

    objects = SourceDomainQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "host"], name="sourcedomain_unique_host")]
        verbose_name = _("source domain")
        verbose_name_plural = _("source domains")

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


class Document(models.Model):
    """One archived web page; each fetch that finds new content adds a Snapshot."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        FETCHING = "fetching", _("Fetching")
        ARCHIVED = "archived", _("Archived")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents")
    url = models.URLField(_("URL"), max_length=2000)
    canonical_url = models.URLField(_("canonical URL"), max_length=2000, unique=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    author = models.CharField(_("author"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # The database keeps UTC; the offset the page wrote its date in ("+04:00") is the zone its clock times
    # most likely use ("13:00" on a Baku site), which comparing times across zones needs.
    published_zone = models.CharField(_("publication time zone"), max_length=64, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    etag = models.CharField(_("ETag"), max_length=500, blank=True)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True)
    fetched_at = models.DateTimeField(_("fetched"), null=True, blank=True)
    fetch_error = models.TextField(_("fetch error"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "updated_at"])]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title or self.url


class Snapshot(models.Model):
    """The raw bytes of one fetch, compressed; never overwritten, the newest is current."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="snapshots")
    content = models.BinaryField(_("compressed content"))
    compression = models.CharField(_("compression"), max_length=10, default="zlib")
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveIntegerField(_("raw size"))
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("fetched"))

    class Meta:
        ordering = ["-fetched_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["document", "sha256"], name="snapshot_unique_content")]
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")

    def __str__(self) -> str:
        return f"{self.document_id} @ {self.fetched_at:%Y-%m-%d %H:%M}"


class Passage(models.Model):
    """A paragraph (or a window of sentences) of a document's extracted text: the unit of the archive search."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="passages")
    index = models.PositiveIntegerField(_("index"))
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=8, blank=True)
    # Filled on PostgreSQL only, with the text search configuration of the passage's language.
    search = SearchVectorField(null=True, editable=False)
    # float16 of sources.embeddings (to_bytes); null until embedded.
    vector = models.BinaryField(null=True, editable=False)

    class Meta:
        ordering = ["document", "index"]
        constraints = [models.UniqueConstraint(fields=["document", "index"], name="passage_unique_index")]
        indexes = [
            GinIndex(fields=["search"], name="passage_search_gin"),
            # The vector index's catch-up check (count and max id of embedded passages) is an index-only scan.
            models.Index(fields=["id"], condition=models.Q(vector__isnull=False), name="passage_embedded_idx"),
        ]
        verbose_name = _("passage")
        verbose_name_plural = _("passages")

    def __str__(self) -> str:
        return f"{self.document_id}#{self.index}"


class KnownFactCheck(models.Model):
    """A fact-check published elsewhere, imported from its schema.org ClaimReview markup (sources.claimreviews).

    Kept apart from our own verdicts; claim matching searches both.
    """

    url = models.URLField(_("URL"), max_length=2000, unique=True)
    claim_reviewed = models.TextField(_("claim reviewed"), blank=True)
    rating_text = models.CharField(_("rating as published"), max_length=500, blank=True)
    rating_value = models.FloatField(_("rating value"), null=True, blank=True)
    best_rating = models.FloatField(_("best rating"), null=True, blank=True)
    worst_rating = models.FloatField(_("worst rating"), null=True, blank=True)
    # Our scale, 1 (false) to 5 (true), where the published rating maps onto it; null when it does not.
    truth = models.PositiveSmallIntegerField(
        _("truth (1 false … 5 true)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    author_name = models.CharField(_("fact-checker"), max_length=300, blank=True)
    author_url = models.URLField(_("fact-checker URL"), max_length=2000, blank=True)
    date_published = models.DateTimeField(_("published"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=2, blank=True)
    claimant = models.CharField(_("claimant"), max_length=500, blank=True)
    appearance_url = models.URLField(_("appearance URL"), max_length=2000, blank=True)
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="known_fact_checks",
        verbose_name=_("source"),
    )  # fmt: skip
    document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="known_fact_checks",
        verbose_name=_("archived page"),
    )  # fmt: skip
    raw = models.JSONField(_("ClaimReview as found"), default=dict, blank=True)
    # float16 of sources.embeddings (to_bytes) of claim_reviewed, for claim matching; null until embedded, and again
    # when the import changes the claim's text.
    vector = models.BinaryField(null=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-date_published", "-id"]
        indexes = [
            models.Index(fields=["date_published"], name="knownfactcheck_date_idx"),
            models.Index(fields=["language"], name="knownfactcheck_language_idx"),
        ]
        verbose_name = _("known fact-check")
        verbose_name_plural = _("known fact-checks")

    def __str__(self) -> str:
        return self.claim_reviewed[:80] or self.url
