from django import template

from claims.failures import failure_text

register = template.Library()


@register.filter
def in_reader_language(text: str) -> str:
    """A failure our code wrote (in English) in the reader's language."""
    return failure_text(text)
