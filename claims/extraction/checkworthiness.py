"""Check-worthiness of sentences: a logistic regression over multilingual sentence vectors and
language-neutral features.

Plain Python, no Django import. The weights are learned from English sentences labelled by experts
(ClaimBuster, PoliClaim) by `python -m claims.extraction.train_checkworthiness`. Both parts carry over
to French: the sentence vectors (sources.embeddings, Universal Sentence Encoder multilingual) put a
French sentence next to its English translation, and no feature looks at an English word directly:
they are universal POS shares, entity classes, numbers, dates, tense and mood, person, negation and
small FR+EN lexicons of concepts (hedging, opinion, attribution, change, comparison). So one model
scores both languages, and its probabilities are calibrated (Platt scaling fitted out of fold).

The training sentences are speeches and debates, the product's are news: a sentence's vector is moved by
its language's domain shift before scoring (the training mean vector minus the mean vector of news
sentences in that language, shipped in the model file). Without it the model read most news sentences as
claims: check-worthy sentence precision on the annotated corpus's new articles was 0.79 in English and
0.82 in French, 0.92 and 0.86 with it.

Rules then cap the learned score, because the training data (debates, State of the State speeches)
has too few such sentences for the model to learn them alone: a hedge or opinion marker in the main
clause caps at 0.3 (one inside a relative or adverbial clause does not), a question at 0.25, a
quotation with no figure in it at 0.45 when it fills most of the sentence or has only its attribution
around it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from sources import embeddings

from .spans import span_text

MODEL_PATH = Path(__file__).parent / "data" / "checkworthiness.json"

# A hedged/speculative/opinion sentence may still be worth a look, but never ahead of a plain fact.
HEDGE_CAP = 0.3
QUESTION_CAP = 0.25
QUOTE_CAP = 0.45

# Content parts of speech only: French uses more DET/ADP than English for the same meaning, so
# shares over all tokens would shift between languages; shares over content words shift much less.
_CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "PRON", "AUX")

# spaCy's English NER follows OntoNotes, the French one WikiNER (PER, LOC, ORG, MISC only):
# both are folded to the four WikiNER classes. Numeric types come from our own rules below.
_ENTITY_CLASS = {
    "PERSON": "PER",
    "PER": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "PRODUCT": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}


def _lexicon(*phrases: str) -> re.Pattern[str]:
    # Phrases are matched on the lowercased sentence with word boundaries; apostrophes normalised.
    alternatives = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?![\w])")


# Speculation and uncertainty about the facts themselves.
_HEDGE = _lexicon(
    # English
    "it remains unclear",
    "remains unclear",
    "it is unclear",
    "it's unclear",
    "unclear whether",
    "unclear how",
    "not clear",
    "it remains to be seen",
    "remains to be seen",
    "no one knows",
    "nobody knows",
    "it is not known",
    "unknown whether",
    "might",
    "could",
    "perhaps",
    "maybe",
    "possibly",
    "probably",
    "likely",
    "unlikely",
    "allegedly",
    "reportedly",
    "apparently",
    "seems",
    "seemed",
    "appears to",
    "appeared to",
    "some say",
    "some believe",
    "some fear",
    "according to some",
    "it is possible",
    "not certain",
    "not sure",
    "uncertain",
    "it is feared",
    "speculation",
    "rumour",
    "rumor",
    # French
    "on ne sait pas",
    "on ignore",
    "nul ne sait",
    "personne ne sait",
    "il reste à voir",
    "reste à voir",
    "reste à savoir",
    "il n'est pas clair",
    "rien ne dit",
    "rien ne permet",
    "pas encore clair",
    "incertain",
    "pas certain",
    "pas sûr",
    "possible que",
    "il est également possible",
    "il est aussi possible",
    "incertaine",
    "peut-être",
    "peut être",
    "pourrait",
    "pourraient",
    "pourrais",
    "probablement",
    "sans doute",
    "vraisemblablement",
    "semble",
    "semblent",
    "semblait",
    "il semblerait",
    "semblerait",
    "sembleraient",
    "paraît-il",
    "selon certains",
    "selon certaines",
    "d'après certains",
    "certains craignent",
    "certains estiment",
    "il est possible",
    "il se pourrait",
    "éventuellement",
    "supposément",
    "présumé",
    "présumée",
    "rumeur",
    "rumeurs",
    "spéculation",
    "spéculations",
)

# Markers of an open question: what follows is not known, so nothing in it is asserted.
_IGNORANCE = _lexicon(
    "unclear",
    "not clear",
    "remains to be seen",
    "no one knows",
    "nobody knows",
    "not known",
    "unknown",
    "not certain",
    "not sure",
    "uncertain",
    "on ne sait pas",
    "on ignore",
    "nul ne sait",
    "personne ne sait",
    "reste à voir",
    "reste à savoir",
    "pas clair",
    "pas encore clair",
    "rien ne dit",
    "rien ne permet",
    "incertain",
    "incertaine",
    "pas certain",
    "pas sûr",
)

# First-person opinion, evaluation, wishes and obligations: views, not checkable facts.
_OPINION = _lexicon(
    "i think",
    "i believe",
    "i feel",
    "we believe",
    "i hope",
    "we hope",
    "in my opinion",
    "in my view",
    "we must",
    "we should",
    "should",
    "ought to",
    "need to",
    "you must",
    # Reported evaluations: the sentence reports a view, not a fact.
    "denounced",
    "praised",
    "welcomed",
    "slammed",
    "a dénoncé",
    "ont dénoncé",
    "a salué",
    "ont salué",
    "a fustigé",
    "a regretté",
    "wonderful",
    "terrible",
    "disgrace",
    "shameful",
    "honored",
    "honoured",
    "thank",
    "je pense",
    "je crois",
    "nous croyons",
    "j'espère",
    "nous espérons",
    "à mon avis",
    "selon moi",
    "il faut",
    "il faudrait",
    "aurait dû",
    "auraient dû",
    "nous devons",
    "devrait",
    "devraient",
    "formidable",
    "magnifique",
    "scandaleux",
    "scandaleuse",
    "honteux",
    "honteuse",
    "inacceptable",
    "merci",
    "remercie",
)

# Who says it: attributed facts stay check-worthy (the claimant is recorded).
_ATTRIBUTION = _lexicon(
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "according to",
    "reported",
    "confirmed",
    "a déclaré",
    "a dit",
    "a annoncé",
    "a affirmé",
    "a indiqué",
    "a confirmé",
    "ont déclaré",
    "ont annoncé",
    "ont affirmé",
    "selon",
    "d'après",
    "déclare",
    "affirme",
    "annonce",
    "indique",
)

_CHANGE = _lexicon(
    "increase",
    "increased",
    "increases",
    "rise",
    "rose",
    "risen",
    "fell",
    "fall",
    "fallen",
    "drop",
    "dropped",
    "cut",
    "cuts",
    "grew",
    "grown",
    "doubled",
    "tripled",
    "declined",
    "reduced",
    "lost",
    "created",
    "killed",
    "died",
    "wounded",
    "injured",
    "hausse",
    "baisse",
    "augmenté",
    "augmente",
    "diminué",
    "diminue",
    "chuté",
    "recul",
    "reculé",
    "progressé",
    "doublé",
    "triplé",
    "réduit",
    "créé",
    "créés",
    "perdu",
    "tués",
    "tuées",
    "morts",
    "blessés",
    "blessées",
    "décès",
)

_COMPARISON = _lexicon(
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "highest",
    "lowest",
    "largest",
    "record",
    "first time",
    "since",
    "compared",
    "times",
    "plus de",
    "moins de",
    "au moins",
    "jusqu'à",
    "près de",
    "presque",
    "environ",
    "le plus",
    "la plus",
    "record",
    "première fois",
    "depuis",
    "par rapport",
    "fois plus",
)

_MONEY = _lexicon(
    "$",
    "€",
    "£",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "budget",
    "tax",
    "taxes",
    "billion",
    "million",
    "trillion",
    "deficit",
    "debt",
    "impôt",
    "impôts",
    "milliard",
    "milliards",
    "déficit",
    "dette",
)

_PERCENT = re.compile(r"%|\bper ?cent\b|\bpour ?cent\b|\bpourcent\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CALENDAR = _lexicon(
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "last year",
    "last week",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "la veille",
    "l'an dernier",
    "l'année dernière",
)
_FUTURE_EN = _lexicon("will", "won't", "shall", "going to", "'ll")
_CONDITIONAL_EN = _lexicon("would", "could", "might", "should", "'d")
_FIRST_SECOND = _lexicon(
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "je",
    "j'",
    "me",
    "m'",
    "moi",
    "mon",
    "ma",
    "mes",
    "nous",
    "notre",
    "nos",
    "vous",
    "votre",
    "vos",
    "tu",
    "te",
    "toi",
)
_NEGATION = _lexicon("not", "n't", "never", "no", "ne", "n'", "pas", "jamais", "aucun", "aucune")


def _normalise(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


# Dependency labels of a passive: English (ClearNLP) and French (UD).
_PASSIVE_DEPS = ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass")

# (past, future, conditional, imperative, negative) of each morphological analysis met, by its key.
# MorphAnalysis.get builds an array and strings on every call, and a pipeline's tagger has a few hundred
# analyses at most, so they are read once each. The key hashes the features' text: the same in every vocab.
_MORPH_FLAGS: dict[int, tuple[bool, bool, bool, bool, bool]] = {}


def _morph_flags(morph) -> tuple[bool, bool, bool, bool, bool]:
    flags = _MORPH_FLAGS.get(morph.key)
    if flags is None:
        tense, mood = morph.get("Tense"), morph.get("Mood")
        flags = (
            "Past" in tense or "Imp" in tense,
            "Fut" in tense,
            "Cnd" in mood,
            "Imp" in mood,
            "Neg" in morph.get("Polarity"),
        )
        _MORPH_FLAGS[morph.key] = flags
    return flags


def sentence_features(sent: Span, lang: str) -> dict[str, float]:
    """Language-neutral features of one sentence (the same names for French and English)."""
    raw = span_text(sent)
    text = _normalise(raw)

    # One pass over the tokens, each attribute read once: this function runs on every sentence of every
    # article. Words are the tokens that are neither space nor punctuation; entities are counted on all tokens.
    n_words = n_numbers = 0
    pos_counts = dict.fromkeys(_CONTENT_POS, 0)
    entity_starts = 0
    classes: set[str] = set()
    digits = past = future = conditional = imperative = negative = passive = subject = root_verb = may = False
    for t in sent:
        # Entity starts read from the tokens: Span.ents walks the whole document's entities per call.
        if t.ent_iob_ == "B":
            label = t.ent_type_
            if label in _ENTITY_CLASS:
                entity_starts += 1
                classes.add(_ENTITY_CLASS[label])
        if t.is_space or t.is_punct:
            continue
        n_words += 1
        pos = t.pos_
        if pos in pos_counts:
            pos_counts[pos] += 1
        if pos == "NUM" or t.like_num:
            n_numbers += 1
        if not digits:
            digits = any(map(str.isdigit, t.text))
        # Tense and mood: French has them in the morphology, English in auxiliaries (will, would).
        is_past, is_future, is_conditional, is_imperative, is_negative = _morph_flags(t.morph)
        past = past or is_past
        future = future or is_future
        conditional = conditional or is_conditional
        imperative = imperative or is_imperative
        dep = t.dep_
        tag = t.tag_
        negative = negative or is_negative or dep == "neg"
        passive = passive or dep in _PASSIVE_DEPS
        subject = subject or dep.startswith("nsubj")
        if dep == "ROOT":
            root_verb = root_verb or pos == "VERB"
            if tag == "VB" and not any(c.dep_ == "nsubj" for c in t.children):
                imperative = True
        # "may" is checked on the token: lowercased text cannot tell the modal from the month.
        if tag == "MD" and t.lower_ == "may":
            may = True
    n_content = max(sum(pos_counts.values()), 1)
    n_words = max(n_words, 1)

    f: dict[str, float] = {}
    for pos in _CONTENT_POS:
        f[f"pos_share_{pos}"] = pos_counts[pos] / n_content
    f["has_propn"] = float(pos_counts["PROPN"] > 0)
    f["has_number"] = float(n_numbers > 0)
    f["has_digits"] = float(digits)
    f["n_numbers_log"] = math.log1p(n_numbers)
    f["has_percent"] = float(bool(_PERCENT.search(text)))
    f["has_money"] = float(bool(_MONEY.search(text)))
    f["has_year"] = float(bool(_YEAR.search(text)))
    f["has_calendar"] = float(bool(_CALENDAR.search(text)))

    for cls in ("PER", "LOC", "ORG", "MISC"):
        f[f"ent_{cls}"] = float(cls in classes)
    f["n_entities_log"] = math.log1p(entity_starts)

    f["tense_past"] = float(past)
    f["tense_future"] = float(future or bool(lang == "en" and _FUTURE_EN.search(text)))
    f["mood_conditional"] = float(conditional or bool(lang == "en" and _CONDITIONAL_EN.search(text)))
    f["mood_imperative"] = float(imperative)
    f["first_second_person"] = float(bool(_FIRST_SECOND.search(text)))
    f["negation"] = float(bool(_NEGATION.search(text)) or negative)
    f["passive"] = float(passive)
    f["has_subject"] = float(subject)
    f["root_is_verb"] = float(root_verb)

    f["hedge"] = float(bool(_HEDGE.search(text)) or may)
    f["opinion"] = float(bool(_OPINION.search(text)))
    f["attribution"] = float(bool(_ATTRIBUTION.search(text)))
    f["change"] = float(bool(_CHANGE.search(text)))
    f["comparison"] = float(bool(_COMPARISON.search(text)))
    stripped = raw.rstrip().rstrip("»\"'” ")
    f["question"] = float(stripped.endswith("?"))
    f["exclamation"] = float(stripped.endswith("!"))
    f["quoted"] = float(any(q in raw for q in ("«", "“", '"')))

    f["length_log"] = math.log(n_words)
    f["short"] = float(n_words < 6)
    f["long"] = float(n_words > 40)
    # Conjunctions a linear model cannot form itself: a figure that changed, a figure about someone.
    f["number_and_change"] = f["has_number"] * f["change"]
    f["number_and_entity"] = f["has_number"] * float(bool(classes))
    return f


@functools.cache
def _model() -> dict:
    # Loaded once per process; a JSON file so it survives scikit-learn upgrades.
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    part = data["vectors"]
    if part["embedding_model"] != embeddings.MODEL_NAME:
        # Weights on vectors belong to the model that made them: retrain after changing it.
        raise RuntimeError(
            f"{MODEL_PATH.name} was trained on {part['embedding_model']} vectors, not {embeddings.MODEL_NAME}"
        )
    part["vector_coef"] = np.asarray(part["vector_coef"], dtype=np.float32)
    part["domain_shift"] = {
        lang: np.asarray(shift, dtype=np.float32) for lang, shift in part.get("domain_shift", {}).items()
    }
    return data


def _learned_score(f: dict[str, float], vector: np.ndarray, lang: str | None = None) -> float:
    """The calibrated probability from the sentence's features and its vector, in either language.

    A news sentence's vector (lang given) is first moved by its language's domain shift: the mean vector of the
    training speeches and debates minus the mean vector of news sentences in that language. News and speeches sit
    apart in the vectors (their means' cosine is 0.30 in English), and without the shift the model read most news
    sentences as claims (train_checkworthiness.py measures it)."""
    model = _model()
    part = model["vectors"]
    shift = part["domain_shift"].get(lang) if lang else None
    if shift is not None:
        vector = vector + shift
    z = part["intercept"] + float(vector @ part["vector_coef"])
    for name, m, s, w in zip(model["features"], part["mean"], part["scale"], part["coef"], strict=True):
        z += w * (f.get(name, 0.0) - m) / s
    a, b = part["platt"]
    z = a * z + b
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# A hedge inside one of these clauses qualifies a detail ("un recours, qui pourrait être déposé
# cette semaine"), not the sentence's main fact, so it does not cap the sentence.
_SUBORDINATE = {"relcl", "acl:relcl", "acl", "advcl", "appos"}
# The words an attribution takes outside a quotation: verb, speaker and title ("a témoigné la cheffe des urgences").
_ATTRIBUTION_WORDS = 8
_QUOTE_CHARS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _main_clause_hedges(sent: Span) -> list[Span] | None:
    """The hedge and opinion markers of the main clause; None when their place cannot be known."""
    raw = span_text(sent)
    text = _normalise(raw)
    if len(text) != len(raw):  # a rare letter whose lowercase is longer: offsets unusable
        return None
    hits = [(m.start(), m.end()) for pattern in (_HEDGE, _OPINION) for m in pattern.finditer(text)]
    hits += [
        (t.idx - sent.start_char, t.idx - sent.start_char + len(t))
        for t in sent
        if t.lower_ == "may" and t.tag_ == "MD"
    ]
    markers = []
    for a, b in hits:
        # Lowercasing and the space normalisation keep lengths, so offsets map back to the doc.
        span = sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        if span is None:
            return None
        if not any(_in_subordinate(t, sent) for t in span):
            markers.append(span)
    return markers


def _main_clause_hedged(sent: Span) -> bool:
    markers = _main_clause_hedges(sent)
    return markers is None or bool(markers)


def _in_subordinate(token, sent: Span) -> bool:
    while token.dep_ != "ROOT" and token.head.i != token.i and sent.start <= token.head.i < sent.end:
        if token.dep_ in _SUBORDINATE:
            return True
        token = token.head
    return False


def _mostly_quoted_view(sent: Span, f: dict[str, float]) -> bool:
    # A quotation filling most of the sentence, with no figure or money in it, is a speaker's view
    # ("« Nos équipes sont épuisées »"); the speech corpora we learn from have no quotation marks.
    # A quotation with only its attribution around it ("« … », a témoigné la cheffe des urgences") is
    # one too, however long the speaker's title.
    if f["has_number"] or f["has_money"] or f["has_percent"]:
        return False
    raw = span_text(sent)
    quoted = sum(len(m.group()) for m in _QUOTE_CHARS.finditer(raw))
    if not quoted:
        return False
    remainder = _QUOTE_CHARS.sub(" ", raw)
    return quoted > 0.5 * len(raw.strip()) or len(re.findall(r"\w+", remainder)) <= _ATTRIBUTION_WORDS


def rule_cap(sent: Span, f: dict[str, float], hedges: bool = True) -> float:
    """The highest score the rules allow this sentence (1.0 when no rule applies)."""
    cap = 1.0
    if hedges and (f["hedge"] or f["opinion"]) and _main_clause_hedged(sent):
        cap = min(cap, HEDGE_CAP)
    if f["question"]:
        cap = min(cap, QUESTION_CAP)
    if _mostly_quoted_view(sent, f):
        cap = min(cap, QUOTE_CAP)
    return cap


def score_sentence(sent: Span, lang: str) -> float:
    """Check-worthiness of one sentence in [0, 1]."""
    return score_sentences([sent], lang)[0]


def apply_cap(score: float, cap: float) -> float:
    """A rule scales the score into [0, cap] rather than clipping it, so two hedged sentences keep
    the model's order ("On ne sait pas combien…" below a reported opinion)."""
    return score if cap >= 1.0 else cap * score


def score_sentences(sents: list[Span], lang: str) -> list[float]:
    """Return one check-worthiness score in [0, 1] per sentence (lang is "fr" or "en").

    The sentences of an article are embedded in one batch. The learned score is kept on the doc, so
    claim_sentence_score can lift a hedge cap without embedding the sentence again."""
    vectors = embeddings.embed([span_text(sent) for sent in sents])
    scores = []
    for sent, vector in zip(sents, vectors, strict=True):
        f = sentence_features(sent, lang)
        learned = _learned_score(f, vector, lang)
        sent.doc.user_data[("checkworthiness", sent.start, sent.end)] = learned
        scores.append(apply_cap(learned, rule_cap(sent, f)))
    return scores


# Facets a claim can be checked on: a count with a value, a resolved date or time, a duration.
_FIRM_FACETS = {"quantity", "date", "datetime", "time", "duration"}


def claim_sentence_score(sent: Span, lang: str, sentence_score: float, facets: list[dict]) -> float:
    """The score a claim of this sentence starts from (facets are the claim's own, with offsets).

    A hedge caps the proposition it qualifies, not every fact the sentence mentions. In "Le résultat
    semblerait ouvrir la voie à l'intégration … d'environ 120 000 Arméniens" the count sits inside a
    noun phrase ("l'intégration de …"): it is presupposed, not hedged, and remains checkable. In "le
    bilan pourrait atteindre 10 000 morts" or "the toll could reach 10,000" the figure is the hedged
    predicate's own argument, and "on ne sait pas combien…" has no firm figure at all: those stay
    capped. So the hedge cap is lifted for a claim with a firm facet outside the scope of every
    main-clause hedge; the other rules (question, quotation) still apply. Only modal and evidential
    hedges ("could", "semblerait", "reportedly") are lifted this way, not open questions or opinions.
    """
    firm = [f for f in facets if f["type"] in _FIRM_FACETS and f.get("value") is not None]
    if not firm:
        return sentence_score
    markers = _main_clause_hedges(sent)
    if not markers or any(_IGNORANCE.search(m.text.lower()) or _OPINION.search(m.text.lower()) for m in markers):
        # "It remains unclear whether…", "on ne sait pas…" put the whole proposition in question,
        # noun phrases included; an opinion or an obligation ("should", "il faut") is a view
        # whose background facts are not what the sentence offers to check.
        return sentence_score
    predicates = {_hedged_predicate(m.root, sent).i for m in markers}
    if all(_in_hedge_scope(facet, sent, predicates) for facet in firm):
        return sentence_score
    f = sentence_features(sent, lang)
    learned = sent.doc.user_data.get(("checkworthiness", sent.start, sent.end))
    if learned is None:
        learned = _learned_score(f, embeddings.embed_one(span_text(sent)), lang)
    return apply_cap(learned, rule_cap(sent, f, hedges=False))


def _hedged_predicate(token, sent: Span):
    # "could"/"pourrait"/"reportedly"/"selon certains" qualify the verb they hang from.
    while (
        token.dep_ != "ROOT"
        and sent.start <= token.head.i < sent.end
        and (token.pos_ != "VERB" or token.dep_.startswith("aux"))
    ):
        token = token.head
    return token


def _in_hedge_scope(facet: dict, sent: Span, predicates: set[int]) -> bool:
    """Whether the facet is an argument of a hedged predicate rather than inside a noun phrase."""
    span = sent.doc.char_span(facet["start"], facet["end"], alignment_mode="expand")
    if span is None:
        return True
    inside = {t.i for t in span}
    node = span.root
    # A count's own noun ("120 000 Arméniens", "10,000 deaths") is part of the count, not a barrier.
    own_noun = facet["type"] == "quantity"
    while True:
        if node.i in predicates:
            return True
        if node.dep_ == "ROOT" or node.head.i == node.i or not (sent.start <= node.head.i < sent.end):
            return False  # the hedge governs another clause of the sentence
        node = node.head
        if node.i in predicates:
            return True
        if node.pos_ in ("NOUN", "PROPN") and node.i not in inside and not own_noun:
            return False
        own_noun = False
