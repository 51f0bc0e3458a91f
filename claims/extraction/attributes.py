"""spaCy's attribute_ruler with its one-token rules matched once per kind of token.

The stock component runs a Matcher of all its rules over every token: 180 rules in en_core_web_sm
(tag map, morphology exceptions), a seventh of English parsing time. A one-token rule can only test
the token's own attributes, so tokens alike in those attributes match the same rules: we ask spaCy's
Matcher once per kind of token and reuse the answer. Rules of several tokens still go through a
Matcher over the document. The matches are then sorted and applied by the stock component itself,
so the result is the same.
"""

import re

from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# The token attributes a one-token rule may test for the memo to apply: its key holds them all.
_KEYED = {"TAG", "POS", "DEP", "LOWER", "IS_SPACE"}


class UnsupportedRule(ValueError):
    """A rule the memo cannot key on: keep the stock component."""


class MemoAttributeRuler:
    def __init__(self, stock: AttributeRuler):
        self.stock = stock
        strings = stock.vocab.strings
        self.single = Matcher(stock.vocab)
        self.multi = Matcher(stock.vocab)
        self._rule = {}  # match id -> the rule's index, by which the stock component orders matches
        self._lowers: set[str] = set()  # LOWER values some one-token rule asks for
        self._lower_patterns: list[re.Pattern] = []  # LOWER regular expressions of one-token rules
        for i, rule in enumerate(stock.patterns):
            key = str(i)  # the stock component's own match ids
            self._rule[strings.add(key)] = i
            if all(len(pattern) == 1 for pattern in rule["patterns"]):
                self.single.add(key, rule["patterns"])
                for pattern in rule["patterns"]:
                    self._note_lower(pattern[0])
            else:
                self.multi.add(key, rule["patterns"])
        self._lower_keys: dict[int, int] = {}
        # (tag, pos, dep, is_space, lower key) -> match ids of the one-token rules: a few thousand kinds.
        self._memo: dict[tuple, tuple[int, ...]] = {}

    def _note_lower(self, token_pattern: dict) -> None:
        # Matcher patterns take attribute names in any case.
        token_pattern = {name.upper(): value for name, value in token_pattern.items()}
        if set(token_pattern) - _KEYED:
            raise UnsupportedRule(f"attribute_ruler rule tests {sorted(token_pattern)}")
        value = token_pattern.get("LOWER")
        if value is None:
            return
        if isinstance(value, str):
            self._lowers.add(value)
        elif set(value) == {"IN"}:
            self._lowers.update(value["IN"])
        elif set(value) == {"REGEX"}:
            self._lower_patterns.append(re.compile(value["REGEX"]))
        else:  # NOT_IN and the like match words we cannot list
            raise UnsupportedRule(f"attribute_ruler LOWER condition {value}")

    def _lower_key(self, token) -> int:
        """The token's lowercase form (its hash) if some rule may test it, else 0: "budget" and "vote"
        match the same rules when no rule names either. Remembered per word."""
        key = self._lower_keys.get(token.lower)
        if key is None:
            lower = token.lower_
            # The Matcher's REGEX is re.search on the attribute.
            relevant = lower in self._lowers or any(r.search(lower) for r in self._lower_patterns)
            key = self._lower_keys[token.lower] = token.lower if relevant else 0
        return key

    def __call__(self, doc: Doc) -> Doc:
        matches = []
        memo = self._memo
        for token in doc:
            key = (token.tag, token.pos, token.dep, token.is_space, self._lower_key(token))
            ids = memo.get(key)
            if ids is None:
                ids = memo[key] = tuple(
                    m_id for m_id, _, _ in self.single(doc[token.i : token.i + 1], allow_missing=True)
                )
            matches.extend((self._rule[m_id], m_id, token.i, token.i + 1) for m_id in ids)
        if len(self.multi):  # an empty Matcher warns at each call
            matches.extend((self._rule[m_id], m_id, s, e) for m_id, s, e in self.multi(doc, allow_missing=True))
        # As AttributeRuler.match: by rule, so that later rules have precedence.
        matches.sort()
        self.stock.set_annotations(doc, matches)
        return doc
