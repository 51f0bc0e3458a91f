"""Evidence ranking: archived passages that bear on a claim, across French and English, and what they say.

Candidates come from the hybrid search (full text and multilingual sentence vectors, sources.search). Each is
scored on how surely it is about the claim (vectors, the claim's names in either language, its words), on its
event (the claim's date against the page's date and the years the passage names), and on its facets
(claims.comparison: figures, days, times across zones, durations). Vectors never decide a figure or a time.
`claim_search_evidence` is the service that writes the best of them as Evidence rows.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from sources.embeddings import embed_one
from sources.models import Document
from sources.search import STOP_WORDS, PassageHit, fold, search_passages_hybrid, search_passages_vector, stem, terms

from .comparison import AGREES, DISAGREES, NOT_FOUND, compare_facets, since_date, stance_for
from .extraction.places import country_code
from .extraction.temporal import MONTH_NAMES
from .gathering import headline_names, name_forms
from .models import Claim, Evidence, zone_from_name

SEARCH_LIMIT = 40  # candidate passages per query
VECTOR_CANDIDATES = 150  # passages closest in meaning, whatever their words
CANDIDATE_DOCUMENTS = 40  # pages whose every paragraph is read for the claim
PASSAGES_PER_DOCUMENT = 12
KEEP = 5  # evidence rows kept per claim, best first
KEEP_CONTRADICTING = 10  # and beyond those, the next passages that contradict it: a fact-checker must see them
CONTRADICTING_WITHIN = 25
RELEVANCE_FLOOR = 0.3  # below this, a passage is about something else
FACET_RELEVANCE_FLOOR = 0.15  # unless it is on a page of the claim's event and confirms or contradicts a facet
SCORE_FLOOR = 0.15
MAX_QUERY_TERMS = 12
# Two spellings of a name are the same when they share this many first letters (Marrakech / Marrakesh).
NAME_PREFIX = 6
# The claim's event: a page published this close to the claim's date is about it; far off, it is another event.
EVENT_DAYS = 21
EVENT_FAR_DAYS = 120
# Reliability at or above which sources make a consensus, at or below which one is "low".
RELIABLE, UNRELIABLE = 4, 2

# Words that say little about which event a claim is about, on top of the search's own stop words.
QUERY_STOP_WORDS = (
    set(
        fold(
            """alors aussi autre avait avant avoir celle celui cela comme dont elles entre etaient etre fait faire
        leurs mais meme moins notamment plus selon sera seront sont tous tout toute toutes tres sans sous vers
        apres depuis lors heure heures jour jours mois annee annees
        about after also been before being could during into more most other over said says some such than
        that then there these they this those through under were what when where which while will with would
        hour hours day days month months year years"""
        ).split()
    )
    | STOP_WORDS
)
WORD = re.compile(r"\w[\w'’-]*\w|\w")


# --- Queries ---------------------------------------------------------------------------------------


def number_forms(value: float) -> list[str]:
    """A figure as passages write it, in French and English: "120 000", "120000", "1,2 million"…"""
    forms = []
    if value == int(value):
        n = int(value)
        forms.append(str(n))
        if abs(n) >= 1000:
            # "120 000" and "120,000" are the same words to the search (120 followed by 000).
            forms.append(f'"{n:,}"'.replace(",", " "))
        for size, words in ((10**9, ("milliard", "billion")), (10**6, ("million",))):
            if abs(n) >= size:
                mantissa = Decimal(n) / size
                text = f"{mantissa.normalize():f}"
                if len(text.replace(".", "").lstrip("-")) <= 3:
                    for word in words:
                        forms.append(f'"{text.replace(".", " ")} {word}"')  # 1,2 / 1.2 and "1 2" alike
                break
    else:
        text = f"{value:g}"
        forms.append(f'"{text.replace(".", " ")}"')
    return forms


def _words(text: str) -> list[str]:
    return [w.strip("'’-") for w in WORD.findall(text)]


def _query_word(word: str) -> str | None:
    folded = fold(word)
    if len(folded) < 4 or folded.isdigit() or folded in QUERY_STOP_WORDS:
        return None
    return f'"{word}"' if "-" in word or "'" in word or "’" in word else word


def claim_queries(claim: Claim) -> list[str]:
    """Search queries for a claim, broadest first, in web-search syntax with `or` between the terms.

    Entities and figures first (they cross languages), then the claim's own content words.
    """
    facets = [f for f in (claim.facets or []) if isinstance(f, dict)]
    anchors: list[str] = []
    for facet in facets:
        if facet.get("type") == "entity" and facet.get("text"):
            anchors.append('"' + facet["text"].replace('"', " ").strip() + '"')
        elif facet.get("type") == "quantity":
            for key in ("value", "low", "high"):
                if isinstance(facet.get(key), int | float) and not isinstance(facet.get(key), bool):
                    anchors.extend(number_forms(facet[key]))
    words: list[str] = []
    for facet in facets:
        if facet.get("type") == "quantity" and facet.get("unit"):
            words.extend(filter(None, map(_query_word, _words(facet["unit"]))))
    words.extend(filter(None, map(_query_word, _words(claim.text))))
    anchors, words = _unique(anchors), _unique(w for w in words if w not in anchors)
    queries = [" or ".join((anchors + words)[:MAX_QUERY_TERMS])]
    if anchors and words:
        queries.append(" or ".join(anchors[:MAX_QUERY_TERMS]))
    return [q for q in queries if q]


def _unique(items) -> list[str]:
    seen, kept = set(), []
    for item in items:
        key = fold(item)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def cross_language_query(claim: Claim) -> str:
    """The claim's names as the other language writes them, with its figures: the words that cross over."""
    facets = [f for f in claim.facets or [] if isinstance(f, dict)]
    other = "en" if (claim.article.language or "")[:2] == "fr" else "fr"
    anchors = []
    written = (claim.article.language or "")[:2]
    for name in claim_names(facets):
        anchors.append('"' + name_forms(name, written)[other].replace('"', " ") + '"')
    for facet in facets:
        if facet.get("type") == "quantity" and isinstance(facet.get("value"), int | float):
            anchors.extend(number_forms(facet["value"]))
    return " or ".join(_unique(anchors)[:MAX_QUERY_TERMS])


# --- Scoring ---------------------------------------------------------------------------------------


def content_stems(text: str) -> set[str]:
    """The words that say what a text is about, folded and lightly stemmed as the search does."""
    words = re.findall(r"\w+", fold(text))
    return {stem(w) for w in words if len(w) >= 4 and not w.isdigit() and w not in QUERY_STOP_WORDS}


def term_overlap(claim_text: str, passage_text: str) -> float:
    """Share of the claim's content words that the passage holds (same language only means much)."""
    wanted = content_stems(claim_text)
    if not wanted:
        return 0.0
    return len(wanted & set(terms(passage_text))) / len(wanted)


def claim_names(facets: list[dict]) -> list[str]:
    return list(dict.fromkeys(f["text"] for f in facets if f.get("type") == "entity" and f.get("text")))


def _name_written(name: str, folded_text: str, prefixes: set[str]) -> bool:
    forms = {name, *name_forms(name).values()}
    for form in forms:
        key = fold(form)
        if key and re.search(rf"\b{re.escape(key)}\b", folded_text):
            return True
    # Transliterations differ in their endings (Marrakech / Marrakesh, Erevan / Yerevan is CLDR's).
    words = [w for form in forms for w in re.findall(r"\w+", fold(form)) if len(w) >= NAME_PREFIX]
    return any(w[:NAME_PREFIX] in prefixes for w in words)


def names_share(names: list[str], passage_text: str) -> float | None:
    """Share of the claim's names the passage writes, in either language; None when the claim names none."""
    if not names:
        return None
    folded = fold(passage_text)
    prefixes = {w[:NAME_PREFIX] for w in re.findall(r"\w+", folded) if len(w) >= NAME_PREFIX}
    return sum(1 for name in names if _name_written(name, folded, prefixes)) / len(names)


def relevance_of(*, dense: float, lexical: float, names: float | None, context: float, words: float) -> float:
    """How surely a passage is about the claim, in [0, 1]: mostly the vectors, then the claim's names and its
    article's (the event), then shared words.

    Cosines of this model: a translation ~0.8, the same fact in other words 0.4-0.6, the same topic ~0.3
    (fixed in bench/evidence_quality.py's measurements, on the two events it was tuned on).
    """
    dense_part = min(1.0, max(0.0, (dense - 0.15) / 0.45))
    lexical_part = min(1.0, max(0.0, lexical) / 0.3)
    if names is None:
        return round(0.6 * dense_part + 0.3 * context + 0.05 * lexical_part + 0.05 * words, 4)
    return round(0.5 * dense_part + 0.2 * names + 0.2 * context + 0.05 * lexical_part + 0.05 * words, 4)


def article_names(article, *, top: int = 5) -> list[str]:
    """The names an article's claims give most, and the names in its title: what its event is about."""
    counts: dict[str, int] = {}
    for facets in article.claims.values_list("facets", flat=True):
        for name in claim_names([f for f in facets or [] if isinstance(f, dict)]):
            counts[name] = counts.get(name, 0) + 1
    names = sorted(counts, key=lambda name: -counts[name])[:top]
    # A headline names its event ("Karabakh separatists agree to a ceasefire").
    names += [word for word in headline_names(article.title, article.text) if word not in names]
    return names


def claim_vector_text(claim: Claim) -> str:
    """What the claim's vector is made of: its article's title then its sentence, so that "the toll stands at
    2,946" is about that earthquake, not any disaster's toll."""
    title = (claim.article.title or "").strip()
    return f"{title}\n{claim.sentence or claim.text}" if title else claim.sentence or claim.text


YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# A year a state has lasted since ("cut off since 12 December 2022", "depuis fin 2022") dates its start, not
# the event the passage tells: the passage is about now. Up to three words between ("since the end of").
_MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
DAY_OF_MONTH = re.compile(
    rf"(?:\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b)(?!\s*,?\s*\d{{4}})",
    re.IGNORECASE,
)
SINCE_YEAR = re.compile(r"\b(?:since|depuis|dès)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def event_years(text: str) -> set[int]:
    """The years a text tells of, leaving out those a state has lasted since."""
    return {
        int(m.group()) for m in YEAR.finditer(text) if not SINCE_YEAR.search(text[max(0, m.start() - 40) : m.start()])
    }


def claim_event_day(claim: Claim) -> date | None:
    """The day of the claim's event: its own date when it gives one, else the article's publication day.

    A start date ("blocked since 12 December 2022") is not the event's day: the claim is about now."""
    for facet in claim.facets or []:
        if isinstance(facet, dict) and facet.get("type") in ("date", "datetime"):
            if since_date(facet, claim.article.text):
                continue
            day = facet_day(facet)
            if day is not None:
                return day
    published = claim.article.published_local
    return published.date() if published else None


def event_factor(
    event_day: date | None, published: datetime | None, passage_text: str, claim_text: str = "", told=()
) -> float:
    """1 for a passage about the claim's event; less for a page from another time, or one about other years
    than the event's and those the claim itself names ("the deadliest since Agadir in 1960").

    `told` are the days the passage's own facets name: a page of the following weeks that tells the event's days
    ("The fires broke out on Tuesday, Aug. 8", in a fact-check of late September) is about the event; a year later
    ("Il y a un an, le 8 août 2023") it is an anniversary, and stays another time."""
    if event_day is None:
        return 1.0
    factor = 1.0
    if published is not None:
        gap = abs((published.date() - event_day).days)
        factor = 1.0 if gap <= EVENT_DAYS else 0.5 if gap <= EVENT_FAR_DAYS else 0.25
        if factor == 0.5 and any(abs((day - event_day).days) <= EVENT_DAYS for day in told):
            factor = 1.0
    years = event_years(passage_text) - {int(y) for y in YEAR.findall(claim_text)}
    if published is not None and DAY_OF_MONTH.search(passage_text):
        # "le mardi 8 août", "on Aug. 8" without a year is a day of its page's year: "since the 1918 fire" or
        # "the Camp Fire in 2018" beside it compare the page's event with others.
        years.add(published.year)
    if years and event_day.year not in years:
        factor *= 0.6  # "the 2020 war", "in 2004": about another year, whatever its page's date
    return factor


def facet_day(facet: dict) -> date | None:
    """The calendar day of a date or date-time facet; None for a month, a year or no value."""
    try:
        return date.fromisoformat(str(facet.get("value") or "")[:10])
    except ValueError:
        return None


def days_told(facets: list[dict]) -> set[date]:
    """The calendar days a text's date and time facets resolve to."""
    return {
        day for facet in facets if facet.get("type") in ("date", "datetime") and (day := facet_day(facet)) is not None
    }


def facet_evidence(comparisons: list[dict]) -> float | None:
    """What the facets say of a passage: a confirmed (or contradicted) figure or time makes it about the very
    fact, whatever its wording; None when the claim has nothing firm to compare."""
    if not comparisons:
        return None
    comparisons = _one_per_day(comparisons)
    agree = sum(0.3 if weak(c) else 1.0 for c in comparisons if c["outcome"] == AGREES)
    disagree = sum(1 for c in comparisons if c["outcome"] == DISAGREES)
    return (agree + 0.8 * disagree) / len(comparisons)


def _one_per_day(comparisons: list[dict]) -> list[dict]:
    """A day the claim names twice ("PARIS, April 17 - … on Wednesday") is one fact: its best comparison counts."""
    rank = {AGREES: 0, DISAGREES: 1}
    best: dict[str, dict] = {}
    kept = []
    for comparison in comparisons:
        day = (comparison.get("claim") or {}).get("value")
        if comparison["type"] != "date" or not day:
            kept.append(comparison)
        elif day not in best or rank.get(comparison["outcome"], 2) < rank.get(best[day]["outcome"], 2):
            best[day] = comparison
    return kept + list(best.values())


def weak(comparison: dict) -> bool:
    """An agreement that proves little: a claimed time of day matched by the calendar day alone."""
    return comparison["type"] in ("datetime", "time") and not (comparison.get("source") or {}).get("utc")


def combined_score(relevance: float, facets: float | None, event: float) -> float:
    score = relevance if facets is None else 0.6 * relevance + 0.4 * facets
    return round(min(1.0, score * event), 4)


# The facets of passages, kept per worker process: an article's claims read the same pages.
FACET_CACHE: dict[tuple[int, str], list[dict]] = {}
FACET_CACHE_SIZE = 5000


@dataclass
class Ranked:
    hit: PassageHit
    relevance: float
    score: float
    comparisons: list[dict] = field(default_factory=list)
    event: float = 1.0

    @property
    def stance(self) -> str:
        return stance_for([c for c in self.comparisons if not (c["outcome"] == AGREES and weak(c))])


def passage_facets(hit: PassageHit, zone: str, cache: dict) -> list[dict]:
    """The facets extraction finds in a passage, offsets into the passage text; cached per passage.

    Read in the zone the page wrote its date in ("13:00" on a Baku site is Baku time); a page that gave no
    zone leaves its clock times zone-less rather than wrongly firm.
    """
    from .extraction import ExtractionError, extract
    from .extraction.places import places_in

    if hit.passage_id in cache:
        return cache[hit.passage_id]
    if (hit.passage_id, hit.text) in FACET_CACHE:  # read for an earlier claim in this process
        cache[hit.passage_id] = FACET_CACHE[(hit.passage_id, hit.text)]
        return cache[hit.passage_id]
    published = None
    if hit.published_at is not None:
        published = hit.published_at.astimezone(zone_from_name(zone)) if zone else None
        if published is None:
            published = timezone.localtime(hit.published_at).replace(tzinfo=None)
    lang = hit.language if hit.language in ("fr", "en") else "auto"
    try:
        result = extract(hit.text, lang=lang, published=published, places=places_in(hit.title))
        facets = [facet for claim in result["claims"] for facet in claim["facets"]]
    except ExtractionError:
        facets = []
    cache[hit.passage_id] = facets
    if len(FACET_CACHE) >= FACET_CACHE_SIZE:
        FACET_CACHE.pop(next(iter(FACET_CACHE)))
    FACET_CACHE[(hit.passage_id, hit.text)] = facets
    return facets


def _document_reference(hit: PassageHit, zone: str) -> datetime | None:
    if hit.published_at is None:
        return None
    return hit.published_at.astimezone(zone_from_name(zone)) if zone else hit.published_at


def _day_named(comparison: dict) -> dict:
    """A passage names many days (of the count, of the quake, of the funeral): unless the claim is about
    when, another day is no contradiction."""
    if comparison["type"] == "date" and comparison["outcome"] == DISAGREES:
        return {**comparison, "outcome": NOT_FOUND, "detail": f"another day named: {comparison['detail']}"}
    return comparison


def event_context(context: list[str], hit: PassageHit) -> float:
    """How surely a page that names the claim's event is about it: half as sure when its headline names other
    places and not the event's ("New Jersey earthquake shakes New York", which mentions Taiwan's quake in passing)."""
    if not context or not hit.title or names_share(context, hit.title):
        return 1.0
    return 0.5 if headline_names(hit.title, hit.text) else 1.0


def context_countries(context: list[str]) -> set[str]:
    """The countries among the names of the claim's event, as ISO codes."""
    return {code for code in map(country_code, context) if code}


def rank_hit(
    claim: Claim,
    hit: PassageHit,
    *,
    zone: str,
    cache: dict,
    event_day: date | None,
    context: list[str],
    countries: set[str] = frozenset(),
) -> Ranked | None:
    """A candidate passage scored for the claim, or None when it is about something else."""
    facets = [f for f in claim.facets or [] if isinstance(f, dict)]
    same_language = (hit.language or "")[:2] == (claim.article.language or "")[:2]
    names = names_share(claim_names(facets), hit.text)
    # The page's title says which event a paragraph belongs to ("Morocco quake: …" over "10,000 died"); a
    # source of the event's country need not name it ("the Kingdom", "the Ministry of the Interior").
    in_context = bool(context and names_share(context, f"{hit.title}\n{hit.text}")) or bool(
        hit.source_country and hit.source_country.upper() in countries
    )
    if context and not in_context and not names:
        return None  # none of the names of the claim's event: another event's toll, however alike
    relevance = relevance_of(
        dense=hit.dense or 0.0,
        lexical=hit.lexical or 0.0,
        names=names,
        context=event_context(context, hit) if in_context else 0.0,
        words=term_overlap(claim.text, hit.text) if same_language else 0.0,
    )
    if relevance < FACET_RELEVANCE_FLOOR:
        return None
    given = passage_facets(hit, zone, cache)
    comparisons = compare_facets(
        facets,
        given,
        passage_text=hit.text,
        claim_text=claim.article.text,
        claim_reference=claim.article.published_local,
        passage_reference=_document_reference(hit, zone),
        claim_span=(claim.start, claim.end),
    )
    if claim.kind != Claim.Kind.TEMPORAL:
        comparisons = [_day_named(c) for c in comparisons]
    facets_said = facet_evidence(comparisons)
    # Less alike in words, a page of the claim's event that states its figure (or another) still counts.
    if relevance < (FACET_RELEVANCE_FLOOR if facets_said and in_context else RELEVANCE_FLOOR):
        return None
    event = event_factor(event_day, hit.published_at, hit.text, claim.text, told=days_told(given))
    score = combined_score(relevance, facets_said, event)
    if score < SCORE_FLOOR:
        return None
    return Ranked(hit=hit, relevance=relevance, score=score, comparisons=comparisons, event=event)


def with_sentence_dense(claim: Claim, hits, document_ids: list[int], *, limit: int) -> list[PassageHit]:
    """The hits, their cosine the mean of the claim vector's (title and sentence) and the sentence's alone.

    The title makes every page of the event alike; the sentence alone tells which of its facts a paragraph gives
    ("one firefighter was seriously injured" among the paragraphs of a fire's story). Measured on the demo web:
    recall@5 fr→en 0.922 → 0.941, en→fr 0.962 → 0.960 (the title's vector alone, or the sentence's at 0.3 or 0.7,
    did worse on the two together)."""
    sentence = embed_one(claim.sentence or claim.text)
    own = {
        hit.passage_id: hit.dense or 0.0
        for hit in search_passages_vector(sentence, limit=limit, document_ids=document_ids)
    }  # fmt: skip
    return [
        replace(hit, dense=((hit.dense or 0.0) + own[hit.passage_id]) / 2) if hit.passage_id in own else hit
        for hit in hits
    ]


def rank_passages(claim: Claim) -> list[Ranked]:
    """Every archived document's best passage for the claim, best first; reads only."""
    hits: dict[int, PassageHit] = {}
    queries = [q for q in (*claim_queries(claim)[:1], cross_language_query(claim)) if q]
    text = claim_vector_text(claim)
    for query in queries or [""]:
        for hit in search_passages_hybrid(text, query, limit=SEARCH_LIMIT):
            best = hits.get(hit.passage_id)
            if best is None or (hit.lexical or 0) > (best.lexical or 0):
                hits[hit.passage_id] = hit
    # The pages closest in meaning, then every paragraph of the pages found: the one with the figure
    # ("10,000 died") is often not the one that reads most like the claim.
    vector = embed_one(text)
    for hit in search_passages_vector(vector, limit=VECTOR_CANDIDATES):
        hits.setdefault(hit.passage_id, replace(hit, lexical=0.0))
    best_dense: dict[int, float] = {}
    for hit in hits.values():
        best_dense[hit.document_id] = max(best_dense.get(hit.document_id, -1.0), hit.dense or 0.0)
    documents = sorted(best_dense, key=lambda pk: -best_dense[pk])[:CANDIDATE_DOCUMENTS]
    # The pages the sources gave for this article's queries are candidates whatever their wording.
    documents += [pk for pk in claim.article.leads.values_list("document_id", flat=True) if pk not in documents]
    for hit in search_passages_vector(vector, limit=PASSAGES_PER_DOCUMENT * len(documents), document_ids=documents):
        hits.setdefault(hit.passage_id, replace(hit, lexical=0.0))
    hits = {pk: hit for pk, hit in hits.items() if hit.document_id in set(documents)}
    blended = with_sentence_dense(claim, hits.values(), documents, limit=PASSAGES_PER_DOCUMENT * len(documents))
    hits = {hit.passage_id: hit for hit in blended}
    zones = dict(
        Document.objects.filter(pk__in={h.document_id for h in hits.values()}).values_list("pk", "published_zone")
    )
    cache: dict[int, list[dict]] = {}
    event_day = claim_event_day(claim)
    context = article_names(claim.article)
    countries = context_countries(context)
    ranked = [
        item
        for hit in hits.values()
        if (
            item := rank_hit(
                claim,
                hit,
                zone=zones.get(hit.document_id, ""),
                cache=cache,
                event_day=event_day,
                context=context,
                countries=countries,
            )
        )  # fmt: skip
    ]
    ranked.sort(key=lambda item: (-item.score, -item.hit.document_id, item.hit.start))
    # One passage per page: the one that confirms or contradicts a facet when there is one (it is what a
    # fact-checker reads the page for), carrying the score of the page's best passage.
    by_document: dict[int, list[Ranked]] = {}
    for item in ranked:
        by_document.setdefault(item.hit.document_id, []).append(item)
    best = []
    for items in by_document.values():
        shown = next((item for item in items if item.stance != Evidence.Stance.MENTIONS), items[0])
        best.append(replace(shown, score=items[0].score))
    best.sort(key=lambda item: (-item.score, -item.hit.document_id, item.hit.start))
    return best


def against_consensus(item: Ranked, ranked: list[Ranked]) -> bool:
    """A low-reliability source contradicting a figure or time that reliable sources confirm."""
    if item.stance != Evidence.Stance.CONTRADICTS or (item.hit.reliability or 3) > UNRELIABLE:
        return False
    disputed = {c["facet"] for c in item.comparisons if c["outcome"] == DISAGREES}
    confirming = [
        other
        for other in ranked
        if other is not item
        and (other.hit.reliability or 0) >= RELIABLE
        and any(c["facet"] in disputed and c["outcome"] == AGREES for c in other.comparisons)
    ]
    return len(confirming) >= 2


def claim_search_evidence(*, claim: Claim, keep: int = KEEP) -> list[Evidence]:
    """Rank the archive's passages for a claim and store the best as Evidence; idempotent.

    Rows a person added are never changed; the worker's rows for passages no longer among the best stay
    (someone may cite them) but are refreshed when found again.
    """
    ranked = rank_passages(claim)
    chosen = ranked[:keep]
    chosen += [item for item in ranked[keep:CONTRADICTING_WITHIN] if item.stance == Evidence.Stance.CONTRADICTS][
        :KEEP_CONTRADICTING
    ]
    kept = []
    with transaction.atomic():
        by_hand = set(
            Evidence.objects.filter(claim=claim, added_by__isnull=False).values_list(
                "document_id", "passage_start", "passage_end"
            )
        )
        for item in chosen:
            hit = item.hit
            if (hit.document_id, hit.start, hit.end) in by_hand:
                continue
            evidence, _created = Evidence.objects.update_or_create(
                claim=claim,
                document_id=hit.document_id,
                passage_start=hit.start,
                passage_end=hit.end,
                defaults={
                    "passage": hit.text,
                    "score": item.score,
                    "stance": item.stance,
                    "comparisons": item.comparisons,
                    "against_consensus": against_consensus(item, ranked),
                },
            )
            kept.append(evidence)
        Claim.objects.filter(pk=claim.pk).update(evidence_status=Claim.EvidenceStatus.DONE, updated_at=timezone.now())
    claim.evidence_status = Claim.EvidenceStatus.DONE
    return kept


def evidence_fill_requested(*, document_id: int) -> int:
    """Fill the empty evidence rows a person asked for with the document's passage best matching each claim."""
    rows = list(
        Evidence.objects.filter(document_id=document_id, passage_start=0, passage_end=0, passage="").select_related(
            "claim__article"
        )
    )
    if not rows:
        return 0
    document = Document.objects.filter(pk=document_id, status=Document.Status.ARCHIVED).first()
    if document is None:
        return 0
    cache: dict[int, list[dict]] = {}
    filled = 0
    for evidence in rows:
        claim = evidence.claim
        query = next(iter(claim_queries(claim)), "")
        hits = search_passages_hybrid(claim_vector_text(claim), query, limit=50, document_ids=[document.pk])
        hits = with_sentence_dense(claim, hits, [document.pk], limit=50)
        context = article_names(claim.article)
        countries = context_countries(context)
        best = None
        for hit in hits:
            ranked = rank_hit(
                claim, hit, zone=document.published_zone, cache=cache, event_day=None, context=context,
                countries=countries,
            )  # fmt: skip
            # A person chose this page: its best passage counts even when the ranking would pass it over.
            score = ranked.score if ranked else 0.0
            if best is None or score > best[0]:
                best = (score, hit, ranked.comparisons if ranked else [])
        if best is None:
            continue
        score, hit, comparisons = best
        # A person may have picked this passage by hand meanwhile: then the empty row simply stays.
        clash = Evidence.objects.filter(
            claim=claim, document=document, passage_start=hit.start, passage_end=hit.end
        ).exists()
        if clash:
            continue
        filled += Evidence.objects.filter(pk=evidence.pk, passage_start=0, passage_end=0, passage="").update(
            passage=hit.text,
            passage_start=hit.start,
            passage_end=hit.end,
            score=score,
            stance=stance_for(comparisons),
            comparisons=comparisons,
        )
    return filled
