"""Sentences into atomic claims: spans of the article, each with its facets and kind.

A sentence becomes several claims only when it carries several checkable facts (a time,
a count, a promise…) in different clauses; the clauses are found at punctuation and at
coordinations that join two verbs, so each claim is still a contiguous span of the text.
"""

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime

from spacy.tokens import Doc, Span

from .checkworthiness import claim_sentence_score, score_sentences
from .entities import document_entities, nationality_country
from .quantities import find_quantities
from .spans import Taken, doc_text
from .speakers import attributions, quotes, sentence_subject
from .temporal import find_temporal

_MIN_WORDS = 4
_BREAK_PUNCT = {",", ";", ":", "–", "—", "(", ")"}
_COORD = {"et", "mais", "puis", "and", "but", "or", "ou"}
_FIRM = {"quantity", "date", "datetime", "time", "duration"}
_STRIP = " \t\n\r\u00a0\u202f,;:–—-"
_COMPARISON = re.compile(
    r"(?<![\w])(?:plus\s+\w+\s+que|moins\s+\w+\s+que|davantage|record|deux\s+fois|trois\s+fois"
    r"|par\s+rapport\s+à|comparée?s?\s+à|supérieure?s?\s+à|inférieure?s?\s+à|le\s+plus|la\s+plus"
    r"|les\s+plus|than|compared\s+(?:with|to)|the\s+(?:most|least)|\w+est\s+(?:since|ever|in)"
    r"|largest|biggest|highest|lowest|smallest|twice|doubled?|tripled?|a\s+doublé|a\s+triplé"
    r"|en\s+hausse|en\s+baisse|increase[ds]?|decrease[ds]?|rose|fell)(?![\w])",
    re.IGNORECASE,
)
_CAUSAL = re.compile(
    r"(?<![\w])(?:parce\s+qu|à\s+cause\s+d|en\s+raison\s+d|grâce\s+à|provoqu|entraîn|causé"
    r"|forcé|conduit\s+à|à\s+l['’]origine|because|due\s+to|caused|led\s+to|resulted\s+in"
    r"|as\s+a\s+result|forced|triggered|owing\s+to|so\s+that|afin\s+d)",
    re.IGNORECASE,
)


def build_claims(doc: Doc, lang: str, published: datetime | None, places: list[str] | None = None) -> list[dict]:
    """All claims of a parsed document, in text order."""
    # doc.sents is rebuilt on every access: read it once per document.
    sents = [s for s in doc.sents if _is_claim_sentence(s)]
    if not sents:
        return []
    scores = score_sentences(sents, lang)
    entities = document_entities(doc, lang)
    claims: list[dict] = []
    previous_subject = None
    # A bare "23 h 40" or "la veille" refers to the day the story is at: the last day
    # named by a weekday or a relative word ("mardi", "yesterday"). Calendar dates
    # ("lancée le 7 mai") more often give background than move the story along.
    story_day: date | None = None
    for sent, score in zip(sents, scores, strict=False):
        sent_claims, days = _sentence_claims(
            doc, sent, lang, published, float(score), entities, previous_subject, story_day, places or []
        )
        claims.extend(sent_claims)
        previous_subject = sentence_subject(sent) or previous_subject
        story_day = days[-1] if days else story_day
    return claims


# A place right after another clock time is that time's zone, not the local one: "peu avant 15 heures, heure locale,
# soit vers 3 heures du matin mercredi à Paris", "3 p.m. local time (1 a.m. in Paris)".
_OTHER_CLOCK = re.compile(r"\d{1,2}\s*(?:h\b|heures?|[ap]\.?m\.?|:\d\d)[^,.;()]{0,30}\b(?:à|in)\s+$", re.IGNORECASE)


def _local_time_places(text: str, entities: list[dict], start: int, end: int, lang: str) -> list[str]:
    """Where "heure locale" / "local time" may be: places of the sentence, then places
    and nationalities named before it, nearest first (never a place named later)."""
    in_sentence = [
        e["text"]
        for e in entities
        if start <= e["start"]
        and e["end"] <= end
        and e["label"] == "LOC"
        and not _OTHER_CLOCK.search(text, start, e["start"])
    ]
    before = []
    for e in reversed([e for e in entities if e["end"] <= start]):
        if e["label"] == "LOC":
            before.append(e["text"])
        elif e["label"] == "NORP":
            country = nationality_country(e["text"], lang)
            if country:
                before.append(country)
    return in_sentence + before


def _is_claim_sentence(sent: Span) -> bool:
    return sum(1 for t in sent if t.is_alpha) >= _MIN_WORDS


def _sentence_claims(doc, sent, lang, published, score, entities, previous_subject, context_day, context_places):
    text = doc_text(doc)
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    sent_entities = [e for e in entities if start <= e["start"] and e["end"] <= end]
    places = _local_time_places(text, entities, start, end, lang) + context_places
    taken = Taken()
    facets = find_temporal(doc, start, end, lang, published, taken, places, context_day)
    facets += find_quantities(doc, start, end, lang, taken)
    attributed = attributions(sent, lang, previous_subject)
    quoted = quotes(sent, attributed)
    facets += quoted
    facets += [e for e in sent_entities if not taken.overlaps(e["start"], e["end"])]
    facets.sort(key=lambda f: (f["start"], f["end"]))
    claims = []
    reporting = [x["reporting"] for x in attributed if x.get("reporting")]
    spans = _claim_spans(sent, facets, start, end, reporting)
    owners = _owners(spans, facets)
    for k, (a, b) in enumerate(spans):
        own = [f for f, owner in zip(facets, owners, strict=True) if owner == k]
        claimant = _claimant(text, a, b, attributed, own)
        claims.append(
            {
                "text": text[a:b],
                "start": a,
                "end": b,
                "sentence_start": start,
                "sentence_end": end,
                "checkworthiness": _checkworthiness(score, own, sent, lang),
                "kind": _kind(text[a:b], own, claimant),
                "claimant": claimant,
                "facets": [_public(f) for f in own],
            }
        )
    # A day still to come ("jeudi à 6 heures" for a truce) is a plan, not where the story is.
    limit = published.date() if published else None
    days = [f["_date"] for f in facets if f.get("_deictic") and f.get("_date") and (not limit or f["_date"] <= limit)]
    return claims, days


def _owners(spans: list[tuple[int, int]], facets: list[dict]) -> list[int | None]:
    """The claim each facet belongs to: the one containing it, else the one it overlaps most
    (a quote ending in the comma that the claim's edge trims)."""
    owners: list[int | None] = []
    for f in facets:
        inside = [k for k, (a, b) in enumerate(spans) if a <= f["start"] and f["end"] <= b]
        if inside:
            owners.append(inside[0])
            continue
        overlap = [(min(b, f["end"]) - max(a, f["start"]), k) for k, (a, b) in enumerate(spans)]
        best = max(overlap, default=(0, None))
        owners.append(best[1] if best[0] > 0 else None)
    return owners


def _public(facet: dict) -> dict:
    ordered = {"type": facet["type"], "text": facet["text"], "start": facet["start"], "end": facet["end"]}
    ordered.update({k: v for k, v in facet.items() if k not in ordered and not k.startswith("_")})
    return ordered


def _claim_spans(
    sent: Span, facets: list[dict], start: int, end: int, reporting: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    segments = _segments(sent, facets, reporting)
    # A reporting clause after its content ("…, the ministry said on Monday") is not a fact
    # of its own, even with a date: it joins the claim it reports, like "X a déclaré que…".
    checkable = [_is_checkable(sent, seg, facets) and not _is_reporting(sent, seg, reporting) for seg in segments]
    if sum(checkable) <= 1:
        return [(start, end)]
    groups: list[list[tuple[int, int]]] = []
    lead: list[tuple[int, int]] = []
    for seg, firm in zip(segments, checkable, strict=False):
        if firm:
            groups.append(lead + [seg])  # leading context joins the first fact
            lead = []
        elif groups:
            groups[-1].append(seg)
        else:
            lead.append(seg)
    spans = []
    text = doc_text(sent.doc)
    for group in groups:
        a, b = group[0][0], group[-1][1]
        a, b = _strip(text, a, b, keep_end=(b >= end))
        if a < b:
            spans.append((a, b))
    return spans or [(start, end)]


def _is_reporting(sent: Span, seg: tuple[int, int], reporting: list[tuple[int, int]]) -> bool:
    """Whether a segment is only a reporting clause (its punctuation aside)."""
    if not reporting:
        return False  # most sentences: no need to walk their tokens
    words = [t for t in sent if seg[0] <= t.idx < seg[1] and not t.is_punct and not t.is_space]
    return bool(words) and any(all(a <= t.idx < b for t in words) for a, b in reporting)


def _strip(text: str, a: int, b: int, keep_end: bool) -> tuple[int, int]:
    while a < b and (text[a] in _STRIP):
        a += 1
    lead = re.match(r"(?:et|mais|puis|and|but|or|ou)\s+", text[a:b], re.IGNORECASE)
    if lead and b - a > lead.end():
        a += lead.end()
    if not keep_end:
        while b > a and text[b - 1] in _STRIP:
            b -= 1
    else:
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def _segments(sent: Span, facets: list[dict], reporting: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Clause-like pieces: cut at punctuation and at coordinations between two verbs."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return []
    # The tokens no cut comes before: inside a quote, or inside a facet other than an entity ("entre 10 et 20",
    # "mercredi, à 11 h"). Offsets increase along the sentence, so each facet's tokens are found by bisection
    # rather than each token testing every facet.
    starts = [t.idx for t in tokens]
    uncut = [False] * len(tokens)
    for f in facets:
        if f["type"] == "quote":
            first, last = bisect_left(starts, f["start"]), bisect_left(starts, f["end"])
        elif f["type"] != "entity":
            first, last = bisect_right(starts, f["start"]), bisect_left(starts, f["end"])
        else:
            continue
        uncut[first:last] = [True] * max(last - first, 0)
    cuts = [0]
    for k, token in enumerate(tokens):
        if k == 0 or uncut[k]:
            continue
        if tokens[k - 1].text in _BREAK_PUNCT or (
            token.lower_ in _COORD
            and _starts_clause(tokens, k + 1)
            and _has_verb(tokens[cuts[-1] : k])
            and _has_verb(_until_punct(tokens, k + 1))
        ):
            cuts.append(k)
    cuts.append(len(tokens))
    pieces = [tokens[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if a < b]
    # A piece without a verb ("Aux termes de l'accord", "dont 10 enfants") is context for
    # its neighbour, not a fact of its own.
    # Nor is one after a reporting clause: "…, the agency said, the fastest pace since 2008"
    # describes the reported fact, not the clause.
    merged: list[list] = []
    for piece in pieces:
        after_reporting = merged and _is_reporting(sent, _extent(merged[-1]), reporting)
        if merged and not _has_verb(piece) and not after_reporting or merged and not _has_verb(merged[-1]):
            merged[-1].extend(piece)
        else:
            merged.append(list(piece))
    return [_extent(p) for p in merged]


def _extent(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _starts_clause(tokens, k) -> bool:
    """After "et"/"and": a subject or a finite verb starts a clause; a bare participle or
    noun ("dissoutes et désarmées") only continues a list."""
    if k >= len(tokens):
        return False
    token = tokens[k]
    if token.pos_ in ("DET", "PRON", "PROPN", "AUX", "NUM"):
        return True
    if token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"):
        return True
    return token.pos_ == "NOUN" and token.doc.lang_ == "en"


def _until_punct(tokens, k):
    out = []
    for token in tokens[k:]:
        if token.text in _BREAK_PUNCT:
            break
        out.append(token)
    return out


def _has_verb(tokens) -> bool:
    return any(t.pos_ == "VERB" or (t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm")) for t in tokens)


def _is_checkable(sent: Span, seg: tuple[int, int], facets: list[dict]) -> bool:
    a, b = seg
    if any(f["type"] in _FIRM and a <= f["start"] and f["end"] <= b for f in facets):
        return True
    # A promise or plan: a verb in the future tense ("seront dissoutes", "will hold").
    for token in sent:
        in_segment = a <= token.idx < b and token.pos_ in ("VERB", "AUX")
        if in_segment and ("Fut" in token.morph.get("Tense") or token.lower_ in ("will", "shall")):
            return True
    return False


def _claimant(text, a, b, attributed, own) -> str | None:
    for facet in own:
        if facet["type"] == "quote" and facet.get("speaker"):
            return facet["speaker"]
    # The speech verb must govern most of the claim: in "…120 000 Arméniens – une
    # perspective que certains Arméniens disent craindre" the count is not theirs.
    best = None
    for x in attributed:
        if not x["speaker"]:
            continue  # a reporting clause whose speaker is an unresolved pronoun
        if x.get("whole_sentence"):
            # "selon X" / "according to X" vouches for every fact of its sentence.
            return text[x["speaker"][0] : x["speaker"][1]]
        overlap = min(b, x["end"]) - max(a, x["start"])
        # A trailing reporting clause vouches for all it reports, even split in several claims.
        governs = a <= x["verb"] < b or (x.get("reporting") and x["start"] <= a and b <= x["end"])
        if governs and overlap >= 0.5 * (b - a) and (best is None or overlap > best[0]):
            best = (overlap, x)
    if best is None:
        return None
    s, e = best[1]["speaker"]
    return text[s:e]


def _kind(text: str, facets: list[dict], claimant: str | None) -> str:
    types = {f["type"] for f in facets}
    quote_chars = sum(f["end"] - f["start"] for f in facets if f["type"] == "quote")
    if quote_chars and quote_chars >= 0.5 * len(text):
        return "quote"
    if "quantity" in types:
        return "quantity"
    if types & {"date", "datetime", "time", "duration"}:
        return "temporal"
    if _COMPARISON.search(text):
        return "comparison"
    if _CAUSAL.search(text):
        return "causal"
    if claimant or "quote" in types:
        return "attribution"
    return "event"


def _checkworthiness(sentence_score: float, facets: list[dict], sent: Span, lang: str) -> float:
    """The sentence's learned score, nudged down for a claim with nothing firm to check.

    A hedge caps the sentence, but a firm fact presupposed outside the hedge's scope keeps the
    claim checkable (see checkworthiness.claim_sentence_score)."""
    sentence_score = claim_sentence_score(sent, lang, sentence_score, facets)
    if any(f["type"] in _FIRM and (f.get("value") is not None or f.get("low") or f.get("high")) for f in facets):
        signal = 1.0
    elif any(f["type"] == "entity" for f in facets):
        signal = 0.6
    else:
        signal = 0.3
    score = sentence_score * (0.8 + 0.2 * signal)
    return round(min(1.0, max(0.0, score)), 3)
