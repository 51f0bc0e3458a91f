"""Dates, clock times and date-times, resolved against the publication date-time.

dateparser resolves a bare weekday to the past one whatever the tense, and reads
nothing in "mercredi à 11 heures du matin", so weekdays look at the tense of the verb
that governs them and clock times have their own patterns here.
"""

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from spacy.tokens import Doc, Token

from .pipeline import lemma
from .places import nationality_country, zone_for_place
from .spans import Taken, doc_text

_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
    "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
}  # fmt: skip
_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Month names of both languages, as written in a facet's text ("3 avril", "September 8").
MONTH_NAMES = frozenset(_FR_MONTHS) | frozenset(_EN_MONTHS)
_EN_DAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                "fri": 4, "sat": 5, "sun": 6}  # fmt: skip
# Offsets relative to the anchor day.
_FR_RELATIVE = {
    "aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0, "cette nuit": 0,
    "hier": -1, "hier soir": -1, "hier matin": -1, "avant-hier": -2, "demain": 1,
    "après-demain": 2, "la veille": -1, "le lendemain": 1,
}  # fmt: skip
_EN_RELATIVE = {
    "today": 0, "this morning": 0, "tonight": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "tomorrow": 1, "the day before": -1, "the previous day": -1,
    "the next day": 1, "the following day": 1, "the day after": 1,
}  # fmt: skip
# "la veille" and "the next day" count from the day the sentence talks about.
_EVENT_RELATIVE = {"la veille", "le lendemain", "the day before", "the previous day",
                   "the next day", "the following day", "the day after"}  # fmt: skip
_FIXED_ZONES = {
    "gmt": 0, "utc": 0, "tu": 0, "z": 0, "cet": 60, "cest": 120, "bst": 60, "wet": 0,
    "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360,
    "cdt": -300, "pst": -480, "pdt": -420, "jst": 540, "ist": 330, "hne": -300,
    "hae": -240,
}  # fmt: skip
_NAMED_ZONES = {"heure française": "Europe/Paris", "heure de paris": "Europe/Paris",
                "eastern time": "America/New_York", "et": "America/New_York",
                "pacific time": "America/Los_Angeles"}  # fmt: skip


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_APOS = "['’]"
_ZONE_WORDS = r"GMT|UTC|TU|Z|CET|CEST|BST|WET|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|JST|IST|HNE|HAE|ET"
# Zone abbreviations are matched in capitals only: "midi et" is not Eastern time.
_ZONE = (
    r"(?P<zone>\s*,?\s*\(?(?:heure\s+locale|local\s+time)\)?(?![\w])"
    rf"|\s*,?\s*\(?(?:heure\s+de\s+[A-ZÀ-Ý][\w\-]+|heure\s+[a-zà-ÿ]+(?:aise|ienne|aine|ane|ine|oise|que|ise)"
    rf"|[A-Z][a-z]+\s+time|Eastern\s+[Tt]ime|Pacific\s+[Tt]ime"
    rf"|(?-i:{_ZONE_WORDS})(?:\s?[+-]\s?\d{{1,2}})?)\)?(?![\w]))?"
)
# Clock hours written in words: "vers deux heures du matin", "at two o'clock".
_FR_HOURS = "une deux trois quatre cinq six sept huit neuf dix onze douze"
_EN_HOURS = "one two three four five six seven eight nine ten eleven twelve"
_FR_HOUR_WORDS = {word: n for n, word in enumerate(_FR_HOURS.split(), 1)}
_EN_HOUR_WORDS = {word: n for n, word in enumerate(_EN_HOURS.split(), 1)}
_FR_TIME = re.compile(
    rf"(?<![\w.,])(?:(?P<mil>[012]\d[0-5]\d)(?=\s?(?:GMT|UTC|TU)\b)|(?P<h>\d{{1,2}})\s?h\s?(?P<m>[0-5]\d)?(?![\w])|(?P<h2>\d{{1,2}}|{_alt(_FR_HOUR_WORDS)})\s+heures?"
    rf"(?:\s+(?P<m2>[0-5]\d|et\s+demie|et\s+quart))?(?![\w])|(?<!après-)(?<!apres-)(?P<noon>midi|minuit)(?![\w]))"
    rf"(?P<part>\s+(?:du\s+matin|du\s+soir|de\s+l{_APOS}après-midi|de\s+la\s+nuit))?{_ZONE}",
    re.IGNORECASE,
)
_EN_TIME = re.compile(
    rf"(?<![\w.,])(?:(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    rf"|(?P<h2>\d{{1,2}}):(?P<m2>[0-5]\d)(?![\d])"
    rf"|(?P<mil>[012]\d[0-5]\d)(?=\s?(?:{_ZONE_WORDS}|hours|hrs|local)\b)"
    rf"|(?P<h3>\d{{1,2}}|{_alt(_EN_HOUR_WORDS)})\s+o{_APOS}clock"
    rf"|(?P<h4>{_alt(_EN_HOUR_WORDS)})(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))"
    rf"|(?P<noon>noon|midnight)(?![\w]))"
    rf"(?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?{_ZONE}",
)
# "plus de 20 heures", "pendant 9 heures": a span of time, not a clock time.
_FR_SPAN_CUE = re.compile(
    r"(?<![\w])(?:plus|moins|près|pendant|durant|environ|quelque|au\s+moins|au\s+bout)\s*(?:de|d['’])?\s*$", re.I
)
# "peu après 23 heures" is a clock time; a bare "après 23 heures (de négociations)" is a span.
_FR_TIME_CUE = re.compile(
    r"(?:\bà|\bvers|\bdès|\bavant|\bjusqu['’]à|\bpartir\s+de|\bentre|\bet|\bde|\b(?:peu|juste)\s+après)\s*$", re.I
)

_FR_DATE = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_alt(_FR_DAYS)})\s+)?(?P<d>\d{{1,2}}|1er|premier)\s+"
    rf"(?P<mon>{_alt(_FR_MONTHS)})\.?(?:\s+(?P<y>\d{{4}}))?(?![\w])",
    re.IGNORECASE,
)
_EN_DATE = re.compile(
    rf"(?<![\w])(?:(?:(?P<wd>{_alt(_EN_DAYS)}),?\s+)?(?P<mon>{_alt(_EN_MONTHS)})\.?\s+"
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"
    rf"|(?:(?P<wd2>{_alt(_EN_DAYS)}),?\s+(?:the\s+)?)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_alt(_EN_MONTHS)})\.?"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?)(?![\w])",
    re.IGNORECASE,
)
# The first day of a range that names its month once: "du dimanche 10 au lundi 11 septembre", "les 10 et 11
# septembre", "between 10 and 11 September" (the span is the first day; the second is an ordinary date), and the
# second of "September 10-11" / "September 10 to 11" (the span is the second day).
_FR_RANGE_FIRST = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_alt(_FR_DAYS)})\s+)?(?P<d>\d{{1,2}}|1er)(?=\s+(?:au|et(?:\s+le)?|à)\s+"
    rf"(?:(?:{_alt(_FR_DAYS)})\s+)?(?P<d2>\d{{1,2}})\s+(?P<mon>{_alt(_FR_MONTHS)})\.?(?:\s+(?P<y>\d{{4}}))?(?![\w]))",
    re.IGNORECASE,
)
_EN_RANGE_FIRST = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_alt(_EN_DAYS)}),?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?=\s*(?:to|and|-|–)\s*"
    rf"(?:(?:{_alt(_EN_DAYS)}),?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_alt(_EN_MONTHS)})\.?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w]))",
    re.IGNORECASE,
)
_EN_RANGE_SECOND = re.compile(
    rf"(?<![\w])(?P<mon>{_alt(_EN_MONTHS)})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\w])(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
# A decade, valued as ISO 8601 gives one at reduced precision ("197" is the 1970s): "in the 1970s", "the '70s",
# "dans les années 1970", "les années 70".
_EN_DECADE = re.compile(r"(?<![\w'’])(?:(?P<c>19|20)(?P<d>\d)0s|['’](?P<d2>\d)0s)(?![\w])")
_FR_DECADE = re.compile(r"(?<![\w])années\s+(?:(?P<c>19|20)?(?P<d>\d)0)(?![\w])", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/])")
_NUMERIC_DATE = re.compile(r"(?<![\w/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\w/])")
_FR_MONTH_YEAR = re.compile(rf"(?<![\w])(?P<mon>{_alt(_FR_MONTHS)})\s+(?P<y>\d{{4}})(?![\w])", re.IGNORECASE)
_EN_MONTH_YEAR = re.compile(rf"(?<![\w])(?P<mon>{_alt(_EN_MONTHS)})\.?,?\s+(?P<y>\d{{4}})(?![\w])", re.IGNORECASE)
_FR_FULL_MONTHS = [m for m in _FR_MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "août", "aout")]
_EN_FULL_MONTHS = [m for m in _EN_MONTHS if len(m) > 3 or m == "may"]
# A month without a year is a date only after a word that introduces a time: "en mai",
# "in December" (and, in English, only capitalized: "may" is a verb).
_FR_MONTH_ALONE = re.compile(
    rf"(?<![\w])(?:en|depuis|de|d{_APOS}ici(?:\s+(?:à|fin))?|d{_APOS}|fin|début|mi-|mois\s+d[e']|jusqu{_APOS}en|dès"
    rf"|entre|et|à)\s*(?P<mon>{_alt(_FR_FULL_MONTHS)})(?![\w])",
    re.IGNORECASE,
)
_EN_MONTH_ALONE = re.compile(
    rf"(?<![\w])(?i:in|since|from|by|until|before|after|late|early|mid-|end\s+of|through|and|(?P<pre>last|next|this))"
    rf"\s*(?P<mon>{'|'.join(m.capitalize() for m in _EN_FULL_MONTHS)})(?![\w])"
)
# Months and years named relative to the publication: (unit, offset).
_FR_PERIODS = {
    "le mois dernier": ("month", -1), "le mois prochain": ("month", 1), "ce mois-ci": ("month", 0),
    "l'an dernier": ("year", -1), "l'année dernière": ("year", -1), "l'an passé": ("year", -1),
    "l'année passée": ("year", -1), "cette année": ("year", 0), "l'an prochain": ("year", 1),
    "l'année prochaine": ("year", 1),
}  # fmt: skip
_EN_PERIODS = {
    "last month": ("month", -1), "this month": ("month", 0), "next month": ("month", 1),
    "last year": ("year", -1), "this year": ("year", 0), "next year": ("year", 1),
}  # fmt: skip
_FR_PERIOD = re.compile(rf"(?<![\w])(?:{_alt(_FR_PERIODS)})(?![\w-])".replace("'", _APOS), re.I)
_EN_PERIOD = re.compile(rf"(?<![\w])(?:{_alt(_EN_PERIODS)})(?![\w-])", re.I)
_FR_WEEKDAY = re.compile(
    rf"(?<![\w])(?P<pre>ce\s+)?(?P<wd>{_alt(_FR_DAYS)})(?P<post>\s+(?:prochain|dernier|passé))?(?![\w])",
    re.IGNORECASE,
)
_EN_WEEKDAY = re.compile(
    rf"(?<![\w])(?:(?P<pre>last|next|this|coming)\s+)?(?P<wd>{_alt(_EN_DAYS)}"
    rf"|(?:{_alt(_EN_DAY_ABBR)})\.)(?![\w])",
    re.IGNORECASE,
)
_FR_REL = re.compile(rf"(?<![\w-])(?:{_alt(_FR_RELATIVE)})(?![\w-])".replace("'", _APOS), re.I)
_EN_REL = re.compile(rf"(?<![\w-])(?:{_alt(_EN_RELATIVE)})(?![\w-])", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w.,/-])(1[5-9]\d\d|20\d\d)(?![\w/-]|[.,]\d)")
# "in 1988-1994", "la guerre de 1988-1994", "the 2011–12 season": two years, not a count of 1988.
_YEAR_RANGE = re.compile(r"(?<![\w.,/-])(1[5-9]\d\d|20\d\d)\s?[-–]\s?(1[5-9]\d\d|20\d\d|\d\d)(?![\w/-]|[.,]\d)")
_FR_YEAR_CUE = re.compile(
    r"(?:\ben|depuis|\bde|\bdès|jusqu['’]en|avant|après|\bfin|début|mi-|l['’]an|année|"
    r"\bet|\bà|\bdu|\bentre|\bpuis|\bsaison)\s*$",
    re.IGNORECASE,
)
_EN_YEAR_CUE = re.compile(
    r"(?:\bin|since|from|\bby|until|before|after|\bend\s+of|early|late|mid-|\byear|\bof"
    r"|\band|\bto|between|through|\bthe)\s*$",
    re.IGNORECASE,
)
_JOIN = re.compile(r"^(?:\s*,?\s*(?:à|a|at|vers|around|dès|from|on|le|,)?\s*)$", re.IGNORECASE)


# "from 9 a.m. to 5 p.m. this weekend", "de 1 heure à 5 heures … à partir du 15 octobre": opening hours, a
# schedule repeated over days, not two moments; the characters stay taken (neither a duration nor a count).
_HOURS_RANGE = re.compile(r"\s*(?:to|until|till|and|-|–|à|a|et|jusqu['’]à)\s*", re.IGNORECASE)
_HOURS_FROM = re.compile(r"(?<![\w])(?:from|between|de|entre|d['’])\s*$", re.IGNORECASE)
_RECURRING = re.compile(
    r"(?<![\w])(?:every|each|daily|nightly|weekdays?|weekends?|this\s+weekend|a\s+day|per\s+day|chaque|tous\s+les"
    r"|toutes\s+les|quotidien\w*|par\s+jour|la\s+semaine|le\s+week-end|ce\s+week-end|à\s+partir\s+du"
    r"|du\s+lundi\s+au|from\s+monday\s+to)(?![\w])",
    re.IGNORECASE,
)


def _recurring_hours_dropped(times: list[dict], text: str, start: int, end: int) -> list[dict]:
    if len(times) < 2 or not _RECURRING.search(text, start, end):
        return times
    dropped: set[int] = set()
    for k in range(len(times) - 1):
        first, second = times[k], times[k + 1]
        if _HOURS_RANGE.fullmatch(text, first["end"], second["start"]) and _HOURS_FROM.search(
            text, max(start, first["start"] - 10), first["start"]
        ):
            dropped |= {k, k + 1}
    return [tm for k, tm in enumerate(times) if k not in dropped]


def find_temporal(
    doc: Doc,
    start: int,
    end: int,
    lang: str,
    published: datetime | None,
    taken: Taken,
    places: list[str],
    context_day: date | None = None,
) -> list[dict]:
    """Date, time and datetime facets in doc.text[start:end], claiming their characters.

    `places` are candidate places for "local time", best first; `context_day` is the
    last day the article named before this sentence ("la veille", a bare clock time).
    """
    text = doc_text(doc)
    anchor = published.date() if published else None
    dates = _find_dates(doc, start, end, lang, published, taken, context_day)
    times = _recurring_hours_dropped(_find_times(text, start, end, lang, taken, places), text, start, end)
    facets = []
    used_dates: set[int] = set()
    for tm in times:
        joined = None
        for k, dt in enumerate(dates):
            first, second = (dt, tm) if dt["start"] < tm["start"] else (tm, dt)
            if k not in used_dates and _JOIN.match(text[first["end"] : second["start"]]):
                joined = k
                break
        if joined is not None:
            used_dates.add(joined)
            facet = _time_facet(text, tm, dates[joined]["_date"], dates[joined], published)
            facet["_deictic"], facet["_date"] = dates[joined]["_deictic"], dates[joined]["_date"]
            facets.append(facet)
        else:
            day = _day_of_time(tm, dates) or context_day or anchor
            facets.append(_time_facet(text, tm, day, None, published))
    for k, dt in enumerate(dates):
        if k not in used_dates:
            facets.append(dt)
    return facets


def _day_of_time(tm: dict, dates: list[dict]) -> date | None:
    """The day a clock time belongs to when no date touches it: "on August 9 between
    2 p.m. and 6 p.m." — the nearest day of the sentence, preferring one written before."""
    days = [d for d in dates if d["_date"] is not None]
    before = [d for d in days if d["end"] <= tm["start"]]
    if before:
        return before[-1]["_date"]
    return days[0]["_date"] if days else None


def _time_facet(text, tm, day, dt, published) -> dict:
    zone, zone_from = tm["_zone"], tm["_zone_from"]
    if zone is None and tm["_zone_from"] is None and tm["_local"] is False and published:
        zone = published.tzinfo
        zone_from = "published" if zone is not None else None
    clock = time(tm["_h"], tm["_m"])
    if dt is not None:
        a, b = min(dt["start"], tm["start"]), max(dt["end"], tm["end"])
        facet = {"type": "datetime", "text": text[a:b], "start": a, "end": b}
        facet["value"] = None if day is None else _iso(datetime.combine(day, clock), zone)
    elif day is not None:
        # The time alone is the span; its day comes from the sentence, the article or
        # the publication date, so the value is still a full date-time.
        facet = {"type": "datetime", "text": tm["text"], "start": tm["start"], "end": tm["end"]}
        facet["value"] = _iso(datetime.combine(day, clock), zone)
    else:
        facet = {"type": "time", "text": tm["text"], "start": tm["start"], "end": tm["end"]}
        facet["value"] = _iso(datetime.combine(date(2000, 1, 1), clock), zone)[11:]  # no date known
    facet["zone_from"] = zone_from if zone is not None else None
    if tm["_approximate"]:
        facet["approximate"] = True
    return facet


def _iso(moment: datetime, zone: tzinfo | None) -> str:
    if zone is None:
        return moment.isoformat(timespec="seconds")
    if hasattr(zone, "localize"):  # a pytz zone from the caller's `published`
        return zone.localize(moment).isoformat(timespec="seconds")
    return moment.replace(tzinfo=zone).isoformat(timespec="seconds")


_SECONDS_NEXT = re.compile(r":[0-5]\d(?![\w])")
# A hedge just before a clock time: "shortly after 11 p.m.", "at around 3 a.m.", "peu après 23 heures", "vers 7 h".
_HEDGED = re.compile(
    r"(?<![\w])(?:(?:shortly|just|soon|right)\s+(?:after|before)|(?:at\s+)?(?:around|about|approximately|roughly)"
    r"|(?:un\s+)?peu\s+(?:après|avant)|juste\s+(?:après|avant)|vers|aux\s+(?:alentours|environs)\s+de"
    r"|autour\s+de|(?:à\s+)?environ)\s+$",
    re.IGNORECASE,
)


def _find_times(text, start, end, lang, taken, places) -> list[dict]:
    pattern = _FR_TIME if lang == "fr" else _EN_TIME
    found = []
    for match in pattern.finditer(text, start, end):
        a, b = match.span()
        if taken.overlaps(a, b) or _SECONDS_NEXT.match(text, b):
            continue  # "in 2:03:40" is a time taken (quantities reads it as a duration), not a clock
        parsed = _parse_time(match, lang, text, a)
        if parsed is None:
            continue
        h, m = parsed
        zone_text = (match.group("zone") or "").strip()
        zone, zone_from, local = _zone(zone_text, places)
        taken.add(a, b)
        found.append(
            {
                "text": text[a:b],
                "start": a,
                "end": b,
                "_h": h,
                "_m": m,
                "_zone": zone,
                "_zone_from": zone_from,
                "_local": local,
                "_approximate": bool(_HEDGED.search(text, max(start, a - 30), a)),
            }
        )
    return found


def _hour(written: str, words: dict[str, int]) -> int:
    return int(written) if written.isdigit() else words[written.lower()]


def _parse_time(match, lang, text, a) -> tuple[int, int] | None:
    g = match.groupdict()
    part = (g.get("part") or "").lower()
    if g.get("mil"):
        h, m = int(g["mil"][:2]), int(g["mil"][2:])
    elif g.get("noon"):
        h, m = (12, 0) if g["noon"].lower() in ("midi", "noon") else (0, 0)
    elif lang == "fr":
        if _FR_SPAN_CUE.search(text, max(0, a - 20), a):
            return None
        if g.get("h") is not None:
            h, m = int(g["h"]), int(g["m"] or 0)
            # "24h" alone is a duration; "11h00" or "à 11h" is a clock time.
            if g["m"] is None and not (part or g.get("zone") or _FR_TIME_CUE.search(text, max(0, a - 20), a)):
                return None
        else:
            h = _hour(g["h2"], _FR_HOUR_WORDS)
            extra = (g.get("m2") or "").lower()
            m = 30 if "demie" in extra else 15 if "quart" in extra else int(extra or 0)
            if not (part or g.get("zone") or g.get("m2") or _FR_TIME_CUE.search(text, max(0, a - 20), a)):
                return None
        if ("soir" in part or "après" in part) and h < 12:
            h += 12
    else:
        if g.get("h3") or g.get("h4"):
            h, m = _hour(g["h3"] or g["h4"], _EN_HOUR_WORDS), 0
        elif g.get("h2") is not None:
            h, m = int(g["h2"]), int(g["m2"])
        else:
            h, m = int(g["h"]), int(g["m"] or 0)
            ampm = g["ampm"].lower()
            if not 1 <= h <= 12:
                return None
            if ampm.startswith("p") and h < 12:
                h += 12
            elif ampm.startswith("a") and h == 12:
                h = 0
        if ("afternoon" in part or "evening" in part or "night" in part) and h < 12:
            h += 12
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return h, m


def _zone(zone_text: str, places: list[str]):
    """(tzinfo or None, zone_from, says-local) for the zone written after a time."""
    if not zone_text:
        return None, None, False
    key = " ".join(zone_text.strip("(), ").lower().split())
    if key in ("heure locale", "local time") or re.fullmatch(r"heure\s+locale|local\s+time", key):
        # "Local time" means the zone of the place the sentence is about.
        for place in places:
            tz = zone_for_place(place)
            if tz:
                return ZoneInfo(tz), "text", True
        return None, None, True
    if key in _NAMED_ZONES:
        return ZoneInfo(_NAMED_ZONES[key]), "text", False
    named = re.fullmatch(r"heure\s+de\s+(.+)|(.+?)\s+time", key)
    # "heure marocaine", "Moroccan time": the zone of the country a nationality word is built on.
    national = re.fullmatch(r"heure\s+(\w+)|(\w+)\s+time", key)
    if named or national:
        tz = named and zone_for_place(named.group(1) or named.group(2))
        if not tz and national:
            country = nationality_country(national.group(1) or national.group(2), "fr" if national.group(1) else "en")
            tz = country and zone_for_place(country)
        return (ZoneInfo(tz), "text", False) if tz else (None, None, True)
    fixed = re.fullmatch(r"([a-z]+)(?:\s?([+-])\s?(\d{1,2}))?", key)
    if fixed and fixed.group(1) in _FIXED_ZONES:
        minutes = _FIXED_ZONES[fixed.group(1)]
        if fixed.group(2):
            minutes += int(fixed.group(3)) * 60 * (1 if fixed.group(2) == "+" else -1)
        return timezone(timedelta(minutes=minutes)), "text", False
    return None, None, True


# A story day further than this before the page's date sets the week of the weekdays that follow it.
STORY_WEEK_DAYS = 6


def _find_dates(doc, start, end, lang, published, taken, context_day=None) -> list[dict]:
    text = doc_text(doc)
    anchor = published.date() if published else None
    months = _FR_MONTHS if lang == "fr" else _EN_MONTHS
    found: list[dict] = []

    def add(a, b, value, day=None, deictic=False):
        taken.add(a, b)
        found.append(
            {"type": "date", "text": text[a:b], "start": a, "end": b, "value": value, "_date": day, "_deictic": deictic}
        )

    for match in _ISO_DATE.finditer(text, start, end):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day and not taken.overlaps(*match.span()):
            add(*match.span(), day.isoformat(), day)
    for match in _NUMERIC_DATE.finditer(text, start, end):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        d, m = (second, first) if lang == "en" and first <= 12 else (first, second)
        day = _safe_date(year, m, d)
        if day and not taken.overlaps(*match.span()):
            add(*match.span(), day.isoformat(), day)

    def range_day(d_text: str, mon: str, year: str | None) -> date | None:
        d = 1 if d_text.lower() == "1er" else int(d_text)
        month = months[mon.lower().rstrip(".")]
        if year:
            return _safe_date(int(year), month, d)
        return _nearest_year(anchor, month, d) if anchor else None

    ranges = [(_FR_RANGE_FIRST, "d")] if lang == "fr" else [(_EN_RANGE_FIRST, "d"), (_EN_RANGE_SECOND, "d2")]
    for pattern, group in ranges:
        for match in pattern.finditer(text, start, end):
            a, b = (match.start(), match.end("d")) if group == "d" else match.span("d2")
            first, second = (int(match[g].lower().replace("1er", "1")) for g in ("d", "d2"))
            if first >= second or taken.overlaps(a, b):
                continue  # "du 30 au 2 octobre" crosses a month the first day does not name
            day = range_day(match[group], match["mon"], match["y"])
            if day:
                add(a, b, day.isoformat(), day)
    for match in (_FR_DATE if lang == "fr" else _EN_DATE).finditer(text, start, end):
        if taken.overlaps(*match.span()):
            continue
        g = match.groupdict()
        d_text = g.get("d") or g.get("d2")
        mon = (g.get("mon") or g.get("mon2")).lower().rstrip(".")
        year = g.get("y") or g.get("y2")
        d = 1 if d_text.lower() in ("1er", "premier") else int(d_text)
        month = months[mon]
        # A date with its weekday ("Tuesday, 8 August", "mardi 8 août") moves the story along, as a weekday does.
        told = bool(g.get("wd") or g.get("wd2"))
        if year:
            day = _safe_date(int(year), month, d)
            if day:
                add(*match.span(), day.isoformat(), day, deictic=told)
        elif anchor:
            day = _nearest_year(anchor, month, d)
            if day:
                add(*match.span(), day.isoformat(), day, deictic=told)
        elif _safe_date(2000, month, d):
            add(*match.span(), f"--{month:02d}-{d:02d}")
    for match in (_FR_DECADE if lang == "fr" else _EN_DECADE).finditer(text, start, end):
        if taken.overlaps(*match.span()):
            continue
        digit = match["d"] if match["d"] is not None else match["d2"]
        century = match["c"] or ("20" if anchor and int(digit) <= anchor.year % 100 // 10 else "19")
        add(*match.span(), f"{century}{digit}")
    for match in (_FR_MONTH_YEAR if lang == "fr" else _EN_MONTH_YEAR).finditer(text, start, end):
        if not taken.overlaps(*match.span()):
            month = months[match["mon"].lower().rstrip(".")]
            add(*match.span(), f"{match['y']}-{month:02d}")
    for match in (_FR_MONTH_ALONE if lang == "fr" else _EN_MONTH_ALONE).finditer(text, start, end):
        a, b = match.span("mon")
        if taken.overlaps(a, b) or not anchor:
            continue
        month = months[match["mon"].lower()]
        pre = (match.groupdict().get("pre") or "").lower()
        direction = {"last": -1, "next": 1}.get(pre)
        deadline = _DEADLINE_BEFORE.search(text, max(start, a - 20), a) if direction is None else None
        if deadline:
            direction = _deadline_direction(doc, a, deadline)
        if direction is None:
            direction = tense_direction(doc, a)
        if pre:
            a = match.start("pre")
        add(a, b, _month_year(anchor, month, direction, strict=bool(pre)))
    for match in (_FR_PERIOD if lang == "fr" else _EN_PERIOD).finditer(text, start, end):
        if taken.overlaps(*match.span()) or not anchor:
            continue
        key = " ".join(match[0].lower().replace("’", "'").split())
        unit, offset = (_FR_PERIODS if lang == "fr" else _EN_PERIODS)[key]
        if unit == "year":
            add(*match.span(), str(anchor.year + offset))
        else:
            index = anchor.year * 12 + anchor.month - 1 + offset
            add(*match.span(), f"{index // 12}-{index % 12 + 1:02d}")
    for match in (_FR_REL if lang == "fr" else _EN_REL).finditer(text, start, end):
        if taken.overlaps(*match.span()):
            continue
        key = match[0].lower().replace("’", "'")
        key = " ".join(key.split())
        table = _FR_RELATIVE if lang == "fr" else _EN_RELATIVE
        base = anchor
        if key in _EVENT_RELATIVE:
            earlier = [f["_date"] for f in found if f["_date"] and f["start"] < match.start()]
            base = earlier[-1] if earlier else context_day or anchor
        day = base + timedelta(days=table[key]) if base else None
        add(*match.span(), day.isoformat() if day else None, day, deictic=True)
    for match in (_FR_WEEKDAY if lang == "fr" else _EN_WEEKDAY).finditer(text, start, end):
        a, b = match.span()
        if taken.overlaps(a, b):
            continue
        wd_text = match["wd"].lower().rstrip(".")
        days = _FR_DAYS if lang == "fr" else _EN_DAYS
        weekday = days.index(wd_text) if wd_text in days else _EN_DAY_ABBR[wd_text]
        modifier = (match.groupdict().get("pre") or "") + (match.groupdict().get("post") or "")
        modifier = modifier.strip().lower()
        day = None
        if anchor and not modifier and context_day and (anchor - context_day).days > STORY_WEEK_DAYS:
            # The story is at a day over a week before the page ("les incendies ont éclaté le mardi 8 août", on
            # the 16th): its bare weekdays are of that week, the nearest such day to the story's.
            offset = (weekday - context_day.weekday()) % 7
            day = context_day + timedelta(days=offset if offset <= 3 else offset - 7)
        elif anchor:
            direction = _modifier_direction(modifier)
            if direction is None:
                direction = tense_direction(doc, a)
            day = resolve_weekday(
                anchor, weekday, direction, strict=bool(modifier in ("prochain", "dernier", "passé", "last", "next"))
            )
        add(a, b, day.isoformat() if day else None, day, deictic=True)
    for match in _YEAR_RANGE.finditer(text, start, end):
        first, last = match[1], match[2]
        last = last if len(last) == 4 else first[:2] + last
        a, b = match.span()
        if taken.overlaps(a, b) or not 0 < int(last) - int(first) <= 100 or _people_follow(doc, b):
            continue  # "1500-2000 workers" is a range of people
        add(a, a + 4, first)
        add(match.start(2), b, last)
    for match in _YEAR.finditer(text, start, end):
        a, b = match.span()
        if taken.overlaps(a, b):
            continue
        cue = (_FR_YEAR_CUE if lang == "fr" else _EN_YEAR_CUE).search(text[max(0, a - 20) : a])
        if cue and cue[0].strip().lower() == "the" and _people_follow(doc, b):
            continue  # "the 2000 workers" counts them; "the 2008 peak" is a year
        after = text[b : b + 2]
        if cue or not after[:1].isalpha() and not _noun_follows(doc, b):
            add(a, b, match[1])
    found.sort(key=lambda f: f["start"])
    return found


def _noun_follows(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, min(len(doc_text(doc)), offset + 40), alignment_mode="expand")
    for token in span or []:
        if token.idx < offset or token.is_space:
            continue
        return token.pos_ in ("NOUN", "PROPN") and not token.is_punct
    return False


# People counted after "the": "the 2000 workers", "the 1500 troops". Events stay years: "the 2022 elections".
_COUNTED_PEOPLE = re.compile(
    r"(?:\w{2,}(?:ers|ors|ees|ists|ians|ants)|people|persons|troops|children|men|women|staff|families|residents"
    r"|students|patients|soldiers|jobs)$",
    re.IGNORECASE,
)


def _people_follow(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, min(len(doc_text(doc)), offset + 40), alignment_mode="expand")
    for token in span or []:
        if token.idx < offset or token.is_space:
            continue
        return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") and bool(_COUNTED_PEOPLE.match(token.text))
    return False


def _modifier_direction(modifier: str) -> int | None:
    if modifier in ("prochain", "next", "coming"):
        return 1
    if modifier in ("dernier", "passé", "last"):
        return -1
    return None


def resolve_weekday(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The weekday nearest the anchor in the given direction (+1 future, -1 past, 0 nearest).

    The publication day itself counts when it is that weekday, unless `strict`
    ("last Tuesday" written on a Tuesday means a week ago).
    """
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not strict:
        return anchor
    if direction > 0:
        return anchor + timedelta(days=ahead or 7)
    behind = (anchor.weekday() - weekday) % 7 or 7
    if direction < 0:
        return anchor - timedelta(days=behind)
    return anchor + timedelta(days=ahead) if ahead <= behind else anchor - timedelta(days=behind)


# "d'ici septembre", "by September": a deadline, ahead of the story when what it bounds is still to be done.
_DEADLINE_BEFORE = re.compile(
    rf"(?<![\w])(?:d{_APOS}ici(?:\s+(?:à|a|au|fin))?|by|by\s+the\s+end\s+of)\s+$", re.IGNORECASE
)


def _deadline_direction(doc: Doc, offset: int, deadline: re.Match) -> int | None:
    """+1 for "d'ici" (always from now on), and for "by" bounding an infinitive ("voted to close … by September");
    None otherwise ("had closed by September" is in the past)."""
    if "ici" in deadline[0].lower():
        return 1
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    for _ in range(6):
        if token is None or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return 1 if "Inf" in token.morph.get("VerbForm") or token.tag_ == "VB" else None
    return None


def tense_direction(doc: Doc, offset: int) -> int:
    """+1 when the clause around the offset is in the future, -1 in the past, 0 unknown."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    token = span[0]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return _verb_direction(token)
        if token.head is token:
            break
        token = token.head
    # No verb above (a title, a fragment): look for the closest verb in the sentence.
    sent = span[0].sent
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if verbs:
        nearest = min(verbs, key=lambda t: abs(t.i - span[0].i))
        return _verb_direction(nearest)
    return 0


def _verb_direction(verb: Token) -> int:
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.head is not verb and verb.dep_ in ("xcomp",):
        group.append(verb.head)  # "devrait commencer jeudi", "is expected to meet"
    lowers = {t.lower_ for t in group}
    if lowers & {"will", "shall", "'ll", "wo"}:
        return 1
    if any("Fut" in t.morph.get("Tense") for t in group):
        return 1
    if any("Cnd" in t.morph.get("Mood") for t in group) or "would" in lowers:
        return 1
    if any(lemma(t) == "aller" and "Pres" in t.morph.get("Tense") for t in group) and (
        "Inf" in verb.morph.get("VerbForm")
    ):
        return 1  # futur proche: "va commencer"
    if verb.lower_ in ("going",) or any(c.lower_ == "going" for c in verb.children):
        return 1
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    # "sont attendus jeudi", "est prévue jeudi", "are scheduled for Thursday": a schedule announced in the
    # present points ahead (the passive only: "ont attendu jeudi" is a past).
    passive_now = [a for a in auxiliaries if a.dep_ in ("aux:pass", "auxpass") and "Pres" in a.morph.get("Tense")]
    if passive_now and lemma(verb).lower() in _SCHEDULE:
        return 1
    # "to be held" is an infinitive too.
    if "Inf" in verb.morph.get("VerbForm") or verb.tag_ == "VB" or any(a.tag_ == "TO" for a in auxiliaries):
        # "are due to meet", "is expected to vote", "doivent se retrouver": a schedule.
        governors = [verb.head, *auxiliaries, *(c for c in verb.head.children if c.dep_ == "acomp")]
        if any(lemma(t).lower() in _SCHEDULE for t in governors if t is not verb):
            return 1
    if any(set(t.morph.get("Tense")) & {"Past", "Imp", "Pqp"} for t in group):
        return -1
    if verb.tag_ in ("VBD", "VBN"):
        return -1
    return 0


_SCHEDULE = {"due", "expect", "expected", "schedule", "scheduled", "set", "slate", "slated", "plan",
             "poised", "intend", "devoir", "prévoir", "censé", "appelé", "attendre", "programmer", "invite",
             "inviter", "convier", "convoquer", "summon"}  # fmt: skip


def _month_year(anchor: date, month: int, direction: int, strict: bool = False) -> str:
    """ "YYYY-MM" of a month named without its year: the past one for a verb in the past,
    the coming one for the future, else the nearest; the current month counts unless strict."""
    now = anchor.year * 12 + anchor.month - 1
    past = now - ((anchor.month - month) % 12 or (12 if strict else 0))
    ahead = now + ((month - anchor.month) % 12 or (12 if strict else 0))
    if direction < 0:
        index = past
    elif direction > 0:
        index = ahead
    else:
        index = past if now - past <= ahead - now else ahead
    return f"{index // 12}-{index % 12 + 1:02d}"


def _nearest_year(anchor: date, month: int, day: int) -> date | None:
    candidates = [_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    candidates = [c for c in candidates if c]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - anchor).days))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
