"""Gathering evidence: the queries an article puts to its sources, and pages that arrive after its ranking."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from claims.gathering import article_queries, headline_names, name_forms
from claims.models import Article, Claim, Evidence, Lead
from sources.models import Document
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory

pytestmark = pytest.mark.django_db

FACETS = [
    {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
    {"type": "entity", "text": "Bakou", "label": "LOC"},
    {"type": "entity", "text": "Arméniens", "label": "NORP"},
    {"type": "quantity", "text": "environ 120 000", "value": 120000, "approximate": True, "unit": "Arméniens"},
]


def test_names_cross_languages_through_cldr_a_nationality_its_country_and_else_the_distinctive_word():
    assert name_forms("Bakou", "fr") == {"fr": "Bakou", "en": "Baku"}
    assert name_forms("Soudan", "fr") == {"fr": "Soudan", "en": "Sudan"}
    assert name_forms("Arméniens", "fr") == {"fr": "Arméniens", "en": "Armenia"}
    assert name_forms("Haut-Karabakh", "fr") == {"fr": "Haut-Karabakh", "en": "Karabakh"}


def test_an_articles_claims_share_queries_in_both_languages_with_their_figures_written_as_each_writes_them():
    article = ArticleFactory(language="fr")
    claims = [ClaimFactory(article=article, facets=FACETS), ClaimFactory(article=article, start=60, end=90,
                                                                         facets=FACETS[:2])]  # fmt: skip
    queries, countries = article_queries(claims)
    assert queries["fr"][0] == "Haut-Karabakh Bakou"
    assert queries["en"][0] == "Karabakh Baku"
    assert any("120\u00a0000" in query for query in queries["fr"])
    assert any("120,000" in query for query in queries["en"])
    assert "AZ" in countries


def test_a_headlines_names_are_the_words_the_article_also_capitalizes_inside_a_sentence():
    text = "Floods swept through the town of Derna on Sunday. Rescuers in Derna and Benghazi are still searching."
    assert headline_names("Libya Floods: Anger Grows In Derna As Toll Rises", text) == ["Derna"]
    text = "Les secours ont atteint Al-Haouz mardi. Le bilan à Al-Haouz dépasse 2 000 morts."
    assert headline_names("Séisme : les villages d'Al-Haouz coupés du monde", text) == ["Al-Haouz"]


def test_a_page_archived_after_the_ranking_ranks_the_article_again(django_capture_on_commit_callbacks):
    now = timezone.now()
    article = ArticleFactory(status=Article.Status.DONE, gathered_at=now, ranking_at=now)
    claim = ClaimFactory(article=article, evidence_status=Claim.EvidenceStatus.DONE, facets=FACETS)
    document = DocumentFactory(status=Document.Status.PENDING, text="", language="fr", published_at=now)
    Lead.objects.create(article=article, document=document, via=Lead.Via.SEARCH, query="Karabakh")
    cache.delete(f"claims:rerank-article:{article.pk}")
    with django_capture_on_commit_callbacks(execute=True):
        document.text = (
            "Au Haut-Karabakh, environ 120 000 Arméniens vivent sous la menace, selon Bakou et les autorités "
            "séparatistes, qui ont accepté un cessez-le-feu."
        )
        document.status = Document.Status.ARCHIVED
        document.save()
    assert Evidence.objects.filter(claim=claim, document=document).exists()
