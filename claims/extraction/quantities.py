"""Quantities, vague quantities and durations, in digits and in words, French and English.

text2num turns number words into values but skips small numbers in running text and
knows nothing of "des dizaines" or "une journée"; the spans are found here (so offsets
stay exact) and text2num only evaluates the words found.
"""

import re
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc
from text_to_num import text2num

from .spans import Taken, doc_text
from .temporal import _EN_DAYS, _FR_DAYS

_DAY_WORDS = {*_FR_DAYS, *_EN_DAYS, "hier", "demain", "yesterday", "tomorrow", "today", "tonight"}

_A = "['’]"
_SEP = "[ \u00a0\u202f]"
_DIGITS = (
    rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?(?![.,]?\d)"
)  # a number never ends before its decimals: "48.8C" is 48.8, not 48
_FR_WORDS_TEXT = (
    "zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt vingts trente quarante cinquante soixante septante huitante "
    "octante nonante cent cents mille million millions milliard milliards"
)
_EN_WORDS_TEXT = (
    "zero two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred thousand million millions billion billions"
)
_FR_WORDS = _FR_WORDS_TEXT.split()
_EN_WORDS = _EN_WORDS_TEXT.split()
_FR_ONE = ["un", "une"]
_EN_ONE = ["one", "a", "an"]
_SCALES = {
    "mille": 10**3, "thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6,
    "mn": 10**6, "mln": 10**6, "milliard": 10**9, "milliards": 10**9, "md": 10**9,
    "mds": 10**9, "billion": 10**9, "billions": 10**9, "bn": 10**9, "trillion": 10**12,
    "tn": 10**12,
}  # fmt: skip
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "chf": "CHF"}
_TIME_UNITS = {
    "seconde": ("S", True), "secondes": ("S", True), "second": ("S", True),
    "seconds": ("S", True), "minute": ("M", True), "minutes": ("M", True), "min": ("M", True),
    "heure": ("H", True), "heures": ("H", True), "hour": ("H", True), "hours": ("H", True),
    "h": ("H", True), "jour": ("D", False), "jours": ("D", False), "journée": ("D", False),
    "journées": ("D", False), "day": ("D", False), "days": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False), "week": ("W", False),
    "weeks": ("W", False), "mois": ("M", False), "month": ("M", False),
    "months": ("M", False), "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False),
    "années": ("Y", False), "year": ("Y", False), "years": ("Y", False),
    "décennie": ("10Y", False), "décennies": ("10Y", False), "decade": ("10Y", False),
    "decades": ("10Y", False), "siècle": ("100Y", False), "siècles": ("100Y", False),
    "century": ("100Y", False), "centuries": ("100Y", False),
}  # fmt: skip
# Vague counts: (low, high) as the words are commonly understood.
_FR_VAGUE = {
    "dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999),
    "dizaines de milliers": (20_000, 99_999), "centaines de milliers": (200_000, 999_999),
    "millions": (2 * 10**6, 999 * 10**6), "milliards": (2 * 10**9, 999 * 10**9),
}  # fmt: skip
_EN_VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "tens": (20, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2 * 10**6, 999 * 10**6),
    "billions": (2 * 10**9, 999 * 10**9),
}  # fmt: skip
_FR_ABOUT = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "millier": 1000,
}  # fmt: skip
_FR_MODIFIERS = {
    "approx": rf"environ|près\s+d(?:e\s+|{_A})|presque|quelque|autour\s+d(?:e\s+|{_A})"
    rf"|aux\s+alentours\s+d(?:e\s+|{_A})|approximativement|à\s+peu\s+près|quasiment"
    rf"|pas\s+loin\s+d(?:e\s+|{_A})|estimée?s?\s+à",
    "min": rf"plus\s+d(?:e\s+|{_A})|au\s+moins|au-delà\s+d(?:e\s+|{_A})|au\s+minimum"
    rf"|supérieure?s?\s+à|pas\s+moins\s+d(?:e\s+|{_A})",
    "max": rf"moins\s+d(?:e\s+|{_A})|jusqu{_A}à|au\s+plus|au\s+maximum|pas\s+plus\s+d(?:e\s+|{_A})"
    r"|inférieure?s?\s+à",
}
_EN_MODIFIERS = {
    "approx": r"about|around|roughly|approximately|some|nearly|almost|close\s+to"
    r"|an\s+estimated|estimated|approx\.|circa|just\s+under|just\s+over",
    "min": r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|greater\s+than"
    r"|no\s+fewer\s+than|no\s+less\s+than",
    "max": r"less\s+than|fewer\s+than|under|up\s+to|at\s+most|no\s+more\s+than|below"
    r"|as\s+many\s+as",
}
# "les dix derniers jours", "les trois prochaines semaines", "ten consecutive days".
_ORDER_WORDS = r"(?:derni[eè]re?s|prochaine?s|premi[eè]re?s|consecutive|straight|full)"
# An age, not a span of time: "âgées de plus de 65 ans", "65 ans et plus", "aged 40", "years old".
_AGE_BEFORE = re.compile(r"(?:âgée?s?\s+de|aged)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_HALF_BEFORE = re.compile(r"(?<![\w])half\s+$", re.IGNORECASE)
# "a year earlier", "a week ago": a point in time relative to another, not a span.
_RELATIVE_AFTER = re.compile(r"\s+(?:earlier|ago|later|on)(?![\w])", re.IGNORECASE)
# "£1.2m a year", "20 % a month": a rate; the figure before it is what the sentence counts.
_RATE_BEFORE = re.compile(r"(?:\d|\d\s?(?:m|bn|k|%|million|billion)|per\s?cent)\s+$", re.IGNORECASE)
# The seconds that end a compound span written short: "8 min 30 s", "2 h 5 min 12 s".
_SECONDS_AFTER = re.compile(r"[ \u00a0\u202f]+(?P<n>\d{1,2})[ \u00a0\u202f]?s(?![\w])")
_COMPOUND_GAP = re.compile(r",?[ \u00a0\u202f]+(?:(?:and|et)[ \u00a0\u202f]+)?")
_CLOCK_ORDER = "HMS"
# A race or stopwatch time, hours:minutes:seconds ("won in 2:03:40"): a span, never a clock (that has no seconds).
_STOPWATCH = re.compile(r"(?<![\w:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\w:])")
_AGE_AFTER = re.compile(
    r"\s+(?:(?:et|ou)\s+plus|and\s+(?:over|older|above)|old)(?![\w])|(?P<glued>-olds?)(?![\w])", re.IGNORECASE
)
# Unit symbols written after a number, glued or spaced: "48.8C", "48,8 °C", "12.5km", "3 M€".
# Single letters ("m", "t", "C") only glued, so "12 m" stays for counted_noun and "A 3 t" is no unit.
_S = "[ \u00a0\u202f]?"
_SYMBOL = (
    rf"(?P<money>{_S}(?:(?-i:M|k){_S})?[€$£¥])"
    rf"|(?P<su>{_S}°{_S}(?-i:[CF])?|(?-i:[CF])|{_S}(?:km/h|km²|km2|m²|m2|m³|m3|km|cm|mm|kg|mg|µg|kWh|MWh|GWh|TWh"
    r"|kW|MW|GW|ha|mph|mpg)|(?-i:m|g|t|l|L|in|ft|lb|lbs|oz))(?![\w])"
)
_UNIT_NAMES = {"km2": "km²", "m2": "m²", "m3": "m³", "c": "°C", "f": "°F", "°c": "°C", "°f": "°F", "l": "l"}
# Fractions as shares of a whole: "a third of", "les deux tiers des", "more than half the".
_EN_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_FR_DENOMINATORS = {
    "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "sixième": 6, "sixièmes": 6,
    "septième": 7, "septièmes": 7, "huitième": 8, "huitièmes": 8, "neuvième": 9, "neuvièmes": 9,
    "dixième": 10, "dixièmes": 10,
}  # fmt: skip
_EN_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}  # fmt: skip
_FR_NUMERATORS = {"un": 1, "une": 1, "le": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                  "huit": 8, "neuf": 9}  # fmt: skip
# Numbers that name a thing (a road, a flight, a legal article, a line) rather than count it.
_NAMING_NOUN = re.compile(
    r"(?<![\w])(?:routes?|roads?|highways?|motorways?|interstates?|autoroutes?|flights?|vols?|articles?|art\."
    r"|chapters?|chapitres?|lines?|lignes?|sections?|paragraph(?:e|es|s)?|alinéas?|clauses?|amendm?ents?"
    r"|bus|tram|terminal|gates?|quais?|platforms?|rooms?|salles?|numéros?|numbers?|no\.|n°|nos\.|#"
    r"|pages?|rules?|r[ée]solutions?|d[ée]crets?|decrees?|directives?|phases?|stages?|levels?|niveaux?"
    r"|categor(?:y|ies)|catégories?|districts?|wards?|exits?|sorties?|tracks?|voies?|pistes?"
    r"|regulations?|règlements?(?:\s+(?:européens?|ue|ce))?)"
    r"[ \u00a0\u202f]*(?:(?-i:[A-Z]{1,3})[ \u00a0\u202f]?)?$",
    re.IGNORECASE,
)
# "le vol AF 447", "la RN 7", "the FTSE 100" (not "USD 300"); "Covid-19", "F-16".
_CODE_BEFORE = re.compile(r"(?<![\w'’-])(?P<code>[A-Z]{2,4})[ \u00a0\u202f]$")
_CURRENCY_CODES = {"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "INR", "RUB", "BRL", "SEK", "NOK", "DKK"}
_GLUED_NAME = re.compile(r"(?<![\w])[A-Z][\w]*-$")
# "la Ligue 1", "France 2": a capitalized word inside the sentence, right before the number.
_NAME_BEFORE = re.compile(r"[a-zà-ÿ,'’][ \u00a0\u202f]+(?P<word>[A-ZÀ-Ý][\w]*)[ \u00a0\u202f]$")
_NOT_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche",
}  # fmt: skip
_PERCENT = r"\s?%|\s+pour\s?cent|\s+percent|\s+per\s+cent|\s+points?\s+de\s+pourcentage|\s+percentage\s+points?"


def _words_re(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _number_re(lang: str, with_one: bool = False, glued: bool = False) -> str:
    """A number in digits or words; `glued` lets digits touch a unit symbol ("48.8C"), the
    caller then checking what follows."""
    words = _FR_WORDS if lang == "fr" else _EN_WORDS
    one = _FR_ONE if lang == "fr" else _EN_ONE
    vocab = _words_re(words + (one if with_one else []))
    joiner = r"(?:-et-|\s+et\s+|-|\s+)" if lang == "fr" else r"(?:\s+and\s+|-|\s+)"
    scale = r"(?:\s?(?:millions?|milliards?|billions?|trillion|thousand|mille|mln|mn|bn|Mds?|md|k)(?![\w]))?"
    digits_end = "" if glued else r"(?![\w])"
    # "twenty-one", "vingt-et-un": a unit one may end a compound number.
    then = _words_re(words + (["one"] if lang == "en" else ["une", "un"]))
    return rf"(?:(?:{_DIGITS}){scale}{digits_end}|(?:{vocab})(?:{joiner}(?:{then}))*(?![\w]))"


def _compile(lang: str) -> dict[str, re.Pattern]:
    mods = _FR_MODIFIERS if lang == "fr" else _EN_MODIFIERS
    num = _number_re(lang)
    num_glued = _number_re(lang, glued=True)
    num_one = _number_re(lang, with_one=True)
    mod = "|".join(f"(?P<{k}>{v})" for k, v in mods.items())
    cur = r"(?:US\$|\$|€|£|¥|CHF)\s?"
    if lang == "fr":
        rng = rf"(?:entre\s+(?P<a>{num})\s+et\s+(?P<b>{num})|de\s+(?P<a2>{num})\s+à\s+(?P<b2>{num})"
        rng += rf"|(?P<a3>{_DIGITS})\s?[-–à]\s?(?P<b3>{_DIGITS}))"
        vague = (
            rf"(?:(?:des|plusieurs|quelques|de\s+nombreuses)\s+)(?P<v>{_words_re([re.escape(k) for k in _FR_VAGUE])})"
        )
        vague += rf"|(?:une?)\s+(?P<about>{_words_re(list(_FR_ABOUT))})"
    else:
        rng = rf"(?:between\s+(?P<a>{num})\s+and\s+(?P<b>{num})|from\s+(?P<a2>{num})\s+to\s+(?P<b2>{num})"
        rng += rf"|(?P<a3>{_DIGITS})\s?(?:[-–]|to)\s?(?P<b3>{_DIGITS}))"
        vague = rf"(?:(?:several|many|a\s+few)\s+)?(?P<v>{_words_re([re.escape(k) for k in _EN_VAGUE])})(?=\s+of\b)"
        vague += r"|(?:a\s+few|several|a)\s+(?P<about>dozen|hundred|thousand)(?![\w])"
    units = _words_re([re.escape(u) for u in _TIME_UNITS])
    if lang == "fr":
        # "un tiers des", "les trois quarts du", "la moitié des", "réduit de moitié"; a share, not
        # "un pays tiers" nor "la troisième": the fraction is followed by "de" or is "de moitié".
        share = (
            rf"(?:les\s+)?(?:(?P<num>{_words_re(list(_FR_NUMERATORS))})[\s-]+|(?<=du\s))"
            rf"(?P<den>{_words_re(list(_FR_DENOMINATORS))})"
            # ... or by its verb, the share standing for its noun: "dont un tiers ont été équipés"
            rf"(?=\s+(?:de|des|du|d{_A})(?![\w])(?!\s*heures?)|\s+(?:ont|a|sont|est|étaient|avaient|seront)\s)"
            r"|(?P<half>(?:la|une)\s+moitié|(?<=de\s)moitié)"
            r"|(?P<x>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:(?P<who>\w+)\s+)?sur\s+"
            r"(?P<y>\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)"
        )
    else:
        # "a third of", "two-thirds of", "half the", "cut by half", "one in five"; not "a third term".
        share = (
            rf"(?P<num>{_words_re(list(_EN_NUMERATORS))})[\s-]+(?P<den>{_words_re(list(_EN_DENOMINATORS))})"
            r"(?=\s+of\s+(?!an?\s+hour)|-\w)"
            r"|(?P<num2>two|three|four|five|six|seven|eight|nine)[\s-]+"
            r"(?P<den2>thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)"
            r"|(?<!first\s)(?<!second\s)(?<!last\s)(?<!the\s)(?<!this\s)(?<!each\s)"
            r"(?P<half>(?:one\s+|a\s+)?half)(?=\s+(?:of|the|its|their|his|her|our|all|those|these)\s)"
            # "cut by a third", "a fall of a quarter" (of: after a change noun, checked in _share)
            r"|(?<=by\s|of\s)(?P<by>(?:a|one)\s+(?:third|quarter|fifth|tenth)|half)"
            r"|(?P<x>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
            r"(?P<y>\d+|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)"
        )
    # Before a share, French "de" contracts with the article: "près des deux tiers", "plus du quart".
    share_mod = mod.replace(rf"d(?:e\s+|{_A})", rf"d(?:e\s+|es\s+|u\s+|{_A})") if lang == "fr" else mod
    # "une quinzaine d'heures", "une dizaine de jours": about that many of the unit, a span of time like "15 heures".
    about_duration = (
        rf"(?<![\w])une?\s+(?P<about>{_words_re(list(_FR_ABOUT))})\s+(?:de\s+|d{_A})(?P<u>{units})(?![\w])"
        if lang == "fr"
        else r"(?<![\w])a\s+(?P<about>dozen)\s+(?P<u>hours|days|weeks|months|years)(?![\w])"
    )
    return {
        "about_duration": re.compile(about_duration, re.IGNORECASE),
        "share": re.compile(rf"(?<![\w.,])(?:(?:{share_mod})\s*)?(?:{share})(?![\w])", re.IGNORECASE),
        "range": re.compile(rf"(?<![\w.,])(?P<cur>{cur})?{rng}(?![\w])", re.IGNORECASE),
        "vague": re.compile(rf"(?<![\w])(?:{vague})(?![\w])", re.IGNORECASE),
        "number": re.compile(
            # Not "1234" of "2023-1234"; "-5C" is negative.
            rf"(?<![\w.,])(?<!\d[-/])(?:(?:{mod})\s*)?(?P<cur>{cur})?(?P<sign>[-−](?=\d))?(?P<n>{num_glued})"
            rf"(?:(?P<pct>{_PERCENT})|{_SYMBOL})?(?![\w])",
            re.IGNORECASE,
        ),
        "duration": re.compile(
            # "three weeks", "a three-week strike"
            rf"(?<![\w.,])(?:(?:{mod})\s*)?(?P<n>{num_one})(?:\s+{_ORDER_WORDS})?(?:\s?|-)(?P<u>{units})"
            r"(?![\w])",
            re.IGNORECASE,
        ),
    }


_PATTERNS = {lang: _compile(lang) for lang in ("fr", "en")}
# "four of the libraries", "deux des agences", "trois d'entre eux": the noun comes after the partitive.
_PARTITIVE = {
    "en": re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those|them)(?![\w])\s*", re.IGNORECASE),
    "fr": re.compile(r"\s+(?:des|d['’]entre)(?![\w])\s*", re.IGNORECASE),
}


def parse_number(raw: str, lang: str) -> int | float | None:
    """Value of a number written in digits (with separators and scale) or in words."""
    raw = raw.strip()
    scale = 1
    m = re.search(r"\s?([A-Za-zé]+)$", raw)
    if m and raw[0].isdigit() and m.group(1).lower() in _SCALES:
        scale = _SCALES[m.group(1).lower()]
        raw = raw[: m.start()].strip()
    value = _parse_digits(raw, lang) if raw[:1].isdigit() else _parse_words(raw, lang)
    if value is None:
        return None
    value = value * scale
    return int(value) if value == int(value) else float(value)


def _parse_digits(raw: str, lang: str) -> Decimal | None:
    s = re.sub(_SEP, "", raw)
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        if lang == "en" and re.fullmatch(r"\d{1,3}(,\d{3})+", s):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".", 1) if s.count(",") == 1 else s.replace(",", "")
    elif "." in s and (
        re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", s) or (lang == "fr" and re.fullmatch(r"\d{1,3}\.\d{3}", s))
    ):
        s = s.replace(".", "")  # thousands with dots, as some French copy writes them
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _parse_words(raw: str, lang: str) -> int | None:
    words = raw.lower().split()
    if words and words[0] in ("un", "une", "one", "a", "an"):
        if len(words) == 1:
            return 1
        if lang == "en" and words[0] in ("a", "an"):
            words[0] = "one"
    try:
        return text2num(" ".join(words), lang)
    except ValueError:
        return None


def find_quantities(doc: Doc, start: int, end: int, lang: str, taken: Taken) -> list[dict]:
    """Quantity and duration facets in doc.text[start:end], claiming their characters."""
    text = doc_text(doc)
    patterns = _PATTERNS[lang]
    facets: list[dict] = []
    for match in _STOPWATCH.finditer(text, start, end):
        if not taken.overlaps(*match.span()):
            parts = "".join(f"{int(match[k])}{k.upper()}" for k in ("h", "m", "s") if int(match[k]))
            if parts:
                value = f"PT{parts}"
                taken.add(*match.span())
                facets.append({"type": "duration", "text": match[0], "start": match.start(), "end": match.end(),
                               "value": value, "approximate": False})  # fmt: skip
    for match in patterns["about_duration"].finditer(text, start, end):
        if not taken.overlaps(*match.span()):
            designator, clock = _TIME_UNITS[match["u"].lower()]
            number = _FR_ABOUT.get(match["about"].lower(), 12)
            if designator in ("10Y", "100Y"):
                number, designator = number * int(designator[:-1]), "Y"
            taken.add(*match.span())
            facets.append({"type": "duration", "text": match[0], "start": match.start(), "end": match.end(),
                           "value": f"PT{number}{designator}" if clock else f"P{number}{designator}",
                           "approximate": True})  # fmt: skip
    for match in patterns["duration"].finditer(text, start, end):
        facet = _duration(match, text, lang)
        lead = re.match(r"(?:a|an|un|une)\s+", match["n"], re.IGNORECASE)
        if facet is None and lead:
            # "a two-hour meeting": the article is not part of the number.
            again = patterns["duration"].match(text, match.start("n") + lead.end(), end)
            facet = _duration(again, text, lang) if again else None
        if facet and not taken.overlaps(facet["start"], facet["end"]):
            taken.add(facet["start"], facet["end"])
            facets.append(facet)
    for match in patterns["range"].finditer(text, start, end):
        if taken.overlaps(*match.span()):
            continue
        g = match.groupdict()
        low_raw = g["a"] or g["a2"] or g["a3"]
        high_raw = g["b"] or g["b2"] or g["b3"]
        low, high = parse_number(low_raw, lang), parse_number(high_raw, lang)
        if low is None or high is None or low >= high or _looks_like_years(low_raw, high_raw):
            continue
        unit = _CURRENCY.get((g.get("cur") or "").strip().lower()) or counted_noun(doc, match.end(), end)
        facets.append(_quantity(text, match.start(), match.end(), None, True, low, high, unit))
        taken.add(*match.span())
    for match in patterns["vague"].finditer(text, start, end):
        if taken.overlaps(*match.span()):
            continue
        g = match.groupdict()
        if g.get("v"):
            key = " ".join(g["v"].lower().split())
            low, high = (_FR_VAGUE if lang == "fr" else _EN_VAGUE)[key]
        else:
            word = g["about"].lower()
            about = _FR_ABOUT[word] if lang == "fr" else 12 if match[0].lower() == "a dozen" else None
            if about:
                # "une trentaine", "a dozen": about thirty, about twelve, as "environ 30".
                unit = counted_noun(doc, match.end(), end)
                facets.append(_quantity(text, match.start(), match.end(), about, True, None, None, unit))
                taken.add(*match.span())
                continue
            low, high = {"dozen": (10, 14), "hundred": (100, 999), "thousand": (1000, 9999)}[word]
        unit = counted_noun(doc, match.end(), end)
        facets.append(_quantity(text, match.start(), match.end(), None, True, low, high, unit))
        taken.add(*match.span())
    for match in patterns["share"].finditer(text, start, end):
        facet = _share(match, text, lang)
        if facet and not taken.overlaps(facet["start"], facet["end"]):
            taken.add(facet["start"], facet["end"])
            facets.append(facet)
    for match in patterns["number"].finditer(text, start, end):
        facet = _number(match, doc, lang, end)
        if facet and not taken.overlaps(facet["start"], facet["end"]):
            taken.add(facet["start"], facet["end"])
            facets.append(facet)
    facets.sort(key=lambda f: f["start"])
    return _compound_durations(facets, text)


def _compound_durations(facets: list[dict], text: str) -> list[dict]:
    """ "2 hours 16 minutes 12 seconds", "8 min 30 s": one span of time, PT2H16M12S, not three."""
    merged: list[dict] = []
    for facet in facets:
        last = merged[-1] if merged else None
        if (
            last is not None
            and facet["type"] == last["type"] == "duration"
            and facet["value"].startswith("PT")
            and last["value"].startswith("PT")
            and _CLOCK_ORDER.index(last["value"][-1]) < _CLOCK_ORDER.index(facet["value"][-1])
            and not facet["approximate"]
            and _COMPOUND_GAP.fullmatch(text, last["end"], facet["start"])
        ):
            last.update(
                end=facet["end"], text=text[last["start"] : facet["end"]], value=last["value"] + facet["value"][2:]
            )
            continue
        merged.append(facet)
    for facet in merged:
        seconds = _SECONDS_AFTER.match(text, facet["end"]) if facet["type"] == "duration" else None
        if seconds and facet["value"].startswith("PT") and facet["value"].endswith("M"):
            facet.update(end=seconds.end(), text=text[facet["start"] : seconds.end()])
            facet["value"] += f"{int(seconds['n'])}S"
    spans = [(f["start"], f["end"]) for f in merged if f["type"] == "duration"]
    return [
        f for f in merged if f["type"] == "duration" or not any(a <= f["start"] and f["end"] <= b for a, b in spans)
    ]


def _looks_like_years(a: str, b: str) -> bool:
    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", a) and re.fullmatch(r"\d{2}|\d{4}", b))


def _modifier(match) -> str | None:
    for key in ("approx", "min", "max"):
        if match.groupdict().get(key):
            return key
    return None


def _duration(match, text: str, lang: str) -> dict | None:
    """An ISO 8601 duration ("P9M", "PT48H"; weeks stay weeks: "P3W", not "P21D").

    A bounded or age-like span ("plus de neuf heures", "personnes de 65 ans et plus")
    has no exact ISO value: it becomes a quantity with the time unit as its unit.
    """
    value = parse_number(match["n"], lang)
    if value is None or value < 0:
        return None
    unit_word = match["u"].lower()
    designator, clock = _TIME_UNITS[unit_word]
    if unit_word == "h" and not match["n"][:1].isdigit():
        return None
    if unit_word in ("seconde", "second") and match["n"].lower() in ("a", "une"):
        return None  # "une seconde alarme", "a second time": the ordinal, not a span of one second
    mod = _modifier(match)
    a, b = match.span()
    if match["n"].lower() in ("a", "an", "un", "une") and (
        _RELATIVE_AFTER.match(text, b) or _RATE_BEFORE.search(text, max(0, a - 12), a)
    ):
        return None
    half = _HALF_BEFORE.search(text, max(0, a - 6), a) if match["n"].lower() in ("a", "an") else None
    if half:
        value, a = value / 2, half.start()  # "half an hour" is PT0.5H, not PT1H
    if lang == "en" and mod == "min" and match[0].lower().startswith("over"):
        mod, a = None, match.start("n")  # "over four years" is a span of time, not a bound
    after = _AGE_AFTER.match(text, b)
    is_age = designator == "Y" and (_AGE_BEFORE.search(text, max(0, a - 40), a) or after)
    if after and after["glued"]:
        is_age, b = True, after.end()  # "a 14-year-old", "a six-month-old": the age is the whole adjective
    if mod in ("min", "max") or is_age:
        number = int(value) if value == int(value) else value
        low, high = (number, None) if mod == "min" else (None, number) if mod == "max" else (None, None)
        value = None if mod in ("min", "max") else number
        return _quantity(text, a, b, value, mod == "approx", low, high, match["u"])
    if designator in ("10Y", "100Y"):
        value, designator = value * int(designator[:-1]), "Y"
    number = int(value) if value == int(value) else value
    iso = f"PT{number}{designator}" if clock else f"P{number}{designator}"
    return {
        "type": "duration",
        "text": text[a:b],
        "start": a,
        "end": b,
        "value": iso,
        "approximate": mod == "approx",
    }


def _number(match, doc: Doc, lang: str, end: int) -> dict | None:
    text = doc_text(doc)
    raw = match["n"]
    value = parse_number(raw, lang)
    if value is None:
        return None
    a, b = match.span()
    if match["sign"]:
        value = -value  # "-5C", "−3,2 %"
    is_words = not raw[:1].isdigit()
    unit = None
    cur = (match["cur"] or "").strip().lower()
    symbol = "".join((match["su"] or "").split())
    money = "".join((match["money"] or "").split())
    if cur and symbol in ("m", "k"):
        # After a currency sign a glued "m" is millions: "€4.2m", "£300k".
        value, symbol = _scaled(value, 10**6 if symbol == "m" else 10**3), ""
    if money:
        value = _scaled(value, {"M": 10**6, "k": 10**3}.get(money[0], 1))
        cur = money[-1]
    if match["pct"]:
        unit = "%"
    elif cur:
        unit = _CURRENCY.get(cur)
    elif symbol:
        unit = _UNIT_NAMES.get(symbol.lower(), symbol)
    else:
        unit = counted_noun(doc, b, end)
        if _is_name_number(text, match.start("n"), raw, unit is not None):
            return None
    if is_words:
        # Number words without a counted noun ("les deux ont signé", "un bâtiment neuf")
        # are rarely quantities; "the two parties" means both, not a count.
        partitive = _PARTITIVE[lang].match(text, b)
        if unit is None and partitive:
            unit = counted_noun(doc, partitive.end(), end)  # "four of the town's nine libraries"
        # "below seven million": a scaled number is a figure without its noun.
        if unit is None and not partitive and value < 1000:
            return None
        before = text[max(0, a - 5) : a].lower().split()
        if value == 2 and before and before[-1] in ("les", "the", "ces", "these", "those"):
            return None
    mod = _modifier(match)
    low = high = None
    if mod == "min":
        low, value = value, None
    elif mod == "max":
        high, value = value, None
    return _quantity(text, a, b, value, mod == "approx", low, high, unit)


# The nouns of a change that "of a third" measures: "a fall of a quarter", "une baisse" has "de".
_CHANGE_OF = re.compile(
    r"(?:fall|rise|drop|increase|decrease|decline|cut|reduction|jump|gain|loss|growth)\s+of\s+$", re.IGNORECASE
)


def _share(match, text: str, lang: str) -> dict | None:
    """A fraction of a whole as a quantity: value 1/3, unit "share", and "fraction": "1/3"."""
    g = match.groupdict()
    numerators = _FR_NUMERATORS if lang == "fr" else _EN_NUMERATORS
    denominators = _FR_DENOMINATORS if lang == "fr" else _EN_DENOMINATORS
    at = match.start("by") if g.get("by") else -1
    if at >= 3 and text[at - 3 : at].lower() == "of " and not _CHANGE_OF.search(text, max(0, at - 20), at):
        return None  # "of a third" measures a change ("a fall of a quarter"), not "the end of a quarter"
    if g.get("den") or g.get("den2"):
        x = numerators[(g.get("num") or g.get("num2") or "le").lower()]  # "plus du quart": one quarter
        y = denominators[(g.get("den") or g["den2"]).lower()]
    elif g.get("half"):
        x, y = 1, 2
    elif g.get("by"):
        words = g["by"].lower().split()
        x, y = 1, denominators[words[-1]]
    else:
        x, y = parse_number(g["x"], lang), parse_number(g["y"], lang)
        if not x or not y or x >= y or y > 1000:
            return None
        if g.get("who") and g["who"].lower() in ("de", "des", "du", "les", "la", "le", "et", "ou"):
            return None  # "passé de 3 sur 10": a count and a score, not "trois Français sur dix"
    value = round(x / y, 6)
    mod = _modifier(match)
    low = high = None
    if mod == "min":
        low, value = value, None
    elif mod == "max":
        high, value = value, None
    a, b = match.span()
    facet = _quantity(text, a, b, value, mod == "approx", low, high, "share")
    facet["fraction"] = f"{int(x)}/{int(y)}"
    return facet


def _is_name_number(text: str, a: int, raw: str, counts: bool) -> bool:
    """A number that names rather than counts: "Route 9", "le vol AF 447", "article 49.3",
    "Covid-19", "Windows 11" — after a naming noun, a hyphen glued to a name, or (when no
    counted noun follows) a code in capitals or a capitalized word inside the sentence."""
    before = text[max(0, a - 40) : a]
    if _NAMING_NOUN.search(before) or _GLUED_NAME.search(before):
        return True
    # "le vol AF 447 s'est abîmé", but "the UN 193 member states" counts.
    code = _CODE_BEFORE.search(before)
    if code and code["code"] not in _CURRENCY_CODES and not counts and re.fullmatch(r"\d{1,5}", raw):
        return True
    # "France 2", "Windows 11 runs"; but "in Gaza 40 people", "the UN 193 member states" count.
    name = _NAME_BEFORE.search(before)
    if name and not counts and re.fullmatch(r"\d{1,5}", raw):
        return name["word"].lower() not in _NOT_NAMES
    return False


def _scaled(value: int | float, factor: int) -> int | float:
    exact = Decimal(str(value)) * factor
    return int(exact) if exact == int(exact) else float(exact)


def _quantity(text, a, b, value, approximate, low, high, unit) -> dict:
    return {
        "type": "quantity",
        "text": text[a:b],
        "start": a,
        "end": b,
        "value": value,
        "approximate": approximate,
        "low": low,
        "high": high,
        "unit": unit,
    }


_LINKS = {"de", "d'", "d’", "of", "des"}


def counted_noun(doc: Doc, offset: int, limit: int) -> str | None:
    """The noun a number counts: "120 000 Arméniens de souche", "hundreds of wounded"."""
    span = doc.char_span(offset, min(limit, offset + 80), alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if t.idx >= offset and not t.is_space]
    if tokens and tokens[0].lower_ in _LINKS:
        tokens = tokens[1:]
    picked = []
    seen_noun = False
    for k, token in enumerate(tokens[:6]):
        if token.pos_ in ("NOUN", "PROPN"):
            if seen_noun and doc.lang_ == "en" and picked[-1].dep_ != "compound":
                break  # "1.5 million people money": the noun phrase ended at "people"
            picked.append(token)
            seen_noun = True
        elif token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")):
            if seen_noun and doc.lang_ == "en":
                break  # English adjectives come before the noun
            picked.append(token)
            if not seen_noun and doc.lang_ == "fr":
                seen_noun = True  # "des centaines de blessés": the adjective is the noun
        elif (
            doc.lang_ == "fr"
            and seen_noun
            and token.lower_ in ("de", "d'", "d’")
            and k + 1 < len(tokens)
            and tokens[k + 1].pos_ in ("NOUN", "PROPN")
        ):
            picked.append(token)  # "de souche": a noun complement without a determiner
        else:
            break
    while picked and picked[-1].lower_ in ("de", "d'", "d’"):
        picked.pop()
    if not picked or picked[0].lower_ in _DAY_WORDS:
        return None  # "France 2 dimanche soir": a number before a day counts no days
    return doc_text(doc)[picked[0].idx : picked[-1].idx + len(picked[-1].text)]
