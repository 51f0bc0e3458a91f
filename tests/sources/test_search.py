from datetime import date, datetime

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.models import Document, Passage
from sources.search import (
    passage_spans,
    passages_index,
    query_parse,
    search_passages,
    search_passages_fallback,
    search_passages_fulltext,
    terms,
)
from sources.services import passages_reconcile
from tests.factories import DocumentFactory, SourceFactory

FRENCH = (
    "Haut-Karabakh : un cessez-le-feu est entré en vigueur\n\n"
    "Le cessez-le-feu est entré en vigueur mercredi à 13 heures, heure locale, a annoncé le ministère de la "
    "Défense de l'Arménie. Les forces séparatistes ont accepté de déposer les armes.\n\n"
    "Environ 120 000 Arméniens de souche vivent dans la région, selon les autorités locales. L'Égypte et la "
    "Turquie ont appelé au calme.\n"
)
ENGLISH = (
    "Ceasefire takes hold in Nagorno-Karabakh\n\n"
    "A ceasefire took effect on Wednesday at 1 pm local time, Armenia's defence ministry said. Separatist "
    "forces agreed to lay down their arms.\n\n"
    "About 120,000 ethnic Armenians live in the region, according to local authorities. Egypt and Turkey "
    "called for calm.\n"
)
OTHER_FRENCH = (
    "Les prix de l'énergie ont augmenté de 12 % en un an, selon l'Insee, qui publie ses chiffres mensuels.\n\n"
    "Le gouvernement prévoit un bouclier tarifaire jusqu'à la fin de l'année pour les ménages modestes.\n"
)

BACKENDS = [search_passages_fulltext, search_passages_fallback]


def archive(text, *, language, published=None, reliability=3, source_name=None):
    source = SourceFactory(reliability=reliability, **({"name": source_name} if source_name else {}))
    document = DocumentFactory(text=text, language=language, source=source, published_at=published)
    passages_index(document=document)
    return document


@pytest.fixture
def archive_docs(db):
    return {
        "fr": archive(FRENCH, language="fr", published=timezone.make_aware(datetime(2023, 9, 20, 15))),
        "en": archive(ENGLISH, language="en", published=timezone.make_aware(datetime(2023, 9, 20, 16))),
        "energy": archive(OTHER_FRENCH, language="fr", published=timezone.make_aware(datetime(2024, 1, 5))),
    }


@pytest.mark.parametrize("search", BACKENDS)
def test_a_french_query_finds_the_french_passage_whatever_the_inflection(archive_docs, search):
    hits = search("armes déposées par les forces séparatistes", language="fr")

    assert [h.document_id for h in hits] == [archive_docs["fr"].pk]
    top = search("forces séparatistes", language="fr")[0]
    assert top.document_id == archive_docs["fr"].pk
    assert top.text.startswith("Haut-Karabakh")  # the heading is part of the first passage
    assert top.text.endswith("déposer les armes.")
    assert archive_docs["fr"].text[top.start : top.end] == top.text
    assert top.url == archive_docs["fr"].url
    assert top.title == archive_docs["fr"].title
    assert top.source_name == archive_docs["fr"].source.name
    assert 0 < top.score < 1


@pytest.mark.parametrize("search", BACKENDS)
def test_an_english_query_finds_the_english_passage(archive_docs, search):
    hits = search("separatist force arms", language="en")

    assert len(hits) == 1
    assert hits[0].document_id == archive_docs["en"].pk
    assert "lay down their arms" in hits[0].text


@pytest.mark.parametrize("search", BACKENDS)
@pytest.mark.parametrize("query", ["egypte turquie", "ÉGYPTE Turquie", "Égypte turquie"])
def test_accents_and_case_are_ignored(archive_docs, search, query):
    hits = search(query, language="fr")

    assert [h.document_id for h in hits] == [archive_docs["fr"].pk]
    assert "L'Égypte" in hits[0].text


@pytest.mark.parametrize("search", BACKENDS)
def test_the_language_filter_keeps_one_language_and_no_filter_searches_both(archive_docs, search):
    assert {h.language for h in search("Armenia OR Arméniens")} == {"fr", "en"}
    assert {h.language for h in search("Armenia OR Arméniens", language="en")} == {"en"}
    assert {h.document_id for h in search("120", language="fr")} == {archive_docs["fr"].pk}


@pytest.mark.parametrize("search", BACKENDS)
def test_all_words_must_match_unless_or_is_written(archive_docs, search):
    assert search("cessez-le-feu énergie", language="fr") == []
    both = search("cessez-le-feu or énergie", language="fr")
    assert {h.document_id for h in both} == {archive_docs["fr"].pk, archive_docs["energy"].pk}


@pytest.mark.parametrize("search", BACKENDS)
def test_quoted_words_must_be_together_and_minus_excludes(archive_docs, search):
    assert search('"Egypt and Turkey"', language="en")
    assert not search('"Turkey and Egypt"', language="en")
    assert search("calm", language="en")
    assert not search("calm -Turkey", language="en")


@pytest.mark.parametrize("search", BACKENDS)
def test_a_passage_with_more_of_the_words_and_closer_together_ranks_first(db, search):
    close = archive(
        "Le ministère de la Santé a confirmé trois cas de choléra à Marseille dans un communiqué publié lundi.",
        language="fr",
    )
    far = archive(
        "Le ministère a publié lundi un long rapport sur les hôpitaux, les urgences et le personnel soignant "
        "dans toute la région. Il évoque aussi, brièvement, le choléra, sans donner de chiffres ni de lieux.",
        language="fr",
    )
    hits = search("ministère choléra", language="fr")

    assert [h.document_id for h in hits] == [close.pk, far.pk]
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize("search", BACKENDS)
def test_since_and_until_bound_the_publication_date(archive_docs, search):
    assert {h.document_id for h in search("gouvernement OR vigueur", since=date(2024, 1, 1))} == {
        archive_docs["energy"].pk
    }
    assert {h.document_id for h in search("gouvernement OR vigueur", until=date(2023, 9, 20))} == {
        archive_docs["fr"].pk
    }
    assert search("gouvernement OR vigueur", until=date(2023, 9, 19)) == []


@pytest.mark.parametrize("search", BACKENDS)
def test_a_blank_or_stop_word_query_finds_nothing_without_error(archive_docs, search):
    assert search("") == []
    assert search("   ") == []
    assert search("la de des du", language="fr") == []
    assert search('"unclosed quote -', language="en") == []


@pytest.mark.parametrize("search", BACKENDS)
def test_the_limit_caps_the_hits(db, search):
    for n in range(5):
        archive(f"Rapport numéro {n} sur la sécheresse en Espagne et ses effets sur les récoltes.", language="fr")
    assert len(search("sécheresse", limit=3)) == 3
    assert len(search("sécheresse", limit=10)) == 5


def test_search_passages_uses_full_text_search_on_postgresql(archive_docs):
    hits = search_passages("séparatistes", language="fr")

    assert hits == search_passages_fulltext("séparatistes", language="fr")
    assert Passage.objects.filter(search__isnull=False).exists()


@pytest.mark.django_db
def test_reindexing_a_document_replaces_its_passages():
    document = archive(FRENCH, language="fr")
    first = passages_index(document=document)
    document.text = OTHER_FRENCH
    document.save()
    second = passages_index(document=document)

    assert Passage.objects.filter(document=document).count() == second
    assert first != second or not search_passages("séparatistes")
    assert search_passages("bouclier tarifaire")[0].document_id == document.pk


def test_the_query_is_read_like_postgresql_websearch():
    parsed = query_parse('armes "cessez le feu" or trêve -Russie')

    assert parsed.groups == [[terms("armes")], [terms("cessez le feu"), terms("trêve")]]
    assert parsed.excluded == [terms("Russie")]
    assert terms("trêve") == terms("TREVES")


def test_a_text_is_cut_into_paragraph_passages_with_exact_offsets():
    spans = passage_spans(FRENCH)

    texts = [FRENCH[s:e] for s, e in spans]
    assert len(texts) == 2  # the title joins the first paragraph
    assert texts[0].startswith("Haut-Karabakh")
    assert texts[0].endswith("déposer les armes.")
    assert texts[1].startswith("Environ 120 000")


def test_a_long_paragraph_is_cut_between_sentences_not_after_abbreviations():
    sentence = "M. Dupont a déclaré que les chiffres publiés par l'institut étaient exacts et vérifiés. "
    text = sentence * 30
    spans = passage_spans(text)

    assert len(spans) > 1
    for start, end in spans:
        assert text[start:end].startswith("M. Dupont")
        assert text[start:end].endswith("vérifiés.")
        assert end - start <= 900


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é.\n!?«»M"), max_size=3000))
def test_passages_never_overlap_and_cover_every_word(text):
    spans = passage_spans(text)

    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == ""
        assert text[start:end].strip() == text[start:end]
        position = end
    assert text[position:].strip() == ""


@pytest.mark.django_db
def test_the_reconciler_indexes_archived_documents_written_around_save():
    document = DocumentFactory(text="placeholder")
    Document.objects.filter(pk=document.pk).update(text=FRENCH)  # update() sends no signal
    Passage.objects.filter(document=document).delete()

    assert passages_reconcile() == 1
    assert search_passages("séparatistes")[0].document_id == document.pk
    assert passages_reconcile() == 0
