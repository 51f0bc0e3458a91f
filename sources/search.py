"""Search over archived documents, passage by passage.

PostgreSQL: full-text search on a stored tsvector per passage (GIN index), stemmed with the
configuration of the passage's language then stripped of accents, in the passage and in the query alike
(the SQL functions factcheck_tsvector/factcheck_tsquery of migration 0002); websearch syntax;
cover-density ranking. Elsewhere (SQLite in development): an accent-insensitive prefilter in the database and a
BM25 ranking in Python over a bounded set of candidates, with the same query syntax.

Vectors: each passage stores its sentence vector (sources.embeddings, float16). search_passages_vector scans an
in-process float32 matrix of every embedded passage (one matrix-vector product: ~10-20 ms at 100,000 passages,
205 MB per process), which catches up with the database on each call; search_passages_hybrid fuses it with the
full-text search.
"""

import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from time import monotonic as _monotonic

import numpy as np
from django.contrib.postgres.search import SearchConfig, SearchQueryField, SearchVectorField
from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, FloatField, Func, Max, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import embeddings
from .models import Passage

# PostgreSQL text search configuration per passage language; others are indexed word for word.
SEARCH_CONFIGS = {"fr": "french", "en": "english"}
SIMPLE_CONFIG = "simple"

# Passages: a paragraph, unless too long (then windows of whole sentences) or too short (then joined to the next).
PASSAGE_TARGET = 600
PASSAGE_MAX = 900
PASSAGE_MIN = 60
PASSAGE_HARD_MAX = 1500  # a "sentence" longer than this (a table, a list without stops) is cut at a space

# The fallback ranks at most this many candidates in Python: bounded time and memory on any archive.
FALLBACK_CANDIDATES = 2000


@dataclass(frozen=True)
class PassageHit:
    passage_id: int
    document_id: int
    url: str
    title: str
    source_name: str | None
    reliability: int | None
    language: str
    published_at: datetime | None
    text: str
    start: int  # offsets into the document's extracted text: document.text[start:end] == text
    end: int
    score: float  # in [0, 1), higher is better; comparable within one result list
    dense: float | None = None  # cosine of the passage's vector to the query's (vector and hybrid search)
    lexical: float | None = None  # the full-text score (0 when the words did not match; hybrid search)
    source_country: str = ""  # ISO code of the source's country, when the registry gives one


def search_passages(
    query: str,
    *,
    language: str | None = None,
    limit: int = 20,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    document_ids: Iterable[int] | None = None,
) -> list[PassageHit]:
    """The passages of archived documents that best match query, best first.

    The query takes web-search syntax: words must all appear (in any inflection, accents ignored),
    "quoted words" must appear together, -word must not appear, and `or` between words accepts either.
    language ("fr", "en") keeps passages in that language; since/until bound the document's publication
    date (its fetch date when unknown); a date for until includes that whole day; document_ids keeps the passages
    of those documents.
    """
    search = search_passages_fulltext if connection.vendor == "postgresql" else search_passages_fallback
    return search(query, language=language, limit=limit, since=since, until=until, document_ids=document_ids)


def search_config(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "")[:2].lower(), SIMPLE_CONFIG)


def passages_base(*, language: str | None, since, until, document_ids=None) -> QuerySet:
    passages = Passage.objects.all()
    if document_ids is not None:
        passages = passages.filter(document_id__in=list(document_ids))
    if language:
        passages = passages.filter(language=language[:2].lower())
    if since or until:
        passages = passages.annotate(dated=Coalesce("document__published_at", "document__fetched_at"))
        if since:
            passages = passages.filter(dated__gte=moment(since))
        if until:
            # A bare date means the whole of that day.
            bound = moment(until + timedelta(days=1)) if not isinstance(until, datetime) else moment(until)
            passages = passages.filter(**{"dated__lt" if not isinstance(until, datetime) else "dated__lte": bound})
    return passages


def moment(value: date | datetime) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


HIT_FIELDS = [
    "id",
    "document_id",
    "document__url",
    "document__title",
    "document__source__name",
    "document__source__reliability",
    "document__source__country",
    "language",
    "document__published_at",
    "text",
    "start",
    "end",
]


def hit(row: dict, score: float) -> PassageHit:
    return PassageHit(
        passage_id=row["id"],
        document_id=row["document_id"],
        url=row["document__url"],
        title=row["document__title"],
        source_name=row["document__source__name"],
        reliability=row["document__source__reliability"],
        source_country=row["document__source__country"] or "",
        language=row["language"],
        published_at=row["document__published_at"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        score=score,
    )


class TsQuery(Func):
    function = "factcheck_tsquery"
    output_field = SearchQueryField()


class TsVector(Func):
    function = "factcheck_tsvector"
    output_field = SearchVectorField()


class Matches(Func):
    template = "%(expressions)s"
    arg_joiner = " @@ "
    output_field = BooleanField()


def search_passages_fulltext(
    query: str, *, language=None, limit=20, since=None, until=None, document_ids=None
) -> list[PassageHit]:
    """PostgreSQL full-text search; see search_passages."""
    if not query.strip() or limit <= 0:
        return []
    passages = passages_base(language=language, since=since, until=until, document_ids=document_ids)

    def tsquery(config: str) -> Func:
        return TsQuery(SearchConfig(config), Value(query))

    # Each passage was indexed with its language's configuration: query it with the same one.
    configs = [(code, tsquery(config)) for code, config in SEARCH_CONFIGS.items()]
    simple = tsquery(SIMPLE_CONFIG)
    if language:
        match = Q(Matches(F("search"), tsquery(search_config(language))))
    else:
        match = Q()
        for code, ts in configs:
            match |= Q(Matches(F("search"), ts), language=code)
        match |= ~Q(language__in=list(SEARCH_CONFIGS)) & Q(Matches(F("search"), simple))

    # Cover density rewards the words found close together; 1 | 32 divides by the log of the
    # passage's length, then maps the rank into [0, 1).
    def rank(ts: Func) -> Func:
        return Func(F("search"), ts, Value(1 | 32), function="ts_rank_cd", output_field=FloatField())

    score = Case(
        *[When(language=code, then=rank(ts)) for code, ts in configs],
        default=rank(simple),
        output_field=FloatField(),
    )
    rows = passages.filter(match).annotate(score=score).order_by("-score", "-document_id", "index")
    return [hit(row, row["score"]) for row in rows.values(*HIT_FIELDS, "score")[:limit]]


# --- The fallback: the same query language, ranked in Python -------------------------------------

# Folded like the text they are compared with.
STOP_WORDS_TEXT = """a au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur lui ma mais
    me meme
    mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
    vos votre vous c d j l m n s t y ete etait est sont a an and are as at be but by for from has have he her
    his in is it its of on or she that the their they this to was were which will with"""
STOP_WORDS = set(STOP_WORDS_TEXT.split())
ACCENTED = {
    "a": "aàâäáãå",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîïíì",
    "n": "nñ",
    "o": "oôöóòõ",
    "u": "uùûüú",
    "y": "yÿý",
}
WORD = re.compile(r"\w+")
QUERY_ITEM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


def fold(text: str) -> str:
    """Lower case without accents: "Égypte" and "egypte" are the same word."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Inflections of French and English, longest first: crude, but "déposées" finds "déposer" and "forces" "force".
SUFFIXES = (
    "ements",
    "ement",
    "ations",
    "ation",
    "ings",
    "ing",
    "ies",
    "ees",
    "ee",
    "es",
    "er",
    "ez",
    "ed",
    "e",
    "s",
    "x",
)


def stem(word: str) -> str:
    """A light stemmer shared by French and English, for the fallback only."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    return [stem(word) for word in WORD.findall(fold(text)) if word not in STOP_WORDS and len(word) > 1]


@dataclass
class ParsedQuery:
    groups: list[list[list[str]]]  # AND of groups; a group is an OR of alternatives; an alternative a phrase
    excluded: list[list[str]]

    @property
    def words(self) -> set[str]:
        return {word for group in self.groups for phrase in group for word in phrase}


def query_parse(query: str) -> ParsedQuery:
    """Web-search syntax, as PostgreSQL's websearch_to_tsquery reads it."""
    groups: list[list[list[str]]] = []
    excluded: list[list[str]] = []
    join_next = False
    for match in QUERY_ITEM.finditer(query):
        negated = bool(match.group(1) or match.group(3))
        raw = match.group(2) if match.group(2) is not None else match.group(4)
        if raw.lower() == "or" and match.group(4) is not None and not negated:
            join_next = bool(groups)
            continue
        phrase = terms(raw)
        if not phrase:
            continue
        if negated:
            excluded.append(phrase)
        elif join_next:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_next = False
    return ParsedQuery(groups=groups, excluded=excluded)


def contains_phrase(tokens: list[str], phrase: list[str]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in tokens
    n = len(phrase)
    return any(tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1))


def accent_pattern(word: str) -> str:
    """A regular expression, valid in Python and in PostgreSQL, matching word with or without accents."""
    pattern = ""
    for char in word:
        if char in ACCENTED:
            pattern += f"[{ACCENTED[char]}]"
        elif char.isalnum() or char == "_":
            pattern += char
        else:
            pattern += re.escape(char)
    return pattern.replace("o[eéèêë]", "(o[eéèêë]|œ)").replace("a[eéèêë]", "(a[eéèêë]|æ)")


def search_passages_fallback(
    query: str, *, language=None, limit=20, since=None, until=None, document_ids=None
) -> list[PassageHit]:
    """Token-overlap search ranked with BM25 in Python; see search_passages."""
    parsed = query_parse(query)
    if not parsed.groups or limit <= 0:
        return []
    passages = passages_base(language=language, since=since, until=until, document_ids=document_ids)
    # The database keeps only passages holding every group (word stems, accents ignored): the candidates.
    for group in parsed.groups:
        alternatives = Q()
        for phrase in group:
            alternatives |= Q(*[Q(text__iregex=accent_pattern(word)) for word in phrase])
        passages = passages.filter(alternatives)
    rows = list(passages.order_by("-document_id", "index").values(*HIT_FIELDS)[:FALLBACK_CANDIDATES])

    candidates = []
    for row in rows:
        tokens = terms(row["text"])
        if any(contains_phrase(tokens, phrase) for phrase in parsed.excluded):
            continue
        if all(any(contains_phrase(tokens, phrase) for phrase in group) for group in parsed.groups):
            candidates.append((row, tokens))
    if not candidates:
        return []

    # BM25 with the candidates standing for the collection: enough to order them.
    k1, b = 1.2, 0.75
    average = sum(len(tokens) for _, tokens in candidates) / len(candidates)
    frequency = Counter(word for _, tokens in candidates for word in set(tokens) & parsed.words)
    total = len(candidates)
    scored = []
    for row, tokens in candidates:
        counts = Counter(tokens)
        score = 0.0
        for word in parsed.words:
            tf = counts.get(word, 0)
            if tf:
                idf = math.log(1 + (total - frequency[word] + 0.5) / (frequency[word] + 0.5))
                score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(tokens) / average))
        scored.append((score / (score + 1), row))
    scored.sort(key=lambda item: (-item[0], -item[1]["document_id"], item[1]["start"]))
    return [hit(row, score) for score, row in scored[:limit]]


# --- Passages ------------------------------------------------------------------------------------

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
SENTENCE_END = re.compile(r"([.!?…]+[\"»”’)\]]*)\s+(?=[\"«“(\[]?[A-ZÀ-ÖØ-Þ0-9])")
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bM|Mme|Mlle|Dr|Pr|St|Ste|Mr|Mrs|Ms|Jr|Sr|No|art|av|etc|cf|vs)\.$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    begin = start
    for match in SENTENCE_END.finditer(text, start, end):
        if ABBREVIATION.search(text, begin, match.start() + 1):
            continue
        spans.append((begin, match.end(1)))
        begin = match.end()
    if begin < end:
        spans.append((begin, end))
    # A "sentence" with no stop for pages on end is cut at spaces.
    result = []
    for s, e in spans:
        while e - s > PASSAGE_HARD_MAX:
            cut = text.rfind(" ", s + PASSAGE_TARGET, s + PASSAGE_HARD_MAX)
            cut = cut if cut > s else s + PASSAGE_HARD_MAX
            result.append((s, cut))
            s = cut + 1 if text[cut : cut + 1] == " " else cut
        if e > s:
            result.append((s, e))
    return result


def passage_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage of text: paragraphs, long ones cut into windows of sentences."""
    paragraphs = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip()))
                  for m in PARAGRAPH.finditer(text)]  # fmt: skip
    pieces = []
    for start, end in paragraphs:
        if end - start <= PASSAGE_MAX:
            pieces.append((start, end))
            continue
        window_start = window_end = None
        for s, e in sentence_spans(text, start, end):
            if window_start is not None and e - window_start > PASSAGE_TARGET:
                pieces.append((window_start, window_end))
                window_start = None
            if window_start is None:
                window_start = s
            window_end = e
        pieces.append((window_start, window_end))
    # A heading or a one-line paragraph says little alone: it joins the passage after it.
    spans = []
    pending = None
    for start, end in pieces:
        if pending is not None:
            start = pending
            pending = None
        if end - start < PASSAGE_MIN:
            pending = start
            continue
        spans.append((start, end))
    if pending is not None:
        if spans and spans[-1][1] - spans[-1][0] < PASSAGE_MAX:
            spans[-1] = (spans[-1][0], pieces[-1][1])
        else:
            spans.append((pending, pieces[-1][1]))
    return spans


def passages_index(*, document) -> int:
    """Replace the passages of a document by those of its current text, with their vectors; returns how many."""
    language = (document.language or "")[:2].lower()
    spans = passage_spans(document.text or "")
    # Embedded before the transaction: the model's time is not spent holding the old passages' locks.
    vectors = embeddings.embed([document.text[s:e] for s, e in spans]) if spans else []
    with transaction.atomic():
        Passage.objects.filter(document=document).delete()
        Passage.objects.bulk_create(
            Passage(
                document=document,
                index=i,
                start=s,
                end=e,
                text=document.text[s:e],
                language=language,
                vector=embeddings.to_bytes(vectors[i]),
            )
            for i, (s, e) in enumerate(spans)
        )
        if spans and connection.vendor == "postgresql":
            Passage.objects.filter(document=document).update(
                search=TsVector(SearchConfig(search_config(language)), F("text"))
            )
    return len(spans)


def passages_embed_missing(limit: int = 500) -> int:
    """Embed up to limit passages that have no vector yet (oldest first); returns how many were embedded."""
    rows = list(Passage.objects.filter(vector__isnull=True).order_by("id").values_list("id", "text")[:limit])
    if not rows:
        return 0
    vectors = embeddings.embed([text for _, text in rows])
    updated = [Passage(id=pk, vector=embeddings.to_bytes(v)) for (pk, _), v in zip(rows, vectors, strict=True)]
    Passage.objects.bulk_update(updated, ["vector"], batch_size=250)
    vector_index.recounted_at = -math.inf  # this process's searches see them at once
    return len(updated)


# --- Vector search -------------------------------------------------------------------------------

# Hybrid search: how many hits each side brings to the fusion, and the weight of the dense cosine in it.
HYBRID_CANDIDATES = 50
# Measured by bench/search_vectors.py on its labelled claims (6 of 8 cross-lingual): MRR 0.28 at 0.6, 0.53 at 0.8.
HYBRID_DENSE_WEIGHT = 0.8
# The full count of embedded passages (13 ms at 100,000) is compared at most this often; the max id every call.
RECOUNT_SECONDS = 2.0
# Vector search asks the database for the details of a few more hits than the limit: one of them may have been
# deleted since the index last caught up.
VECTOR_SLACK = 5


class VectorIndex:
    """Every embedded passage's vector in one float32 matrix, per process, caught up with the database on use.

    Each call reads the largest id of the embedded passages (one index probe) and appends the passages above
    the largest id held, in place (the matrix grows by doubling). At most every RECOUNT_SECONDS, and at once
    after passages_embed_missing ran in this process, it also compares the count (an index-only scan of
    passage_embedded_idx): when the count differs (passages deleted, e.g. a document re-indexed, or old passages
    embedded late by another process) the ids alone are compared, the deleted rows marked dead and the missing
    ones loaded. A deleted passage is never returned in between: hits are read from the database, and a hit
    that is gone is forgotten. Dead rows are compacted away once they are a quarter of the matrix.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.database = None
        self.reset()

    def reset(self):
        self.recounted_at = -math.inf
        self.size = 0
        self.alive_count = 0
        self.max_id = 0
        self.ids = np.zeros(0, dtype=np.int64)
        self.documents = np.zeros(0, dtype=np.int64)
        self.languages = np.zeros(0, dtype=np.int16)
        self.alive = np.zeros(0, dtype=bool)
        self.matrix = np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)
        self.rows: dict[int, int] = {}
        self.codes: dict[str, int] = {}

    def language_code(self, language: str) -> int:
        return self.codes.setdefault(language, len(self.codes))

    def embedded(self) -> QuerySet:
        return Passage.objects.filter(vector__isnull=False)

    def catch_up(self) -> None:
        with self.lock:
            database = (connection.vendor, connection.settings_dict.get("NAME"))
            if database != self.database:
                self.reset()
                self.database = database
            recount = _monotonic() - self.recounted_at >= RECOUNT_SECONDS
            if recount:
                state = self.embedded().aggregate(count=Count("*"), max_id=Max("id"))
                self.recounted_at = _monotonic()
            else:
                state = self.embedded().aggregate(max_id=Max("id"))
            if (state["max_id"] or 0) > self.max_id:
                self.load(self.embedded().filter(id__gt=self.max_id))
            if recount and state["count"] != self.alive_count:
                self.resync()

    def load(self, passages: QuerySet) -> None:
        batch = []
        for row in passages.order_by("id").values_list("id", "document_id", "language", "vector").iterator(2000):
            if row[0] not in self.rows:
                batch.append(row)
            if len(batch) == 2000:
                self.append(batch)
                batch = []
        self.append(batch)

    def append(self, batch: list) -> None:
        if not batch:
            return
        end = self.size + len(batch)
        if end > len(self.ids):
            self.grow(max(end, 2 * len(self.ids), 1024))
        rows = slice(self.size, end)
        self.ids[rows] = [row[0] for row in batch]
        self.documents[rows] = [row[1] for row in batch]
        self.languages[rows] = [self.language_code(row[2]) for row in batch]
        vectors = np.frombuffer(b"".join(bytes(row[3]) for row in batch), dtype=np.float16)
        self.matrix[rows] = vectors.reshape(len(batch), embeddings.DIMENSIONS)
        self.alive[rows] = True
        for offset, row in enumerate(batch):
            self.rows[row[0]] = self.size + offset
        self.size = end
        self.alive_count += len(batch)
        self.max_id = max(self.max_id, max(row[0] for row in batch))

    def grow(self, capacity: int) -> None:
        # New arrays, never resized in place: a search running on the old ones keeps valid views.
        def grown(array, shape):
            new = np.zeros(shape, dtype=array.dtype)
            new[: self.size] = array[: self.size]
            return new

        self.ids = grown(self.ids, capacity)
        self.documents = grown(self.documents, capacity)
        self.languages = grown(self.languages, capacity)
        self.alive = grown(self.alive, capacity)
        self.matrix = grown(self.matrix, (capacity, embeddings.DIMENSIONS))

    def resync(self) -> None:
        current = np.fromiter(self.embedded().order_by().values_list("id", flat=True).iterator(10000), dtype=np.int64)
        held = self.ids[: self.size][self.alive[: self.size]]
        gone = np.setdiff1d(held, current, assume_unique=True)
        self.forget(gone.tolist())
        missing = np.setdiff1d(current, held, assume_unique=True).tolist()
        for begin in range(0, len(missing), 5000):
            self.load(self.embedded().filter(id__in=missing[begin : begin + 5000]))
        if self.size and self.alive_count < 0.75 * self.size:
            self.compact()

    def forget(self, ids: list[int]) -> None:
        for pk in ids:
            row = self.rows.pop(pk, None)
            if row is not None and self.alive[row]:
                self.alive[row] = False
                self.alive_count -= 1

    def compact(self) -> None:
        keep = np.flatnonzero(self.alive[: self.size])
        self.ids, self.documents = self.ids[keep], self.documents[keep]
        self.languages, self.matrix = self.languages[keep], self.matrix[keep]
        self.alive = np.ones(len(keep), dtype=bool)
        self.size = self.alive_count = len(keep)
        self.rows = {int(pk): row for row, pk in enumerate(self.ids)}

    def view(self):
        """Consistent views of the first rows, for a search running outside the lock."""
        with self.lock:
            n = self.size
            return self.ids[:n], self.documents[:n], self.languages[:n], self.matrix[:n], self.alive[:n].copy()

    def cosines(self, ids: list[int], vector: np.ndarray) -> dict[int, float]:
        """The cosine of each held passage of ids to vector."""
        with self.lock:
            pairs = [(pk, self.rows[pk]) for pk in ids if pk in self.rows]
            if not pairs:
                return {}
            scores = self.matrix[[row for _, row in pairs]] @ vector
        return {pk: float(score) for (pk, _), score in zip(pairs, scores, strict=True)}


vector_index = VectorIndex()


def search_passages_vector(
    vector,
    *,
    limit: int = 20,
    language: str | None = None,
    document_ids: Iterable[int] | None = None,
    exclude_document_ids: Iterable[int] | None = None,
) -> list[PassageHit]:
    """The embedded passages closest to vector (an L2-normalised sources.embeddings vector), best first.

    Each hit's dense is the cosine; its score is the cosine floored at 0 (and kept below 1). language keeps
    passages in that language; document_ids keeps those documents' passages; exclude_document_ids drops them.
    """
    vector = np.asarray(vector, dtype=np.float32).reshape(-1)
    if limit <= 0 or not vector.any():
        return []
    vector_index.catch_up()
    document_ids = list(document_ids) if document_ids is not None else None
    wanted = limit + VECTOR_SLACK
    while True:
        nearest = _nearest(vector, wanted, language, document_ids, exclude_document_ids)
        hits = _vector_hits(nearest)
        # Passages deleted since the index last caught up are dropped: ask for more once if too few are left.
        if len(hits) >= limit or len(nearest) < wanted or wanted > limit + VECTOR_SLACK:
            return hits[:limit]
        wanted = 2 * wanted + VECTOR_SLACK


def _nearest(vector, k: int, language, document_ids, exclude_document_ids) -> list[tuple[int, float]]:
    """(passage id, cosine) of the k embedded passages closest to vector, best first: numpy only, no database,
    so that it can run in a thread beside the full-text query (search_passages_hybrid)."""
    ids, documents, languages, matrix, alive = vector_index.view()
    if document_ids is not None:
        alive &= np.isin(documents, np.fromiter(document_ids, dtype=np.int64))
    if exclude_document_ids is not None:
        alive &= ~np.isin(documents, np.fromiter(exclude_document_ids, dtype=np.int64))
    if language:
        code = vector_index.codes.get(language[:2].lower())
        if code is None:
            return []
        alive &= languages == code
    candidates = np.flatnonzero(alive)
    if not len(candidates):
        return []
    # A few candidates (one document, one language in a small archive): score only those rows.
    scores = matrix[candidates] @ vector if len(candidates) < len(ids) // 4 else (matrix @ vector)[candidates]
    # The best rows only (argpartition, then sort those): no full sort of the archive.
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = top[np.lexsort((ids[candidates[top]], -scores[top]))]
    return [(int(ids[candidates[i]]), float(scores[i])) for i in top]


def _vector_hits(nearest: list[tuple[int, float]]) -> list[PassageHit]:
    details = {row["id"]: row for row in Passage.objects.filter(id__in=[pk for pk, _ in nearest]).values(*HIT_FIELDS)}
    vector_index_forget_missing({pk for pk, _ in nearest} - set(details))
    return [replace(hit(details[pk], dense_score(cosine)), dense=cosine) for pk, cosine in nearest if pk in details]


def vector_index_forget_missing(ids: set[int]) -> None:
    """Passages deleted since the last catch-up: never returned again by this process."""
    if ids:
        with vector_index.lock:
            vector_index.forget(sorted(ids))


def dense_score(cosine: float) -> float:
    return min(max(cosine, 0.0), 0.999999)


def search_passages_hybrid(
    text: str,
    query: str,
    *,
    limit: int = 20,
    language: str | None = None,
    document_ids: Iterable[int] | None = None,
) -> list[PassageHit]:
    """The passages that best match a claim: text (its sentence, for the vector) and query (its words, web syntax).

    The HYBRID_CANDIDATES best of the full-text search and of the vector search are fused: score =
    HYBRID_DENSE_WEIGHT × cosine + (1 − HYBRID_DENSE_WEIGHT) × the full-text score divided by the best full-text
    score of the list (0 when the words do not match). Every hit carries both dense and lexical; best first.
    """
    if limit <= 0:
        return []
    document_ids = list(document_ids) if document_ids is not None else None
    candidates = max(limit, HYBRID_CANDIDATES)
    vector = embeddings.embed_one(text)
    dense: list[PassageHit] = []
    if vector.any():
        vector_index.catch_up()
        # The scan (numpy, which lets go of the GIL) runs while PostgreSQL answers the full-text query.
        with ThreadPoolExecutor(max_workers=1) as pool:
            scan = pool.submit(_nearest, vector, candidates, language, document_ids, None)
            lexical = search_passages(query, language=language, limit=candidates, document_ids=document_ids)
            dense = _vector_hits(scan.result())
    else:
        lexical = search_passages(query, language=language, limit=candidates, document_ids=document_ids)

    merged: dict[int, PassageHit] = {h.passage_id: h for h in dense}
    lexical_scores = {h.passage_id: h.score for h in lexical}
    for h in lexical:
        merged.setdefault(h.passage_id, h)
    cosines = {h.passage_id: h.dense for h in dense}
    missing = [pk for pk in merged if pk not in cosines]
    if missing:
        cosines.update(vector_index.cosines(missing, vector))
        unembedded = [merged[pk] for pk in missing if pk not in cosines]
        if unembedded and vector.any():  # not embedded yet: embed them now, they are few
            for h, row in zip(unembedded, embeddings.embed([h.text for h in unembedded]), strict=True):
                cosines[h.passage_id] = float(row @ vector)
    best_lexical = max(lexical_scores.values(), default=0.0) or 1.0
    fused = []
    for pk, h in merged.items():
        cosine = cosines.get(pk, 0.0)
        lexical_score = lexical_scores.get(pk, 0.0)
        score = fusion_score(cosine, lexical_score / best_lexical)
        fused.append(replace(h, score=score, dense=cosine, lexical=lexical_score))
    fused.sort(key=lambda h: (-h.score, -h.document_id, h.start))
    return fused[:limit]


def fusion_score(cosine: float, lexical_normalised: float) -> float:
    score = HYBRID_DENSE_WEIGHT * max(cosine, 0.0) + (1 - HYBRID_DENSE_WEIGHT) * lexical_normalised
    return min(score, 0.999999)
