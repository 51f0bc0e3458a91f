from django import template

from factcheck.dates import date_in_words

register = template.Library()


@register.filter(expects_localtime=True)
def local_date(value, format: str = "DATE_FORMAT") -> str:
    """Like the date filter, but French writes the first of a month "1er"."""
    if value in (None, ""):
        return ""
    return date_in_words(value, format)
