import pytest

from claims.extraction import extract


def facets(text: str, lang: str, kind: str = "quantity") -> list[dict]:
    result = extract(text, lang=lang)
    return [f for c in result["claims"] for f in c["facets"] if f["type"] == kind]


def one(text: str, lang: str, kind: str = "quantity") -> dict:
    found = facets(text, lang, kind)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("number", ["120 000", "120\u00a0000", "120\u202f000"])
def test_it_reads_french_thousands_with_any_space(number):
    f = one(f"Environ {number} Arméniens de souche vivent dans la région.", "fr")
    assert (f["value"], f["approximate"], f["unit"]) == (120000, True, "Arméniens de souche")


def test_it_reads_english_thousands_and_scales():
    assert one("The war displaced 120,000 ethnic Armenians last year.", "en")["unit"] == "ethnic Armenians"
    f = one("Floods forced 1.5 million people to leave their homes.", "en")
    assert (f["value"], f["unit"]) == (1_500_000, "people")


def test_it_reads_a_french_decimal_comma_with_a_scale():
    f = one("L'État a versé 1,5 milliard d'euros aux agriculteurs.", "fr")
    assert (f["value"], f["unit"]) == (1_500_000_000, "euros")


def test_it_reads_numbers_in_words_in_both_languages():
    assert one("La région a connu deux guerres meurtrières.", "fr")["value"] == 2
    assert one("The region has seen two wars in thirty years.", "en")["unit"] == "wars"


def test_it_gives_vague_french_counts_as_ranges():
    found = facets("Des dizaines de personnes ont été tuées et des centaines de blessés ont été soignés.", "fr")
    assert [(f["value"], f["low"], f["high"], f["unit"]) for f in found] == [
        (None, 20, 99, "personnes"),
        (None, 200, 999, "blessés"),
    ]


def test_it_gives_vague_english_counts_as_ranges():
    f = one("The strikes left hundreds of wounded in the city.", "en")
    assert (f["value"], f["low"], f["high"], f["unit"]) == (None, 200, 999, "wounded")


def test_it_reads_a_trentaine_as_an_approximate_count():
    # As corpus/README.md: "une trentaine" is "environ 30".
    f = one("Une trentaine de manifestants ont été arrêtés à Lyon.", "fr")
    assert (f["value"], f["approximate"], f["unit"]) == (30, True, "manifestants")
    f = one("A dozen soldiers were wounded near the border.", "en")
    assert (f["value"], f["approximate"]) == (12, True)


def test_it_reads_lower_and_upper_bounds():
    f = one("Plus de 200 soldats ont été déployés à la frontière.", "fr")
    assert (f["value"], f["low"], f["high"]) == (None, 200, None)
    f = one("Fewer than 50 doctors remain in the province.", "en")
    assert (f["value"], f["low"], f["high"]) == (None, None, 50)


def test_it_reads_explicit_ranges():
    f = one("Entre 10 et 20 soldats ont été blessés dans l'attaque.", "fr")
    assert (f["low"], f["high"], f["unit"]) == (10, 20, "soldats")


def test_it_reads_percentages_and_currencies():
    assert one("Le chômage a reculé de 0,3 % au troisième trimestre.", "fr")["unit"] == "%"
    f = one("The fund paid $2.5 billion to farmers last year.", "en")
    assert (f["value"], f["unit"]) == (2_500_000_000, "USD")


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Le blocus dure depuis neuf mois dans la région.", "fr", "P9M"),
        ("L'offensive a été lancée 24 heures plus tôt par l'armée.", "fr", "PT24H"),
        ("Un accord a été conclu après une journée de combats.", "fr", "P1D"),
        ("The blockade has lasted three weeks, officials said.", "en", "P3W"),
        ("The strike lasted a day and paralysed the port.", "en", "P1D"),
        ("Le chantier a duré deux décennies selon la mairie.", "fr", "P20Y"),
    ],
)
def test_it_normalizes_durations_to_iso_8601(text, lang, iso):
    assert one(text, lang, "duration")["value"] == iso


def test_it_does_not_count_both_parties_as_a_quantity():
    assert facets("L'accord a été confirmé par les deux parties hier.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Les frappes ont fait plus de 15 000 morts depuis le début du conflit.", "fr", 15000, None),
        ("Moins de 40 camions ont franchi le poste frontière mardi.", "fr", None, 40),
        ("At least 40 people were killed in the blast, officials said.", "en", 40, None),
        ("More than 200 wounded were taken to the city hospital.", "en", 200, None),
        ("The fund could lose up to 30 million dollars this quarter.", "en", None, 30_000_000),
    ],
)
def test_it_reads_bounds_as_ranges_without_a_value(text, lang, low, high):
    f = facets(text, lang)[0]
    assert (f["value"], f["low"], f["high"]) == (None, low, high)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Près de 500 000 personnes ont fui la région en une semaine.", "fr", 500_000),
        ("Quelque 300 policiers ont été mobilisés samedi à Nantes.", "fr", 300),
        ("Nearly 500,000 people have left the region, the agency said.", "en", 500_000),
        ("Roughly 1,200 homes were destroyed by the storm.", "en", 1200),
        ("Some 300 soldiers were deployed along the river.", "en", 300),
    ],
)
def test_it_marks_approximate_counts(text, lang, value):
    f = facets(text, lang)[0]
    assert (f["value"], f["approximate"]) == (value, True)


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Les civils ont fui la ville au cours des dix derniers jours.", "fr", "P10D"),
        ("La ville est assiégée depuis trois semaines, selon l'ONU.", "fr", "P3W"),
        ("Les convois sont bloqués depuis 48 heures à la frontière.", "fr", "PT48H"),
        ("Thousands have fled over the past ten days, the agency said.", "en", "P10D"),
        ("The journalist has been held for two years without trial.", "en", "P2Y"),
        ("Prices rose steadily over four years, the report found.", "en", "P4Y"),
    ],
)
def test_it_reads_spans_of_time_as_durations_not_counts(text, lang, iso):
    assert [f["value"] for f in facets(text, lang, "duration")] == [iso]
    assert facets(text, lang) == []


def test_it_reads_a_bounded_span_of_time_or_an_age_as_a_quantity():
    f = one("Le conseil a voté après plus de neuf heures de débats.", "fr")
    assert (f["value"], f["low"], f["unit"]) == (None, 9, "heures")
    f = one("La campagne vise les personnes de 65 ans et plus dans tout le pays.", "fr")
    assert (f["value"], f["unit"]) == (65, "ans")
    f = one("Patients waited more than 20 hours for a bed at the hospital.", "en")
    assert (f["value"], f["low"], f["unit"]) == (None, 20, "hours")
    assert facets("Patients waited more than 20 hours for a bed at the hospital.", "en", "duration") == []
