"""The API's shapes. ClaimSerializer is the one claim shape: the API and `article_report` both use it."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factcheck.text import clean_data

from .jsonld import absolute_url, claim_review
from .models import Article, Claim, ClaimMatch, Correction, Evidence, Rating, Verdict


class EvidenceSerializer(serializers.ModelSerializer):
    url = serializers.URLField(source="document.url", read_only=True)
    source = serializers.CharField(source="document.source.name", read_only=True, allow_null=True, default=None)
    reliability = serializers.IntegerField(
        source="document.source.reliability", read_only=True, allow_null=True, default=None
    )

    comparisons = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["url", "source", "reliability", "passage", "score", "stance", "comparisons", "against_consensus"]

    @extend_schema_field({"type": "array", "items": {"type": "object"}})
    def get_comparisons(self, evidence: Evidence) -> list[dict]:
        """Each comparison as stored, with `words`: what it says, as a fact-checker would check it."""
        from .comparison import comparison_sentence

        comparisons = evidence.comparisons if isinstance(evidence.comparisons, list) else []
        # Rows stored before comparisons had their two sides are given as they are.
        return [
            {**item, "words": comparison_sentence(item)} if isinstance(item, dict) and "claim" in item else item
            for item in comparisons
        ]


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["slug", "label_en", "label_fr", "value"]


class ClaimVerdictSerializer(serializers.ModelSerializer):
    """The verdict as the newsroom sees it from a claim, whatever its status."""

    rating = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Verdict
        fields = ["slug", "status", "rating", "summary", "version", "published_at", "url"]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, verdict: Verdict) -> str | None:
        """The public page, once there is one."""
        if verdict.status in (Verdict.Status.PUBLISHED, Verdict.Status.UNPUBLISHED):
            return absolute_url(verdict.get_absolute_url())
        return None


class ClaimMatchSerializer(serializers.ModelSerializer):
    """A published fact-check that probably checks the same claim (match_claims's shape, plus figures)."""

    url = serializers.SerializerMethodField()
    claim_reviewed = serializers.SerializerMethodField()
    rating = serializers.SerializerMethodField()
    author = serializers.SerializerMethodField()
    date = serializers.SerializerMethodField()
    language = serializers.SerializerMethodField()
    kind = serializers.SerializerMethodField()
    same_claim = serializers.BooleanField(read_only=True, help_text="Probably the same claim; else possibly related.")

    class Meta:
        model = ClaimMatch
        fields = ["url", "claim_reviewed", "rating", "author", "date", "language", "score", "kind", "figures",
                  "same_claim"]  # fmt: skip

    def get_url(self, match: ClaimMatch) -> str:
        return match.fact_check.url if match.fact_check_id else absolute_url(match.verdict.get_absolute_url())

    def get_claim_reviewed(self, match: ClaimMatch) -> str:
        return match.fact_check.claim_reviewed if match.fact_check_id else match.verdict.claim.wording

    def get_rating(self, match: ClaimMatch) -> str:
        if match.fact_check_id:
            return match.fact_check.rating_text
        return match.verdict.rating.label_en if match.verdict.rating_id else ""

    def get_author(self, match: ClaimMatch) -> str:
        return match.fact_check.author_name if match.fact_check_id else settings.FACTCHECK_ORGANISATION

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_date(self, match: ClaimMatch) -> str | None:
        moment = match.fact_check.date_published if match.fact_check_id else match.verdict.published_at
        return moment.date().isoformat() if moment else None

    def get_language(self, match: ClaimMatch) -> str:
        return match.fact_check.language if match.fact_check_id else match.verdict.claim.article.language

    def get_kind(self, match: ClaimMatch) -> str:
        return "claimreview" if match.fact_check_id else "verdict"


class ClaimSerializer(serializers.ModelSerializer):
    sentence = serializers.CharField(read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    verdict = serializers.SerializerMethodField()
    matches = ClaimMatchSerializer(many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "text",
            "start",
            "end",
            "sentence",
            "checkworthiness",
            "kind",
            "claimant",
            "facets",
            "status",
            "evidence",
            "verdict",
            "matches",
        ]

    @extend_schema_field(ClaimVerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict | None:
        # The reverse one-to-one raises when absent; a claim without a verdict is the common case.
        verdict = getattr(claim, "verdict", None)
        return ClaimVerdictSerializer(verdict).data if verdict is not None else None

    @staticmethod
    def prefetch(claims):
        """What the shape reads, in a constant number of queries."""
        return claims.select_related("article", "verdict__rating").prefetch_related(
            "evidence__document__source",
            "matches__fact_check",
            "matches__verdict__rating",
            "matches__verdict__claim__article",
        )


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "language", "published_at", "status", "progress", "created_at", "claim_count"]


class ArticleDetailSerializer(serializers.ModelSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "language",
            "published_at",
            "status",
            "progress",
            "error",
            "created_at",
            "text",
            "claims",
        ]


class OffsetKeepingDateTimeField(serializers.DateTimeField):
    """Keeps the offset a client sent: "mercredi à 11 heures" is read in the article's own zone."""

    def enforce_timezone(self, value):
        return value if timezone.is_aware(value) else super().enforce_timezone(value)


class ArticleCreateSerializer(serializers.Serializer):
    """Input for submitting an article (its text, or a URL to fetch); claims.services.article_create stores it."""

    text = serializers.CharField(
        max_length=200_000, required=False, allow_blank=True, default="", trim_whitespace=False
    )
    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    language = serializers.ChoiceField(
        choices=["", "auto", *(code for code, _name in settings.LANGUAGES)], required=False, default=""
    )
    published_at = OffsetKeepingDateTimeField(required=False, allow_null=True, default=None)

    def to_internal_value(self, data):
        # Before the fields' validators, which refuse a NUL instead of removing it like any control character.
        return super().to_internal_value(clean_data(data))

    def validate(self, data: dict) -> dict:
        # With only a URL the page is fetched and archived first; with neither there is nothing to check.
        if not data["text"].strip() and not data["url"]:
            raise serializers.ValidationError(
                {"text": [_("Give the article's text, or its URL for us to fetch it.")]}, code="required"
            )
        return data

    def validate_language(self, language: str) -> str:
        return "" if language == "auto" else language


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["text", "created_at"]


class CitedEvidenceSerializer(serializers.ModelSerializer):
    url = serializers.URLField(source="document.url", read_only=True)
    title = serializers.CharField(source="document.title", read_only=True)
    source = serializers.CharField(source="document.source.name", read_only=True, allow_null=True, default=None)
    archived_url = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["url", "title", "source", "archived_url", "passage", "stance"]

    def get_archived_url(self, evidence: Evidence) -> str:
        """The archived copy's public page for a published verdict; the newsroom's own page otherwise."""
        # Nested in a verdict's detail, the root is the verdict: no query per evidence.
        verdict = self.root.instance if isinstance(self.root.instance, Verdict) else None
        verdict = verdict or getattr(evidence.claim, "verdict", None)
        if verdict is not None and verdict.status == Verdict.Status.PUBLISHED:
            return absolute_url(reverse("verdict-source", args=[verdict.slug, evidence.document_id]))
        return absolute_url(f"/sources/documents/{evidence.document_id}/")


class PublicClaimSerializer(serializers.ModelSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)
    article_url = serializers.CharField(source="article.url", read_only=True)
    article_published_at = serializers.DateTimeField(source="article.published_at", read_only=True)

    class Meta:
        model = Claim
        fields = ["text", "claimant", "article_title", "article_url", "article_published_at"]


class PublicVerdictSerializer(serializers.ModelSerializer):
    """A published verdict as anyone may read it."""

    url = serializers.SerializerMethodField()
    claim = PublicClaimSerializer(read_only=True)
    rating = RatingSerializer(read_only=True)

    class Meta:
        model = Verdict
        fields = ["slug", "url", "claim", "rating", "summary", "published_at", "updated_at"]

    def get_url(self, verdict: Verdict) -> str:
        return absolute_url(verdict.get_absolute_url())


class PublicVerdictDetailSerializer(PublicVerdictSerializer):
    cited_evidence = CitedEvidenceSerializer(many=True, read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True)
    claim_review = serializers.SerializerMethodField()

    class Meta(PublicVerdictSerializer.Meta):
        fields = [*PublicVerdictSerializer.Meta.fields, "explanation", "cited_evidence", "corrections", "claim_review"]

    @extend_schema_field({"type": "object", "description": "The schema.org ClaimReview object of the verdict's page."})
    def get_claim_review(self, verdict: Verdict) -> dict:
        return claim_review(verdict)
