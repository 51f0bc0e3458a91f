from datetime import date, datetime

import pytest

from claims.extraction import extract
from claims.extraction.places import places_in
from claims.extraction.temporal import resolve_weekday

# A Wednesday.
PUBLISHED = datetime.fromisoformat("2023-09-20T12:00:00+02:00")


def temporal(text: str, lang: str, published: datetime | None = PUBLISHED) -> list[dict]:
    result = extract(text, lang=lang, published=published)
    return [f for c in result["claims"] for f in c["facets"] if f["type"] in ("date", "datetime", "time")]


def values(text: str, lang: str) -> list:
    return [f["value"] for f in temporal(text, lang)]


def test_it_resolves_a_future_weekday_forward():
    assert values("Les négociations débuteront jeudi à Bruxelles.", "fr") == ["2023-09-21"]
    assert values("The talks will open on Monday in Brussels.", "en") == ["2023-09-25"]


def test_it_resolves_a_past_weekday_backward():
    assert values("L'armée a lancé mardi une offensive dans la région.", "fr") == ["2023-09-19"]
    assert values("The army launched an offensive on Thursday, officials said.", "en") == ["2023-09-14"]


def test_it_resolves_the_publication_weekday_to_the_same_day():
    assert values("Les forces se sont rendues mercredi après une journée de combats.", "fr") == ["2023-09-20"]


def test_it_reads_last_and_next_weekdays_strictly():
    assert values("The minister resigned last Wednesday after the vote.", "en") == ["2023-09-13"]
    assert values("Le vote aura lieu mercredi prochain au Sénat.", "fr") == ["2023-09-27"]


def test_it_resolves_relative_days():
    assert values("Le ministre est arrivé hier à Kyiv pour des entretiens.", "fr") == ["2023-09-19"]
    assert values("Le 12 mars 2021, la veille du scrutin, la police a arrêté dix militants.", "fr") == [
        "2021-03-12",
        "2021-03-11",
    ]


def test_it_combines_a_weekday_and_a_clock_time_in_the_published_zone():
    [f] = temporal("Le cessez-le-feu est entré en vigueur mercredi à 11 heures du matin.", "fr")
    assert f["type"] == "datetime"
    assert (f["text"], f["value"], f["zone_from"]) == (
        "mercredi à 11 heures du matin",
        "2023-09-20T11:00:00+02:00",
        "published",
    )


def test_it_takes_a_local_time_zone_from_a_known_place():
    [f] = temporal("À Bakou, les combats cesseront jeudi à 13h00 heure locale.", "fr")
    assert (f["value"], f["zone_from"]) == ("2023-09-21T13:00:00+04:00", "text")


def test_it_reads_a_zone_written_as_gmt():
    [f] = temporal("The ceasefire took effect at 0900 GMT, the ministry said.", "en")
    # No day written: the publication day, with the zone written in the text.
    assert (f["type"], f["value"], f["zone_from"]) == ("datetime", "2023-09-20T09:00:00+00:00", "text")
    [f] = temporal("The ceasefire took effect at 0900 GMT, the ministry said.", "en", published=None)
    assert (f["type"], f["value"], f["zone_from"]) == ("time", "09:00:00+00:00", "text")


def test_it_leaves_an_unknown_local_zone_unknown():
    [f] = temporal("Les tirs ont repris à 13h00 heure locale selon des témoins.", "fr")
    assert f["zone_from"] is None


def test_it_leaves_a_time_without_publication_zone_unresolved():
    [f] = temporal("Le vote a commencé mardi à 9 h 30 dans la capitale.", "fr", published=None)
    assert f["value"] is None and f["zone_from"] is None


def test_it_reads_explicit_dates_in_both_languages():
    assert values("L'accord a été signé le 3 mars 2022 à Genève.", "fr") == ["2022-03-03"]
    assert values("The accord was signed on March 3, 2022 in Geneva.", "en") == ["2022-03-03"]
    assert values("The region has been disputed since 1991, officials said.", "en") == ["1991"]


def test_resolve_weekday_finds_the_nearest_for_present_tense():
    wednesday = date(2023, 9, 20)
    assert resolve_weekday(wednesday, 3, 0) == date(2023, 9, 21)
    assert resolve_weekday(wednesday, 0, 0) == date(2023, 9, 18)


def datetimes(text: str, lang: str, published: datetime | None = PUBLISHED) -> list[tuple]:
    return [(f["text"], f["value"], f["zone_from"]) for f in temporal(text, lang, published) if f["type"] == "datetime"]


def test_it_reads_local_time_after_a_comma_with_a_known_place():
    found = datetimes("L'armée a frappé Khartoum jeudi à 6 heures, heure locale, selon des témoins.", "fr")
    assert found == [("jeudi à 6 heures, heure locale", "2023-09-14T06:00:00+02:00", "text")]
    found = datetimes("Shelling hit Nairobi on Tuesday at 6:30, local time, the police said.", "en")
    assert found == [("Tuesday at 6:30, local time", "2023-09-19T06:30:00+03:00", "text")]


def test_since_a_clock_time_in_a_named_zone_is_a_time_not_a_duration():
    # "depuis 11 heures, heure de Paris" is "since 11:00 Paris time"; without the zone it stays a span.
    found = datetimes("La trêve est effective depuis 11 heures, heure de Paris, selon l'Élysée.", "fr")
    assert found == [("11 heures, heure de Paris", "2023-09-20T11:00:00+02:00", "text")]
    durations = extract("Le blocus dure depuis 11 heures, selon les habitants.", lang="fr", published=PUBLISHED)
    assert [f["value"] for c in durations["claims"] for f in c["facets"] if f["type"] == "duration"] == ["PT11H"]


def test_it_takes_local_time_from_a_nationality_named_earlier_in_the_article():
    text = "L'armée soudanaise a accepté mardi une trêve.\n\nElle entrera en vigueur jeudi à 6 heures, heure locale."
    assert datetimes(text, "fr")[0][1:] == ("2023-09-21T06:00:00+02:00", "text")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "La secousse s'est produite vendredi à 23h11 heure marocaine, selon l'institut.",
            "fr",
            "2023-09-15T23:11:00+01:00",
        ),
        ("The quake struck at 11:11 p.m. Moroccan time on Friday, officials said.", "en", "2023-09-15T23:11:00+01:00"),
        (
            "Le séisme a frappé mercredi à 7 h 58 heure taïwanaise, selon les secours.",
            "fr",
            "2023-09-20T07:58:00+08:00",
        ),
        ("The quake hit on Wednesday at 7:58 a.m. Taiwanese time, rescuers said.", "en", "2023-09-20T07:58:00+08:00"),
    ],
)
def test_it_reads_a_zone_named_by_a_nationality(text, lang, value):
    assert [found[1:] for found in datetimes(text, lang)] == [(value, "text")]


def test_local_time_takes_the_places_given_for_a_text_that_names_none():
    # A passage alone ("… struck at 07:58 local time") read with its page's headline, which names Taiwan.
    text = "Several hikers were killed when the quake struck at 07:58 local time, officials said."
    [alone] = temporal(text, "en")
    assert alone["zone_from"] is None
    result = extract(text, lang="en", published=PUBLISHED, places=places_in("Taiwan earthquake: hundreds stranded"))
    [read] = [f for c in result["claims"] for f in c["facets"] if f["type"] == "datetime"]
    assert (read["value"], read["zone_from"]) == ("2023-09-20T07:58:00+08:00", "text")


def test_places_in_a_headline_come_from_the_gazetteer_longest_name_first():
    assert places_in("Séisme à Taïwan : au moins neuf morts") == ["Taïwan"]
    assert places_in("Flood waters reach New York and Derna") == ["New York"]
    assert places_in("Karabakh: separatists accept ceasefire") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The quake struck shortly after 11 p.m., when most people were asleep.", "en"),
        ("The shelling started at around 3 a.m. on Tuesday, witnesses said.", "en"),
        ("La secousse a eu lieu peu après 23 heures, selon les habitants.", "fr"),
        ("Les tirs ont commencé vers 3 heures du matin mardi, selon des témoins.", "fr"),
    ],
)
def test_a_hedged_clock_time_is_approximate(text, lang):
    [found] = [f for f in temporal(text, lang) if f["type"] == "datetime"]
    assert found["approximate"] is True
    assert "approximate" not in datetimes_facet("The shelling started at 3 a.m. on Tuesday.", "en")


def datetimes_facet(text: str, lang: str) -> dict:
    [found] = [f for f in temporal(text, lang) if f["type"] == "datetime"]
    return found


@pytest.mark.parametrize(
    ("text", "lang", "value", "zone_from"),
    [
        ("The attack began shortly after 0300 GMT, the air force said.", "en", "2023-09-20T03:00:00+00:00", "text"),
        ("The Bank published its decision at 12:00 GMT.", "en", "2023-09-20T12:00:00+00:00", "text"),
        ("The clinic opened at 2 p.m. and closed early.", "en", "2023-09-20T14:00:00+02:00", "published"),
        ("The polls closed at 2:30 pm in the capital.", "en", "2023-09-20T14:30:00+02:00", "published"),
        ("The leaders met at noon in the old palace.", "en", "2023-09-20T12:00:00+02:00", "published"),
        ("Le communiqué a été publié à 13h00 GMT par le ministère.", "fr", "2023-09-20T13:00:00+00:00", "text"),
        ("La séance a été levée à minuit par le président.", "fr", "2023-09-20T00:00:00+02:00", "published"),
        ("Le vote a eu lieu à midi et demi selon le greffe.", "fr", "2023-09-20T12:00:00+02:00", "published"),
    ],
)
def test_it_resolves_a_clock_time_alone_on_the_publication_day(text, lang, value, zone_from):
    assert [found[1:] for found in datetimes(text, lang)] == [(value, zone_from)]


def test_it_gives_a_clock_time_the_day_its_sentence_names():
    found = datetimes("Anyone at the mall on September 9 between 2 p.m. and 6 p.m. should watch for symptoms.", "en")
    assert [v for _, v, _ in found] == ["2023-09-09T14:00:00+02:00", "2023-09-09T18:00:00+02:00"]


def test_it_gives_a_bare_clock_time_the_day_the_story_is_at():
    text = "Le conseil a adopté dimanche soir le budget.\n\nLe vote est intervenu peu après 23 h 40, a dit le maire."
    assert datetimes(text, "fr")[0][1] == "2023-09-17T23:40:00+02:00"
    text = "Police arrested a man on Monday.\n\nThe day before, the shop had been searched, officials said."
    assert "2023-09-17" in values(text, "en")


def test_it_reads_a_schedule_as_the_future():
    assert values("NATO ministers are due to meet in Brussels on Thursday.", "en") == ["2023-09-21"]
    assert values("Les partenaires sociaux doivent se retrouver lundi au ministère.", "fr") == ["2023-09-25"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Des représentants de la population sont attendus jeudi à Yevlakh.", "fr", "2023-09-21"),
        ("La réunion est prévue jeudi à la préfecture.", "fr", "2023-09-21"),
        ("Talks are scheduled for Thursday in Yevlakh, the separatists said.", "en", "2023-09-21"),
        ("Talks are expected on Thursday in Geneva.", "en", "2023-09-21"),
        ("Talks are due to be held on Thursday in Yevlakh.", "en", "2023-09-21"),
        ("Representatives are invited to a meeting in Yevlakh on Thursday.", "en", "2023-09-21"),
        ("Les syndicats sont convoqués jeudi au ministère.", "fr", "2023-09-21"),
        # The same verbs in a past tense, or active ("ont attendu"), tell of the past week.
        ("Ils ont attendu jeudi pour partir.", "fr", "2023-09-14"),
        ("The talks were scheduled for Thursday.", "en", "2023-09-14"),
    ],
)
def test_a_schedule_announced_in_the_present_points_ahead(text, lang, value):
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Inflation stood at 2.5% in December, the office said.", "en", "2022-12"),
        ("The central bank is expected to cut rates again in April.", "en", "2024-04"),
        ("The minister resigned last month after the vote.", "en", "2023-08"),
        ("The law will take effect next year, officials said.", "en", "2024"),
        ("Le chômage avait reculé en mai, selon l'Insee.", "fr", "2023-05"),
        ("Le déficit atteindra 5 % l'an prochain, selon Bercy.", "fr", "2024"),
        ("Les prix ont augmenté de 4 % cette année, selon l'Insee.", "fr", "2023"),
    ],
)
def test_it_resolves_months_and_years_named_without_a_year(text, lang, value):
    assert value in values(text, lang)


def test_a_clock_hour_written_in_words_is_a_time_and_a_span_in_words_stays_a_duration():
    clock = "Le glissement de terrain s'est produit vers trois heures du matin, selon la mairie."
    assert values(clock, "fr") == ["2023-09-20T03:00:00+02:00"]
    assert [v[11:16] for v in values("The dam gave way at two in the morning, the governor said.", "en")] == ["02:00"]
    assert [v[11:16] for v in values("The minister spoke at ten o'clock to 300 delegates.", "en")] == ["10:00"]
    assert values("Les pompiers ont lutté pendant deux heures contre l'incendie de 3 entrepôts.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        (
            "They have fought two wars over it, in 1988-1994 and again for six weeks in 2020.",
            "en",
            ["1988", "1994", "2020"],
        ),
        ("La guerre de 1988-1994 a fait 30 000 morts, selon les historiens.", "fr", ["1988", "1994"]),
        ("The 2011–12 season drew 3 million viewers, the league said.", "en", ["2011", "2012"]),
    ],
)
def test_a_range_of_years_is_two_years_not_a_count(text, lang, years):
    result = extract(text, lang=lang, published=PUBLISHED)
    facets = [f for c in result["claims"] for f in c["facets"]]
    assert [f["value"] for f in facets if f["type"] == "date"] == years
    assert not [f for f in facets if f["type"] == "quantity" and str(f["value"]).startswith(("19", "20"))]
    for f in facets:
        assert text[f["start"] : f["end"]] == f["text"]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Dans la nuit du dimanche 10 au lundi 11 septembre, la tempête a frappé.", "fr", ["2023-09-10", "2023-09-11"]),
        ("Les pluies sont tombées entre le 10 et le 11 septembre sur la ville.", "fr", ["2023-09-10", "2023-09-11"]),
        ("Rain fell between 10 and 11 September in the city.", "en", ["2023-09-10", "2023-09-11"]),
        ("Rain fell from September 10 to 11 in the city.", "en", ["2023-09-10", "2023-09-11"]),
    ],
)
def test_the_first_day_of_a_range_naming_its_month_once_is_a_day_not_a_count(text, lang, days):
    result = extract(text, lang=lang, published=PUBLISHED)
    found = [f for c in result["claims"] for f in c["facets"]]
    assert [f["value"] for f in found if f["type"] == "date"] == days
    assert not [f for f in found if f["type"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The dams were built in the 1970s and never repaired.", "en", "197"),
        ("Built in the '70s, the dams failed.", "en", "197"),
        ("Les barrages, construits dans les années 1970, ont cédé.", "fr", "197"),
        ("Dans les années 2010, la ville a doublé.", "fr", "201"),
    ],
)
def test_a_decade_is_a_date_at_the_precision_of_its_decade(text, lang, value):
    assert values(text, lang) == [value]


def test_local_time_in_a_state_of_a_country_with_several_zones_takes_the_states_zone():
    published = datetime.fromisoformat("2023-08-22T06:00:00-10:00")
    text = (
        "The fires broke out on Tuesday, 8 August, on Maui, Hawaii.\n\n"
        "In Lahaina, the fire flared up again at about 3 p.m. local time and swept into the town."
    )
    # The state is a tz database region ("US/Hawaii"); the dated weekday is the day the story is at.
    assert datetimes(text, "en", published) == [("3 p.m. local time", "2023-08-08T15:00:00-10:00", "text")]


def test_a_place_after_another_clock_time_is_that_times_not_the_local_one():
    text = "À Honolulu, le feu est reparti peu avant 15 heures, heure locale, soit vers 3 heures du matin à Paris."
    found = datetimes(text, "fr")
    assert found[0][1:] == ("2023-09-20T15:00:00-10:00", "text")


def test_weekdays_after_a_story_day_over_a_week_old_are_of_the_storys_week():
    published = datetime.fromisoformat("2023-08-16T12:00:00+02:00")
    text = (
        "Les incendies ont éclaté le mardi 8 août sur l'île de Maui.\n\n"
        "Le feu a gagné la ville vers 3 heures du matin mercredi, heure de Paris."
    )
    assert [f["value"] for f in temporal(text, "fr", published)] == ["2023-08-08", "2023-08-09T03:00:00+02:00"]
    # A story at the page's own week keeps reading weekdays from the page's date.
    recent = text.replace("le mardi 8 août", "le lundi 14 août")
    assert [f["value"] for f in temporal(recent, "fr", published)][1] == "2023-08-16T03:00:00+02:00"
