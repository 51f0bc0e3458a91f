"""Text as it enters the system: C0 control characters removed, once, at every boundary.

A control character in a stored claim or summary makes the RSS feed unserializable (XML 1.0 forbids them) and
means nothing to a reader. Tab, newline and carriage return are text and stay; so do all printable characters.
"""

import bisect
import re

# XML 1.0's forbidden characters: C0 controls but tab, newline and carriage return; and the two non-characters.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: str) -> str:
    """`value` without control characters; anything that is not a str is returned as it is."""
    if not isinstance(value, str) or not CONTROL_CHARACTERS.search(value):
        return value
    return CONTROL_CHARACTERS.sub("", value)


def clean_text_and_offsets(value: str):
    """The cleaned text and a function that maps an offset into `value` to the same place in the cleaned text.

    For rows stored before cleaning: claims and passages keep offsets into their article or document text.
    """
    removed = [match.start() for match in CONTROL_CHARACTERS.finditer(value)]

    def offset(position: int) -> int:
        return position - bisect.bisect_left(removed, position)

    return CONTROL_CHARACTERS.sub("", value), offset


def clean_data(data):
    """Submitted data (a QueryDict, a dict, JSON) with control characters removed from every string in it."""
    if hasattr(data, "lists"):  # a QueryDict: each key may hold several values
        data = data.copy()
        for key, values in list(data.lists()):
            data.setlist(key, [clean_data(value) for value in values])
        return data
    if isinstance(data, dict):
        return {key: clean_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [clean_data(item) for item in data]
    return clean_text(data)


class CleanTextFormMixin:
    """A form whose submitted text loses its control characters before any field reads it.

    Put it first, before forms.Form or ModelForm. Cleaning the raw data, not cleaned_data, means a NUL is removed
    like any other control character instead of failing Django's own NUL validator.
    """

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(clean_data(data) if data is not None else None, *args, **kwargs)
