"""Who says what: speech verbs, their subjects, "selon X", and direct quotations."""

import re

from spacy.tokens import Span, Token

from .pipeline import lemma as lemma_of
from .sentences import _quoted_ranges
from .spans import doc_text
from .temporal import _EN_DAYS, _FR_DAYS

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
# A reporting clause after its content: how the parser hangs it on the content…
_INCISE_DEPS = {"advcl", "conj", "parataxis", "ccomp", "dep", "obl:mod"}
# …or how the content hangs on it.
_CONTENT_DEPS = {"ccomp", "parataxis"}
# Children of a reporting verb that are clauses of their own ("…, as 50 hostages were released").
_SEPARATE_DEPS = {"advcl", "conj", "cc", "punct", "parataxis", "ccomp", "acl:relcl", "relcl"}
_INVERTED_DEPS = {"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "appos", "dep"}
_TIME_WORDS = set(_FR_DAYS + _EN_DAYS) | {"hier", "aujourd'hui", "yesterday", "today", "tonight"}
_INCISE_OPENERS = {",", "»", '"', "”", "—", "–"}
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
        if child.is_space or child.dep_ in _TRIM_DEPS and not _close_name(token, child):
            continue
        keep.append(child)
        stack.extend(child.children)
    doc = token.doc
    first = min(keep, key=lambda t: t.i).i
    last_allowed = max(keep, key=lambda t: t.i).i
    last = token.i
    for i in range(token.i + 1, last_allowed + 1):
        t = doc[i]
        if _inner_hyphen(t):
            continue  # "Météo-France", "Rhône-Alpes": a hyphen inside a name joins it
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


def _inner_hyphen(token: Token) -> bool:
    doc = token.doc
    return (
        token.text in ("-", "‐", "‑")
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and doc[token.i + 1].is_alpha
    )


def _close_name(head: Token, child: Token) -> bool:
    """A name in apposition right after its title, with no comma: "la maire Sophie Leclerc"."""
    if child.dep_ != "appos" or child.i < head.i or child.pos_ != "PROPN":
        return False
    return not any(t.is_punct for t in head.doc[head.i + 1 : child.left_edge.i + 1])


def sentence_subject(sent: Span) -> dict | None:
    """The main clause's subject if it is a noun phrase: used to resolve later pronouns."""
    root = sent.root
    # "L'Arménie, qui affirme…, n'est pas intervenue": the parser may make the subject itself the root.
    candidates = [root] if root.pos_ in ("NOUN", "PROPN") else []
    candidates += [child for child in root.children if child.dep_ in _SUBJECT_DEPS]
    for child in candidates:
        if child.pos_ in ("NOUN", "PROPN"):
            start, end = noun_phrase(child)
            morph = {feature: child.morph.get(feature) for feature in ("Number", "Gender")}
            # "La maire": the article tells the gender of a noun that has both.
            det = next((c for c in child.children if c.dep_ == "det" and c.morph.get("Gender")), None)
            if det is not None:
                morph["Gender"] = det.morph.get("Gender")
            # A country or a body is referred to by its people or its government too ("L'Arménie…
            # Il a accusé Bakou"): only a person's gender must agree with a pronoun.
            if child.ent_type_ in ("LOC", "ORG", "GPE"):
                morph["Gender"] = []
            return {"start": start, "end": end, "morph": morph}
    return None


def _agrees(pronoun: Token, antecedent) -> bool:
    for feature in ("Number", "Gender"):
        a, b = pronoun.morph.get(feature), antecedent.get(feature)
        if a and b and a != b:
            return False
    return True


def speaker_of(verb: Token, previous_subject: dict | None, inverted: bool = False) -> tuple[int, int] | None:
    """Character span of who speaks through `verb` (see _speaker), never cutting a name in
    two: the parser may take "Le Maire" of "a annoncé Bruno Le Maire" for an object."""
    span = _speaker(verb, previous_subject, inverted)
    if span is None:
        return None
    a, b = span
    for start, end in _names(verb.doc):
        if start < b and a < end:
            a, b = min(a, start), max(b, end)
    return apposed_name(verb.doc, a, b)


def apposed_name(doc, a: int, b: int) -> tuple[int, int]:
    """A title followed by the person's name between commas is that person: "son président, Hugo Marchetti",
    "The new leader, Tom Avery, said", "selon l'adjoint aux sports, Yann Le Goff"."""
    text = doc_text(doc)
    gap = re.match(r",[ \u00a0]+", text[b : b + 3])
    if not gap:
        return a, b
    start = b + gap.end()
    for ent in doc.ents:
        if ent.start_char == start and ent.label_ in ("PER", "PERSON"):
            title = doc.char_span(a, b, alignment_mode="expand")
            # Only after a title (a common noun), never after another name ("Paris, Jean Dupont…").
            if title is not None and any(t.pos_ == "NOUN" for t in title):
                return ent.start_char, ent.end_char
    return a, b


def trailing_speaker(verb: Token) -> tuple[int, int] | None:
    """Who speaks in a French reporting clause that closes the sentence: "…, a précisé le gouvernement.",
    "…, a rappelé l'avocat général.", "…, a précisé l'agence jeudi." The noun phrase after the participle, to
    the end of the sentence (a day after it dropped), is the speaker: the parser often takes the content's
    subject before the comma instead."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and (doc[i].dep_.startswith("aux") or doc[i].text.startswith("-")):
        i -= 1
    if i < sent.start or i == verb.i - 1 or doc[i].text != ",":
        return None
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    while tail and (_breaks(tail[-1]) or tail[-1].lower_ in _TIME_WORDS):
        tail.pop()
    while tail and tail[0].lower_ in _TIME_WORDS:
        tail.pop(0)  # "a assuré jeudi le recteur"
    if not tail or tail[0].pos_ not in ("DET", "PROPN", "NOUN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") for t in tail):
        return None
    comma = next((k for k, t in enumerate(tail) if _breaks(t)), None)
    if comma is not None:
        # Only a name in apposition may follow ("a affirmé son président, Hugo Marchetti."), not more content
        # ("…, a annoncé l'Insee vendredi, sa plus forte hausse depuis 2022.").
        rest = tail[comma + 1 :]
        if not rest or not all(t.ent_type_ in ("PER", "PERSON") for t in rest):
            return None
        tail = tail[:comma]
    inside = {t.i for t in tail}
    head = next((t for t in tail if t.head.i not in inside), tail[0])
    # The noun phrase, not what the verb governs after it ("a annoncé Bruno Le Maire sur France 2").
    a, b = _without_time(head)
    limit = tail[-1].idx + len(tail[-1].text)
    a, b = max(a, tail[0].idx), min(b, limit)
    if a >= b:
        return None
    for start, end in _names(doc):  # never a name cut in two ("Bruno Le Maire", "Météo-France")
        if start < b and a < end and end <= limit:
            a, b = min(a, start), max(b, end)
    return apposed_name(doc, a, b)


def _names(doc) -> list[tuple[int, int]]:
    """Person and organisation mentions, read once per document (doc.ents builds new spans)."""
    names = doc.user_data.get("factcheck_names")
    if names is None:
        ents = doc.ents
        names = [(e.start_char, e.end_char) for e in ents if e.label_ in ("PER", "PERSON", "ORG")]
        doc.user_data["factcheck_names"] = names
    return names


def _speaker(verb: Token, previous_subject: dict | None, inverted: bool = False) -> tuple[int, int] | None:
    """Character span of who speaks through `verb`, resolving a pronoun if it can.

    `inverted`: the verb heads a reporting clause after what it reports ("…, a annoncé
    mercredi le ministère"), where the parser may take the subject for an object.
    """
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and inverted:
        subject = _inverted_subject(verb)
    if subject is None and verb.dep_ == "conj" and not inverted:
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
    passive = "Pass" in verb.morph.get("Voice") or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
    if subject is not None and subject.dep_ in ("nsubj:pass", "nsubjpass") and passive:
        # "A state of emergency was declared (by the governor)": what is said, not who says it.
        agent = _agent(verb)
        if agent is None:
            return None
        a, b = noun_phrase(agent)
        case = next((c for c in agent.children if c.dep_ == "case" and c.i < agent.i), None)
        return (agent.doc[case.i + 1].idx, b) if case is not None and case.idx == a else (a, b)
    elif subject is not None and subject.i < verb.i:
        subject = _subject_across_comma(verb, subject) or subject
    if subject is None:
        return None
    if isinstance(subject, tuple):
        return subject
    if subject.pos_ == "PRON":
        if "Rel" in subject.morph.get("PronType") and verb.dep_ in ("acl:relcl", "relcl"):
            return noun_phrase(verb.head)  # "L'Arménie, qui affirme…"
        pronoun = subject.lower_.lstrip("-")
        if pronoun in _THIRD_PERSON and previous_subject and _agrees(subject, previous_subject["morph"]):
            return previous_subject["start"], previous_subject["end"]
        return None
    return _without_time(subject) if inverted else noun_phrase(subject)


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb: "by the governor", "par le ministère"."""
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _subject_across_comma(verb: Token, subject: Token) -> tuple[int, int] | Token | None:
    """The real speaker when the parser took a subject across an unclosed comma.

    A subject is set off from its verb by a pair of commas ("X, a spokesman, said"), never
    by one: in "…, killing at least four people, regional governor X said" the speaker is
    the noun phrase right before the verb, and in "Le bilan, a indiqué le ministère, …" it
    is the inverted one after it.
    """
    doc = verb.doc
    group_start = verb.i
    while group_start > subject.i + 1 and doc[group_start - 1].dep_.startswith("aux"):
        group_start -= 1
    commas = [i for i in range(subject.i + 1, group_start) if doc[i].text == ","]
    if len(commas) % 2 == 0:
        return None
    words = doc[commas[-1] + 1 : group_start]
    if len(words) and any(t.pos_ in ("NOUN", "PROPN") for t in words):
        # Not a list ("les ministres de l'Intérieur, de la Justice et des Armées ont dit").
        if words[0].pos_ != "ADP" and not any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_punct for t in words):
            return words[0].idx, words[-1].idx + len(words[-1].text)
        return None
    if not len(words) and doc.lang_ == "fr":
        return _inverted_subject(verb)
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """The subject of a reporting clause that follows the verb, which the parser often takes
    for an object ("a annoncé le ministère") or hangs on a date ("a indiqué mercredi Santé
    publique France"); or a clitic ("a-t-il déclaré", which it takes for an expletive)."""
    after = [c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    # "l'exploitant du site": a noun the tagger took for a participle still has its article.
    nominal = (
        c for c in verb.children if c.i > verb.i and c.pos_ == "VERB" and any(g.dep_ == "det" for g in c.children)
    )
    for child in sorted([*after, *nominal], key=lambda t: t.i):
        if child.dep_ in _INVERTED_DEPS and child.lower_ not in _TIME_WORDS:
            return child
    for child in after:
        if child.lower_ in _TIME_WORDS:
            named = [g for g in child.children if g.i > child.i and g.dep_ in ("nmod", "appos", "flat:name")]
            if named and named[0].pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in named[0].children):
                return named[0]
    clitics = (t for t in verb.subtree if t.i < verb.i and t.pos_ == "PRON" and t.text.startswith("-"))
    return next((t for t in clitics if t.lower_ != "-t"), None)


def _without_time(subject: Token) -> tuple[int, int]:
    """noun_phrase of an inverted subject, without a date the parser hung on it
    ("a annoncé l'Insee vendredi")."""
    a, b = noun_phrase(subject)
    doc = subject.doc
    for child in subject.children:
        if child.i > subject.i and child.lower_ in _TIME_WORDS and child.left_edge.i > subject.i:
            edge = doc[child.left_edge.i - 1]
            b = min(b, edge.idx + len(edge.text))
    return a, b


def _breaks(token: Token) -> bool:
    """Punctuation that ends a clause: not a hyphen ("a-t-il") nor a bracket ("(Insee)")."""
    return token.is_punct and token.text not in ("-", "(", ")")


def reporting_clause(verb: Token) -> tuple[int, int, int, int] | None:
    """A speech verb's clause when it follows what it reports, set off by punctuation:
    "X, Qatar's foreign ministry said on Monday", "X, a-t-il déclaré", "« X », a affirmé le
    maire", "X, said John Smith", or sits inside it: "The toll, the ministry said, rose…".

    Returns (content start, content end, clause start, clause end) in characters, where the
    content span includes the clause; None if the verb does not head such a clause.
    """
    content = _reported_content(verb)
    if content is None:
        return None
    # A clause of its own: a finite verb ("said", "a annoncé"), not "…, reporting to eight
    # agencies", with a subject of its own, not a predicate sharing the content's subject
    # ("My opponent had trouble, criticized us").
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children) and _inverted_subject(verb) is None:
        return None
    # The verb says nothing more after itself: no "that…" clause of its own.
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("ccomp", "xcomp", "csubj") or child.dep_ == "mark":
            return None
    before = content.i < verb.i
    clause = [verb]
    for child in verb.children:
        if child is content or child.dep_ in _SEPARATE_DEPS:
            continue
        if child.i < (content.i if before else content.left_edge.i):
            return None  # the verb's own material before the content: not a reporting clause
        clause.extend(child.subtree)
    doc = verb.doc
    first = min(t.i for t in clause)
    if first == 0 or not (doc[first - 1].is_punct and doc[first - 1].text in _INCISE_OPENERS):
        return None
    if any(_breaks(doc[i]) for i in range(first, verb.i)):
        return None
    # The clause ends at its first punctuation: "said John Smith, a spokesman".
    members = {t.i for t in clause}
    last = verb.i
    while last + 1 < len(doc) and last + 1 in members and not _breaks(doc[last + 1]):
        last += 1
    content_start = min(content.left_edge.i, first)
    if content_start >= first - 1:
        return None  # nothing reported before the clause
    if before:
        content_end = last
    else:
        # Inside its content, the clause is closed by punctuation too.
        if last + 1 >= len(doc) or not _breaks(doc[last + 1]) or content.right_edge.i <= last + 1:
            return None
        content_end = content.right_edge.i
    return (
        doc[content_start].idx,
        doc[content_end].idx + len(doc[content_end].text),
        doc[first].idx,
        doc[last].idx + len(doc[last].text),
    )


def _reported_content(verb: Token) -> Token | None:
    """The head of what a speech verb reports when the parser did not make it the verb's
    object: its own head (French hangs "…, a annoncé X" on the content as advcl, conj or
    parataxis; "The toll, the ministry said, rose"), or a clause before it (English ccomp)."""
    if verb.dep_ in _INCISE_DEPS and verb.head is not verb:
        content = verb.head
    else:
        content = next((c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i < verb.i), None)
    if content is None:
        # "« Nous reconstruirons… », a affirmé le maire": a finite clause without a
        # conjunction, parsed as an adverbial clause of the speech verb.
        content = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i < verb.i
                and "Fin" in c.morph.get("VerbForm")
                and not any(g.dep_ in ("mark", "case") for g in c.children)
            ),
            None,
        )
        has_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        if content is not None and has_subject and any(c.dep_ in ("obj", "dobj") for c in verb.children):
            return None  # "…, il a annoncé 40 arrestations": an object of its own
    if content is None or content.pos_ not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
        return None
    return content


def _speech_lemma(token: Token, lang: str) -> bool:
    lemma = lemma_of(token).lower()
    if lemma in _SPEECH[lang]:
        return True
    # The French lemmatizer sometimes returns a present-tense form as it is ("indique",
    # "rapporte"): a first-group verb's infinitive is that form plus "r".
    return lang == "fr" and lemma == token.lower_ and lemma.endswith("e") and lemma + "r" in _SPEECH[lang]


def attributions(sent: Span, lang: str, previous_subject: dict | None) -> list[dict]:
    """Speech verbs and "selon X" in a sentence: [{"start", "end", "speaker": (a, b)}].

    start/end cover what is attributed (the verb and all it governs).
    """
    found = []
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and _speech_lemma(token, lang):
            clause = reporting_clause(token)
            trailing = trailing_speaker(token) if lang == "fr" else None
            speaker = trailing or speaker_of(token, previous_subject, inverted=clause is not None)
            subtree = list(token.subtree)
            start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
            if trailing:
                # A clause closing the sentence vouches for all of it, as "selon X" does.
                found.append(
                    {
                        "start": sent.start_char,
                        "end": sent.end_char,
                        "verb": token.idx,
                        "speaker": trailing,
                        "reporting": (clause[2], clause[3]) if clause else None,
                        "whole_sentence": True,
                    }
                )
                continue
            if clause:
                # What the clause attributes is its content, not what follows it.
                start, end = clause[0], clause[1]
            if speaker or clause:
                found.append(
                    {
                        "start": start,
                        "end": end,
                        "verb": token.idx,
                        "speaker": speaker,
                        "reporting": (clause[2], clause[3]) if clause else None,
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
        a, b = apposed_name(sent.doc, a, b)
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
        outside = [x for x in attributed if x["speaker"] and not (a <= x["verb"] < b)]
        if outside:
            nearest = min(outside, key=lambda x: min(abs(x["verb"] - a), abs(x["verb"] - b)))
            speaker = text[nearest["speaker"][0] : nearest["speaker"][1]]
        found.append({"type": "quote", "text": inner, "start": inner_a, "end": inner_b, "speaker": speaker})
    return found
