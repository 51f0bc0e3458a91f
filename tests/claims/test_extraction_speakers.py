import pytest

from claims.extraction import extract


def quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    result = extract(text, lang=lang)
    return [(f["text"], f["speaker"]) for c in result["claims"] for f in c["facets"] if f["type"] == "quote"]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "speaker"),
    [
        (
            "« Nous n'avons plus de médicaments depuis des jours », a déclaré Claire Nicolet, la directrice.",
            "fr",
            "Nous n'avons plus de médicaments depuis des jours",
            "Claire Nicolet",
        ),
        (
            "Selon Paul Durand, « la situation est catastrophique dans tout le pays ».",
            "fr",
            "la situation est catastrophique dans tout le pays",
            "Paul Durand",
        ),
        (
            "Jean Martin a affirmé : « Nous reconstruirons chaque maison détruite. »",
            "fr",
            "Nous reconstruirons chaque maison détruite.",
            "Jean Martin",
        ),
        (
            '"We have no more medicine left in the hospital," said John Smith, the minister.',
            "en",
            "We have no more medicine left in the hospital",
            "John Smith",
        ),
        (
            '"We will rebuild every single house," John Smith said on Tuesday.',
            "en",
            "We will rebuild every single house",
            "John Smith",
        ),
        (
            'According to the minister, "the situation is catastrophic across the country."',
            "en",
            "the situation is catastrophic across the country.",
            "the minister",
        ),
    ],
)
def test_it_gives_a_quote_the_speaker_named_before_or_after_it(text, lang, quote, speaker):
    assert quotes(text, lang) == [(quote, speaker)]
