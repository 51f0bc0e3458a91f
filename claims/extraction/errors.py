"""The one exception the extraction package raises for bad input."""


class ExtractionError(ValueError):
    """Input that cannot be turned into claims; the message is meant for a person."""
