"""Evidence search: archived passages that bear on a claim, and how their facets compare with the claim's.

The plain functions (queries, facet comparison, stance) take facet dicts in the shape of the extraction
contract (DESIGN.md) and touch no database; `claim_search_evidence` is the service that searches the
archive and writes Evidence rows.
"""

import re
from datetime import UTC, datetime, time
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from sources.search import STOP_WORDS, PassageHit, fold, search_passages, stem, terms

from .models import Claim, Evidence

AGREES, DISAGREES, NOT_FOUND = "agrees", "disagrees", "not found"
# Facets a source can confirm or contradict; entities and quotes only say what a passage is about.
FIRM_TYPES = ("quantity", "date", "datetime", "time", "duration")

# A written figure is exact to this share of its value; an "about"/"environ" figure to APPROXIMATE.
EXACT_TOLERANCE = 0.005
APPROXIMATE_TOLERANCE = 0.15
# Two units are the same word when they share a prefix this long ("Arméniens" / "Armenians").
UNIT_PREFIX = 5
# How far around a passage's number its unit noun may be written.
UNIT_WINDOW = 60

SEARCH_LIMIT = 20  # candidate passages per query and language mode
KEEP = 5  # evidence rows kept per claim
RELEVANCE_FLOOR = 0.5  # below this, a passage is about something else whatever its figures (a place and a day alone)
SCORE_FLOOR = 0.2
MAX_QUERY_TERMS = 12

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


# --- Facet comparison ------------------------------------------------------------------------------


def _number(value) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def quantity_range(facet: dict) -> tuple[float, float] | None:
    """The interval a quantity facet allows, widened by its tolerance; None when it gives no figure."""
    value, low, high = _number(facet.get("value")), _number(facet.get("low")), _number(facet.get("high"))
    tolerance = APPROXIMATE_TOLERANCE if facet.get("approximate") else EXACT_TOLERANCE
    if value is not None:
        spread = abs(value) * tolerance
        return value - spread, value + spread
    if low is None and high is None:
        return None
    low = low * (1 - tolerance) if low is not None else float("-inf")
    high = high * (1 + tolerance) if high is not None else float("inf")
    return low, high


def _unit_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+|%", fold(text or "")) if len(w) >= 3 or w == "%"]


def units_match(claim_unit: str, passage_unit: str) -> bool:
    """Loosely the same unit: a word in common, up to its inflection or language ("Arméniens", "Armenians")."""
    for a in _unit_words(claim_unit):
        for b in _unit_words(passage_unit):
            n = min(len(a), len(b), UNIT_PREFIX)
            if a == b or (n >= 4 and a[:n] == b[:n]):
                return True
    return False


def _unit_near(claim_unit: str, facet: dict, passage_text: str) -> bool:
    """The claim's unit noun written next to the passage's number ("100 000 … Armenians")."""
    if not passage_text or not isinstance(facet.get("start"), int):
        return False
    window = passage_text[max(0, facet["start"] - UNIT_WINDOW // 2) : facet.get("end", facet["start"]) + UNIT_WINDOW]
    return units_match(claim_unit, window)


def _compare_quantity(claim_facet: dict, candidates: list[dict], passage_text: str) -> dict:
    wanted = quantity_range(claim_facet)
    unit = claim_facet.get("unit") or ""
    if wanted is None:
        return {"outcome": NOT_FOUND}
    conflicting = None
    for facet in candidates:
        found = quantity_range(facet)
        if found is None:
            continue
        same_unit = units_match(unit, facet.get("unit") or "") or _unit_near(unit, facet, passage_text)
        overlaps = found[0] <= wanted[1] and wanted[0] <= found[1]
        if overlaps and (same_unit or not unit):
            return {"outcome": AGREES, "found": facet.get("text", ""), "detail": "same figure"}
        if same_unit and not overlaps and conflicting is None:
            conflicting = facet
    if conflicting is not None:
        return {
            "outcome": DISAGREES,
            "found": conflicting.get("text", ""),
            "detail": "another figure for the same unit",
        }
    return {"outcome": NOT_FOUND}


def _parse_moment(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and len(value) > 10 else None
    except ValueError:
        return None


def _parse_clock(facet: dict) -> time | None:
    value = facet.get("value")
    if not isinstance(value, str):
        return None
    if facet.get("type") == "time":
        try:
            return time.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            return None
    moment = _parse_moment(value)
    return moment.time() if moment else None


def _day(facet: dict) -> str | None:
    """A date facet's value ("2023-09-20", "2023-09", "2027"), or a date-time's calendar day in its own zone."""
    value = facet.get("value")
    if not isinstance(value, str):
        return None
    if facet.get("type") == "date":
        return value
    if facet.get("type") == "datetime":
        return value[:10] if _parse_moment(value) else None
    return None


def _days_agree(a: str, b: str) -> bool:
    # "2023-09" and "2023-09-20" agree at the precision they share.
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _firm_zone(facet: dict) -> bool:
    moment = _parse_moment(facet.get("value"))
    return facet.get("zone_from") is not None and moment is not None and moment.tzinfo is not None


def _compare_time(claim_facet: dict, candidates: list[dict]) -> dict:
    """Date-times as instants in UTC when both zones are known, else as clock times (and days) with a note."""
    timed = [f for f in candidates if f.get("type") in ("datetime", "time") and f.get("value")]
    dated = [f for f in candidates if f.get("type") == "date" and f.get("value")]
    claim_day, claim_clock = _day(claim_facet), _parse_clock(claim_facet)
    results = []
    for facet in timed:
        if (
            claim_facet.get("type") == "datetime"
            and facet.get("type") == "datetime"
            and _firm_zone(claim_facet)
            and _firm_zone(facet)
        ):
            a, b = _parse_moment(claim_facet["value"]), _parse_moment(facet["value"])
            same = a.astimezone(UTC) == b.astimezone(UTC)
            detail = f"{a.astimezone(UTC):%Y-%m-%d %H:%M} UTC vs {b.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
            results.append((same, facet, detail))
            continue
        clock = _parse_clock(facet)
        if claim_clock is None or clock is None:
            continue
        day = _day(facet)
        same_day = claim_day is None or day is None or _days_agree(claim_day, day)
        note = "a time zone is unknown: compared as clock times"
        results.append((same_day and clock == claim_clock, facet, f"{claim_clock:%H:%M} vs {clock:%H:%M}; {note}"))
    if not results and claim_day:
        # No time in the passage: only the calendar day can be compared.
        for facet in dated:
            results.append(
                (_days_agree(claim_day, facet["value"]), facet, f"calendar day {claim_day} vs {facet['value']}")
            )
    return _first_agreement(results)


def _compare_date(claim_facet: dict, candidates: list[dict]) -> dict:
    claim_day = _day(claim_facet)
    results = []
    for facet in candidates:
        day = _day(facet)
        if claim_day and day:
            results.append((_days_agree(claim_day, day), facet, f"calendar day {claim_day} vs {day}"))
    return _first_agreement(results)


def _compare_duration(claim_facet: dict, candidates: list[dict]) -> dict:
    value = claim_facet.get("value")
    results = [
        (f.get("value") == value, f, f"{value} vs {f.get('value')}")
        for f in candidates
        if f.get("type") == "duration" and f.get("value") and value
    ]
    return _first_agreement(results)


def _first_agreement(results: list[tuple[bool, dict, str]]) -> dict:
    """Agrees if any candidate agrees, disagrees if some were comparable and none agrees."""
    for same, facet, detail in results:
        if same:
            return {"outcome": AGREES, "found": facet.get("text", ""), "detail": detail}
    if results:
        _same, facet, detail = results[0]
        return {"outcome": DISAGREES, "found": facet.get("text", ""), "detail": detail}
    return {"outcome": NOT_FOUND}


def compare_facets(claim_facets: list[dict], passage_facets: list[dict], passage_text: str = "") -> list[dict]:
    """For each firm facet of the claim, whether the passage agrees, disagrees, or says nothing about it.

    passage_text (optional) lets a bare number in the passage count when the claim's unit noun is written
    next to it; passage facet offsets must then be offsets into that text.
    """
    passage_facets = [f for f in passage_facets or [] if isinstance(f, dict)]
    comparisons = []
    for facet in claim_facets or []:
        if not isinstance(facet, dict) or facet.get("type") not in FIRM_TYPES:
            continue
        kind = facet["type"]
        if kind == "quantity":
            if quantity_range(facet) is None:
                continue  # "des dizaines" without bounds: nothing firm to compare
            quantities = [f for f in passage_facets if f.get("type") == "quantity"]
            result = _compare_quantity(facet, quantities, passage_text)
        elif kind in ("datetime", "time"):
            if not facet.get("value"):
                continue
            temporal = [f for f in passage_facets if f.get("type") in ("datetime", "time", "date")]
            result = _compare_time(facet, temporal)
        elif kind == "date":
            if not facet.get("value"):
                continue
            result = _compare_date(facet, [f for f in passage_facets if f.get("type") in ("date", "datetime")])
        else:
            if not facet.get("value"):
                continue
            result = _compare_duration(facet, passage_facets)
        comparisons.append(
            {
                "facet": facet.get("text", ""),
                "type": kind,
                "outcome": result["outcome"],
                "found": result.get("found", ""),
                "detail": result.get("detail", ""),
            }
        )
    return comparisons


def stance_for(comparisons: list[dict]) -> str:
    outcomes = {item.get("outcome") for item in comparisons}
    if DISAGREES in outcomes:
        return Evidence.Stance.CONTRADICTS
    if AGREES in outcomes:
        return Evidence.Stance.SUPPORTS
    return Evidence.Stance.MENTIONS


# --- Scoring ---------------------------------------------------------------------------------------


def content_stems(text: str) -> set[str]:
    """The words that say what a text is about, folded and lightly stemmed as the search does."""
    words = re.findall(r"\w+", fold(text))
    return {stem(w) for w in words if len(w) >= 4 and not w.isdigit() and w not in QUERY_STOP_WORDS}


def term_overlap(claim_text: str, passage_text: str) -> float:
    """Share of the claim's content words that the passage holds."""
    wanted = content_stems(claim_text)
    if not wanted:
        return 0.0
    return len(wanted & set(terms(passage_text))) / len(wanted)


def entity_overlap(claim_facets: list[dict], passage_text: str) -> float | None:
    """Share of the claim's entities written in the passage; None when the claim names none."""
    names = {
        fold(f["text"]) for f in claim_facets if isinstance(f, dict) and f.get("type") == "entity" and f.get("text")
    }
    if not names:
        return None
    folded = fold(passage_text)
    return sum(1 for name in names if name in folded) / len(names)


def evidence_score(
    *, rank: float, terms_share: float, entities_share: float | None, comparisons: list[dict]
) -> tuple[float, float]:
    """(relevance, score), both in [0, 1]: relevance says the passage is about the claim's event, the
    score adds what its facets say. A contradicting figure is worth nearly as much as a confirming one."""
    # ts_rank_cd over an `or` query stays small: a few matched words close together give about 0.1–0.3.
    rank_part = min(1.0, max(0.0, rank) / 0.3)
    parts = [(0.2, rank_part), (0.6, terms_share)]
    if entities_share is not None:
        parts.append((0.2, entities_share))
    relevance = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    if comparisons:
        agree = sum(1 for c in comparisons if c["outcome"] == AGREES)
        disagree = sum(1 for c in comparisons if c["outcome"] == DISAGREES)
        facet_part = (agree + 0.8 * disagree) / len(comparisons)
        score = relevance * (0.55 + 0.45 * facet_part)
    else:
        score = relevance * 0.8
    return round(relevance, 4), round(min(1.0, score), 4)


# --- The service -----------------------------------------------------------------------------------


def passage_facets(hit: PassageHit, cache: dict) -> list[dict]:
    """The facets extraction finds in a passage, offsets into the passage text; cached per passage."""
    from .extraction import ExtractionError, extract

    if hit.passage_id in cache:
        return cache[hit.passage_id]
    published = None
    if hit.published_at is not None:
        # The archive keeps UTC only: relative days resolve from the local date, but the page's zone is
        # unknown, so its clock times stay zone-less (zone_from null) rather than wrongly firm.
        published = timezone.localtime(hit.published_at).replace(tzinfo=None)
    lang = hit.language if hit.language in ("fr", "en") else "auto"
    try:
        result = extract(hit.text, lang=lang, published=published)
        facets = [facet for claim in result["claims"] for facet in claim["facets"]]
    except ExtractionError:
        facets = []
    cache[hit.passage_id] = facets
    return facets


def claim_search_evidence(*, claim: Claim, keep: int = KEEP) -> list[Evidence]:
    """Search the archive for passages bearing on a claim and store the best as Evidence; idempotent.

    Rows a person added are never changed; the worker's rows for passages no longer among the best stay
    (someone may cite them) but are refreshed when found again.
    """
    language = (claim.article.language or "")[:2] or None
    hits: dict[int, PassageHit] = {}
    for query in claim_queries(claim):
        for lang in [language, None] if language else [None]:
            for hit in search_passages(query, language=lang, limit=SEARCH_LIMIT):
                best = hits.get(hit.passage_id)
                if best is None or hit.score > best.score:
                    hits[hit.passage_id] = hit

    cache: dict[int, list[dict]] = {}
    facets = [f for f in claim.facets or [] if isinstance(f, dict)]
    scored = []
    for hit in hits.values():
        terms_share = term_overlap(claim.text, hit.text)
        entities_share = entity_overlap(facets, hit.text)
        # Cheap lexical gate first: extraction runs only on passages that could be about the claim.
        if terms_share == 0 and not entities_share:
            continue
        comparisons = compare_facets(facets, passage_facets(hit, cache), hit.text)
        relevance, score = evidence_score(
            rank=hit.score, terms_share=terms_share, entities_share=entities_share, comparisons=comparisons
        )
        if relevance >= RELEVANCE_FLOOR and score >= SCORE_FLOOR:
            scored.append((score, hit, comparisons))
    scored.sort(key=lambda item: (-item[0], -item[1].document_id, item[1].start))

    # One passage per document: the best one speaks for it.
    chosen, documents = [], set()
    for item in scored:
        if item[1].document_id not in documents:
            documents.add(item[1].document_id)
            chosen.append(item)
        if len(chosen) == keep:
            break

    kept = []
    with transaction.atomic():
        by_hand = set(
            Evidence.objects.filter(claim=claim, added_by__isnull=False).values_list(
                "document_id", "passage_start", "passage_end"
            )
        )
        for score, hit, comparisons in chosen:
            if (hit.document_id, hit.start, hit.end) in by_hand:
                continue
            evidence, _created = Evidence.objects.update_or_create(
                claim=claim,
                document_id=hit.document_id,
                passage_start=hit.start,
                passage_end=hit.end,
                defaults={
                    "passage": hit.text,
                    "score": score,
                    "stance": stance_for(comparisons),
                    "comparisons": comparisons,
                },
            )
            kept.append(evidence)
        Claim.objects.filter(pk=claim.pk).update(evidence_status=Claim.EvidenceStatus.DONE, updated_at=timezone.now())
    claim.evidence_status = Claim.EvidenceStatus.DONE
    return kept


def evidence_fill_requested(*, document_id: int) -> int:
    """Fill the empty evidence rows a person asked for with the document's passage best matching each claim."""
    from sources.models import Document, Passage

    rows = list(
        Evidence.objects.filter(document_id=document_id, passage_start=0, passage_end=0, passage="").select_related(
            "claim"
        )
    )
    if not rows:
        return 0
    document = Document.objects.filter(pk=document_id, status=Document.Status.ARCHIVED).first()
    if document is None:
        return 0
    passages = list(Passage.objects.filter(document=document).order_by("index"))
    cache: dict[int, list[dict]] = {}
    filled = 0
    for evidence in rows:
        claim = evidence.claim
        facets = [f for f in claim.facets or [] if isinstance(f, dict)]
        best = None
        for passage in passages:
            hit = PassageHit(
                passage_id=passage.pk, document_id=document.pk, url=document.url, title=document.title,
                source_name=None, reliability=None, language=passage.language,
                published_at=document.published_at, text=passage.text, start=passage.start, end=passage.end,
                score=0.0,
            )  # fmt: skip
            terms_share = term_overlap(claim.text, passage.text)
            entities_share = entity_overlap(facets, passage.text)
            if terms_share == 0 and not entities_share:
                continue
            comparisons = compare_facets(facets, passage_facets(hit, cache), passage.text)
            _relevance, score = evidence_score(
                rank=0.0, terms_share=terms_share, entities_share=entities_share, comparisons=comparisons
            )
            if best is None or score > best[0]:
                best = (score, passage, comparisons)
        if best is None:
            continue
        score, passage, comparisons = best
        # A person may have picked this passage by hand meanwhile: then the empty row simply stays.
        clash = Evidence.objects.filter(
            claim=claim, document=document, passage_start=passage.start, passage_end=passage.end
        ).exists()
        if clash:
            continue
        filled += Evidence.objects.filter(pk=evidence.pk, passage_start=0, passage_end=0, passage="").update(
            passage=passage.text,
            passage_start=passage.start,
            passage_end=passage.end,
            score=score,
            stance=stance_for(comparisons),
            comparisons=comparisons,
        )
    return filled
