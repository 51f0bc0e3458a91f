"""Named entities: spaCy's mentions with its rough labels corrected by general rules.

The French model calls "Karabakh" a person and "Arméniens" a place, and has no label for
nationalities. The rules below use the grammar around a mention (a person takes no
article in French: "au Karabakh" is a place), the other mentions in the same article,
and CLDR's country names (a word built on a country's name with a demonym ending is a
nationality), never a list written for one article.
"""

import re
from collections import Counter

from spacy.tokens import Doc

from .pipeline import lemma
from .places import is_known_place, nationality_country
from .spans import doc_text
from .temporal import _EN_DAYS, _FR_DAYS

_EN_LABELS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
              "NORP": "NORP", "EVENT": "MISC", "LAW": "MISC", "WORK_OF_ART": "MISC",
              "PRODUCT": "MISC", "LANGUAGE": "MISC"}  # fmt: skip
_FR_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_LEADING = re.compile(r"^(?:[LlDd]['’]|[Tt]he\s+)")
_PLACE_ARTICLES = {"au", "aux", "en", "le", "la", "l'", "l’", "du", "des", "les"}
# Words that end a name: "RER A jeudi matin" is the line "RER A", then a time.
_TIME_WORDS = {*_FR_DAYS, *_EN_DAYS, "matin", "soir", "midi", "morning", "evening", "night", "nuit"}
# A source of information: "X said", "according to X", "selon X".
_SPEECH_LEMMAS = {"say", "tell", "announce", "report", "estimate", "publish", "dire", "annoncer", "indiquer",
                  "publier", "estimer", "déclarer", "affirmer", "préciser"}  # fmt: skip
# An ordinal is no name, and an ordinal century is a period, not a place: "au XXIe siècle", "the 21st century".
_ORDINAL = re.compile(
    r"(?:[IVXLC]+|\d{1,2})(?:e|er|ère|ème|st|nd|rd|th)(?:\s+(?:siècles?|millénaires?|century|centuries|millennium))?"
)
_ACCORDING_BEFORE = re.compile(r"(?:according\s+to|selon|d['’]après)\s*$", re.IGNORECASE)


def document_entities(doc: Doc, lang: str) -> list[dict]:
    """All entity mentions of the document, with corrected labels, in text order."""
    mentions = []
    table = _FR_LABELS if lang == "fr" else _EN_LABELS
    text_all = doc_text(doc)
    for ent in doc.ents:
        label = table.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        lead = _LEADING.match(text_all[start:end])
        if lead and end - start > lead.end():
            start += lead.end()
        tokens = [token for token in ent if token.idx >= start]
        while len(tokens) > 1 and tokens[-1].lower_ in _TIME_WORDS:
            tokens.pop()
        end = min(end, tokens[-1].idx + len(tokens[-1].text)) if tokens else end
        text = text_all[start:end]
        if not text.strip() or not any(ch.isalpha() for ch in text):
            continue
        if _ORDINAL.fullmatch(text):
            continue
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ == "NOUN":
            continue  # "Vacancies fell…", "Ridership rose…": a common noun capitalised as a sentence's first word
        label = _rule_label(doc, ent, text, label, lang)
        mentions.append({"type": "entity", "text": text, "start": start, "end": end, "label": label})
    _harmonize(mentions)
    if lang == "fr":
        mentions.extend(_nationality_adjectives(doc, mentions))
        mentions.sort(key=lambda m: m["start"])
    return mentions


def _rule_label(doc: Doc, ent, text: str, label: str, lang: str) -> str:
    if is_nationality(text, lang):
        return "NORP"
    if is_known_place(text):
        return "LOC"
    if label == "LOC" and _is_information_source(doc, ent):
        return "ORG"  # "Destatis said", "according to Destatis": no gazetteer place, and it reports
    if lang == "fr" and label == "PER":
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in _PLACE_ARTICLES or _LEADING.match(ent.text):
            return "LOC"  # French persons take no article: "au Karabakh", "le Karabakh"
    return label


def _is_information_source(doc: Doc, ent) -> bool:
    """The mention reports: subject of a reporting verb, or after "according to" / "selon"."""
    head = ent.root
    if head.dep_ in ("nsubj", "nsubj:pass") and lemma(head.head).lower() in _SPEECH_LEMMAS:
        return True
    # "Destatis, the federal statistics office, said": the apposition's noun sits between them.
    if head.dep_ == "nsubj" and any(child.dep_ == "appos" for child in head.children):
        return lemma(head.head).lower() in _SPEECH_LEMMAS
    return bool(_ACCORDING_BEFORE.search(doc_text(doc)[max(0, ent.start_char - 20) : ent.start_char]))


def _harmonize(mentions: list[dict]) -> None:
    """One label per name in an article: the majority, or that of a longer name it ends."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(m["text"], Counter())[m["label"]] += 1
    for m in mentions:
        if m["label"] == "NORP":
            continue
        counts = votes[m["text"]]
        for longer, longer_counts in votes.items():
            # "Karabakh" shares the label of "Haut-Karabakh".
            if longer != m["text"] and re.search(rf"[\s\-]{re.escape(m['text'])}$", longer):
                counts = counts + longer_counts
        best, n = counts.most_common(1)[0]
        if n > counts[m["label"]]:
            m["label"] = best


def is_nationality(word: str, lang: str) -> bool:
    """True for "Arméniens", "azerbaïdjanaise", "Armenian": a country's name + a demonym ending."""
    return nationality_country(word, lang) is not None


def _nationality_adjectives(doc: Doc, mentions: list[dict]) -> list[dict]:
    """French nationality adjectives ("les séparatistes arméniens") as NORP mentions."""
    covered = {(m["start"], m["end"]) for m in mentions}
    found = []
    for token in doc:
        if token.pos_ != "ADJ" or not token.is_lower or len(token.text) < 5:
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in covered or not is_nationality(token.text, "fr"):
            continue
        found.append({"type": "entity", "text": token.text, "start": span[0], "end": span[1], "label": "NORP"})
    return found
