"""Who says what: speech verbs, their subjects, "selon X", and direct quotations."""

import re

from spacy.tokens import Span, Token

from .sentences import _quoted_ranges
from .spans import doc_text

_SPEECH = {
    "fr": {
        "dire", "déclarer", "affirmer", "annoncer", "indiquer", "confirmer", "assurer",
        "accuser", "nier", "ajouter", "expliquer", "souligner", "préciser", "démentir",
        "reconnaître", "rapporter", "signaler", "prévenir", "avertir", "promettre",
        "admettre", "répondre", "écrire", "estimer", "dénoncer", "qualifier", "revendiquer",
        "insister", "rappeler", "communiquer", "révéler", "soutenir",
        "prétendre", "marteler", "critiquer", "condamner",
    },
    "en": {
        "say", "tell", "state", "announce", "claim", "confirm", "report", "accuse", "deny",
        "add", "explain", "note", "insist", "warn", "promise", "admit", "reply", "write",
        "argue", "allege", "acknowledge", "estimate", "describe", "reveal", "maintain",
        "condemn", "criticize", "criticise", "declare", "assert", "stress", "tweet",
    },
}  # fmt: skip
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
_TRIM_DEPS = {"acl:relcl", "relcl", "acl", "appos", "parataxis", "punct", "advcl", "conj", "cc"}
_ACCORDING = re.compile(r"(?<![\w])(?:selon|d['’]après|according\s+to)\s+", re.IGNORECASE)
_MIN_QUOTE_WORDS = 4
_THIRD_PERSON = {"il", "elle", "ils", "elles", "he", "she", "they", "it"}


def noun_phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase without its relative clauses and appositions.

    The right edge stops at the first relative pronoun, punctuation or verb after the
    head, because the parser often hangs those clauses on the wrong word.
    """
    keep = [token]
    stack = list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ in _TRIM_DEPS or child.is_space:
            continue
        keep.append(child)
        stack.extend(child.children)
    doc = token.doc
    first = min(keep, key=lambda t: t.i).i
    last_allowed = max(keep, key=lambda t: t.i).i
    last = token.i
    for i in range(token.i + 1, last_allowed + 1):
        t = doc[i]
        if (
            t.is_punct
            or t.is_space
            or t.pos_ in ("VERB", "AUX", "SCONJ")
            or "Rel" in t.morph.get("PronType")
            or t.lower_ in ("qui", "que", "dont", "who", "which", "that")
        ):
            break
        last = i
    while last > first and (doc[last].is_punct or doc[last].pos_ in ("CCONJ", "ADP", "DET")):
        last -= 1
    while first < last and doc[first].is_punct:
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def sentence_subject(sent: Span) -> dict | None:
    """The main clause's subject if it is a noun phrase: used to resolve later pronouns."""
    root = sent.root
    for child in root.children:
        if child.dep_ in _SUBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
            start, end = noun_phrase(child)
            return {"start": start, "end": end, "morph": child.morph}
    return None


def _agrees(pronoun: Token, antecedent) -> bool:
    for feature in ("Number", "Gender"):
        a, b = pronoun.morph.get(feature), antecedent.get(feature)
        if a and b and a != b:
            return False
    return True


def speaker_of(verb: Token, previous_subject: dict | None) -> tuple[int, int] | None:
    """Character span of who speaks through `verb`, resolving a pronoun if it can."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        if "Rel" in subject.morph.get("PronType") and verb.dep_ in ("acl:relcl", "relcl"):
            return noun_phrase(verb.head)  # "L'Arménie, qui affirme…"
        if subject.lower_ in _THIRD_PERSON and previous_subject and _agrees(subject, previous_subject["morph"]):
            return previous_subject["start"], previous_subject["end"]
        return None
    return noun_phrase(subject)


def attributions(sent: Span, lang: str, previous_subject: dict | None) -> list[dict]:
    """Speech verbs and "selon X" in a sentence: [{"start", "end", "speaker": (a, b)}].

    start/end cover what is attributed (the verb and all it governs).
    """
    found = []
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _SPEECH[lang]:
            speaker = speaker_of(token, previous_subject)
            if speaker:
                subtree = list(token.subtree)
                found.append(
                    {
                        "start": subtree[0].idx,
                        "end": subtree[-1].idx + len(subtree[-1].text),
                        "verb": token.idx,
                        "speaker": speaker,
                    }
                )
    text = doc_text(sent.doc)
    for match in _ACCORDING.finditer(text, sent.start_char, sent.end_char):
        span = sent.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span[0]
        while (
            head.head is not head
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.dep_ not in ("nsubj",)
            and head.head.i > head.i
        ):
            head = head.head
        a, b = noun_phrase(head)
        # The parser hangs "selon" under the name (a `case` child): the speaker starts after it.
        a = max(a, match.end())
        if a < b:
            found.append(
                {
                    "start": sent.start_char,
                    "end": sent.end_char,
                    "verb": match.start(),
                    "speaker": (a, b),
                    "whole_sentence": True,
                }
            )
    return found


def quotes(sent: Span, attributed: list[dict]) -> list[dict]:
    """Direct quotations of at least a few words, with their speaker when one is known."""
    text = doc_text(sent.doc)
    found = []
    for a, b in _quoted_ranges(text, sent.start_char, sent.end_char):
        inner_a, inner_b = a + 1, b - 1
        while inner_a < inner_b and text[inner_a].isspace():
            inner_a += 1
        # The comma before a closing quote belongs to the reporting clause:
        # "We will rebuild," he said.
        while inner_b > inner_a and (text[inner_b - 1].isspace() or text[inner_b - 1] == ","):
            inner_b -= 1
        inner = text[inner_a:inner_b]
        if len(inner.split()) < _MIN_QUOTE_WORDS:
            continue  # « République d'Artsakh »: a name or a scare quote, not a quotation
        speaker = None
        outside = [x for x in attributed if not (a <= x["verb"] < b)]
        if outside:
            nearest = min(outside, key=lambda x: min(abs(x["verb"] - a), abs(x["verb"] - b)))
            speaker = text[nearest["speaker"][0] : nearest["speaker"][1]]
        found.append({"type": "quote", "text": inner, "start": inner_a, "end": inner_b, "speaker": speaker})
    return found
