import json
from datetime import datetime, timedelta

import extruct
import pytest
from django.test import override_settings
from django.utils import timezone

from claims.jsonld import claim_review, script_tag
from tests.factories import ArticleFactory, ClaimFactory, CorrectionFactory, VerdictFactory, rating

pytestmark = pytest.mark.django_db

PUBLISHED = datetime.fromisoformat("2023-09-21T09:30:00+02:00")


def claim_reviews(html: str) -> list[dict]:
    items = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
    return [item for item in items if item.get("@type") == "ClaimReview"]


@pytest.fixture
def verdict():
    article = ArticleFactory(
        title="Haut-Karabakh : les séparatistes acceptent un cessez-le-feu",
        url="https://www.example.fr/monde/karabakh",
        published_at=datetime.fromisoformat("2023-09-20T12:00:00+02:00"),
    )
    claim = ClaimFactory(article=article, claimant="Les séparatistes arméniens")
    return VerdictFactory(claim=claim, slug="cessez-le-feu-11-heures", rating=rating("false"), published_at=PUBLISHED)


@override_settings(FACTCHECK_ORGANISATION="Les Vérificateurs", FACTCHECK_SITE_URL="https://verif.example.org")
def test_the_published_page_carries_one_claimreview_with_every_design_field(client, verdict):
    response = client.get("/verdicts/cessez-le-feu-11-heures/")

    assert response.status_code == 200
    [review] = claim_reviews(response.text)
    assert review["@context"].rstrip("/") == "https://schema.org"
    assert review["claimReviewed"] == verdict.claim.text
    assert review["url"] == "https://verif.example.org/verdicts/cessez-le-feu-11-heures/"
    assert datetime.fromisoformat(review["datePublished"]) == PUBLISHED
    assert review["author"] == {
        "@type": "Organization",
        "name": "Les Vérificateurs",
        "url": "https://verif.example.org/",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Faux",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Les séparatistes arméniens"}
    [appearance] = item["appearance"]
    assert appearance["url"] == "https://www.example.fr/monde/karabakh"
    assert appearance["headline"] == "Haut-Karabakh : les séparatistes acceptent un cessez-le-feu"
    assert datetime.fromisoformat(item["datePublished"]) == verdict.claim.article.published_at


def test_the_rating_label_speaks_the_claims_language_whatever_the_visitors(client, verdict):
    response = client.get("/verdicts/cessez-le-feu-11-heures/", headers={"accept-language": "en"})

    [review] = claim_reviews(response.text)
    assert review["inLanguage"] == "fr"
    assert review["reviewRating"]["alternateName"] == "Faux"
    assert ">False</span>" in response.text  # the page itself follows the visitor


def test_an_unverifiable_verdict_keeps_the_scale_but_gives_no_rating_value(verdict):
    verdict.rating = rating("unverifiable")
    verdict.save()

    review_rating = claim_review(verdict)["reviewRating"]

    # As TFC Taiwan marks "insufficient evidence": bounds and label, no position on the scale.
    assert "ratingValue" not in review_rating
    assert review_rating["bestRating"] == 5
    assert review_rating["worstRating"] == 1
    assert review_rating["alternateName"] == "Invérifiable"


def test_a_claim_with_no_claimant_is_attributed_to_the_outlet_that_carried_it(verdict):
    verdict.claim.claimant = ""

    assert claim_review(verdict)["itemReviewed"]["author"] == {"@type": "Organization", "name": "www.example.fr"}


@override_settings(FACTCHECK_SITE_URL="https://verif.example.org/")
def test_an_article_pasted_as_text_appears_at_our_public_copy_of_it():
    verdict = VerdictFactory(claim__article__url="")

    [appearance] = claim_review(verdict)["itemReviewed"]["appearance"]

    assert appearance["url"] == f"https://verif.example.org/articles/{verdict.claim.article_id}/"


def test_a_correction_dates_the_last_modification(verdict):
    correction = CorrectionFactory(verdict=verdict)

    assert datetime.fromisoformat(claim_review(verdict)["dateModified"]) == correction.created_at.replace(microsecond=0)


def test_no_claim_text_can_break_out_of_the_script_element():
    text = 'Il a dit </script><script>alert("x")</script> & <!-- rien -->'
    verdict = VerdictFactory(claim__article__text=text + ".", claim__end=len(text))

    tag = script_tag(claim_review(verdict))

    body = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body)["claimReviewed"] == text


def test_a_withdrawn_verdict_page_has_no_claimreview(client, verdict):
    verdict.status = verdict.Status.UNPUBLISHED
    verdict.status_reason = "Erreur de source."
    verdict.save()

    response = client.get("/verdicts/cessez-le-feu-11-heures/")

    assert response.status_code == 200
    assert claim_reviews(response.text) == []


def test_the_date_published_is_the_first_publication_in_the_site_time_zone(verdict):
    verdict.published_at = timezone.now() - timedelta(days=3)

    published = datetime.fromisoformat(claim_review(verdict)["datePublished"])

    assert published == verdict.published_at.replace(microsecond=0)
