"""Our attribute ruler (rules matched once per kind of token) annotates exactly as spaCy's own."""

import json
from pathlib import Path

import pytest
import spacy

from claims.extraction.attributes import MemoAttributeRuler, UnsupportedRule
from claims.extraction.pipeline import MODELS, lemma, load

CORPUS = Path(__file__).parent / "corpus"


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_memo_attribute_ruler_annotates_as_the_stock_one(lang):
    assert "factcheck_attribute_ruler" in load(lang).pipe_names
    nlp = spacy.load(MODELS[lang])
    stock = nlp.get_pipe("attribute_ruler")
    memo = MemoAttributeRuler(stock)
    upstream = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    texts = [json.loads(path.read_text(encoding="utf-8"))["text"] for path in sorted(CORPUS.glob(f"{lang}-*.json"))[:6]]
    with nlp.select_pipes(enable=upstream):
        for text in texts:
            assert _annotations(memo(nlp(text))) == _annotations(stock(nlp(text)))


def test_a_rule_the_memo_cannot_key_on_keeps_the_stock_ruler():
    nlp = spacy.blank("en")
    stock = nlp.add_pipe("attribute_ruler")
    stock.add([[{"ORTH": "May"}]], {"TAG": "NNP"})
    with pytest.raises(UnsupportedRule):
        MemoAttributeRuler(stock)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lemmas_read_on_demand_are_the_lemmatizers(lang):
    assert "lemmatizer" not in load(lang).pipe_names
    stock = spacy.load(MODELS[lang])
    for path in sorted(CORPUS.glob(f"{lang}-*.json"))[:4]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert [lemma(t) for t in load(lang)(text)] == [t.lemma_ for t in stock(text)]
