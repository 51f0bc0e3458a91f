from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sources.models import Document

# Also registers the SQLite fold function on every new connection, so it must load with the models.
from .folding import Folded, fold


def zone_name(moment: datetime) -> str:
    """The name of an aware datetime's zone: an IANA key when it has one, else its UTC offset (+02:00)."""
    key = getattr(moment.tzinfo, "key", None)
    if key:
        return key
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_from_name(name: str) -> tzinfo:
    """The inverse of zone_name; the site's zone for an empty or unknown name."""
    if name[:1] in "+-" and len(name) == 6:
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    try:
        return ZoneInfo(name) if name else ZoneInfo(settings.TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(settings.TIME_ZONE) if settings.TIME_ZONE else UTC


class Article(models.Model):
    """A submitted news article: pasted text, an uploaded file, or a URL."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for analysis")
        FETCHING = "fetching", _("Fetching the page")
        EXTRACTING = "extracting", _("Extracting claims")
        SEARCHING = "searching", _("Searching for evidence")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=500, blank=True)
    author = models.CharField(_("author"), max_length=300, blank=True)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=8, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # The database keeps UTC; the zone the date was given in is what "mercredi à 11 heures" means.
    published_zone = models.CharField(_("publication time zone"), max_length=64, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    error = models.TextField(_("error"), blank=True)
    # Evidence gathering, stage by stage (claims.gathering): the registry asked, then the claims ranked.
    gather_started_at = models.DateTimeField(_("sources asked from"), null=True, blank=True)
    gathered_at = models.DateTimeField(_("sources asked"), null=True, blank=True)
    ranking_at = models.DateTimeField(_("ranking started"), null=True, blank=True)
    gather_report = models.JSONField(
        _("what the sources answered"), default=dict, blank=True, help_text=_("Sources asked, requests, failures.")
    )
    attempts = models.PositiveIntegerField(default=0)
    # Until when its queued or running fetch/extraction is taken care of (renewed by the worker's heartbeat);
    # past it the reconciler queues the work again. Its own clock: a person's edit never moves it.
    lease_until = models.DateTimeField(_("work held until"), null=True, blank=True, editable=False)
    # The client's Idempotency-Key of the API request that submitted it: a retried request returns this article.
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "updated_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["submitted_by", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="article_unique_idempotency_key",
            )
        ]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return self.title or self.text[:80]

    @property
    def published_local(self) -> datetime | None:
        """The publication date-time in the zone it was given in."""
        if self.published_at is None:
            return None
        return self.published_at.astimezone(zone_from_name(self.published_zone))


class ClaimQuerySet(models.QuerySet):
    def awaiting_review(self):
        return self.filter(status__in=[Claim.Status.NEW, Claim.Status.IN_REVIEW])

    def published(self):
        return self.filter(status=Claim.Status.PUBLISHED)


class Claim(models.Model):
    """One checkable fact: a span of its article, with normalized facets."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        PROPOSED = "proposed", _("Verdict proposed")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")
        NOT_CHECKABLE = "not_checkable", _("Not checkable")

    class Kind(models.TextChoices):
        QUANTITY = "quantity", _("Quantity")
        TEMPORAL = "temporal", _("Temporal")
        EVENT = "event", _("Event")
        QUOTE = "quote", _("Quote")
        ATTRIBUTION = "attribution", _("Attribution")
        COMPARISON = "comparison", _("Comparison")
        CAUSAL = "causal", _("Causal")

    class EvidenceStatus(models.TextChoices):
        PENDING = "pending", _("Not searched yet")
        SEARCHING = "searching", _("Searching")
        DONE = "done", _("Searched")
        FAILED = "failed", _("Search failed")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField(_("text"))
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    sentence_start = models.PositiveIntegerField(_("sentence start"))
    sentence_end = models.PositiveIntegerField(_("sentence end"))
    checkworthiness = models.FloatField(_("check-worthiness"), default=0.0)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.EVENT)
    claimant = models.CharField(_("claimant"), max_length=300, blank=True)
    facets = models.JSONField(_("facets"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=14, choices=Status.choices, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_claims"
    )
    priority = models.SmallIntegerField(_("priority"), default=0)
    fingerprint = models.CharField(_("fingerprint"), max_length=64, blank=True, db_index=True)
    evidence_status = models.CharField(
        _("evidence search"), max_length=10, choices=EvidenceStatus.choices, default=EvidenceStatus.PENDING
    )
    # The claim as a person reviewed it: a normalized sentence; `text` stays the article's span, as extracted.
    reviewed_text = models.TextField(
        _("claim as reviewed"),
        blank=True,
        help_text=_("The claim as a normalized sentence; shown on the verdict page instead of the article's words."),
    )
    # Fields a person has corrected (claimant, facets, priority…): extracting the article again leaves them alone.
    edited_fields = models.JSONField(_("fields corrected by a person"), default=list, blank=True)
    # The running evidence search's lease (renewed by its worker's heartbeat) and how many searches in a row
    # lost their worker: the reconciler retries a lapsed search a few times, then fails it with the reason.
    search_lease_until = models.DateTimeField(_("search held until"), null=True, blank=True, editable=False)
    search_attempts = models.PositiveSmallIntegerField(_("searches lost in a row"), default=0, editable=False)
    # The wording's sentence vector (sources.embeddings, float16) and the first claim of other articles that
    # says the same thing: claims.matching groups near-duplicates, so that one verdict serves them all.
    vector = models.BinaryField(null=True, editable=False)
    same_as = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates",
        verbose_name=_("same claim as"), editable=False,
    )  # fmt: skip
    # When claims.matching last matched it against published fact-checks (null: not yet).
    matched_at = models.DateTimeField(_("matched against fact-checks"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(
        excluded_fields=["evidence_status", "search_lease_until", "search_attempts", "updated_at", "vector",
                         "same_as", "matched_at"]
    )  # fmt: skip

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "created_at"]
        constraints = [models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span")]
        indexes = [
            models.Index(fields=["status", "-priority", "created_at"]),
            # The queue's default order over several statuses ("to do" is new + in review): without it, every
            # queue page sorts all the matching claims (bench/review_pages.py: 0.5 s a page at 100,000 claims).
            models.Index(fields=["-priority", "created_at", "id"], name="claim_queue_order_idx"),
            models.Index(fields=["evidence_status", "updated_at"]),
        ]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")

    def __str__(self) -> str:
        return self.text[:100]

    @property
    def sentence(self) -> str:
        return self.article.text[self.sentence_start : self.sentence_end]

    @property
    def wording(self) -> str:
        """What the verdict reviews: the reviewed sentence when someone wrote one, else the article's span."""
        return self.reviewed_text.strip() or self.text


class Evidence(models.Model):
    """A passage of an archived document that bears on a claim."""

    class Stance(models.TextChoices):
        SUPPORTS = "supports", _("Supports")
        CONTRADICTS = "contradicts", _("Contradicts")
        MENTIONS = "mentions", _("Mentions")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence")
    passage = models.TextField(_("passage"))
    passage_start = models.PositiveIntegerField()
    passage_end = models.PositiveIntegerField()
    score = models.FloatField(_("score"), default=0.0)
    stance = models.CharField(_("stance"), max_length=12, choices=Stance.choices, default=Stance.MENTIONS)
    comparisons = models.JSONField(_("facet comparisons"), default=list, blank=True)
    # A low-reliability source contradicting what reliable ones confirm: shown as such, never hidden.
    against_consensus = models.BooleanField(_("against the consensus"), default=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("Empty when a worker found it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "document", "passage_start", "passage_end"], name="evidence_unique_passage"
            )
        ]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.passage[:80]}"


class Lead(models.Model):
    """A page a source gave when asked about an article's claims; ranking waits for its fetch to end."""

    class Via(models.TextChoices):
        SEARCH = "search", _("Site search")
        FEED = "feed", _("Feed")
        SITEMAP = "sitemap", _("Sitemap")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="leads")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="leads")
    source = models.ForeignKey("sources.Source", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    via = models.CharField(_("found by"), max_length=8, choices=Via.choices)
    query = models.CharField(_("query"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "document"], name="lead_unique_document")]
        verbose_name = _("lead")
        verbose_name_plural = _("leads")

    def __str__(self) -> str:
        return f"{self.article_id} ← {self.document_id} ({self.via})"


class Rating(models.Model):
    """A step of the rating scale, managed by admins."""

    slug = models.SlugField(unique=True)
    label_en = models.CharField(_("label (English)"), max_length=100)
    label_fr = models.CharField(_("label (French)"), max_length=100)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    value = models.PositiveSmallIntegerField(
        _("ClaimReview value"), null=True, blank=True, help_text=_("1 (false) to 5 (true); empty for unverifiable.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")

    def __str__(self) -> str:
        return self.label_en

    def label(self, language: str = "en") -> str:
        return self.label_fr if language.startswith("fr") else self.label_en


class VerdictQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Verdict.Status.PUBLISHED)

    def on_record(self):
        """Published now or once: a withdrawn verdict keeps its public page, as a notice."""
        return self.filter(
            models.Q(status__in=[Verdict.Status.PUBLISHED, Verdict.Status.UNPUBLISHED])
            | models.Q(published_at__isnull=False)
        )

    def search(self, query: str):
        """Words in the claim (as extracted or as reviewed) or the summary, ignoring accents and case ("chomage"
        finds "Chômage")."""
        folded = fold(query)
        return self.alias(
            claim_folded=Folded("claim__text"),
            reviewed_folded=Folded("claim__reviewed_text"),
            summary_folded=Folded("summary"),
        ).filter(
            models.Q(claim_folded__contains=folded)
            | models.Q(reviewed_folded__contains=folded)
            | models.Q(summary_folded__contains=folded)
        )


class Verdict(models.Model):
    """A fact-checker's conclusion on a claim, approved by a second person before it is published."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PROPOSED = "proposed", _("Proposed")
        SENT_BACK = "sent_back", _("Sent back")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="verdict")
    slug = models.SlugField(max_length=120, unique=True)
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="verdicts")
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    cited_evidence = models.ManyToManyField(Evidence, blank=True, related_name="cited_by")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts_written")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="verdicts_approved",
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    status_reason = models.TextField(_("reason for the last status change"), blank=True)
    # An editor may publish citing no archived source only by saying why; the public page shows the reason.
    no_source_reason = models.TextField(_("reason for publishing without an archived source"), blank=True)
    version = models.PositiveIntegerField(default=1, help_text=_("Raised on every save, for optimistic locking."))
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = VerdictQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")
        permissions = [
            ("approve_verdict", "Can approve, send back, publish and unpublish verdicts"),
        ]

    def __str__(self) -> str:
        return self.summary or self.claim.text[:100]

    def get_absolute_url(self) -> str:
        return reverse("verdict-detail", args=[self.slug])


class Correction(models.Model):
    """A dated public correction to a published verdict."""

    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="corrections")
    text = models.TextField(_("correction"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self) -> str:
        return self.text[:80]


class Comment(models.Model):
    """A message in a claim's discussion thread."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return self.text[:80]


class ClaimMatch(models.Model):
    """A fact-check published before that probably checks the same claim: another fact-checker's or ours."""

    class Figures(models.TextChoices):
        AGREE = "agree", _("same figures")
        DIFFER = "differ", _("other figures")
        NONE = "", _("no figures to compare")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    fact_check = models.ForeignKey(
        "sources.KnownFactCheck", on_delete=models.CASCADE, null=True, blank=True, related_name="claim_matches"
    )
    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, null=True, blank=True, related_name="claim_matches")
    score = models.FloatField(_("score"))
    dense = models.FloatField(_("sentence similarity"))
    lexical = models.FloatField(_("shared words"))
    figures = models.CharField(_("figures"), max_length=6, choices=Figures.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "fact_check"], name="claimmatch_unique_fact_check"),
            models.UniqueConstraint(fields=["claim", "verdict"], name="claimmatch_unique_verdict"),
            models.CheckConstraint(
                condition=models.Q(fact_check__isnull=False, verdict__isnull=True)
                | models.Q(fact_check__isnull=True, verdict__isnull=False),
                name="claimmatch_one_target",
            ),
        ]
        verbose_name = _("previous fact-check")
        verbose_name_plural = _("previous fact-checks")

    def __str__(self) -> str:
        return f"{self.claim_id} ≈ {self.fact_check_id or self.verdict_id} ({self.score:.2f})"

    @property
    def same_claim(self) -> bool:
        from .matching import SAME_CLAIM

        return self.score >= SAME_CLAIM
