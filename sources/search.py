"""Search over archived documents, passage by passage.

PostgreSQL: full-text search on a stored tsvector per passage (GIN index), stemmed with the
configuration of the passage's language then stripped of accents, in the passage and in the query alike
(the SQL functions factcheck_tsvector/factcheck_tsquery of migration 0002); websearch syntax;
cover-density ranking. Elsewhere (SQLite in development): an accent-insensitive prefilter in the database and a
BM25 ranking in Python over a bounded set of candidates, with the same query syntax.
"""

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.postgres.search import SearchConfig, SearchQueryField, SearchVectorField
from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, Func, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

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


def search_passages(
    query: str,
    *,
    language: str | None = None,
    limit: int = 20,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> list[PassageHit]:
    """The passages of archived documents that best match query, best first.

    The query takes web-search syntax: words must all appear (in any inflection, accents ignored),
    "quoted words" must appear together, -word must not appear, and `or` between words accepts either.
    language ("fr", "en") keeps passages in that language; since/until bound the document's publication
    date (its fetch date when unknown); a date for until includes that whole day.
    """
    if connection.vendor == "postgresql":
        return search_passages_fulltext(query, language=language, limit=limit, since=since, until=until)
    return search_passages_fallback(query, language=language, limit=limit, since=since, until=until)


def search_config(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "")[:2].lower(), SIMPLE_CONFIG)


def passages_base(*, language: str | None, since, until) -> QuerySet:
    passages = Passage.objects.all()
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


def search_passages_fulltext(query: str, *, language=None, limit=20, since=None, until=None) -> list[PassageHit]:
    """PostgreSQL full-text search; see search_passages."""
    if not query.strip() or limit <= 0:
        return []
    passages = passages_base(language=language, since=since, until=until)

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


def search_passages_fallback(query: str, *, language=None, limit=20, since=None, until=None) -> list[PassageHit]:
    """Token-overlap search ranked with BM25 in Python; see search_passages."""
    parsed = query_parse(query)
    if not parsed.groups or limit <= 0:
        return []
    passages = passages_base(language=language, since=since, until=until)
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
    """Replace the passages of a document by those of its current text; returns how many."""
    language = (document.language or "")[:2].lower()
    spans = passage_spans(document.text or "")
    with transaction.atomic():
        Passage.objects.filter(document=document).delete()
        Passage.objects.bulk_create(
            Passage(document=document, index=i, start=s, end=e, text=document.text[s:e], language=language)
            for i, (s, e) in enumerate(spans)
        )
        if spans and connection.vendor == "postgresql":
            Passage.objects.filter(document=document).update(
                search=TsVector(SearchConfig(search_config(language)), F("text"))
            )
    return len(spans)
