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

_A = "['’]"
_SEP = "[ \u00a0\u202f]"
_DIGITS = (
    rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?"
)
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
}  # fmt: skip
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "chf": "CHF"}
_TIME_UNITS = {
    "seconde": ("S", True), "secondes": ("S", True), "second": ("S", True),
    "seconds": ("S", True), "minute": ("M", True), "minutes": ("M", True),
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
_AGE_AFTER = re.compile(r"\s+(?:(?:et|ou)\s+plus|and\s+(?:over|older|above)|old)(?![\w])", re.IGNORECASE)
_PERCENT = r"\s?%|\s+pour\s?cent|\s+percent|\s+per\s+cent|\s+points?\s+de\s+pourcentage|\s+percentage\s+points?"


def _words_re(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _number_re(lang: str, with_one: bool = False) -> str:
    words = _FR_WORDS if lang == "fr" else _EN_WORDS
    one = _FR_ONE if lang == "fr" else _EN_ONE
    vocab = _words_re(words + (one if with_one else []))
    joiner = r"(?:-et-|\s+et\s+|-|\s+)" if lang == "fr" else r"(?:\s+and\s+|-|\s+)"
    scale = r"(?:\s?(?:millions?|milliards?|billions?|trillion|thousand|mille|mln|mn|bn|Mds?|md|k)(?![\w]))?"
    return rf"(?:(?:{_DIGITS}){scale}|(?:{vocab})(?:{joiner}(?:{_words_re(words)}))*)(?![\w])"


def _compile(lang: str) -> dict[str, re.Pattern]:
    mods = _FR_MODIFIERS if lang == "fr" else _EN_MODIFIERS
    num = _number_re(lang)
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
    return {
        "range": re.compile(rf"(?<![\w.,])(?P<cur>{cur})?{rng}(?![\w])", re.IGNORECASE),
        "vague": re.compile(rf"(?<![\w])(?:{vague})(?![\w])", re.IGNORECASE),
        "number": re.compile(
            rf"(?<![\w.,])(?:(?:{mod})\s*)?(?P<cur>{cur})?(?P<n>{num})(?P<pct>{_PERCENT})?(?![\w])",
            re.IGNORECASE,
        ),
        "duration": re.compile(
            rf"(?<![\w.,])(?:(?:{mod})\s*)?(?P<n>{num_one})(?:\s+{_ORDER_WORDS})?\s?(?P<u>{units})(?![\w])",
            re.IGNORECASE,
        ),
    }


_PATTERNS = {lang: _compile(lang) for lang in ("fr", "en")}


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
    for match in patterns["duration"].finditer(text, start, end):
        facet = _duration(match, text, lang)
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
    for match in patterns["number"].finditer(text, start, end):
        facet = _number(match, doc, lang, end)
        if facet and not taken.overlaps(facet["start"], facet["end"]):
            taken.add(facet["start"], facet["end"])
            facets.append(facet)
    facets.sort(key=lambda f: f["start"])
    return facets


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
    mod = _modifier(match)
    a, b = match.span()
    if lang == "en" and mod == "min" and match[0].lower().startswith("over"):
        mod, a = None, match.start("n")  # "over four years" is a span of time, not a bound
    is_age = designator == "Y" and (_AGE_BEFORE.search(text, max(0, a - 40), a) or _AGE_AFTER.match(text, b))
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
    is_words = not raw[:1].isdigit()
    unit = None
    cur = (match["cur"] or "").strip().lower()
    if match["pct"]:
        unit = "%"
    elif cur:
        unit = _CURRENCY.get(cur)
    else:
        unit = counted_noun(doc, b, end)
    if is_words:
        # Number words without a counted noun ("les deux ont signé", "un bâtiment neuf")
        # are rarely quantities; "the two parties" means both, not a count.
        if unit is None:
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
    if not picked:
        return None
    return doc_text(doc)[picked[0].idx : picked[-1].idx + len(picked[-1].text)]
