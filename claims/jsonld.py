"""schema.org ClaimReview markup for published verdicts, as search engines and fact-check aggregators read it."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .models import Verdict

# Our rating scale maps onto ClaimReview's 1 (false) to 5 (true), as AFP and most IFCN signatories publish it.
BEST_RATING = 5
WORST_RATING = 1

# Inside <script>, "</script>" or "<!--" in a claim's text would end the block or confuse the parser;
# escaping <, > and & as JSON unicode escapes keeps the value identical for any JSON reader.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute_url(path: str) -> str:
    return settings.FACTCHECK_SITE_URL.rstrip("/") + path


def _iso(value) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _claim_author(claim) -> dict:
    """Who made the claim: the claimant when extraction found one, else the outlet that published it."""
    if claim.claimant:
        return {"@type": "Person", "name": claim.claimant}
    host = urlsplit(claim.article.url).hostname if claim.article.url else None
    # Fact-checkers write a generic author when the origin is diffuse ("Sources multiples", "Réseaux sociaux").
    return {"@type": "Organization", "name": host or "Unknown"}


def _appearance(article) -> dict:
    appearance = {
        "@type": "CreativeWork",
        # An article submitted as pasted text has no URL of its own; our public copy of it stands in.
        "url": article.url or absolute_url(reverse("public-article", args=[article.pk])),
    }
    if article.title:
        appearance["headline"] = article.title
    if article.published_at:
        appearance["datePublished"] = _iso(article.published_at)
    return appearance


def _review_rating(verdict: Verdict, language: str) -> dict:
    rating = verdict.rating
    review_rating = {"@type": "Rating", "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    # "Unverifiable" has no place on the true/false scale: like TFC Taiwan's "證據不足" (insufficient
    # evidence) and Newtral, we keep the scale bounds and the label but give no ratingValue.
    if rating is not None and rating.value is not None:
        review_rating["ratingValue"] = rating.value
    review_rating["alternateName"] = rating.label(language) if rating is not None else ""
    return review_rating


def claim_review(verdict: Verdict) -> dict:
    """The ClaimReview object for a published verdict."""
    claim = verdict.claim
    article = claim.article
    # The markup speaks the claim's language, whatever the visitor's UI language: aggregators match
    # fact-checks to claims by language, and the block must be the same for every visitor.
    language = article.language or settings.LANGUAGE_CODE
    item_reviewed = {"@type": "Claim", "author": _claim_author(claim), "appearance": [_appearance(article)]}
    if article.published_at:
        item_reviewed["datePublished"] = _iso(article.published_at)
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute_url(verdict.get_absolute_url()),
        "datePublished": _iso(verdict.published_at),
        "inLanguage": language,
        "claimReviewed": claim.text,
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANISATION,
            "url": absolute_url("/"),
        },
        "reviewRating": _review_rating(verdict, language),
        "itemReviewed": item_reviewed,
    }
    if verdict.summary:
        data["name"] = verdict.summary
    last_correction = max((c.created_at for c in verdict.corrections.all()), default=None)
    if last_correction:
        data["dateModified"] = _iso(last_correction)
    return data


def script_tag(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element that no value can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)
    # Safe: every character that could end the element or start markup is escaped above.
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
