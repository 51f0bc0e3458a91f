"""The evidence search against the archive (PostgreSQL full-text search), and through the real worker."""

from datetime import UTC, datetime

import pytest

from claims.evidence import claim_queries, claim_search_evidence
from claims.models import Article, Claim, Evidence
from claims.services import article_create
from tests.conftest import wait_for
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory

TUESDAY = datetime(2024, 3, 5, 14, 0, tzinfo=UTC)
CLAIM_TEXT = "Le pont Lafayette de Lyon a rouvert mardi à 9 heures après 14 mois de travaux."
FACETS = [
    {"type": "datetime", "text": "mardi à 9 heures", "value": "2024-03-05T09:00:00+01:00", "zone_from": "published"},
    {"type": "duration", "text": "14 mois", "value": "P14M", "approximate": False},
    {"type": "entity", "text": "Lyon", "label": "LOC"},
]


def bridge_claim() -> Claim:
    article = ArticleFactory(text=CLAIM_TEXT, language="fr", published_at=TUESDAY)
    return ClaimFactory(article=article, end=len(CLAIM_TEXT), facets=FACETS)


def archive(text: str, **fields):
    # The page gave its date with its offset: its clock times are Lyon's, as the claim's are.
    return DocumentFactory(text=text, language="fr", published_at=TUESDAY, published_zone="+01:00", **fields)


@pytest.fixture
def documents():
    return {
        "agrees": archive(
            "Le pont Lafayette, à Lyon, a rouvert à la circulation mardi à 9 heures, après 14 mois de travaux."
        ),
        "conflicts": archive(
            "À Lyon, le pont Lafayette a finalement rouvert mardi à 11 heures, après des mois de travaux."
        ),
        "unrelated": archive(
            "Le marché aux fleurs de Lyon a ouvert mardi sur la place Carnot avec quarante exposants."
        ),
    }


def test_queries_join_entities_and_content_words_with_or():
    claim = ClaimFactory.build(text=CLAIM_TEXT, facets=FACETS)
    queries = claim_queries(claim)
    assert '"Lyon"' in queries[0] and "Lafayette" in queries[0] and " or " in queries[0]
    assert "heures" not in queries[0]  # a word every dated passage holds says nothing


@pytest.mark.django_db
def test_the_agreeing_source_ranks_first_and_the_conflicting_one_contradicts(documents):
    claim = bridge_claim()
    found = claim_search_evidence(claim=claim)
    by_document = {e.document_id: e for e in found}
    assert found[0].document == documents["agrees"]
    assert found[0].stance == Evidence.Stance.SUPPORTS
    assert by_document[documents["conflicts"].pk].stance == Evidence.Stance.CONTRADICTS
    assert by_document[documents["agrees"].pk].score > by_document[documents["conflicts"].pk].score
    # Same place, same day, another subject: at most a mention, below both pages about the bridge.
    unrelated = by_document.get(documents["unrelated"].pk)
    if unrelated is not None:
        assert unrelated.stance == Evidence.Stance.MENTIONS
        assert unrelated.score < by_document[documents["conflicts"].pk].score
    conflicting = by_document[documents["conflicts"].pk].comparisons
    assert any(c["outcome"] == "disagrees" and c["type"] == "datetime" for c in conflicting)
    claim.refresh_from_db()
    assert claim.evidence_status == Claim.EvidenceStatus.DONE


@pytest.mark.django_db
def test_running_the_search_twice_creates_no_duplicates_and_leaves_a_persons_evidence_alone(documents):
    claim = bridge_claim()
    alice = UserFactory(groups=["Fact-checker"])
    mine = EvidenceFactory(claim=claim, document=documents["unrelated"], added_by=alice, stance="mentions", score=0.1)
    first = claim_search_evidence(claim=claim)
    second = claim_search_evidence(claim=claim)
    assert {e.pk for e in first} == {e.pk for e in second}
    assert claim.evidence.count() == len(first) + 1
    mine.refresh_from_db()
    assert (mine.stance, mine.score, mine.added_by) == ("mentions", 0.1, alice)


@pytest.mark.django_db
def test_a_claim_with_nothing_in_the_archive_is_still_marked_searched():
    claim = bridge_claim()
    assert claim_search_evidence(claim=claim) == []
    claim.refresh_from_db()
    assert claim.evidence_status == Claim.EvidenceStatus.DONE


@pytest.mark.django_db(transaction=True)
def test_a_requested_document_gets_its_best_passage_once_archived(documents):
    from claims.services import evidence_request

    claim = bridge_claim()
    alice = UserFactory(groups=["Fact-checker"])
    requested = evidence_request(claim=claim, url=documents["agrees"].url, by=alice)
    requested.refresh_from_db()
    assert requested.passage.startswith("Le pont Lafayette")
    assert requested.stance == Evidence.Stance.SUPPORTS
    assert requested.added_by == alice


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_submitted_article_ends_done_with_evidence_from_the_archive(live_worker):
    archive("Le pont Lafayette, à Lyon, a rouvert à la circulation mardi à 9 heures, après 14 mois de travaux.")
    archive("Le marché aux fleurs de Lyon a ouvert mardi sur la place Carnot avec quarante exposants.")
    article = article_create(text=CLAIM_TEXT, title="Pont Lafayette", published_at=TUESDAY)
    done = wait_for(lambda: Article.objects.filter(pk=article.pk, status__in=["done", "failed"]).first(), timeout=120)
    assert done.status == Article.Status.DONE, done.error
    claims = list(done.claims.all())
    assert claims and all(c.evidence_status == Claim.EvidenceStatus.DONE for c in claims)
    evidence = Evidence.objects.filter(claim__article=done)
    assert evidence.exists()
    assert evidence.order_by("-score").first().passage.startswith("Le pont Lafayette")


@pytest.mark.django_db
def test_the_claims_own_sentence_finds_the_page_that_tells_its_fact_among_its_events_pages():
    # Every page of the fire reads like the article's title: the claim's sentence picks the page with its fact.
    title = "Incendie à Vénissieux : un entrepôt détruit près de Lyon"
    sentence = "Un pompier a été grièvement blessé pendant l'intervention."
    text = f"{title}\n\nUn incendie a détruit dans la nuit un entrepôt de Vénissieux, près de Lyon. {sentence}"
    article = ArticleFactory(title=title, text=text, language="fr", published_at=TUESDAY)
    start = text.index(sentence)
    claim = ClaimFactory(
        article=article, text=sentence, start=start, end=start + len(sentence), sentence_start=start,
        sentence_end=start + len(sentence), facets=[],
    )  # fmt: skip
    english = {"language": "en", "published_at": TUESDAY}
    general = DocumentFactory(
        title="Fire destroys warehouse in Vénissieux near Lyon",
        text="A fire destroyed a warehouse in Vénissieux, near Lyon, overnight, and firefighters fought it until dawn.",
        **english,
    )
    injured = DocumentFactory(
        title="Vénissieux warehouse fire", text="One firefighter was seriously injured.", **english
    )
    found = claim_search_evidence(claim=claim)
    assert [e.document for e in found[:2]] == [injured, general]
