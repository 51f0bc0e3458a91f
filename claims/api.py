"""The REST API: published verdicts for anyone, articles and claims for the newsroom."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics, permissions, status
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from . import gathering
from .models import Article, Claim
from .permissions import can_review, can_submit_article
from .public_views import VerdictFilterForm, published_verdicts
from .serializers import (
    ArticleCreateSerializer,
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimSerializer,
    PublicVerdictDetailSerializer,
    PublicVerdictSerializer,
)
from .services import article_create


class IsReviewer(permissions.BasePermission):
    """Fact-checkers and editors read; submitting an article also needs the right to add one."""

    message = _("Only fact-checkers and editors may use this endpoint.")

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return can_review(request.user)
        return can_review(request.user) and can_submit_article(request.user)


class NewsroomAPIView:
    # Token first so that a request with no credentials gets 401 with "WWW-Authenticate: Token" (DRF answers
    # 403 when the first class cannot issue a challenge): scripts learn to send their token, and browsers show
    # no password dialog as they do for Basic. Browsers use their session.
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [permissions.IsAuthenticated, IsReviewer]


class APIIndex(APIView):
    """The API's endpoints, its schema and its documentation."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request):
        def link(name: str, **kwargs) -> str:
            return reverse(name, request=request, kwargs=kwargs or None)

        return Response(
            {
                "verdicts": link("api-verdict-list"),
                "articles": link("api-article-list"),
                "claims": link("api-claim-list"),
                "schema": link("api-schema"),
                "docs": link("api-docs"),
                "authentication": _(
                    "Published verdicts are public. Articles and claims need a fact-checker's or an editor's "
                    "session, or a token from the admin (Auth Token › Tokens) sent as “Authorization: Token <key>”."
                ),
            }
        )


VERDICT_FILTERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Words in the claim or the summary."),
    OpenApiParameter("rating", OpenApiTypes.STR, description="A rating slug, e.g. `false`."),
    OpenApiParameter("published_after", OpenApiTypes.DATE, description="Published on or after this date."),
    OpenApiParameter("published_before", OpenApiTypes.DATE, description="Published on or before this date."),
]


@extend_schema_view(get=extend_schema(parameters=VERDICT_FILTERS))
class VerdictList(generics.ListAPIView):
    """Published verdicts, newest first; the same search and filters as the /verdicts/ page."""

    serializer_class = PublicVerdictSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        form = VerdictFilterForm(self.request.query_params or None)
        if form.is_bound and not form.is_valid():
            raise ValidationError(form.errors.get_json_data())
        return form.filter(published_verdicts())


class VerdictDetail(generics.RetrieveAPIView):
    """One published verdict, with its sources, corrections and ClaimReview object."""

    serializer_class = PublicVerdictDetailSerializer
    permission_classes = [permissions.AllowAny]
    lookup_field = "slug"

    def get_queryset(self):
        return (
            published_verdicts()
            .select_related("claim__article")
            .prefetch_related("corrections", "cited_evidence__document__source")
        )


IDEMPOTENCY_HEADER = "Idempotency-Key"


class ArticleList(NewsroomAPIView, generics.ListCreateAPIView):
    """Submitted articles, newest first; POST submits one for claim extraction."""

    serializer_class = ArticleSerializer

    def get_queryset(self):
        return Article.objects.annotate(claim_count=Count("claims")).order_by("-created_at", "-pk")

    @extend_schema(
        request=ArticleCreateSerializer,
        responses={201: ArticleDetailSerializer},
        parameters=[
            OpenApiParameter(
                IDEMPOTENCY_HEADER,
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description=(
                    "Optional, up to 200 characters, unique per request you mean (a UUID). Sending the same key "
                    "again (the same user) returns the article the first request stored, with "
                    "`Idempotent-Replayed: true`, instead of storing it twice: retry safely after a timeout."
                ),
            )
        ],
    )
    def post(self, request, *args, **kwargs):
        key = request.headers.get(IDEMPOTENCY_HEADER, "").strip()
        if len(key) > 200:
            raise ValidationError({IDEMPOTENCY_HEADER: [_("An idempotency key has at most 200 characters.")]})
        serializer = ArticleCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        # Stored even with the broker down: its analysis is queued when it is back (claims.services.reconcile).
        article = article_create(**serializer.validated_data, submitted_by=request.user, idempotency_key=key)
        data = ArticleDetailSerializer(article).data
        headers = {"Location": f"{request.path}{article.pk}/"}
        if key:
            headers["Idempotent-Replayed"] = "true" if article.replayed else "false"
        return Response(data, status=status.HTTP_201_CREATED, headers=headers)


class ArticleDetail(NewsroomAPIView, generics.RetrieveAPIView):
    """One article, with its text and its claims in the claim shape."""

    serializer_class = ArticleDetailSerializer

    def get_queryset(self):
        return Article.objects.prefetch_related(
            Prefetch("claims", queryset=ClaimSerializer.prefetch(Claim.objects.order_by("start", "end")))
        )


CLAIM_FILTERS = [
    OpenApiParameter("article", OpenApiTypes.INT, description="Only the claims of this article."),
    OpenApiParameter("status", OpenApiTypes.STR, enum=Claim.Status.values, description="Only claims in this status."),
]


@extend_schema_view(get=extend_schema(parameters=CLAIM_FILTERS))
class ClaimList(NewsroomAPIView, generics.ListAPIView):
    """Claims, in review-queue order."""

    serializer_class = ClaimSerializer

    def get_queryset(self):
        claims = ClaimSerializer.prefetch(Claim.objects.all())
        params = self.request.query_params
        errors = {}
        if params.get("article"):
            if params["article"].isdigit():
                claims = claims.filter(article_id=int(params["article"]))
            else:
                errors["article"] = [_("An article id is a whole number.")]
        if params.get("status"):
            if params["status"] in Claim.Status.values:
                claims = claims.filter(status=params["status"])
            else:
                errors["status"] = [_("Unknown status; one of: %s.") % ", ".join(Claim.Status.values)]
        if errors:
            raise ValidationError(errors)
        return claims


class ClaimDetail(NewsroomAPIView, generics.RetrieveAPIView):
    """One claim with its evidence and verdict: the shape `article_report` prints."""

    serializer_class = ClaimSerializer

    def get_queryset(self):
        return ClaimSerializer.prefetch(Claim.objects.all())


class SearchAgain(NewsroomAPIView, generics.GenericAPIView):
    """POST: ask the sources again for an article's claims (or one claim's); 202, the search runs in the background."""

    serializer_class = ArticleSerializer  # for the schema only: the answer is the article's id and status

    @extend_schema(request=None, responses={202: OpenApiTypes.OBJECT, 409: OpenApiTypes.OBJECT})
    def post(self, request, pk: int, kind: str):
        if kind == "claim":
            claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
            article, claim_ids = claim.article, [claim.pk]
        else:
            article, claim_ids = get_object_or_404(Article, pk=pk), None
        if article.status == Article.Status.SEARCHING:
            pass  # already being searched: a retried request changes nothing
        elif article.status not in (Article.Status.DONE, Article.Status.FAILED) or not article.claims.exists():
            return Response({"detail": "The article's claims are not extracted yet."}, status=status.HTTP_409_CONFLICT)
        else:
            gathering.article_search_start(article=article, claim_ids=claim_ids)
        return Response({"article": article.pk, "status": Article.Status.SEARCHING}, status=status.HTTP_202_ACCEPTED)
