"""A small gazetteer from CLDR (via Babel) and the tz database (via pytz).

It answers two questions without a list written for any one article: is this name a
country or a city we know, and which time zone does "local time" there mean.
Countries with several zones (the United States, Russia) only resolve through a city.
"""

import re
import unicodedata
from functools import lru_cache

import pytz
from babel import Locale
from babel.dates import get_timezone_location


def normalize(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key for a place name."""
    name = name.replace("’", "'").replace("-", " ").strip().lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str | None], dict[str, str]]:
    zones: dict[str, str | None] = {}
    countries: dict[str, str] = {}
    for lang in ("fr", "en"):
        locale = Locale(lang)
        for code, name in locale.territories.items():
            if len(code) != 2 or not code.isalpha():
                continue  # regions such as "Europe" are places but have no single zone
            tz = pytz.country_timezones.get(code, [])
            key = normalize(name)
            countries[key] = code
            zones[key] = tz[0] if len(tz) == 1 else None
        for tz in pytz.common_timezones:
            if "/" not in tz or tz.startswith("Etc/"):
                continue
            try:
                city = get_timezone_location(tz, locale=lang, return_city=True)
            except Exception:  # CLDR has no exemplar city for a handful of zones
                continue
            zones.setdefault(normalize(city), tz)
    # The tz database's region links name the states and provinces of countries with several zones ("US/Hawaii",
    # "Canada/Yukon", "Australia/Tasmania"); the compass words among them ("US/Eastern") name no place.
    for tz in pytz.all_timezones:
        country, _slash, region = tz.partition("/")
        if country in _REGION_LINKS and region.isalpha() and region[1:].islower() and region not in _COMPASS:
            zones.setdefault(normalize(region), tz)
    return zones, countries


_REGION_LINKS = {"US", "Canada", "Australia", "Brazil", "Chile", "Mexico"}
_COMPASS = {
    "Atlantic", "Central", "Eastern", "Mountain", "Pacific", "East", "West", "North", "South", "General", "Continental",
}  # fmt: skip


def is_known_place(name: str) -> bool:
    return normalize(name) in _tables()[0]


def zone_for_place(name: str) -> str | None:
    """IANA zone of a country with one zone, or of a city CLDR names; else None."""
    return _tables()[0].get(normalize(name))


# A run of one to three capitalised words: "Taïwan", "Al Haouz", "New York".
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}")


def places_in(text: str) -> list[str]:
    """The countries and cities a short text such as a headline names, in order (without NER: the gazetteer)."""
    found = []
    for run in _CAPITALISED.findall(text or ""):
        words = run.split()
        # The longest known name first: "New York" rather than "York".
        for size in range(len(words), 0, -1):
            names = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
            known = [name for name in names if is_known_place(name)]
            if known:
                found.extend(known)
                break
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1)
def country_stems() -> list[str]:
    """Normalized country and region names, for recognising nationality words."""
    names = set(_tables()[1])
    for lang in ("fr", "en"):
        for code, name in Locale(lang).territories.items():
            if not (len(code) == 2 and code.isalpha()):
                names.add(normalize(name))  # "Europe", "Amérique du Nord"
    return sorted(names)


FR_DEMONYM = re.compile(r"(?:ien|ienne|een|eenne|ain|aine|ais|aise|ois|oise|an|ane|and|ande|in|ine|e|i|ite|ote|que)s?$")
EN_DEMONYM = re.compile(r"(?:an|ian|ean|ese|ish|i|ic|er)s?$")


@lru_cache(maxsize=4096)  # scans every country name: worth remembering per word
def nationality_country(word: str, lang: str) -> str | None:
    """The (normalized) country name a nationality word is built on, or None."""
    if " " in word.strip() or len(word) < 4:
        return None
    key = normalize(word)
    if is_known_place(word):
        return None
    ending = FR_DEMONYM if lang == "fr" else EN_DEMONYM
    if not ending.search(key):
        return None
    for stem in country_stems():
        if " " in stem:
            continue
        root = stem[: max(4, len(stem) - 3)]
        if key == stem:
            return None  # the place itself ("Europe"), not a word built on it
        if key.startswith(root) and len(key) - len(stem) <= 6:
            return stem
    return None


@lru_cache(maxsize=1)
def _names_by_place() -> dict[str, dict[str, str]]:
    """Normalized name -> {language: name} for every country and CLDR city, in French and English."""
    forms: dict[str, dict[str, str]] = {}
    places: dict[str, dict[str, str]] = {}
    for lang in ("fr", "en"):
        locale = Locale(lang)
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha():
                places.setdefault(f"country:{code}", {})[lang] = name
        for tz in pytz.common_timezones:
            if "/" not in tz or tz.startswith("Etc/"):
                continue
            try:
                places.setdefault(f"zone:{tz}", {})[lang] = get_timezone_location(tz, locale=lang, return_city=True)
            except Exception:  # CLDR has no exemplar city for a handful of zones
                continue
    for names in places.values():
        for name in names.values():
            forms.setdefault(normalize(name), names)
    return forms


def place_names(name: str) -> dict[str, str]:
    """The French and English names of a country or city ("Bakou" -> {"fr": "Bakou", "en": "Baku"}), or {}."""
    return dict(_names_by_place().get(normalize(name), {}))


def country_code(name: str) -> str | None:
    """The ISO code of a country, or of the country of a CLDR city ("Bakou" -> "AZ"), or None."""
    key = normalize(name)
    zones, countries = _tables()
    if key in countries:
        return countries[key]
    zone = zones.get(key)
    return _zone_countries().get(zone) if zone else None


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    return {zone: code for code, zones in pytz.country_timezones.items() for zone in zones}
