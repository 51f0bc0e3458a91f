"""Facet comparison: whether a passage agrees with, contradicts, or says nothing about a claim's figures,
dates, times and durations.

Plain functions on facet dicts in the shape of the extraction contract (DESIGN.md, `extract_claims`); no
database. Each comparison says what was compared in a form a fact-checker can verify
(`comparison_sentence`), and a stance follows from the comparisons (`stance_for`).
"""

import functools
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from factcheck.dates import date_in_words
from sources.embeddings import embed_one
from sources.search import fold

from .extraction.entities import nationality_country
from .extraction.places import country_code
from .extraction.temporal import MONTH_NAMES

AGREES, DISAGREES, NOT_FOUND = "agrees", "disagrees", "not found"
SUPPORTS, CONTRADICTS, MENTIONS = "supports", "contradicts", "mentions"  # Evidence.Stance values
# Facets a source can confirm or contradict; entities and quotes only say what a passage is about.
FIRM_TYPES = ("quantity", "date", "datetime", "time", "duration")
FIRM_ZONES = ("text", "published")

# A written figure is exact to this share of its value (rounding); an "about"/"environ" figure to APPROXIMATE.
EXACT_TOLERANCE = 0.005
APPROXIMATE_TOLERANCE = 0.15
# "At least N" agrees with figures up to this many times N (a toll that rises), not beyond.
LOWER_BOUND_REACH = 3
# A measure does not grow as a toll does: "gusts of more than 60 mph" reach 90 mph, not 150.
MEASURE_REACH = 1.5
# A duration written exactly ("nine months", "270 days") stands for a rounded length: within this share.
EXACT_DURATION_TOLERANCE = 0.05
# Hours against months: durations further apart than this measure different things, not a disagreement.
COMPARABLE_DURATIONS = 4
# Two unit words are the same word when they share a prefix this long ("Arméniens" / "Armenians").
UNIT_PREFIX = 5
# How far after (and before) a passage's number its unit noun may be written: "32 people were killed".
UNIT_WINDOW = 60
# Zone offsets differ by whole hours up to this many: two clock times that far apart may be the same instant.
MAX_ZONE_GAP_HOURS = 12

ZONE_UNKNOWN = "time zone unknown"

# People and casualty words in French and English, grouped by what they count. Words are folded (no accents,
# lower case) and lightly stemmed by `_unit_key`, so "tuées", "tués" and "tué" are one word.
PEOPLE = "people"
UNIT_CONCEPTS = {
    # Generic heads: a count of people, whatever happened to them.
    PEOPLE: "personne personnes gens individu individus âmes people persons person individuals",
    "victims": "victime victimes victims victim casualties casualty",
    # What happened to them: two different ones are two different counts.
    "killed": "mort morts morte mortes tué tués tuée tuées décès décédés décédées killed dead deaths death "
    "died fatalities fatality lives killing tuant",
    "wounded": "blessé blessés blessée blessées wounded injured injuries hurt",
    "missing": "disparu disparus disparue disparues missing",
    "detained": "arrêté arrêtés arrêtées détenu détenus détenues prisonnier prisonniers otage otages "
    "arrested detained detainees prisoners prisoner hostages hostage",
    "displaced": "déplacé déplacés déplacées évacué évacués évacuées displaced evacuated evacuees fled",
    "refugees": "réfugié réfugiés réfugiée réfugiées refugees refugee",
    "stranded": "bloqué bloqués bloquée bloquées coincé coincés coincée coincées piégé piégés piégée piégées "
    "stranded trapped",
    "rescued": "secouru secourus secourue secourues rescued",
    "hospitalised": "hospitalisé hospitalisés hospitalisée hospitalisées hospitalised hospitalized",
    "homeless": "sinistré sinistrés sinistrée sinistrées homeless",
    # Who they are: two different groups are two different counts.
    "civilians": "civil civils civile civiles civilians civilian",
    "soldiers": "soldat soldats militaire militaires combattant combattants troupes soldiers soldier troops "
    "servicemen fighters combatants",
    "children": "enfant enfants mineur mineurs children child kids minors",
    "women": "femme femmes women woman",
    "inhabitants": "habitant habitants résident résidents inhabitants residents population populations",
    # What a disaster damages: buildings whatever their use, and homes among them (another count).
    "buildings": "bâtiment bâtiments édifice édifices structure structures immeuble immeubles building buildings",
    "homes": "maison maisons logement logements habitation habitations house houses home homes housing "
    "dwelling dwellings",
    # Money: two currencies are two different amounts, however alike their words' vectors.
    "dollars": "dollar dollars usd",
    "euros": "euro euros eur",
    "pounds": "livre livres sterling pound pounds gbp",
}
CASUALTY_CONCEPTS = {
    "killed", "wounded", "missing", "detained", "displaced", "refugees", "stranded", "rescued", "hospitalised",
    "homeless",
}  # fmt: skip
GROUP_CONCEPTS = {"civilians", "soldiers", "children", "women", "inhabitants"}
GENERIC_CONCEPTS = {PEOPLE, "victims"}
# A toll's victims are the dead, the hurt and the missing: "11 300 victimes" does not count the displaced.
HARMED_CONCEPTS = {"killed", "wounded", "missing", "hospitalised"}
CURRENCY_CONCEPTS = {"dollars", "euros", "pounds"}
# Above this cosine two unit nouns are one noun in two languages ("wars" / "guerres" 0.86, "dams" / "barrages"
# 0.77); near-synonyms stay below ("houses" / "buildings" 0.67, "cars" / "trucks" 0.65). Measured on the
# multilingual sentence vectors of sources.embeddings.
UNIT_TRANSLATION_COSINE = 0.76

# "since 12 December 2022", "depuis le 12 décembre 2022", "from 12 December": a start date, not a date of the event.
SINCE = re.compile(
    r"\b(?:since|from|starting|depuis|dès|à\s+partir\s+d[eu]|a\s+partir\s+d[eu])\s+"
    r"(?:(?:le|la|les|l['’]|the|on|début|fin|mi-?|early|late|mid-?)\s*)*$",
    re.IGNORECASE,
)
SINCE_WINDOW = 30

# Approximate lengths of ISO 8601 duration units, in days.
DURATION_UNITS = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0, "H": 1 / 24, "MIN": 1 / 1440, "S": 1 / 86400}
DURATION = re.compile(
    r"^P(?:(?P<Y>\d+(?:[.,]\d+)?)Y)?(?:(?P<M>\d+(?:[.,]\d+)?)M)?(?:(?P<W>\d+(?:[.,]\d+)?)W)?"
    r"(?:(?P<D>\d+(?:[.,]\d+)?)D)?(?:T(?:(?P<H>\d+(?:[.,]\d+)?)H)?(?:(?P<MIN>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<S>\d+(?:[.,]\d+)?)S)?)?$"
)

RELATIVE_DAYS = {
    "aujourd'hui": 0, "today": 0, "hier": -1, "yesterday": -1, "demain": 1, "tomorrow": 1,
    "avant-hier": -2,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


# --- Public functions ------------------------------------------------------------------------------


def compare_facets(
    claim_facets: list[dict],
    passage_facets: list[dict],
    *,
    passage_text: str = "",
    claim_text: str = "",
    claim_reference: datetime | None = None,
    passage_reference: datetime | None = None,
    claim_span: tuple[int, int] | None = None,
) -> list[dict]:
    """For each firm facet of the claim, whether the passage agrees, disagrees, or says nothing about it.

    passage_text lets a bare number count when the claim's unit noun is written next to it, and a start date
    after "since"/"depuis" count against a duration; passage facet offsets must be offsets into that text.
    claim_reference and passage_reference are the article's and the document's publication date-times.
    claim_span, the claim's offsets in claim_text, adds its counts of zero ("aucun décès") to its facets.
    """
    claim_facets = [f for f in claim_facets or [] if isinstance(f, dict)]
    if claim_span and claim_text:
        claim_facets += _claim_zero_counts(claim_facets, claim_text, *claim_span)
    given = [f for f in passage_facets or [] if isinstance(f, dict)]
    # A figure told of another year ("since 1999, when a 7.6 tremor killed about 2,400") is that year's event's.
    years = _claim_years(claim_facets, claim_reference)
    given = [f for f in given if not (f.get("type") == "quantity" and _told_of_another_year(f, passage_text, years))]
    flagged = [(f, _denied(f, passage_text)) for f in given]
    passage_facets = [f for f, is_denied in flagged if not is_denied]
    denied = [f for f, is_denied in flagged if is_denied]
    counts_in_words = zero_counts(passage_text) + ordinal_counts(passage_text)
    comparisons = []
    compared_days = []  # (claim facet, its comparison), to read a range of days as one
    moments = Moments(claim_text, claim_facets, passage_text, passage_facets)
    for facet in claim_facets or []:
        if not isinstance(facet, dict) or facet.get("type") not in FIRM_TYPES:
            continue
        kind = facet["type"]
        if kind == "quantity":
            if quantity_range(facet) is None:
                continue  # a quantity with neither figure nor bounds: nothing firm to compare
            facet = _with_leading_unit(facet, claim_text)
            result = _compare_quantity(
                facet, [f for f in passage_facets if f.get("type") == "quantity"], passage_text, claim_text
            )
        elif kind in ("datetime", "time"):
            if not facet.get("value"):
                continue
            candidates = [f for f in passage_facets if f.get("type") in ("datetime", "time", "date")]
            result = _compare_time(facet, [_resolved(f, passage_reference) for f in candidates], moments)
        elif kind == "date":
            facet = _resolved(facet, claim_reference)
            if not facet.get("value"):
                continue
            dated = [f for f in passage_facets if f.get("type") in ("date", "datetime")]
            dated = [_resolved(f, passage_reference) for f in dated]
            result = _compare_date(facet, dated, passage_reference, claim_reference)
            if result["outcome"] == DISAGREES and not _reported_on(facet, claim_text):
                # "annoncé par le Croissant-Rouge le 14 septembre" is the day a figure was given, not the event's:
                # it may confirm the claim's day, never contradict it.
                dated = [f for f in dated if not _reported_on(f, passage_text)]
                result = _compare_date(facet, dated, passage_reference, claim_reference)
            if result["outcome"] == NOT_FOUND:
                result = _compare_since(facet, passage_facets, claim_text, claim_reference, passage_text) or result
        else:
            if duration_days(facet.get("value")) is None:
                continue
            result = _compare_duration(facet, passage_facets, passage_text, passage_reference or claim_reference)
        if result["outcome"] == NOT_FOUND and denied:
            result = _denial(facet, denied, passage_text, passage_reference) or result
        if result["outcome"] == NOT_FOUND and kind == "quantity" and counts_in_words:
            countries = countries_named(_sentence_of(facet, claim_text))
            counts = [c for c in counts_in_words if not _of_another_country(c, passage_text, countries)]
            result = _compare_quantity_among(facet, counts, passage_text, claim_text)
        found = result.get("source")
        comparisons.append(
            {
                "facet": facet.get("text", ""),
                "type": kind,
                "outcome": result["outcome"],
                "found": found["text"] if found else "",
                "detail": result.get("detail", ""),
                "claim": _side(facet),
                "source": found,
            }
        )
        if kind == "date":
            compared_days.append((facet, comparisons[-1]))
    return _one_instant(_one_span(comparisons, compared_days, claim_text))


# "du dimanche 10 au lundi 11 septembre", "10 and 11 September": two days that name one span.
RANGE_JOIN = re.compile(r"\s*(?:au|et(?:\s+le)?|à|to|and|-|–)\s*", re.IGNORECASE)


def _one_span(comparisons: list[dict], compared_days: list[tuple[dict, dict]], claim_text: str) -> list[dict]:
    """A claim's range of days is confirmed by a passage giving any day of it: the other day's disagreement goes."""
    dropped = []
    for (first, a), (second, b) in zip(compared_days, compared_days[1:], strict=False):
        if not (isinstance(first.get("end"), int) and isinstance(second.get("start"), int)):
            continue
        if not RANGE_JOIN.fullmatch(claim_text[first["end"] : second["start"]]):
            continue
        for one, other in ((a, b), (b, a)):
            if one["outcome"] == AGREES and other["outcome"] == DISAGREES:
                dropped.append(other)
    return [c for c in comparisons if not any(c is d for d in dropped)]


def _one_instant(comparisons: list[dict]) -> list[dict]:
    """A claim that gives one instant twice ("11:11 p.m. local time (2211 GMT)") is confirmed when the passage
    agrees with either: the other's disagreement came from the passage's guessed zone, not from another time."""
    agreed = {c["claim"]["utc"] for c in comparisons if c["type"] in ("datetime", "time") and c["outcome"] == AGREES}
    return [
        c
        for c in comparisons
        if not (
            c["type"] in ("datetime", "time") and c["outcome"] == DISAGREES and c["claim"]["utc"] in agreed - {None}
        )
    ]


# "since 1999, when …", "en 2016, lorsque …", "in 2020 …" before a figure in its sentence: the figure is that year's.
TOLD_OF_YEAR = re.compile(
    r"(?:\b(?:in|en|of|de)\s+(?:19[5-9]\d|20[0-4]\d)\b|\b(?:19[5-9]\d|20[0-4]\d)\s*,?\s*(?:when\b|lorsqu|quand\b|où\b))"
    r"(?:[^.;!?]|\.(?=\d))*$",  # to the figure, within the sentence ("a magnitude 7.6 tremor killed about 2,400")
    re.IGNORECASE,
)


def _claim_years(claim_facets: list[dict], claim_reference: datetime | None) -> set[int]:
    years = {claim_reference.year} if claim_reference else set()
    for facet in claim_facets or []:
        if isinstance(facet, dict) and facet.get("type") in ("date", "datetime"):
            value = str(facet.get("value") or "")
            if len(value) >= 4 and value[:4].isdigit():
                years.add(int(value[:4]))
    return years


def _told_of_another_year(facet: dict, passage_text: str, years: set[int]) -> bool:
    """Whether the passage tells its figure of a year other than the claim's ("in 1999, … about 2,400 people")."""
    start = facet.get("start")
    if not years or not passage_text or not isinstance(start, int):
        return False
    sentence = _sentence_up_to(passage_text, start, 200)
    match = TOLD_OF_YEAR.search(sentence)
    return bool(match) and not {int(y) for y in re.findall(r"(?:19|20)\d\d", match.group())} & years


# A figure or a day the passage denies ("did not begin on Tuesday", "et non plusieurs milliers") is not what it
# says: it neither confirms nor contradicts the claim.
# "not until 13:00", "pas avant 13 heures", "not only", "pas moins de", "no fewer than" affirm the time or the
# figure: they do not deny it, and "not two but three", "pas deux mais trois" affirm what follows "but".
# A passage that denies the claim's own figure or time contradicts it (_denial).
NEGATION = re.compile(
    r"\b(?:not|never|n't|non|pas|jamais|plutôt que|rather than)\b"
    r"(?!\s+(?:until|before|only|just|avant|seulement|que|qu|moins|plus|less|fewer|more))"
    r"(?:(?!\b(?:but|mais|instead|sinon)\b)[^.;:!?]){0,25}$",
    re.I,
)

# "No dam failed", "aucun barrage n'a cédé", "not a single death": a count of zero, which the extractor does not
# give as a figure. Only compared with a claim's count of the same thing, when the passage gives no figure of it.
# "No new deaths", "aucun nouveau cas" count what was added, not the total a claim gives: not a zero of it.
# "Aucune des 80 sirènes" is none of a whole the figure counts: the figure is compared, not a zero.
ZERO_COUNT = re.compile(
    r"\b(?:no|not\s+(?:a\s+single|one)|zero|aucune?|pas\s+une?\s+seule?|zéro)\s+"
    r"(?!(?:more|fewer|less|longer|later|sooner|earlier|other|doubt|matter|new|further|additional|fresh|extra"
    r"|autres?|doute|plus|moins|nouveaux?|nouvelles?|nouvel|supplémentaires?|des|de|du)\b)"
    r"(?=[^\W\d_]{3,})",
    re.I,
)

ZERO_COUNT_VERBS = {"was", "were", "has", "have", "had", "are", "est", "sont", "ont", "etait", "etaient", "avait"}

# "Sa troisième guerre depuis 1991", "the fourth strike this year": an ordinal before a noun says that at least
# that many have been, a count the extractor does not give. Lower case only ("the Second World War" is a name);
# an ordinal before a superlative or a part ("third-largest", "second half", "deuxième plus grande") ranks.
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10,
}  # fmt: skip
ORDINAL_COUNT = re.compile(
    rf"\b(?P<ordinal>{'|'.join(ORDINALS)})\s+"
    r"(?!(?:largest|biggest|highest|lowest|most|least|worst|best|half|quarter|place|plus|moins|moitié|trimestre"
    r"|semestre|rang|place|fois|time|round|tour|of|de|du|des|et|and)\b)"
    r"(?=[^\W\d_]{3,})"
)


# A day after a verb of saying in its clause is when something was said: "announced by the Red Crescent on 14
# September", "a indiqué mercredi l'OMS".
REPORTED_ON = re.compile(
    r"\b(?:announced|said|reported|published|confirmed|stated|released|issued|told|annoncée?s?|déclarée?s?"
    r"|indiquée?s?|publiée?s?|confirmée?s?|communiquée?s?|rapportée?s?|affirmée?s?|précisée?s?|avancée?s?|dit)\b"
    r"[^.;:!?\d]{0,45}$",
    re.IGNORECASE,
)


def _reported_on(facet: dict, text: str) -> bool:
    return _written_before(REPORTED_ON, facet, text, 60)


def _written_before(pattern: re.Pattern, facet: dict, text: str, window: int) -> bool:
    """Whether `pattern` matches in the `window` characters of `text` before the facet (it ends with `$`)."""
    start = facet.get("start")
    return isinstance(start, int) and bool(text) and bool(pattern.search(text, max(0, start - window), start))


def _denial(claim_facet: dict, denied: list[dict], passage_text: str, reference: datetime | None) -> dict | None:
    """The passage denies the claim's own figure or time ("not two dams but one", "did not begin on
    Tuesday"): a contradiction, even when it gives no other."""
    kind = claim_facet["type"]
    if kind == "quantity":
        said = _compare_quantity(claim_facet, [f for f in denied if f.get("type") == "quantity"], passage_text)
    elif kind in ("datetime", "time", "date"):
        candidates = [_resolved(f, reference) for f in denied if f.get("type") in ("datetime", "time", "date")]
        said = _compare_time(claim_facet, candidates) if kind != "date" else _compare_date(claim_facet, candidates)
    else:
        return None
    if said["outcome"] != AGREES:
        return None
    return {"outcome": DISAGREES, "source": said.get("source"), "detail": f"denied: {said.get('detail', '')}"}


def zero_counts(passage_text: str) -> list[dict]:
    """The passage's counts of zero ("no dam", "aucun barrage") as quantity facets, their unit the two words after.

    The noun after "no" is singular where a count of several is plural ("two dams"), and a singular and a
    plural in two languages sit further apart in the sentence vectors ("barrages" / "dam" 0.64, "barrages" /
    "dams" 0.77): the unit's words take their regular plural. Two words, since the noun may follow an adjective
    ("no new cases"). "No one" counts people, and what happened to them is read after it, as for any generic
    unit ("no one was killed").
    """
    counts = []
    for match in ZERO_COUNT.finditer(passage_text or ""):
        words = re.findall(r"[^\W\d_]+", re.split(r"\d|[.;:!?,]", passage_text[match.end() :], maxsplit=1)[0])[:2]
        noun = words[0]
        # The verb after the noun is not of the unit: "no deaths were reported", "aucun décès n'est à déplorer".
        words = [noun] + [word for word in words[1:] if len(word) > 2 and _fold(word) not in ZERO_COUNT_VERBS]
        plural = [word if word[-1].lower() in "sxz" else f"{word}s" for word in words]
        unit = "people" if noun.lower() == "one" else " ".join(plural)
        counts.append(_count_in_words(match, noun, unit, value=0))
    return [count for count in counts if not _denied(count, passage_text)]


def _claim_zero_counts(claim_facets: list[dict], text: str, start: int, end: int) -> list[dict]:
    """The claim's counts of zero ("aucun décès n'est à déplorer", "no one was killed"), offsets into text, where
    no figure of its own stands: "no deaths" is a figure a passage's "three were killed" contradicts."""
    counts = []
    for count in zero_counts(text[start:end]):
        count = {**count, "start": count["start"] + start, "end": count["end"] + start}
        if not any(
            f.get("type") == "quantity" and isinstance(f.get("start"), int) and f["start"] < count["end"]
            and count["start"] < f.get("end", f["start"])
            for f in claim_facets
        ):  # fmt: skip
            counts.append(count)
    return counts


def ordinal_counts(passage_text: str) -> list[dict]:
    """The passage's ordinals before a noun ("troisième guerre") as counts of at least that many of its plural."""
    counts = []
    for match in ORDINAL_COUNT.finditer(passage_text or ""):
        noun = re.match(r"[^\W\d_]+", passage_text[match.end() :])[0]
        unit = noun if noun[-1].lower() in "sxz" else f"{noun}s"
        counts.append(_count_in_words(match, noun, unit, value=None, low=ORDINALS[match["ordinal"]], high=None))
    return [count for count in counts if not _denied(count, passage_text)]


def countries_named(text: str) -> set[str]:
    """ISO codes of the countries a text names, by name or city ("Arménie", "Bakou") or nationality ("russe")."""
    codes = set()
    for word in re.findall(r"[^\W\d_]{4,}", text or ""):
        code = country_code(word) if word[0].isupper() else None
        code = code or next(
            (country_code(c) for c in (nationality_country(word, lang) for lang in ("fr", "en")) if c), None
        )
        if code:
            codes.add(code)
    return codes


def _sentence_up_to(text: str, start: int, window: int) -> str:
    """The words of its sentence before `start`, within `window` characters."""
    return re.split(r"[.;!?]\s", text[max(0, start - window) : start])[-1]


def _sentence_of(facet: dict, text: str) -> str:
    """The sentence of `text` a facet sits in (the whole text when the facet has no offsets)."""
    start, end = facet.get("start"), facet.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return text or ""
    before = _sentence_up_to(text, start, 300)
    after = re.split(r"[.;!?](?:\s|$)", text[end : end + 300])[0]
    return before + text[start:end] + after


def _of_another_country(count: dict, passage_text: str, claim_countries: set[str]) -> bool:
    """A count in words of one country's people or things ("aucun soldat arménien", "l'Arménie n'a aucune
    troupe") against a claim that names only other countries (a Russian force of 2,000): another group's count."""
    if not claim_countries:
        return False
    sentence = _sentence_up_to(passage_text, count["start"], 200)
    clause = COORDINATION.split(sentence)[-1]
    named = countries_named(clause + " " + count.get("unit", ""))
    return bool(named) and not named & claim_countries


def _count_in_words(match: re.Match, noun: str, unit: str, **figure) -> dict:
    text = f"{match.group(0)}{noun}"
    return {"type": "quantity", "text": text, "start": match.start(), "end": match.start() + len(text),
            "approximate": False, "unit": unit, **figure}  # fmt: skip


# "a quake of magnitude 8 would have released 30 times more energy": a figure supposed, not reported. English
# only: the French conditional also reports hearsay ("aurait fait 200 morts"), which the claim may be.
COUNTERFACTUAL = re.compile(r"^[^.;:!?]{0,40}?\b(?:would|could|might)\s+have\s+(?:been\s+)?\w+(?:ed|en|wn|ne)\b", re.I)


def _denied(facet: dict, passage_text: str) -> bool:
    start = facet.get("start")
    if not passage_text or not isinstance(start, int):
        return False
    return (
        bool(NEGATION.search(passage_text[max(0, start - 40) : start]))
        or bool(COUNTERFACTUAL.search(passage_text[facet.get("end") or start :]))
        or _debunked(facet, passage_text)
    )


# A fact-check quoting what it debunks: "Claims that only 50,000 Armenians remained are also unfounded", "… ne
# compterait plus que 80 000 Arméniens. C'est inexact", "… began in the evening. That is wrong."
_WRONG_EN = r"(?:unfounded|false|wrong|untrue|not\s+true|incorrect|baseless|inaccurate|misleading)"
_WRONG_FR = r"(?:infondée?s?|fausses?|faux|inexacte?s?|erronée?s?|trompeuse?s?)"
DEBUNKED = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:also\s+|simply\s+)?{_WRONG_EN}\b"
    rf"|\b(?:est|sont|était|étaient)\s+(?:également\s+|aussi\s+)?{_WRONG_FR}(?![\w])"
    # "… are not backed by any official source", "… ne reposent sur aucune source", "… n'est étayé par aucun"
    r"|\b(?:is|are|was|were)\s+not\s+(?:backed|supported|confirmed|borne\s+out)\s+by\s+any\b"
    r"|\bne\s+(?:repose|reposent|s['’]appuie|s['’]appuient)\s+sur\s+aucun"
    r"|\bn['’](?:est|sont)\s+(?:étayée?s?|confirmée?s?)\s+par\s+aucun",
    re.IGNORECASE,
)
DEBUNKED_NEXT = re.compile(
    rf"^\s*(?:(?:that|this|it)\s+(?:is|was)\s+{_WRONG_EN}\b|c['’]est\s+{_WRONG_FR}(?![\w]))", re.IGNORECASE
)


# A label before the claim it debunks: "Autre affirmation trompeuse : la région aurait connu trois guerres",
# "False claim: the quake struck at 3 a.m." (a verdict alone, "C'est faux :", is followed by the correction).
_CLAIM_NOUN_EN = r"(?:claim|rumou?r|post|assertion|allegation)s?"
_CLAIM_NOUN_FR = r"(?:affirmation|allégation|rumeur|information|publication|assertion|intox)s?"
DEBUNKED_LABEL = re.compile(
    rf"(?:^|[.!?]\s+)(?:another\s+|a\s+)?(?:{_WRONG_EN}\s+{_CLAIM_NOUN_EN}"
    rf"|(?:autres?\s+|une\s+)?(?:{_CLAIM_NOUN_FR}\s+{_WRONG_FR}|(?:fausses?|trompeuses?)\s+{_CLAIM_NOUN_FR}))"
    r"\s*:[^.;!?]*$",
    re.IGNORECASE,
)


def _debunked(facet: dict, passage_text: str) -> bool:
    """Whether the words after the figure, up to the end of its clause, call it wrong, or the next sentence
    does, or a label opens its sentence ("Affirmation trompeuse : …"). What follows a colon is the correction
    ("C'est inexact : … autour de 120 000"), never what is debunked."""
    if _written_before(DEBUNKED_LABEL, facet, passage_text, 200):
        return True
    rest = passage_text[facet.get("end") or facet["start"] :]
    cut = re.search(r"[.;:!?](?:\s|$)", rest)
    if DEBUNKED.search(rest[: cut.start()] if cut else rest):
        return True
    return bool(cut and rest[cut.start()] != ":" and DEBUNKED_NEXT.search(rest[cut.end() :]))


def comparison_sentence(comparison: dict) -> str:
    """The comparison in words a fact-checker can check against the two texts, in the active language."""
    claim = _side_words(comparison.get("type"), comparison.get("claim") or {"text": comparison.get("facet", "")})
    outcome = {AGREES: _("agrees"), DISAGREES: _("disagrees"), NOT_FOUND: _("not found")}.get(
        comparison.get("outcome"), comparison.get("outcome") or ""
    )
    if comparison.get("outcome") == NOT_FOUND and comparison.get("detail") == ZONE_UNKNOWN:
        outcome = _("not found (time zone unknown)")
    source = comparison.get("source")
    if not source:
        return _("claim: %(claim)s: %(outcome)s") % {"claim": claim, "outcome": outcome}
    return _("source: %(source)s; claim: %(claim)s: %(outcome)s") % {
        "source": _side_words(comparison.get("type"), source),
        "claim": claim,
        "outcome": outcome,
    }


def stance_for(comparisons: list[dict]) -> str:
    """Contradicts if any facet disagrees, supports if any agrees, else the passage only mentions the claim."""
    outcomes = {item.get("outcome") for item in comparisons}
    if DISAGREES in outcomes:
        return CONTRADICTS
    if AGREES in outcomes:
        return SUPPORTS
    return MENTIONS


def disagreements(comparisons: list[dict]) -> list[str]:
    """Which figures, dates or times disagree, as sentences."""
    return [comparison_sentence(c) for c in comparisons if c.get("outcome") == DISAGREES]


# --- Quantities ------------------------------------------------------------------------------------


def _number(value) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def quantity_range(facet: dict) -> tuple[float, float] | None:
    """The interval a quantity facet states ("32": 32–32, "des dizaines": 20–99, "plus de 100 000": 100 000 up);
    None when it gives no figure."""
    value, low, high = _number(facet.get("value")), _number(facet.get("low")), _number(facet.get("high"))
    if value is not None:
        return value, value
    if low is None and high is None:
        return None
    return (low if low is not None else float("-inf")), (high if high is not None else float("inf"))


def _reach(facet: dict) -> tuple[float, float] | None:
    """The figures a quantity is read as: "at least nine dead" or "more than 1,000" is the count so far, which
    the final one may pass, not any number above it: "over 500 dead" contradicts "at least nine"."""
    bounds = quantity_range(facet)
    if bounds is None or bounds[1] != float("inf") or bounds[0] <= 0:
        return bounds
    return bounds[0], bounds[0] * facet.get("reach", LOWER_BOUND_REACH)


def _tolerance(facet: dict) -> float:
    return APPROXIMATE_TOLERANCE if facet.get("approximate") else EXACT_TOLERANCE


def figures_agree(a: dict, b: dict) -> bool:
    """The two stated intervals overlap, or lie apart by no more than the looser tolerance of the two,
    as a share of the larger figure: 1 200 and 1 205 agree, "environ 120 000" and 100 000 do not."""
    first, second = _reach(a), _reach(b)
    if first is None or second is None:
        return False
    (low, high), (other_low, other_high) = sorted((first, second))
    if other_low <= high:
        return True
    gap = other_low - high
    return gap <= max(_tolerance(a), _tolerance(b)) * max(abs(high), abs(other_low)) + 1e-9


def _fold(text: str | None) -> str:
    return fold(text or "")


def _unit_key(word: str) -> str:
    # Plural and feminine endings alike: "tuées" / "tués" / "tué", "deaths" / "death".
    word = _fold(word)
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("ee"):
        word = word[:-1]
    return word


CONCEPT_OF = {_unit_key(word): concept for concept, words in UNIT_CONCEPTS.items() for word in words.split()}


def _unit_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+|%", _fold(text)) if len(w) >= 3 or w == "%"]


def _concepts(text: str) -> set[str]:
    return {CONCEPT_OF[key] for key in map(_unit_key, _unit_words(text)) if key in CONCEPT_OF}


def _same_word(claim_unit: str, passage_unit: str) -> bool:
    for a in _unit_words(claim_unit):
        for b in _unit_words(passage_unit):
            n = min(len(a), len(b), UNIT_PREFIX)
            if a == b or (n >= 4 and a[:n] == b[:n]):
                return True
    return False


def units_match(claim_unit: str, passage_unit: str) -> bool:
    """Loosely the same unit, across French and English ("Arméniens" / "Armenians", "tués" / "killed").

    Two different casualties ("killed" / "wounded") or two different groups ("civilians" / "soldiers") are
    different units even when they share a word ("personnes tuées" / "personnes blessées"); a generic head
    ("personnes", "people") matches a casualty ("killed") but not a group ("soldiers").
    """
    a, b = _concepts(claim_unit), _concepts(passage_unit)
    for family in (CASUALTY_CONCEPTS, GROUP_CONCEPTS, CURRENCY_CONCEPTS):
        if a & family and b & family and not a & b & family:
            return False
    # A people counted by its nationality is all of them; its soldiers or children are a group among them:
    # "120,000 ethnic Armenians" / "aucun soldat arménien".
    if (not a and b & GROUP_CONCEPTS and _nationality(claim_unit)) or (
        not b and a & GROUP_CONCEPTS and _nationality(passage_unit)
    ):
        return False
    if a & b:
        return True
    # A generic head counts the people something happened to ("32 personnes … tuées"), but a group is a
    # subset of the people, so its figure is another count ("120 000 people", "500 soldiers").
    if (a & GENERIC_CONCEPTS and b & CASUALTY_CONCEPTS) or (b & GENERIC_CONCEPTS and a & CASUALTY_CONCEPTS):
        generic, what = (a, b) if b & CASUALTY_CONCEPTS else (b, a)
        return PEOPLE in generic or bool(what & HARMED_CONCEPTS)
    # Casualties are people: "killed" and "dead civilians" count the same thing when nothing else conflicts.
    if a & CASUALTY_CONCEPTS and b & CASUALTY_CONCEPTS:
        return True
    # A town's people are its inhabitants, not a group among them: "a city of about 100,000 people" / "quelque
    # 100 000 habitants".
    if (a == {"inhabitants"} and b and b <= {PEOPLE}) or (b == {"inhabitants"} and a and a <= {PEOPLE}):
        return True
    # A people counted by its nationality is a population: "120,000 ethnic Armenians" / "120 000 personnes".
    if (not a and b and b <= GENERIC_CONCEPTS and _nationality(claim_unit)) or (
        not b and a and a <= GENERIC_CONCEPTS and _nationality(passage_unit)
    ):
        return True
    if _same_word(claim_unit, passage_unit):
        return True
    # Nouns no list knows: the same noun in the other language ("two wars" / "deux guerres").
    return not a and not b and _translated(claim_unit, passage_unit)


def _translated(claim_unit: str, passage_unit: str) -> bool:
    a, b = _unit_head(claim_unit), _unit_head(passage_unit)
    return bool(a and b) and float(_unit_vector(a) @ _unit_vector(b)) >= UNIT_TRANSLATION_COSINE


def _unit_head(unit: str) -> str:
    """The unit's first noun-like word: "guerres depuis la fin" -> "guerres"."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}", unit or "") if _fold(w) not in UNIT_FILLERS]
    return words[0].lower() if words else ""


# Words a unit may start with that are not what it counts ("ethnic Armenians", "de personnes").
UNIT_FILLERS = {
    "des", "les", "the", "ethnic", "some", "plus", "more", "than", "environ", "about", "nearly", "least", "moins",
    "almost", "around", "roughly", "presque", "quelque", "quelques", "rose", "fell", "reached", "stood", "stands",
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _unit_vector(word: str):
    return embed_one(word)


@functools.lru_cache(maxsize=4096)
def _nationality(unit: str) -> bool:
    return any(
        nationality_country(word, lang) for word in re.findall(r"[^\W\d_]{4,}", unit or "") for lang in ("fr", "en")
    )


def _unit_context(facet: dict, passage_text: str) -> str:
    """The passage's words around its number up to the next figure: "32 people were killed", "réfugiés : 4 500"."""
    start, end = facet.get("start"), facet.get("end")
    if not passage_text or not isinstance(start, int):
        return ""
    end = end if isinstance(end, int) else start
    # A line break ends a headline: "… in more than a century\nAt least 93 people" are two statements.
    after = re.split(r"\d|[.;:!?\n]", passage_text[end : end + UNIT_WINDOW], maxsplit=1)[0]
    before = re.split(r"\d|[.;!?\n]", passage_text[max(0, start - UNIT_WINDOW // 2) : start][::-1], maxsplit=1)[0]
    before = before[::-1]
    # A coordination starts another figure's clause: in "nine people were killed and more than 1,000 injured",
    # "killed" is not said of the 1,000.
    after = COORDINATION.split(after, maxsplit=1)[0]
    before = COORDINATION.split(before)[-1]
    return f"{before} {after}"


COORDINATION = re.compile(r"\b(?:and|but|or|while|et|mais|ou|alors)\b", re.IGNORECASE)


def _passage_unit(facet: dict, passage_text: str) -> str:
    unit = facet.get("unit") or ""
    concepts = _concepts(unit)
    # The unit the extractor gives is the noun right after the number; a casualty written further on
    # ("32 people were killed") or a bare number next to its noun counts too. A unit that already says
    # what it counts is kept as it is, so a neighbouring figure's noun never leaks into it.
    if unit and concepts - GENERIC_CONCEPTS:
        return unit
    if unit and not concepts:
        return unit
    return f"{unit} {_unit_context(facet, passage_text)}".strip()


# Where a claim's clause ends around its figure: another figure, a punctuation mark, a coordination. In
# "killed at least nine people and injured more than 1,000", "injured" belongs to the other figure.
CLAUSE_EDGE = re.compile(rf"\d|[,.;:!?()«»\"\n]|{COORDINATION.pattern}", re.IGNORECASE)


def _claim_unit(facet: dict, claim_text: str) -> str:
    """The claim's unit and, for a generic head ("people", "personnes"), what its own clause says happened to them:
    "killed at least nine people", "32 personnes ont été tuées". A passage's figure gets the words around it too
    (_passage_unit), so "more than 600 people stranded" is not another count of nine people killed."""
    unit = facet.get("unit") or ""
    concepts = _concepts(unit)
    if not concepts or concepts - GENERIC_CONCEPTS:
        return unit
    return " ".join(f"{unit} {_clause_context(facet, claim_text)}".split())


def _clause_context(facet: dict, text: str) -> str:
    """The words around a claim's figure within its own clause (see CLAUSE_EDGE)."""
    start, end = facet.get("start"), facet.get("end")
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return ""
    before = CLAUSE_EDGE.split(text[max(0, start - UNIT_WINDOW // 2) : start])[-1]
    after = CLAUSE_EDGE.split(text[end : end + UNIT_WINDOW])[0]
    return f"{before} {after}"


def _unit_note(own: str, unit: str) -> str:
    """A unit as a comparison's detail shows it: its own words, then the words around it that say what it counts
    ("people, stranded"), never the raw window of text the comparison read."""
    own = " ".join(own.split())
    own_keys = {_unit_key(word) for word in re.findall(r"[^\W\d_]+", own)}
    said = [word for word in re.findall(r"[^\W\d_]+", unit) if _unit_key(word) in CONCEPT_OF]
    extra = list(dict.fromkeys(word for word in said if _unit_key(word) not in own_keys))
    return ", ".join(([own] if own else []) + extra) or " ".join(unit.split()[:3])


def _with_leading_unit(facet: dict, text: str) -> dict:
    """A bare figure takes its unit from the words of its clause: a casualty ("killing at least 4,000", "the
    death toll rose to 4,000", not "killing 2,946 people and injuring 5,600"'s deaths for 5,600), else the noun
    written just before it ("magnitude 6.8", "magnitude 5,9")."""
    start = facet.get("start")
    if facet.get("unit") or not text or not isinstance(start, int):
        return facet
    around = _clause_context(facet, text)
    if _concepts(around):
        return {**facet, "unit": " ".join(around.split())}
    before = [
        word
        for word in re.findall(r"[^\W\d_]{4,}", text[max(0, start - UNIT_WINDOW // 2) : start])
        if _fold(word) not in UNIT_FILLERS
    ]
    if not before or _fold(before[-1]) in MEASURING_VERBS:
        return facet  # "l'a mesuré à 7,2", "put it at 7.2": the figure of something named earlier, no unit here
    return {**facet, "unit": before[-1], "unit_before": True}


# Words a figure may follow that say how it was obtained, not what it counts.
MEASURING_VERBS = {
    "mesure", "mesuree", "mesures", "estime", "estimee", "estimes", "evalue", "evaluee", "chiffre", "chiffree",
    "fixe", "fixee", "etabli", "etablie", "releve", "enregistre", "enregistree", "measured", "estimated", "rated",
    "recorded", "registered", "assessed", "calculated", "evaluated",
}  # fmt: skip


# The figure a page asserts against another it reports: "The official story says about 100 dead … the real toll is
# over 1,000", "Les médias parlent d'une centaine de victimes. En réalité, … plus de 1 000 morts", "Posts say 3 a.m.
# In fact it hit at 11:11 p.m.". It speaks for the page, whether it confirms the claim or not.
ASSERTED = re.compile(
    r"(?:\b(?:real|true|actual)\s+(?:toll|figure|number|count)|\b(?:vrai|véritable|réel)\s+(?:bilan|chiffre|nombre)"
    r"|\b(?:bilan|chiffre|nombre)\s+(?:réel|véritable)|\bin\s+(?:fact|reality)|\bactually|\ben\s+(?:réalité|fait)"
    r"|\bdans\s+les\s+faits)\b[^.;!?]{0,80}$",
    re.IGNORECASE,
)


def _compare_quantity(claim_facet: dict, candidates: list[dict], passage_text: str, claim_text: str = "") -> dict:
    asserted = [f for f in candidates if _written_before(ASSERTED, f, passage_text, 120)]
    if asserted and len(asserted) < len(candidates):
        result = _compare_quantity(claim_facet, asserted, passage_text, claim_text)
        if result["outcome"] != NOT_FOUND:
            return result
    # A figure says more than "thousands": "environ 800 morts, et non plusieurs milliers" is 800. Vague
    # quantities count only when the passage gives no figure for the unit.
    # A bound with its figure ("plus de 5 600 blessés") is a figure too, not a vague quantity.
    precise = [f for f in candidates if _number(f.get("value")) is not None or _written_figure(f)]
    vague = [f for f in candidates if f not in precise]
    result = _compare_quantity_among(claim_facet, precise, passage_text, claim_text)
    if result["outcome"] == NOT_FOUND:
        result = _compare_quantity_among(claim_facet, vague, passage_text, claim_text)
    return result


def _written_figure(facet: dict) -> bool:
    return any(c.isdigit() for c in facet.get("text") or "")


# A share in words is a rounded percentage: "a third" is 33 % give or take this many points (31–36 %, not 38 %).
SHARE_POINTS = 2.5


def _as_percent(facet: dict) -> dict:
    """A share ("a third", "la moitié": unit "share", value 0.333333) as the percentage it rounds."""
    if facet.get("unit") != "share":
        return facet
    value, low, high = (_number(facet.get(key)) for key in ("value", "low", "high"))
    if value is not None:
        low, high = value * 100 - SHARE_POINTS, value * 100 + SHARE_POINTS
    else:
        low = low * 100 - SHARE_POINTS if low is not None else None
        high = high * 100 + SHARE_POINTS if high is not None else None
    return {**facet, "value": None, "low": low, "high": high, "unit": "%"}


def _compare_quantity_among(claim_facet: dict, candidates: list[dict], passage_text: str, claim_text: str = "") -> dict:
    # Shares meet percentages on one scale; two shares compare as percentages too.
    claim_facet = _as_percent(claim_facet)
    candidates = [_as_percent(facet) for facet in candidates]
    unit = _claim_unit(claim_facet, claim_text)
    claim_note = _unit_note(claim_facet.get("unit") or "", unit)
    claim_measure = _measure(unit)
    conflicting = None
    for facet in candidates:
        if quantity_range(facet) is None:
            continue
        passage_unit = _passage_unit(facet, passage_text)
        same_unit = units_match(unit, passage_unit) or (
            # "magnitude 6.8" against "a magnitude 8.1 event": the word before the figures is the unit.
            bool(claim_facet.get("unit_before")) and units_match(unit, _unit_context(facet, passage_text))
        )
        if same_unit and claim_text and _population_against_casualties(unit, passage_unit):
            same_unit = False
        same_figure = figures_agree(claim_facet, facet)
        if same_figure and _short_of_bound(claim_facet, facet):
            continue
        measure = _measure(facet.get("unit") or "")
        conversion = ""
        if claim_measure and measure and claim_measure[0] == measure[0]:
            # "30 centimètres" against "3 mètres", "18 km" against "11 miles", "80 km/h" against "50 mph", "48.8C"
            # against "119.8F": one scale per dimension (metres, metres per second, m², kg, °C). A wave's height and
            # an epicentre's distance are lengths of two things: far apart, not compared.
            claim_si = _scaled_facet(claim_facet, claim_measure, False)
            si = _scaled_facet(facet, measure, False)
            same_unit = measure[0] == "temperature" or _lengths_comparable(claim_si, si)
            # A figure in other units was rounded in its own ("11 miles" for 18 km): compared as approximate.
            converted = claim_measure != measure
            same_figure = figures_agree(
                _scaled_facet(claim_facet, claim_measure, converted), _scaled_facet(facet, measure, converted)
            )
            if converted:
                conversion = (
                    f"; {facet.get('text')} is {_in_claim_unit(si, claim_measure)} {claim_facet.get('unit') or ''}"
                ).rstrip()
        named = _figure_named(facet, passage_text)
        passage_note = "figure" if named else _unit_note(facet.get("unit") or "", passage_unit)
        detail = f"{_range_note(claim_facet)} vs {_range_note(facet)}; unit {claim_note!r} vs {passage_note!r}"
        detail += conversion
        if same_figure and (same_unit or not unit or named):
            return {"outcome": AGREES, "source": _side(facet), "detail": detail}
        if same_unit and not same_figure and conflicting is None:
            conflicting = (facet, detail)
        if (
            not same_unit
            and conflicting is None
            and _part_over_whole(claim_facet, unit, claim_text, facet, passage_text)
        ):
            conflicting = (facet, f"{detail}; a part larger than the whole")
        if not same_unit and conflicting is None and _some_of_none(claim_facet, unit, facet, passage_text):
            conflicting = (facet, f"{detail}; none of them against some")
        if not same_unit and conflicting is None and _currencies_apart(claim_facet, unit, facet, passage_unit):
            conflicting = (facet, f"{detail}; two currencies, further apart than any rate between them")
    if conflicting is not None:
        return {"outcome": DISAGREES, "source": _side(conflicting[0]), "detail": conflicting[1]}
    return {"outcome": NOT_FOUND}


def _some_of_none(claim_facet: dict, claim_unit: str, facet: dict, passage_text: str) -> bool:
    """ "Aucun décès" against "three firefighters were killed": a group's count is another count than a total, but
    none at all is contradicted by any of them."""
    harmed = _concepts(claim_unit) & CASUALTY_CONCEPTS
    said = _concepts(f"{facet.get('unit') or ''} {_unit_context(facet, passage_text)}") & CASUALTY_CONCEPTS
    bounds = quantity_range(facet)
    return claim_facet.get("value") == 0 and bool(harmed) and harmed <= said and bounds is not None and bounds[0] > 0


# The dollar, the euro and the pound have stayed within this factor of one another since the euro began (the pound
# at $2.1 in 2007, the euro at $0.83 in 2000): two sums in two of them further apart than that are two different sums.
CURRENCY_SPREAD = 2.5


def _currencies_apart(claim_facet: dict, claim_unit: str, facet: dict, passage_unit: str) -> bool:
    """ "Près d'un milliard d'euros" against "$3 billion": whatever the day's rate, not the same sum."""
    a, b = _concepts(claim_unit) & CURRENCY_CONCEPTS, _concepts(passage_unit) & CURRENCY_CONCEPTS
    first, second = _reach(claim_facet), _reach(facet)
    if not a or not b or a & b or first is None or second is None:
        return False
    (low, high), (other_low, _other_high) = sorted((first, second))
    slack = 1 + max(_tolerance(claim_facet), _tolerance(facet))
    return high > 0 and other_low > CURRENCY_SPREAD * slack * high


# "a figure of 11,300 attributed to the Red Crescent", "le chiffre de 120 000 avancé par…": a figure named as one,
# counting what the sentence around says; the same figure is the claim's, another may count something else.
# So is a figure after a verb of measuring with no noun of its own: "the USGS put it at 6.8", "l'a mesuré à 7,2".
FIGURE_NAMED = re.compile(
    r"\b(?:(?:figure|chiffre|number|nombre|total)\s+(?:of|de|d['’])"
    r"|(?:put|puts|measured|estimated|rated|gave)\s+(?:it|them|its\s+\w+|the\s+\w+)?\s*at"
    r"|(?:mesurée?s?|estimée?s?|évaluée?s?|chiffrée?s?|établie?s?|fixée?s?)\s+à)\s*$",
    re.IGNORECASE,
)


def _figure_named(facet: dict, passage_text: str) -> bool:
    # "a total of 3,958 deaths" counts deaths.
    return not _concepts(facet.get("unit") or "") and _written_before(FIGURE_NAMED, facet, passage_text, 30)


def _part_over_whole(claim_facet: dict, claim_unit: str, claim_text: str, facet: dict, passage_text: str) -> bool:
    """One side counts a group no list knows by what happened to it ("3,000 tourists are trapped"), the other the
    people it happened to ("more than 600 people were stranded"): a part, which contradicts the whole only by
    being larger than all it may reach."""
    sides = [(claim_facet, claim_unit, claim_text), (facet, _passage_unit(facet, passage_text), passage_text)]
    for (part, _unit, part_text), (whole, whole_unit, _text) in (sides, sides[::-1]):
        whole_concepts = _concepts(whole_unit)
        if _concepts(part.get("unit") or "") or not whole_concepts & GENERIC_CONCEPTS:
            continue
        happened = _concepts(_clause_context(part, part_text)) & CASUALTY_CONCEPTS
        if happened and happened == whole_concepts & CASUALTY_CONCEPTS:
            part_range, whole_range = quantity_range(part), _reach(whole)
            return bool(part_range and whole_range) and part_range[0] > whole_range[1] * (1 + _tolerance(whole))
    return False


def _short_of_bound(claim_facet: dict, facet: dict) -> bool:
    """Two lower bounds, the passage's short of the claim's: "at least 89 dead" (an earlier count) is consistent
    with "at least 114" but does not confirm it, and a count so far never contradicts a higher one."""
    claim, passage = quantity_range(claim_facet), quantity_range(facet)
    if not claim or not passage or claim[1] != float("inf") or passage[1] != float("inf"):
        return False
    return passage[0] < claim[0] * (1 - _tolerance(claim_facet)) - 1e-9


def _population_against_casualties(claim_unit: str, passage_unit: str) -> bool:
    """Whether one side counts people something happened to ("at least 200 people killed") and the other only
    people, its own words saying nothing happened to them: "environ 120 000 personnes" is a population, not a
    toll. Both units carry the words of their own clause (_claim_unit, _passage_unit)."""
    a, b = _concepts(claim_unit), _concepts(passage_unit)
    return bool(
        (a & CASUALTY_CONCEPTS and not b & CASUALTY_CONCEPTS and b and b <= {PEOPLE} and not _toll(passage_unit))
        or (b & CASUALTY_CONCEPTS and not a & CASUALTY_CONCEPTS and a and a <= {PEOPLE} and not _toll(claim_unit))
    )


# A toll counts people something happened to, whatever its figure's own words: "le bilan s'élève à 12 personnes".
TOLL = re.compile(r"\b(?:bilan|toll|tolls)\b", re.IGNORECASE)


def _toll(unit: str) -> bool:
    return bool(TOLL.search(unit))


# Lengths further apart than this are of two things (a wave's 30 cm, an epicentre's 18 km), as durations of
# another order are (COMPARABLE_DURATIONS); a wrong figure is rarely that far off ("3 mètres" for 30 cm is 10×).
COMPARABLE_LENGTHS = 100


def _lengths_comparable(a: dict, b: dict) -> bool:
    ra, rb = quantity_range(a), quantity_range(b)
    # The finite end of each range stands for it ("more than 3 metres" is about 3 metres).
    x = next((v for v in ra if math.isfinite(v) and v > 0), None)
    y = next((v for v in rb if math.isfinite(v) and v > 0), None)
    return x is None or y is None or max(x, y) / min(x, y) <= COMPARABLE_LENGTHS


LENGTHS = {
    "mm": 0.001, "millimetre": 0.001, "millimeter": 0.001, "cm": 0.01, "centimetre": 0.01, "centimeter": 0.01,
    "m": 1.0, "metre": 1.0, "meter": 1.0, "km": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0,
    "mile": 1609.344, "miles": 1609.344, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "inch": 0.0254,
    "inches": 0.0254,
}  # fmt: skip
# Units of other dimensions, read at the start of a folded unit before the lengths ("km/h" is not "km"):
# (pattern, dimension, factor to the dimension's scale, offset). Pounds are left out: a currency too.
MEASURES = [
    (r"km\s*/\s*h|kmh\b|km\s+(?:par|per|an|a\s+l['’]|à\s+l['’])\s*h|kilomet(?:re|er)s?\s+(?:par|per|an|a\s+l['’]|à\s+l['’])\s*h",
     "speed", 1 / 3.6, 0.0),
    (r"mph\b|miles?\s+(?:per|an|par|a\s+l'|à\s+l')\s*h", "speed", 0.44704, 0.0),
    (r"(?:knots?|noeuds?|nœuds?)\b", "speed", 0.514444, 0.0),
    (r"km²|km2\b|square\s+kilomet|kilometres?\s+carres?", "area", 1e6, 0.0),
    (r"square\s+miles?|miles?\s+carres?", "area", 2.589988e6, 0.0),
    (r"m²|m2\b|square\s+met|metres?\s+carres?", "area", 1.0, 0.0),
    (r"(?:hectares?|ha)\b", "area", 1e4, 0.0),
    (r"acres?\b", "area", 4046.8564, 0.0),
    (r"(?:kg|kilos?|kilogram(?:me)?s?)\b", "mass", 1.0, 0.0),
    (r"(?:tonnes?|tons?)\b", "mass", 1000.0, 0.0),
    (r"lbs?\b", "mass", 0.45359237, 0.0),
    (r"°\s*c\b|degres?\s+(?:celsius|c)\b|degrees?\s+(?:celsius|c)\b|celsius", "temperature", 1.0, 0.0),
    (r"°\s*f\b|degres?\s+fahrenheit|degrees?\s+(?:fahrenheit|f)\b|fahrenheit", "temperature", 5 / 9, -160 / 9),
]  # fmt: skip
MEASURE_PATTERNS = [(re.compile(pattern), dimension, factor, offset) for pattern, dimension, factor, offset in MEASURES]


def _measure(unit: str) -> tuple[str, float, float] | None:
    """(dimension, factor, offset) to the dimension's scale when the unit is a measure ("km/h", "hectares",
    "°F", "feet"), else None."""
    folded = " ".join(_fold(unit).split())
    for pattern, dimension, factor, offset in MEASURE_PATTERNS:
        if pattern.match(folded):
            return dimension, factor, offset
    scale = _length_scale(unit)
    return ("length", scale, 0.0) if scale else None


def _in_claim_unit(scaled: dict, claim_measure: tuple[str, float, float]) -> str:
    """A converted figure back in the claim's unit, for the comparison's detail ("80 mph" is "128.7" km/h)."""
    _dimension, factor, offset = claim_measure
    low, high = ((v - offset) / factor for v in quantity_range(scaled))
    return f"{low:.4g}" if low == high else f"{low:.4g}–{high:.4g}"


def _length_scale(unit: str) -> float | None:
    """Metres per unit when the unit is a length ("centimètres", "km", "feet"), else None."""
    words = re.findall(r"[^\W\d_]+", _fold(unit))
    if not words:
        return None
    word = words[0]
    return LENGTHS.get(word) or LENGTHS.get(word.removesuffix("s"))


def _scaled_facet(facet: dict, measure: tuple[str, float, float], approximate: bool) -> dict:
    _dimension, factor, offset = measure

    def scaled(number):
        return number * factor + offset if _number(number) is not None else number

    figures = {key: scaled(facet.get(key)) for key in ("value", "low", "high")}
    return {**facet, **figures, "approximate": facet.get("approximate") or approximate, "reach": MEASURE_REACH}


def _range_note(facet: dict) -> str:
    low, high = quantity_range(facet)
    text = f"{low:g}" if low == high else f"{low:g}–{high:g}"
    return f"{text} ±{_tolerance(facet):.1%}"


# --- Dates and times -------------------------------------------------------------------------------


def _parse_moment(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and len(value) > 10 else None
    except ValueError:
        return None


def _parse_time(facet: dict) -> time | None:
    """The clock time of a time or date-time facet, with its offset when it has one."""
    value = facet.get("value")
    if not isinstance(value, str):
        return None
    if facet.get("type") == "time":
        try:
            return time.fromisoformat(value)
        except ValueError:
            return None
    moment = _parse_moment(value)
    return moment.timetz() if moment else None


def _firm_zone(facet: dict) -> bool:
    """The zone is known (written, or the page's own) and the value carries its offset."""
    clock = _parse_time(facet)
    return facet.get("zone_from") in FIRM_ZONES and clock is not None and clock.utcoffset() is not None


def _utc_clock(clock: time) -> time:
    moment = datetime.combine(date(2000, 1, 1), clock.replace(tzinfo=None)) - clock.utcoffset()
    return moment.time()


def _zone_label(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


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


# How far apart two days may be and still be two accounts of one event's day, at the precision both give.
NEAR_DAYS, NEAR_MONTHS, NEAR_YEARS = 31, 1, 1
# A time of day names one moment: a passage's time on a day it writes two days off is another moment ("Friday
# at 10:23", the next quake), not another report of the claim's; a day off may be the same instant in another
# zone. A bare time ("at about 3 a.m.") has its page's day, which may be days later: its clock is compared.
TIME_DAYS = 1
# A bare time's day is its page's: a page a week or more after the claim's moment tells of its own day's events.
TIME_INFERRED_DAYS = 7


def _day_written(facet: dict) -> bool:
    """The facet's text names its day ("10:23 a.m. on Friday", "le 3 avril à 7 h 58"); a bare "3 a.m." takes
    its day from the page's date, which may be days after the moment it tells of."""
    words = set(re.findall(r"[^\W\d_]+", _fold(facet.get("text"))))
    return bool(words & (WEEKDAYS.keys() | RELATIVE_DAYS.keys() | MONTH_NAMES)) or bool(
        re.search(r"\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}", facet.get("text") or "")
    )


def _days_near(a: str, b: str, days: int = NEAR_DAYS) -> bool:
    n = min(len(a), len(b))
    try:
        if n >= 10:
            return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
        if n >= 7:
            return abs((int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7])) <= NEAR_MONTHS
        if n == 3:  # a decade ("197", the 1970s): the next one is near, as a year's next year is
            return abs(int(a[:3]) - int(b[:3])) <= NEAR_YEARS
        return abs(int(a[:4]) - int(b[:4])) <= NEAR_YEARS
    except ValueError:
        return True


def _resolved(facet: dict, reference: datetime | None) -> dict:
    """A relative date the extractor left without a value ("hier", "Wednesday"), resolved from the reference."""
    if facet.get("type") != "date" or facet.get("value") or reference is None:
        return facet
    text = " ".join(_fold(facet.get("text", "")).replace("’", "'").split())
    day = reference.date()
    if text in RELATIVE_DAYS:
        return {**facet, "value": (day + timedelta(days=RELATIVE_DAYS[text])).isoformat()}
    if text in WEEKDAYS:
        # A bare weekday in news copy is the latest such day up to the day of publication.
        back = (day.weekday() - WEEKDAYS[text]) % 7
        return {**facet, "value": (day - timedelta(days=back)).isoformat()}
    return facet


# What happened at a time, in the words of its clause: a passage's time of another happening ("the fire broke out at
# 6:50 p.m." beside the claim's "the spire collapsed at 7:50 p.m.") is another moment of the story, not another
# account of the claim's. A small bilingual list of the moments news gives times for, as UNIT_CONCEPTS is for
# units; a clause that names none of them, or names the claim's, is compared as before.
MOMENT_CONCEPTS = {
    "start": r"broke\s+out|break(?:s)?\s+out|began|begins?|started|starts?|erupted|spotted|first\s+seen|were\s+seen"
    r"|flared\s+up|reignited|rekindled|repartie?|reprise?"
    r"|s['’]est\s+déclarée?|se\s+déclare|(?:a|ont)\s+pris|démarr\w*|commenc\w*|apparue?s?|repérée?s?|éclat\w*"
    r"|déclench\w*|départ\s+du\s+feu",
    "end": r"extinguished|put\s+out|under\s+control|contained|éteinte?s?|maîtrisée?s?|circonscrite?s?",
    "collapse": r"collapsed?|toppled|came\s+down|crashing\s+down|spire\s+fell|effondrée?s?|effondrement|tombée?s?",
    "strike": r"struck|strikes?|hit|jolted|frappée?|secouée?",
    "effect": r"took\s+effect|takes?\s+effect|came\s+into\s+force|into\s+effect|en\s+vigueur|effective|prend\s+effet",
    "say": r"said|says|announced|told|address|speech|statement|(?:a|ont)\s+déclaré|annoncée?|(?:a|ont)\s+indiqué"
    r"|allocution|discours|communiqué|s['’]adress\w*",
    "alarm": r"alarms?|alerts?|sirens?|warnings?|alarmes?|alertes?|sirènes?|retenti\w*",
}
MOMENT_PATTERNS = {
    concept: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for concept, pattern in MOMENT_CONCEPTS.items()
}
# Words that cut a sentence's clauses between two of its times ("at 6:50 p.m., and the spire fell at 7:50").
MOMENT_EDGE = re.compile(
    r"[,;:()«»\"\n]|\b(?:and|but|while|when|after|before|then|et|mais|alors|puis|avant|après)\b", re.I
)
# A sentence ends at a stop that is not an abbreviation's ("6:50 p.m. local time", "Gen. Gallet").
SENTENCE_END = re.compile(r"(?<!\.\w)(?<!\b\w)(?<!\bGen)(?<!\bMr)(?<!\bDr)[.!?](?:\s+|$)|\n")
# A time written right beside another ("18 h 50, heure de Paris, soit 20 h 50 à Bakou") restates it in another zone.
RESTATED_WORDS = 3


@dataclass
class Moments:
    """The texts and facets of a claim and a passage, to read what happened at each of their times."""

    claim_text: str
    claim_facets: list[dict]
    passage_text: str
    passage_facets: list[dict]
    # What each time names, read once per comparison of a claim with a passage: {(side, start, end): concepts}.
    read: dict = field(default_factory=dict)

    def another(self, claim_facet: dict, facet: dict) -> bool:
        """The claim's time and the passage's are of two different happenings, each named in its clause."""
        own = self._concepts("claim", claim_facet, self.claim_text, self.claim_facets)
        other = self._concepts("passage", facet, self.passage_text, self.passage_facets)
        return bool(own and other) and not own & other

    def _concepts(self, side: str, facet: dict, text: str, facets: list[dict]) -> set[str]:
        key = (side, facet.get("start"), facet.get("end"))
        if key not in self.read:
            self.read[key] = moment_concepts(facet, text, facets)
        return self.read[key]


def moment_concepts(facet: dict, text: str, facets: list[dict]) -> set[str]:
    """The happenings named in the time's own clause, else in the words of its sentence that belong to it: in "a fire
    declared contained, then flared up again at about 3 p.m.", what happened at 3 p.m. is the flare-up."""
    for clause in (True, False):
        said = moment_words(facet, text, facets, clause=clause)
        concepts = {concept for concept, pattern in MOMENT_PATTERNS.items() if pattern.search(said)}
        if concepts:
            return concepts
    return set()


def moment_words(facet: dict, text: str, facets: list[dict], *, clause: bool = False) -> str:
    """The words of the facet's sentence that tell what happened at its time: the sentence, cut at the clause edge
    nearest each other time of it (with clause, at the nearest edge on each side); a time restating its neighbour
    in another zone shares the neighbour's words."""
    start, end = facet.get("start"), facet.get("end")
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return ""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    first = ends[-1] if ends else 0
    stop = SENTENCE_END.search(text, end)
    last = stop.start() if stop else len(text)
    timed = sorted(
        (f for f in facets if _timed(f) and first <= f["start"] < last and (f["start"], f["end"]) != (start, end)),
        key=lambda f: f["start"],
    )
    low, high = start, end
    for other in reversed([f for f in timed if f["end"] <= low]):
        if len(re.findall(r"\w+", text[other["end"] : low])) > RESTATED_WORDS:
            break
        low = other["start"]
    for other in [f for f in timed if f["start"] >= high]:
        if len(re.findall(r"\w+", text[high : other["start"]])) > RESTATED_WORDS:
            break
        high = other["end"]
    before, after = first, last
    for other in timed:
        if before <= other["end"] <= low:
            cuts = [m.end() for m in MOMENT_EDGE.finditer(text, other["end"], low)]
            before = cuts[-1] if cuts else (other["end"] + low) // 2
        elif high <= other["start"] < after:
            cuts = [m.start() for m in MOMENT_EDGE.finditer(text, high, other["start"])]
            after = cuts[0] if cuts else (high + other["start"]) // 2
    if clause:
        cuts = [m.end() for m in MOMENT_EDGE.finditer(text, before, low)]
        before = cuts[-1] if cuts else before
        cut = MOMENT_EDGE.search(text, high, after)
        after = cut.start() if cut else after
    return " ".join(f"{text[before:start]} {text[end:after]}".split())


def _timed(facet: dict) -> bool:
    return (
        facet.get("type") in ("time", "datetime")
        and isinstance(facet.get("start"), int)
        and isinstance(facet.get("end"), int)
    )


def _compare_time(claim_facet: dict, candidates: list[dict], moments: Moments | None = None) -> dict:
    """Instants in UTC when both zones are firm, else clock times (and days) with the zone said to be unknown.

    A passage's time of another happening than the claim's (see MOMENT_CONCEPTS) may agree to the minute, never
    disagree."""
    timed = [f for f in candidates if f.get("type") in ("datetime", "time") and _parse_time(f) is not None]
    claim_day, claim_clock = _day(claim_facet), _parse_time(claim_facet)
    if claim_clock is None:
        return {"outcome": NOT_FOUND}
    firm, uncertain = [], []
    for facet in timed:
        day, clock = _day(facet), _parse_time(facet)
        written = _day_written(facet)
        if claim_day and day and not _days_near(claim_day, day, TIME_DAYS if written else TIME_INFERRED_DAYS):
            continue  # a time on another day than the claim's (or the next): another moment, an aftershock
        hedged = claim_facet.get("approximate") or facet.get("approximate")
        another = moments is not None and moments.another(claim_facet, facet)
        if another:
            # Two happenings' times meet only to the minute: the alarm's "18 h 20" is not the fire's "vers 18 h 50".
            hedged = False
        if _firm_zone(claim_facet) and _firm_zone(facet):
            a, b = _utc_clock(claim_clock), _utc_clock(clock)
            if _guessed_zone(facet) and _clocks_agree(claim_clock, clock, hedged):
                # "11:11 p.m." on a London page about Morocco's 23:11: the page's zone was a guess, and the
                # same clock time to the minute is the same local time.
                detail = f"{claim_clock:%H:%M} vs {clock:%H:%M}; the same clock time, the page's zone taken as a guess"
                firm.append((True, facet, detail))
                continue
            if claim_facet["type"] == "datetime" and facet["type"] == "datetime" and written:
                first = _parse_moment(claim_facet["value"]).astimezone(UTC)
                second = _parse_moment(facet["value"]).astimezone(UTC)
                same = abs(first - second) <= (HEDGED_TIME if hedged else timedelta(0))
                detail = f"{first:%Y-%m-%d %H:%M} UTC vs {second:%Y-%m-%d %H:%M} UTC"
            else:
                same = _clocks_agree(a, b, hedged)
                detail = f"{a:%H:%M} UTC vs {b:%H:%M} UTC"
            if hedged:
                detail += f"; {HEDGED_NOTE}"
            if not same and another:
                continue
            firm.append((same, facet, detail))
            continue
        # A zone is unknown: the clock times are what the texts say, not instants.
        a, b = claim_clock.replace(tzinfo=None), clock.replace(tzinfo=None)
        # A bare time's day is its page's guess (see _day_written): only its clock is compared.
        same_day = claim_day is None or day is None or not written or _days_agree(claim_day, day)
        note = f"{a:%H:%M} vs {b:%H:%M}; {ZONE_UNKNOWN}: compared as clock times, uncertain"
        if same_day and _clocks_agree(a, b, hedged):
            uncertain.append((AGREES, facet, note))
        elif another:
            continue
        elif _maybe_another_zone(claim_facet, facet, written):
            uncertain.append((NOT_FOUND, facet, ZONE_UNKNOWN))
        else:
            uncertain.append((DISAGREES, facet, note))
    for same, facet, detail in firm:
        if same:
            return {"outcome": AGREES, "source": _side(facet), "detail": detail}
    for outcome, facet, detail in uncertain:
        if outcome == AGREES:
            return {"outcome": AGREES, "source": _side(facet), "detail": detail}
    if firm:
        _same, facet, detail = firm[0]
        return {"outcome": DISAGREES, "source": _side(facet), "detail": detail}
    for wanted in (NOT_FOUND, DISAGREES):
        for outcome, facet, detail in uncertain:
            if outcome == wanted:
                # A zone gap may explain the difference: never a firm contradiction then.
                return {"outcome": outcome, "source": _side(facet), "detail": detail}
    if claim_day:
        # No time in the passage: only the calendar day can be compared, and only to agree. A passage's other day
        # is another moment's far more often than another account of the claim's ("the offensive began on
        # Tuesday" beside "the truce took effect on Wednesday at 13:00", "by Wednesday the toll had risen").
        dated = [f for f in candidates if f.get("type") == "date" and f.get("value")]
        result = _compare_days(claim_day, dated)
        return result if result["outcome"] == AGREES else {"outcome": NOT_FOUND}
    return {"outcome": NOT_FOUND}


# "shortly after 11 p.m.", "vers 23 heures": a hedged clock time agrees with one up to half an hour away.
HEDGED_TIME = timedelta(minutes=30)
HEDGED_NOTE = "one time is approximate (within 30 minutes)"


def _clocks_agree(a: time, b: time, hedged: bool) -> bool:
    """The same clock reading, or within HEDGED_TIME when either is hedged (across midnight too)."""
    seconds = abs(_seconds(a) - _seconds(b))
    return min(seconds, 86400 - seconds) <= (HEDGED_TIME.total_seconds() if hedged else 0)


def _guessed_zone(facet: dict) -> bool:
    """The passage's time has its zone from its page, not from its words (the claim's zone stands)."""
    return facet.get("zone_from") == "published"


def _maybe_another_zone(claim_facet: dict, facet: dict, day_written: bool = True) -> bool:
    """Two clock times a whole number of hours apart (up to 12): one zone unknown, they may be one instant."""
    a, b = _naive_moment(claim_facet), _naive_moment(facet)
    if a is not None and b is not None and day_written:
        gap = abs((a - b).total_seconds())
    else:
        clock_a, clock_b = _parse_time(claim_facet), _parse_time(facet)
        seconds = abs(_seconds(clock_a) - _seconds(clock_b))
        gap = min(seconds, 86400 - seconds)
    return gap % 3600 == 0 and gap <= MAX_ZONE_GAP_HOURS * 3600


def _naive_moment(facet: dict) -> datetime | None:
    moment = _parse_moment(facet.get("value")) if facet.get("type") == "datetime" else None
    return moment.replace(tzinfo=None) if moment else None


def _seconds(clock: time) -> int:
    return clock.hour * 3600 + clock.minute * 60 + clock.second


def _compare_date(
    claim_facet: dict,
    candidates: list[dict],
    passage_reference: datetime | None = None,
    claim_reference: datetime | None = None,
) -> dict:
    claim_day = _day(claim_facet)
    result = _compare_days(claim_day, candidates)
    if result["outcome"] != DISAGREES or not claim_day or len(claim_day) != 10:
        return result
    if claim_reference is not None and claim_day > claim_reference.date().isoformat():
        # A day still ahead when the claim was written is a plan ("talks will start on Thursday"): a day the
        # passage gives up to then is of something that had already happened (Wednesday's ceasefire), not of it.
        written = claim_reference.date().isoformat()
        candidates = [f for f in candidates if not (len(_day(f) or "") == 10 and _day(f) <= written)]
        result = _compare_days(claim_day, candidates)
    if result["outcome"] != DISAGREES or passage_reference is None:
        return result
    # A page's own day is where its story is, and the days after it are its plans: "the separatists accepted a
    # ceasefire on Wednesday" on a Wednesday page tells that day's news, "talks are scheduled for Thursday" a plan,
    # neither another day for the offensive the claim dates Tuesday. Only another earlier day, or a denial of the
    # claim's (see _denial), contradicts a day before the page's.
    page_day = passage_reference.date().isoformat()
    later_news = [f for f in candidates if len(_day(f) or "") == 10 and _day(f) >= page_day > claim_day]
    if not later_news:
        return result
    return _compare_days(claim_day, [f for f in candidates if f not in later_news])


def _compare_days(claim_day: str | None, candidates: list[dict]) -> dict:
    """Agrees if a candidate gives the same day at the precision both give, disagrees if only other days
    close to it: a day years away ("the war of 1988") is another event's, not another account of this one."""
    other = None
    for facet in candidates:
        day = _day(facet)
        if not claim_day or not day:
            continue
        if _days_agree(claim_day, day):
            return {"outcome": AGREES, "source": _side(facet), "detail": f"calendar day {claim_day} vs {day}"}
        if _days_near(claim_day, day):
            other = other or (facet, f"calendar day {claim_day} vs {day}")
    if other:
        return {"outcome": DISAGREES, "source": _side(other[0]), "detail": other[1]}
    return {"outcome": NOT_FOUND}


# --- Durations -------------------------------------------------------------------------------------


def _duration_parts(value) -> dict[str, float] | None:
    match = DURATION.match(value) if isinstance(value, str) and value not in ("P", "PT") else None
    if not match:
        return None
    parts = {k: float(v.replace(",", ".")) for k, v in match.groupdict().items() if v}
    return parts or None


def duration_days(value) -> float | None:
    """An ISO 8601 duration ("P9M", "PT24H", "P1Y6M") in days, months and years at their mean length."""
    parts = _duration_parts(value)
    return sum(DURATION_UNITS[k] * v for k, v in parts.items()) if parts else None


def _duration_unit(value) -> str | None:
    """The smallest unit written: "P1Y6M" is precise to the month."""
    parts = _duration_parts(value)
    return min(parts, key=lambda k: DURATION_UNITS[k]) if parts else None


def _duration_tolerance(facet: dict) -> float:
    """How far off a duration may be and still be the one written, in days. Exact: half its smallest unit up
    to 5 % ("nine months" is 270 days, not ten months); approximate: one unit or 15 % ("about ten months")."""
    unit, days = DURATION_UNITS[_duration_unit(facet["value"])], duration_days(facet["value"])
    if facet.get("approximate"):
        return max(unit, days * APPROXIMATE_TOLERANCE)
    return min(unit / 2, days * EXACT_DURATION_TOLERANCE)


def _durations_agree(claim_facet: dict, facet: dict) -> bool:
    if claim_facet["value"] == facet["value"]:
        return True
    gap = abs(duration_days(claim_facet["value"]) - duration_days(facet["value"]))
    return gap <= max(_duration_tolerance(claim_facet), _duration_tolerance(facet)) + 1e-9


def since_date(facet: dict, passage_text: str) -> date | None:
    """The start date of a "since 12 December 2022" / "depuis le 12 décembre 2022" in the passage."""
    start = facet.get("start")
    if facet.get("type") not in ("date", "datetime") or not passage_text or not isinstance(start, int):
        return None
    if not SINCE.search(passage_text[max(0, start - SINCE_WINDOW) : start]):
        return None
    value = facet.get("value") or ""
    moment = _parse_moment(value)
    if moment:
        return moment.date()
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(value) == size:
            try:
                return date.fromisoformat(value + suffix)
            except ValueError:
                return None
    return None


def _elapsed(start: date, until: date) -> relativedelta:
    return relativedelta(until, start)


def _elapsed_in(unit: str, start: date, until: date) -> float:
    """The time from start to until in the claim's own unit: 12 Dec 2022 → 19 Sep 2023 is 9.2 months."""
    days = (until - start).days
    if unit in ("Y", "M"):
        delta = _elapsed(start, until)
        months = delta.years * 12 + delta.months
        anchor = start + relativedelta(months=months)
        next_anchor = start + relativedelta(months=months + 1)
        months += (until - anchor).days / max(1, (next_anchor - anchor).days)
        return months / 12 if unit == "Y" else months
    return days * DURATION_UNITS["D"] / DURATION_UNITS[unit]


def _compare_duration(
    claim_facet: dict, passage_facets: list[dict], passage_text: str, reference: datetime | None
) -> dict:
    durations = [f for f in passage_facets if f.get("type") == "duration" and duration_days(f.get("value"))]
    for facet in durations:
        if _durations_agree(claim_facet, facet):
            return {"outcome": AGREES, "source": _side(facet), "detail": f"{claim_facet['value']} vs {facet['value']}"}
    claimed = duration_days(claim_facet["value"])
    results = []
    until = reference.date() if reference else None
    for facet in passage_facets:
        start = since_date(facet, passage_text)
        if start is None or until is None or start > until:
            continue
        elapsed = (until - start).days
        if _duration_ratio(claimed, max(elapsed, 1)) > COMPARABLE_DURATIONS:
            continue  # "depuis 1991" or "since 11 a.m." beside "nine months": a span of another order
        tolerance = _duration_tolerance(claim_facet)
        # "depuis neuf mois" is said until the tenth month is reached: elapsed time is rounded down.
        high = tolerance if claim_facet.get("approximate") else 2 * tolerance
        same = claimed - tolerance - 1e-9 <= elapsed <= claimed + high + 1e-9
        unit = _duration_unit(claim_facet["value"])
        detail = (
            f"elapsed {start.isoformat()} to {until.isoformat()}: {elapsed} days "
            f"({_elapsed_in(unit, start, until):.1f} {unit}) vs {claim_facet['value']}"
        )
        source = {**_side(facet), "text": _since_text(facet, passage_text), "value": f"{start}/{until}"}
        results.append((same, source, detail))
    for same, source, detail in results:
        if same:
            return {"outcome": AGREES, "source": source, "detail": detail}
    if results:
        _same, source, detail = results[0]
        return {"outcome": DISAGREES, "source": source, "detail": detail}
    # "effective depuis 11 heures" beside "a nine-month blockade" measures something else: only a duration
    # of the same order as the claim's can disagree with it, and the nearest one speaks for the passage.
    facet = _nearest_duration(claimed, durations)
    if facet:
        return {"outcome": DISAGREES, "source": _side(facet), "detail": f"{claim_facet['value']} vs {facet['value']}"}
    return {"outcome": NOT_FOUND}


def _compare_since(
    claim_facet: dict, passage_facets: list[dict], claim_text: str, reference: datetime | None, passage_text: str = ""
) -> dict | None:
    """A claim's "depuis 1999" against a passage's span: "the strongest in 25 years" agrees by the article's
    date, "in half a century" does not (the same comparison as a claimed duration against "since", reversed)."""
    start = since_date(claim_facet, claim_text)
    if start is None or reference is None or start > reference.date():
        return None
    elapsed = (reference.date() - start).days
    durations = [
        f
        for f in passage_facets
        if f.get("type") == "duration" and duration_days(f.get("value")) and not _offset(f, passage_text)
    ]
    facet = _nearest_duration(max(elapsed, 1), durations)
    if facet is None:
        return None
    unit = _duration_unit(facet["value"])
    detail = (
        f"elapsed {start.isoformat()} to {reference.date().isoformat()}: {elapsed} days "
        f"({_elapsed_in(unit, start, reference.date()):.1f} {unit}) vs {facet['value']}"
    )
    # "Since 1999" is said through 2024: the elapsed time may pass the span by up to one of its units.
    gap = elapsed - duration_days(facet["value"])
    same = -_duration_tolerance(facet) - 1e-9 <= gap <= DURATION_UNITS[unit] + _duration_tolerance(facet) + 1e-9
    return {"outcome": AGREES if same else DISAGREES, "source": _side(facet), "detail": detail}


# "Cinq jours après la catastrophe", "two days later": a span that dates a moment from another, not one lasting.
OFFSET_AFTER = re.compile(r"^\s*(?:après|plus\s+tard|auparavant|avant|after|later|earlier|before)\b", re.IGNORECASE)


def _offset(facet: dict, passage_text: str) -> bool:
    end = facet.get("end")
    return isinstance(end, int) and bool(OFFSET_AFTER.match(passage_text[end : end + 20]))


def _nearest_duration(days: float, durations: list[dict]) -> dict | None:
    """The duration facet nearest to `days` by ratio, among those of the same order (COMPARABLE_DURATIONS)."""
    comparable = [f for f in durations if _duration_ratio(days, duration_days(f["value"])) <= COMPARABLE_DURATIONS]
    return min(comparable, key=lambda f: _duration_ratio(days, duration_days(f["value"])), default=None)


def _duration_ratio(a: float, b: float) -> float:
    return max(a, b) / min(a, b)


def _since_text(facet: dict, passage_text: str) -> str:
    """ "since 12 December 2022": the marker word as written, and the date."""
    start = facet["start"]
    before = passage_text[max(0, start - SINCE_WINDOW) : start]
    match = SINCE.search(before)
    return (before[match.start() :] if match else "") + facet.get("text", "")


# --- What each side says ---------------------------------------------------------------------------


def _side(facet: dict) -> dict:
    """The facet's text and value, and for a time its instant in UTC and its zone when the zone is firm."""
    kind = facet.get("type")
    value = facet.get("value")
    if kind == "quantity" and _number(value) is None:
        value = [_number(facet.get("low")), _number(facet.get("high"))]
    side = {
        "text": facet.get("text", ""),
        "value": value,
        "approximate": bool(facet.get("approximate")),
        "utc": None,
        "zone": None,
    }
    if kind in ("datetime", "time") and _firm_zone(facet):
        clock = _parse_time(facet)
        side["utc"] = f"{_utc_clock(clock):%H:%M}"
        side["zone"] = _zone_label(clock.utcoffset())
    return side


def _side_words(kind: str | None, side: dict) -> str:
    if kind in ("datetime", "time"):
        return _time_words(side)
    if kind == "quantity":
        return _quantity_words(side)
    if kind == "date":
        return _date_words(side)
    if kind == "duration":
        return _duration_words(side)
    return side.get("text", "")


def _time_words(side: dict) -> str:
    value = side.get("value")
    moment = _parse_moment(value)
    clock = moment.timetz() if moment else _clock_of(value)
    if clock is None:
        return side.get("text", "")
    if side.get("utc") and side.get("zone"):
        words = _("%(clock)s %(zone)s (%(utc)s UTC)") % {
            "clock": f"{clock:%H:%M}",
            "zone": side["zone"],
            "utc": side["utc"],
        }
    else:
        words = _("%(clock)s (time zone unknown)") % {"clock": f"{clock:%H:%M}"}
    return _("about %(time)s") % {"time": words} if side.get("approximate") else words


def _clock_of(value) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _quantity_words(side: dict) -> str:
    text, value = side.get("text", ""), side.get("value")
    if isinstance(value, list):
        low, high = value
        if low is not None and high is not None:
            return f"{text} ({_figure(low)}–{_figure(high)})"
        return text
    if side.get("approximate"):
        return f"{text} (±{_figure(APPROXIMATE_TOLERANCE * 100)} %)"
    return text


def _figure(number: float) -> str:
    return number_format(int(number) if number == int(number) else number, force_grouping=True)


def _date_words(side: dict) -> str:
    text, value = side.get("text", ""), side.get("value")
    written = _written_date(value)
    if not written or _fold(written) == _fold(text):
        return text
    return f"{text} ({written})"


def _written_date(value) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            return date_in_words(date.fromisoformat(value), "j F Y")
        if len(value) == 7:
            return date_format(date.fromisoformat(value + "-01"), "F Y")
    except ValueError:
        return None
    if len(value) == 3 and value.isdigit():
        return _("the %(decade)s0s") % {"decade": value}
    return value if len(value) == 4 else None


def _duration_words(side: dict) -> str:
    text, value = side.get("text", ""), side.get("value")
    if isinstance(value, str) and "/" in value:
        start, until = (date.fromisoformat(v) for v in value.split("/"))
        delta = _elapsed(start, until)
        if delta.years >= 2:
            elapsed = ngettext("%(n)d year", "%(n)d years", delta.years) % {"n": delta.years}
        elif delta.years or delta.months:
            months = delta.years * 12 + delta.months
            elapsed = ngettext("%(n)d month", "%(n)d months", months) % {"n": months}
        else:
            days = (until - start).days
            elapsed = ngettext("%(n)d day", "%(n)d days", days) % {"n": days}
        return _("%(text)s (%(elapsed)s by %(until)s)") % {
            "text": text,
            "elapsed": elapsed,
            "until": date_in_words(until, "j F Y"),
        }
    return text
