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


def claims(text: str, lang: str) -> list[tuple[str, str | None]]:
    result = extract(text, lang=lang)
    for claim in result["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        for facet in claim["facets"]:
            assert text[facet["start"] : facet["end"]] == facet["text"]
    return [(c["text"], c["claimant"]) for c in result["claims"]]


# A reporting clause after its content ("…, the ministry said on Monday") is no claim of its
# own: it gives the content its claimant and stays in the content's span, as "X a déclaré que…"
# does; its date stays a facet of that claim.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Rescuers pulled 14 survivors from the rubble, the civil protection agency said on Sunday.",
            "en",
            [
                (
                    "Rescuers pulled 14 survivors from the rubble, the civil protection agency said on Sunday.",
                    "the civil protection agency",
                )
            ],
        ),
        (
            "The two sides agreed to swap 90 prisoners each, Turkey's defence ministry said on Thursday, "
            "as 25 aid trucks crossed into the city since Friday.",
            "en",
            [
                (
                    "The two sides agreed to swap 90 prisoners each, Turkey's defence ministry said on Thursday",
                    "Turkey's defence ministry",
                ),
                ("as 25 aid trucks crossed into the city since Friday.", None),
            ],
        ),
        (
            "The border crossing will reopen on Saturday, said Maria Lopez, a spokeswoman for the agency.",
            "en",
            [
                (
                    "The border crossing will reopen on Saturday, said Maria Lopez, a spokeswoman for the agency.",
                    "Maria Lopez",
                )
            ],
        ),
        (
            "The death toll, the health ministry said, has climbed to 63 since Friday.",
            "en",
            [("The death toll, the health ministry said, has climbed to 63 since Friday.", "the health ministry")],
        ),
        (
            "La centrale a été mise à l'arrêt à 6 heures, a indiqué mardi l'exploitant du site.",
            "fr",
            [
                (
                    "La centrale a été mise à l'arrêt à 6 heures, a indiqué mardi l'exploitant du site.",
                    "l'exploitant du site",
                )
            ],
        ),
        (
            "Huit villages ont été évacués depuis jeudi, ont précisé les pompiers du département.",
            "fr",
            [
                (
                    "Huit villages ont été évacués depuis jeudi, ont précisé les pompiers du département.",
                    "les pompiers du département",
                )
            ],
        ),
        (
            "Le prix du gaz a augmenté de 12 % en janvier, a annoncé l'Insee vendredi, "
            "sa plus forte hausse depuis 2022.",
            "fr",
            [
                ("Le prix du gaz a augmenté de 12 % en janvier, a annoncé l'Insee vendredi", "l'Insee"),
                ("sa plus forte hausse depuis 2022.", None),
            ],
        ),
        (
            "La maire Sophie Leclerc a visité le chantier lundi. "
            "Les travaux seront terminés en juin, a-t-elle affirmé.",
            "fr",
            [
                ("La maire Sophie Leclerc a visité le chantier lundi.", None),
                ("Les travaux seront terminés en juin, a-t-elle affirmé.", "La maire Sophie Leclerc"),
            ],
        ),
        (
            "« Nous rouvrirons les trois écoles dès septembre », a assuré jeudi le recteur de l'académie.",
            "fr",
            [
                (
                    "« Nous rouvrirons les trois écoles dès septembre », a assuré jeudi le recteur de l'académie.",
                    "le recteur de l'académie",
                )
            ],
        ),
    ],
)
def test_a_trailing_reporting_clause_gives_its_content_a_claimant(text, lang, expected):
    assert claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Officials said on Wednesday that 300 homes had lost power.",
            "en",
            [("Officials said on Wednesday that 300 homes had lost power.", "Officials")],
        ),
        (
            # A speech verb with its own content after a comma is a fact of its own.
            "The river flooded 40 homes on Monday, and forecasters warned that more rain would fall on Friday.",
            "en",
            [
                ("The river flooded 40 homes on Monday", None),
                ("forecasters warned that more rain would fall on Friday.", "forecasters"),
            ],
        ),
        (
            "Les syndicats ont affirmé mardi que 2 000 postes seraient supprimés d'ici 2026.",
            "fr",
            [("Les syndicats ont affirmé mardi que 2 000 postes seraient supprimés d'ici 2026.", "Les syndicats")],
        ),
        (
            "La tempête a privé 9 000 foyers d'électricité dimanche, et la préfecture a annoncé que les écoles "
            "fermeraient lundi.",
            "fr",
            [
                ("La tempête a privé 9 000 foyers d'électricité dimanche", None),
                ("la préfecture a annoncé que les écoles fermeraient lundi.", "la préfecture"),
            ],
        ),
    ],
)
def test_a_reporting_clause_before_its_content_or_with_its_own_keeps_its_claims(text, lang, expected):
    assert claims(text, lang) == expected
