"""Dates in words as each language writes them: Django's localized formats, and French's "1er" for the first day
of a month ("1er décembre 2026", never "1 décembre 2026")."""

import re

from django.utils.formats import date_format
from django.utils.translation import get_language

FIRST_DAY = re.compile(r"(?<![\d/.:])1(?= [^\W\d])")


def date_in_words(value, format: str = "DATE_FORMAT") -> str:
    text = date_format(value, format)
    if (get_language() or "").startswith("fr") and getattr(value, "day", None) == 1:
        text = FIRST_DAY.sub("1er", text, count=1)
    return text
