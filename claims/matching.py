"""Already checked? A claim against the fact-checks published before: other fact-checkers' (ClaimReview, kept in
sources.KnownFactCheck) and our own published verdicts, in French and English alike.

A candidate's score fuses the sentences' multilingual cosine (sources.embeddings) with a BM25 score of their words
over the whole pool, then figures decide: a candidate whose numbers or years differ from the claim's ("7.3 %"
against "9.1 %", 2019 against 2023) is pushed down. The pool lives in one
in-process index per worker (MatchIndex), rebuilt when the database changed: a matrix scan of 100,000 vectors
takes milliseconds (bench/claim_matching.py).
"""

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from sources import embeddings
from sources.models import KnownFactCheck
from sources.search import fold, terms

from .models import Article, Claim, ClaimMatch, Verdict

# Over this, "probably the same claim": the best balance, on the tuning split of tests/claims/matching, of the
# same claim found above it and of queries with no match left below it (0.89 and 0.87).
SAME_CLAIM = 0.48
# Between this and SAME_CLAIM a fact-check is kept and shown as "possibly related": an article's sentence often says
# more than the claim a fact-checker reviewed ("…120 000 Arméniens de souche dans sa société – une perspective que
# certains disent craindre"), which costs it a tenth of its cosine. On the tune split a quarter of the queries with
# no match have such a neighbour: worth a look, never a "previously checked".
RELATED = 0.40
DENSE_WEIGHT = 0.8
# How many of the closest vectors are scored with words and figures: the same claim in other words lies far
# above this rank in every measured case, and scoring a few hundred costs well under a millisecond each.
CANDIDATES = 200
FIGURES_DIFFER = 0.25  # taken off when the claim's figures or years are not the candidate's
BM25_K1, BM25_B = 1.2, 0.75

# A figure as written in French or English: "120 000", "120,000", "7,3 %", "1.5 million", "9 millions".
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)(?:[.,](\d+))?(?!\d)"
    r"(?:\s*(%|pour\s?cent|per\s?cent|percent|millions?|milliards?|billions?|bn|thousand|mille|k|m)\b)?",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1e3, "mille": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
           "milliards": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "m": 1e6}  # fmt: skip


@dataclass(frozen=True)
class Figure:
    value: float
    percent: bool = False
    year: bool = False


def figures(text: str) -> set[Figure]:
    """The numbers and years a sentence states, whatever the language's spelling of them."""
    found = set()
    for match in _NUMBER.finditer(text or ""):
        whole, decimals, unit = match.group(1), match.group(2), (match.group(3) or "").lower()
        digits = re.sub(r"[ \u00a0\u202f,.]", "", whole)
        if decimals and len(decimals) == 3 and not unit and re.fullmatch(r"\d{1,3}", whole):
            digits, decimals = digits + decimals, None  # "120.000" (thousands, the German way), not 120.0
        value = float(f"{digits}.{decimals}" if decimals else digits)
        percent = unit.startswith(("%", "pour", "per"))
        value *= _SCALES.get(unit, 1)
        year = not decimals and not unit and len(digits) == 4 and 1900 <= value <= 2100
        found.add(Figure(value, percent=percent, year=year))
    return found


def figures_compare(claim: set[Figure], candidate: set[Figure]) -> str:
    """ "agree" when they share a figure and each year of one is in the other, "differ" when figures of the same
    kind (years, percents, amounts) disagree, "" when there is nothing to compare."""
    if not claim or not candidate:
        return ""
    shared = {f for f in claim if any(_same(f, g) for g in candidate)}
    for kind in ("year", "percent", "amount"):
        mine = [f for f in claim if _kind(f) == kind]
        theirs = [g for g in candidate if _kind(g) == kind]
        if mine and theirs and not any(_same(f, g) for f in mine for g in theirs):
            return "differ"
    return "agree" if shared else ""


def _kind(figure: Figure) -> str:
    return "year" if figure.year else "percent" if figure.percent else "amount"


def _same(a: Figure, b: Figure) -> bool:
    if a.year != b.year or a.percent != b.percent:
        return False
    # 7.3 % is not 7.4 %, nor 2019 2020: figures are the same only to their rounding.
    return math.isclose(a.value, b.value, rel_tol=1e-4, abs_tol=1e-9)


@dataclass(frozen=True)
class Candidate:
    kind: str  # "claimreview", "verdict" (ours, published) or "claim" (ours, for near-duplicates)
    pk: int  # KnownFactCheck, Verdict or Claim id
    text: str
    language: str
    url: str
    rating: str
    author: str
    date: date | None
    truth: int | None  # 1 (false) … 5 (true) where the rating maps onto our scale


@dataclass(frozen=True)
class Match:
    candidate: Candidate
    score: float
    dense: float
    lexical: float
    figures: str  # "agree", "differ" or ""

    @property
    def same_claim(self) -> bool:
        return self.score >= SAME_CLAIM

    def as_dict(self) -> dict:
        c = self.candidate
        return {
            "url": c.url,
            "claim_reviewed": c.text,
            "rating": c.rating,
            "author": c.author,
            "date": c.date.isoformat() if c.date else None,
            "language": c.language,
            "score": round(self.score, 3),
            "kind": c.kind,
        }


class MatchIndex:
    """The pool's vectors and words in this process, rebuilt when the database's pool changed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.signature = None
        self.candidates: list[Candidate] = []
        self.matrix = np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)
        self.terms: list[Counter] = []
        self.lengths = np.zeros(0)
        self.average_length = 1.0
        self.document_frequency: Counter = Counter()

    def current(self) -> "MatchIndex":
        signature = _pool_signature()
        with self.lock:
            if signature != self.signature:
                self._rebuild()
                self.signature = _pool_signature()
        return self

    def _rebuild(self) -> None:
        candidates, vectors, unembedded = [], [], []
        rows = KnownFactCheck.objects.exclude(claim_reviewed="").order_by("pk")
        for row in rows.values_list(
            "pk",
            "claim_reviewed",
            "language",
            "url",
            "rating_text",
            "author_name",
            "date_published",
            "truth",
            "vector",
        ).iterator(5000):
            pk, text, language, url, rating, author, published, truth, vector = row
            day = published.date() if published else None
            candidates.append(Candidate("claimreview", pk, text, language, url, rating, author, day, truth))
            vectors.append(bytes(vector) if vector is not None else None)
            if vector is None:
                unembedded.append(len(vectors) - 1)
        # Imported since the last embedding pass (embed_missing_fact_checks stores them): embedded here, in memory,
        # so that a read-only caller (match_claims) writes nothing.
        for begin in range(0, len(unembedded), 500):
            batch = unembedded[begin : begin + 500]
            for row, vector in zip(batch, embeddings.embed([candidates[k].text for k in batch]), strict=True):
                vectors[row] = embeddings.to_bytes(vector)
        for candidate, vector in _published_verdicts():
            candidates.append(candidate)
            vectors.append(vector)
        matrix = np.frombuffer(b"".join(vectors), dtype=np.float16).reshape(len(vectors), embeddings.DIMENSIONS)
        self.load(candidates, matrix.astype(np.float32))

    def load(self, candidates: list[Candidate], matrix: np.ndarray) -> None:
        """Hold these candidates and their vectors (one row each), replacing what was held."""
        self.candidates = candidates
        self.matrix = matrix
        self.terms = [Counter(terms(c.text)) for c in candidates]
        self.lengths = np.array([sum(t.values()) for t in self.terms], dtype=np.float64)
        self.average_length = float(self.lengths.mean()) if len(self.lengths) else 1.0
        self.document_frequency = Counter(term for t in self.terms for term in t)

    def _term_weight(self, term: str, tf: int, length: float) -> float:
        """BM25's weight of a term found tf times in a text of `length` terms, against the pool's frequencies."""
        df = self.document_frequency.get(term, 0)
        idf = math.log(1 + (len(self.candidates) - df + 0.5) / (df + 0.5))
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / self.average_length)
        return idf * tf * (BM25_K1 + 1) / (tf + norm)

    def bm25(self, query: list[str], rows: np.ndarray) -> np.ndarray:
        scores = np.zeros(len(rows))
        for term in set(query):
            if not self.document_frequency.get(term):
                continue
            for k, row in enumerate(rows):
                tf = self.terms[row].get(term, 0)
                if tf:
                    scores[k] += self._term_weight(term, tf, self.lengths[row])
        return scores

    def search(self, text: str, vector: np.ndarray, *, top: int, exclude_verdicts=()) -> list[Match]:
        if not self.candidates:
            return []
        cosines = self.matrix @ vector
        k = min(CANDIDATES, len(cosines))
        rows = np.argpartition(-cosines, k - 1)[:k]
        lexical = self.bm25(terms(text), rows)
        # BM25 has no top: a candidate's words count relative to the claim's own score against itself.
        ceiling = max(self._self_bm25(text), 1e-9)
        claim_figures = figures(text)
        matches = []
        for row, words in zip(rows, lexical, strict=True):
            candidate = self.candidates[row]
            if candidate.kind == "verdict" and candidate.pk in exclude_verdicts:
                continue
            dense = float(cosines[row])
            lexical_share = min(float(words) / ceiling, 1.0)
            score = DENSE_WEIGHT * max(dense, 0.0) + (1 - DENSE_WEIGHT) * lexical_share
            compared = figures_compare(claim_figures, figures(candidate.text))
            if compared == "differ":
                score -= FIGURES_DIFFER
            matches.append(Match(candidate, max(min(score, 1.0), 0.0), dense, lexical_share, compared))
        matches.sort(key=lambda m: (-m.score, m.candidate.kind, m.candidate.pk))
        return matches[:top]

    def _self_bm25(self, text: str) -> float:
        counts = Counter(terms(text))
        length = sum(counts.values())
        return sum(self._term_weight(term, tf, length) for term, tf in counts.items())


def _pool_signature() -> tuple:
    fact_checks = KnownFactCheck.objects.aggregate(
        count=Count("pk"), updated=Max("updated_at"), embedded=Count("vector")
    )
    verdicts = Verdict.objects.published().aggregate(count=Count("pk"), updated=Max("updated_at"))
    return (*fact_checks.values(), *verdicts.values())


def _published_verdicts():
    """(Candidate, float16 vector bytes) of each published verdict, its claim as reviewed."""
    from .jsonld import absolute_url

    verdicts = list(Verdict.objects.published().select_related("claim", "claim__article", "rating"))
    texts = [v.claim.wording for v in verdicts]
    vectors = embeddings.embed(texts) if verdicts else []
    for verdict, vector in zip(verdicts, vectors, strict=True):
        day = verdict.published_at.date() if verdict.published_at else None
        rating = verdict.rating.label(verdict.claim.article.language or "en") if verdict.rating_id else ""
        truth = verdict.rating.value if verdict.rating_id else None
        candidate = Candidate(
            "verdict", verdict.pk, verdict.claim.wording, verdict.claim.article.language or "",
            absolute_url(verdict.get_absolute_url()),
            rating, _organisation(), day, truth,
        )  # fmt: skip
        yield candidate, vector.astype(np.float16).tobytes()


def _organisation() -> str:
    return settings.FACTCHECK_ORGANISATION


def embed_missing_fact_checks(limit: int | None = None) -> int:
    """Embed the known fact-checks that have no vector yet (imported since); returns how many."""
    missing = KnownFactCheck.objects.filter(vector__isnull=True).exclude(claim_reviewed="").order_by("pk")
    rows = missing.values_list("pk", "claim_reviewed")
    ids = list(rows[:limit] if limit else rows)
    for begin in range(0, len(ids), 500):
        batch = ids[begin : begin + 500]
        vectors = embeddings.embed([text for _, text in batch])
        for (pk, _), vector in zip(batch, vectors, strict=True):
            KnownFactCheck.objects.filter(pk=pk).update(vector=embeddings.to_bytes(vector))
    return len(ids)


match_index = MatchIndex()


def match_text(text: str, *, top: int = 5, exclude_verdicts=()) -> list[Match]:
    """The best matches of one sentence among known fact-checks and our published verdicts, best first."""
    text = " ".join((text or "").split())
    if not text or not fold(text).strip():
        return []
    vector = embeddings.embed_one(text)
    if not vector.any():
        return []
    return match_index.current().search(text, vector, top=top, exclude_verdicts=exclude_verdicts)


# Our own claims compared for near-duplicates: those of articles of the last GROUP_DAYS (and every claim that has a
# verdict), loaded per article matched, not per claim.
GROUP_DAYS = 30
# A claim whose article is done and that is still unmatched after this was lost (worker killed, broker restart).
MATCH_LOST_AFTER = timedelta(minutes=5)
# Fact-checks imported later are matched against the claims of this many days of articles.
RECENT_DAYS = 7
# Articles whose claims are not all stored yet: their extraction sends the match itself.
_NOT_EXTRACTED = [Article.Status.PENDING, Article.Status.FETCHING, Article.Status.EXTRACTING]


def claims_embed(claims: list) -> None:
    """Store the wording's vector of the claims that have none (or whose wording changed since)."""
    missing = [claim for claim in claims if claim.vector is None]
    if not missing:
        return
    for claim, vector in zip(missing, embeddings.embed([c.wording for c in missing]), strict=True):
        claim.vector = embeddings.to_bytes(vector)
        Claim.objects.filter(pk=claim.pk).update(vector=claim.vector)


def article_match(*, article_id: int) -> int:
    """Match each claim of an article against published fact-checks, store what probably is the same claim, and
    group the claims that other articles already made. Idempotent: a claim's matches are replaced."""
    claims = list(Claim.objects.filter(article_id=article_id).select_related("verdict"))
    if not claims:
        return 0
    embed_missing_fact_checks()
    claims_embed(claims)
    group = _group_index(article_id)
    index = match_index.current()
    stored = 0
    now = timezone.now()
    for claim in claims:
        vector = embeddings.from_bytes(claim.vector)
        own = {claim.verdict.pk} if hasattr(claim, "verdict") else set()
        found = [m for m in index.search(claim.wording, vector, top=5, exclude_verdicts=own) if m.score >= RELATED]
        same = next((m for m in group.search(claim.wording, vector, top=1) if m.same_claim), None)
        with transaction.atomic():
            ClaimMatch.objects.filter(claim=claim).delete()
            ClaimMatch.objects.bulk_create(
                ClaimMatch(
                    claim=claim,
                    fact_check_id=m.candidate.pk if m.candidate.kind == "claimreview" else None,
                    verdict_id=m.candidate.pk if m.candidate.kind == "verdict" else None,
                    score=m.score,
                    dense=m.dense,
                    lexical=m.lexical,
                    figures=m.figures,
                )  # fmt: skip
                for m in found
            )
            first = None
            if same is not None:
                first = Claim.objects.filter(pk=same.candidate.pk).values_list("same_as_id", flat=True).first()
                first = first or same.candidate.pk
            Claim.objects.filter(pk=claim.pk).update(same_as_id=first, matched_at=now)
        stored += len(found)
    return stored


def _group_index(article_id: int) -> MatchIndex:
    """Our claims of other recent articles (and all with a verdict), as a pool of their own."""
    since = timezone.now() - timedelta(days=GROUP_DAYS)
    others = (
        Claim.objects.exclude(article_id=article_id)
        .filter(Q(created_at__gte=since) | Q(verdict__isnull=False), vector__isnull=False)
        .order_by("pk")
        .values_list("pk", "text", "reviewed_text", "article__language", "vector")
    )
    candidates, vectors = [], []
    for pk, text, reviewed, language, vector in others.iterator(2000):
        candidates.append(Candidate("claim", pk, reviewed.strip() or text, language or "", "", "", "", None, None))
        vectors.append(bytes(vector))
    index = MatchIndex()
    matrix = np.frombuffer(b"".join(vectors), dtype=np.float16).reshape(len(vectors), embeddings.DIMENSIONS)
    index.load(candidates, matrix.astype(np.float32))
    return index


def claim_duplicates(claim) -> list:
    """The claims of other articles grouped with this one (the same claim, probably), oldest first."""
    first = claim.same_as_id or claim.pk
    return list(
        Claim.objects.filter(Q(pk=first) | Q(same_as_id=first))
        .exclude(article_id=claim.article_id)
        .exclude(pk=claim.pk)
        .select_related("article")
        .order_by("created_at")
    )


def articles_match_recent(*, days: int = RECENT_DAYS) -> int:
    """Send the claims of the articles submitted in the last days to be matched again (fact-checks were imported)."""
    from .tasks import match_article

    since = timezone.now() - timedelta(days=days)
    finished = Article.objects.filter(created_at__gte=since, claims__isnull=False).exclude(status__in=_NOT_EXTRACTED)
    count = 0
    for article_id in finished.values_list("pk", flat=True).distinct().order_by("pk"):
        match_article.delay(article_id)
        count += 1
    return count


def reconcile() -> int:
    """Match again the claims of finished extractions that a lost message left unmatched."""
    from .tasks import match_article

    cutoff = timezone.now() - MATCH_LOST_AFTER
    lost = (
        Claim.objects.filter(matched_at__isnull=True, created_at__lt=cutoff)
        .exclude(article__status__in=_NOT_EXTRACTED)
        .values_list("article_id", flat=True)
        .distinct()
    )
    count = 0
    for article_id in list(lost[:200]):
        match_article.delay(article_id)
        count += 1
    return count


def previous_checks(claim, language: str = "en") -> list[dict]:
    """What the claim page shows under "Previously checked", best first: probably the same claim, then related."""
    rows = []
    for match in claim.matches.select_related("fact_check", "verdict__rating", "verdict__claim"):
        if match.fact_check_id:
            known = match.fact_check
            rows.append({
                "kind": "claimreview", "claim_reviewed": known.claim_reviewed, "rating": known.rating_text,
                "truth": known.truth, "author": known.author_name, "date": known.date_published, "url": known.url,
                "language": known.language, "score": match.score, "figures": match.figures,
                "same_claim": match.score >= SAME_CLAIM,
            })  # fmt: skip
        else:
            verdict = match.verdict
            rows.append({
                "kind": "verdict", "claim_reviewed": verdict.claim.wording,
                "rating": verdict.rating.label(language) if verdict.rating_id else "",
                "truth": verdict.rating.value if verdict.rating_id else None, "author": _organisation(),
                "date": verdict.published_at, "url": verdict.get_absolute_url(), "language": "",
                "score": match.score, "figures": match.figures, "verdict": verdict,
                "same_claim": match.score >= SAME_CLAIM,
            })  # fmt: skip
    return rows


def related_verdicts(verdict) -> list:
    """Our other published verdicts on the same claim, probably: matched either way, or grouped duplicates."""
    claim = verdict.claim
    first = claim.same_as_id or claim.pk
    same = ClaimMatch.objects.filter(score__gte=SAME_CLAIM)
    ids = set(same.filter(claim=claim, verdict__isnull=False).values_list("verdict_id", flat=True))
    ids |= set(
        Verdict.objects.filter(claim__in=same.filter(verdict=verdict).values("claim")).values_list("pk", flat=True)
    )
    ids |= set(Verdict.objects.filter(Q(claim_id=first) | Q(claim__same_as_id=first)).values_list("pk", flat=True))
    ids.discard(verdict.pk)
    return list(
        Verdict.objects.published().filter(pk__in=ids).select_related("rating", "claim").order_by("-published_at")
    )
