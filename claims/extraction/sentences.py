"""Sentence boundaries that survive quotes, abbreviations and numbers.

spaCy's statistical splitter cuts French sentences at guillemets
(`la soi-disant « République d'Artsakh » ont déclaré…` became four pieces), so the
boundaries are decided here by rules on the characters and handed to spaCy before its
parser runs; the parser then respects them (see `set_sentence_starts`).
"""

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from .spans import doc_text

_TERMINALS = ".!?…"
_OPENERS = {"«": "»", "“": "”", "‹": "›"}
_CLOSERS = set(_OPENERS.values()) | {'"', ")", "]", "’", "'"}
_SPACES = " \t\u00a0\u202f\u2009"
# A quotation longer than this is more likely an unbalanced quote mark than one quote.
_MAX_QUOTE = 800
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
# Words that end with a period but almost never end a sentence: titles before names,
# and the usual reference abbreviations. Lower-case, without the final period.
_ABBREVIATIONS = {
    # English
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "mt",
    "ft",
    "no",
    "nos",
    "vol",
    "fig",
    "approx",
    "dept",
    "est",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "e.g",
    "i.e",
    "cf",
    "pp",
    "p",
    # French
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "me",
    "pr",
    "gal",
    "cdt",
    "lt-col",
    "av",
    "bd",
    "art",
    "chap",
    "env",
    "janv",
    "févr",
    "avr",
    "juil",
    "déc",
    "hab",
    "min",
    "max",
    "réf",
    "tél",
    "n°",
    "nº",
    "j.-c",
    "apr. j.-c",
}


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character offsets of the sentences, whitespace trimmed."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH.finditer(text):
        bounds.extend(_paragraph_bounds(text, pos, match.start()))
        pos = match.end()
    bounds.extend(_paragraph_bounds(text, pos, len(text)))
    return bounds


def _paragraph_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    quoted = _quoted_ranges(text, start, end)
    inside = _inside_lookup(quoted)
    cuts = [start]
    i = start
    while i < end:
        ch = text[i]
        if ch in _TERMINALS:
            j = i
            while j < end and text[j] in _TERMINALS:
                j += 1
            cut = _cut_after_terminal(text, i, j, end, quoted, inside)
            if cut is not None:
                cuts.append(cut)
            i = j
            continue
        if ch == "\n" and not inside(i) and _line_break_is_boundary(text, i, start, end):
            cuts.append(i + 1)
        i += 1
    cuts.append(end)
    bounds = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        a, b = _trim(text, a, b)
        if a < b:
            bounds.append((a, b))
    return bounds


def _cut_after_terminal(text, i, j, end, quoted, inside):
    """Where a sentence ends after the terminal run text[i:j], or None."""
    if inside(i):
        # A terminal inside a quotation ends the sentence only when the quotation
        # closes right after it and a new sentence starts: `« Nous partons. » Il a…`
        k = j
        while k < end and text[k] in _SPACES:
            k += 1
        closes_here = any(a < i and b == k + 1 for a, b in quoted)
        if not closes_here or inside(k):
            return None
        j = k + 1
    elif text[i] == "." and j == i + 1 and _is_abbreviation(text, i):
        return None
    else:
        # Closing brackets and quotes that follow the period belong to this sentence.
        while j < end and text[j] in ")]’'\"”»" and not _opens_quote(quoted, j):
            j += 1
    k = j
    if k < end and text[k] not in _SPACES + "\n\r":
        return None  # "1.5", "U.S.A", "www.x.fr": no space, no boundary
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return None
    nxt = text[k]
    if nxt.isupper() or nxt.isdigit() or nxt in '«“"‘(–—-•*[¿¡':
        return j
    return None


def _opens_quote(quoted, j):
    return any(a == j for a, _ in quoted)


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if word.lower().strip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    # Dotted initialisms such as "U.S." or "J.-C." rarely end a sentence in news copy.
    return bool(re.fullmatch(r"(?:[A-Za-z]\.-?)+[A-Za-z]", word))


def _line_break_is_boundary(text: str, i: int, start: int, end: int) -> bool:
    """A single line break ends a headline or a list item, not a wrapped line."""
    before = text[start:i].rstrip()
    if not before or before[-1] in _TERMINALS:
        return False  # handled by the terminal rule
    k = i + 1
    while k < end and text[k] in _SPACES:
        k += 1
    return k < end and (text[k].isupper() or text[k] in '«“"–—-•*')


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced quotations in a paragraph as (open, close + 1) offsets."""
    ranges = []
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _OPENERS:
            stack.append((_OPENERS[ch], i))
        elif stack and ch == stack[-1][0]:
            closer, opened = stack.pop()
            if i - opened <= _MAX_QUOTE:
                ranges.append((opened, i + 1))
        elif ch == '"':
            straight.append(i)
    # Straight quotes pair up only when they are balanced in the paragraph.
    if len(straight) % 2 == 0:
        for a, b in zip(straight[::2], straight[1::2], strict=False):
            if b - a <= _MAX_QUOTE:
                ranges.append((a, b + 1))
    return ranges


def _inside_lookup(ranges):
    def inside(i: int) -> bool:
        return any(a < i < b - 1 for a, b in ranges)

    return inside


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def set_sentence_starts(doc: Doc) -> Doc:
    """spaCy component: impose the rule-based boundaries before the parser runs.

    Every token is marked start or not (the parser may not add boundaries), in one `from_array`: setting
    `is_sent_start` token by token checks the doc's annotations each time and cost a tenth of the parse."""
    if not len(doc):
        return doc
    starts = np.asarray(sorted({a for a, _ in sentence_bounds(doc_text(doc))}), dtype=np.int64)
    offsets = np.fromiter((token.idx for token in doc), dtype=np.int64, count=len(doc))
    begins = np.zeros(len(doc), dtype=bool)
    # A boundary can fall inside a token the tokenizer did not split; the next token then starts the sentence.
    first = np.searchsorted(offsets, starts, side="left")
    begins[first[first < len(doc)]] = True
    begins &= ~np.fromiter((token.is_space for token in doc), dtype=bool, count=len(doc))
    begins[0] = True
    # SENT_START is 1 for a start and -1 (as uint64, the type from_array expects) for "not a start".
    doc.from_array([SENT_START], np.where(begins, 1, -1).astype(np.uint64)[:, None])
    return doc
