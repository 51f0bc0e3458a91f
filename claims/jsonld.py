"""schema.org ClaimReview markup for published verdicts, as search engines and fact-check aggregators read it."""

import json
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .folding import fold
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


# Words that make a claimant an organisation ("the Office for National Statistics", "le ministère de la Santé"),
# compared without accents or case. Person-like titles ("minister", "ministre", "président") are left out.
ORGANISATION_WORDS = frozenset(
    """office ministry ministere institut institute institution agency agence bank banque bureau commission council
    conseil department government gouvernement parliament parlement assembly assemblee senate senat police
    gendarmerie army armee military union university universite company societe association organisation
    organization committee comite authority authorities autorite autorites court cour tribunal party parti
    federation league ligue foundation fondation ngo ong observatory observatoire statistics statistique statistiques
    corporation inc ltd plc group groupe board prefecture mairie kremlin elysee matignon pentagon nations""".split()  # noqa: SIM905 (a word list reads better as text)
)
# Entity labels from extraction (spaCy's): places speak through their governments.
ORGANISATION_LABELS = {"ORG", "LOC", "GPE", "NORP"}
ARTICLE_THEN_NAME = re.compile(r"^(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)\w", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


def claimant_is_organisation(claimant: str, facets=()) -> bool:
    """Whether a claimant is an organisation: its entity label when extraction gave one, else the way it is written."""
    name = claimant.strip()
    for facet in facets or ():
        if facet.get("type") == "entity" and facet.get("text", "").strip() == name and facet.get("label"):
            return facet["label"] in ORGANISATION_LABELS
    words = re.findall(r"\w+", fold(name))
    if any(word in ORGANISATION_WORDS for word in words):
        return True
    tokens = re.findall(r"[\w&]+", name)
    if any(ACRONYM.match(token) for token in tokens) and len(tokens) <= 3 or re.search(r"\([A-Z]{2,}\)", name):
        return True  # "ONS", "INSEE", "the NHS", "Destatis (BA)"
    # "l'Insee", "the Kremlin": an article and a capitalised name ("les séparatistes" stays people). "Le Pen" is a
    # surname: a capitalised "Le"/"La" at the start of a French name is not an article.
    match = ARTICLE_THEN_NAME.match(name)
    if match and name[match.end() - 1].isupper():
        lead = name[: match.end() - 1].strip().lower()
        return lead in ("the", "l'", "l’") or name[0].islower()
    return False


def _claim_author(claim) -> dict:
    """Who made the claim: the claimant when extraction found one, else the outlet that published it."""
    if claim.claimant:
        kind = "Organization" if claimant_is_organisation(claim.claimant, claim.facets) else "Person"
        return {"@type": kind, "name": claim.claimant}
    host = urlsplit(claim.article.url).hostname if claim.article.url else None
    # Fact-checkers write a generic author when the origin is diffuse ("Sources multiples", "Réseaux sociaux").
    return {"@type": "Organization", "name": host or "Unknown"}


def _person_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def byline(verdict: Verdict) -> dict:
    """Whom the public page credits: the author and the approving editor by name, or the desk's name alone."""
    if settings.FACTCHECK_BYLINE == "desk":
        return {"desk": settings.FACTCHECK_DESK_NAME or settings.FACTCHECK_ORGANISATION}
    return {"author": _person_name(verdict.author), "reviewer": _person_name(verdict.approver)}


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
    # The author is the organisation (aggregators list fact-checks by it); the people are named only as the
    # page's byline names them, so a desk byline leaves no personal name in the markup either.
    organisation = {"@type": "Organization", "name": settings.FACTCHECK_ORGANISATION, "url": absolute_url("/")}
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute_url(verdict.get_absolute_url()),
        "datePublished": _iso(verdict.published_at),
        "inLanguage": language,
        # The claim as a fact-checker worded it when they did; the article's span otherwise.
        "claimReviewed": claim.wording,
        "author": organisation,
        "publisher": organisation,
        "reviewRating": _review_rating(verdict, language),
        "itemReviewed": item_reviewed,
    }
    if verdict.summary:
        data["name"] = verdict.summary
    names = byline(verdict)
    if names.get("author"):
        data["creator"] = {"@type": "Person", "name": names["author"], "worksFor": organisation}
    if names.get("reviewer"):
        data["editor"] = {"@type": "Person", "name": names["reviewer"], "worksFor": organisation}
    last_correction = max((c.created_at for c in verdict.corrections.all()), default=None)
    if last_correction:
        data["dateModified"] = _iso(last_correction)
    return data


def script_tag(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element that no value can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)
    # Safe: every character that could end the element or start markup is escaped above.
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
