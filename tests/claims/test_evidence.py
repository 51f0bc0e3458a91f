"""Facet comparison and stance, on facet dicts in the shape of the extraction contract."""

import pytest

from claims.comparison import compare_facets, stance_for, units_match
from claims.evidence import facet_evidence, number_forms


def quantity(text, value=None, *, approximate=False, low=None, high=None, unit="", start=0):
    return {"type": "quantity", "text": text, "start": start, "end": start + len(text), "value": value,
            "approximate": approximate, "low": low, "high": high, "unit": unit}  # fmt: skip


def datetime_facet(text, value, zone_from="published"):
    return {"type": "datetime", "text": text, "value": value, "zone_from": zone_from}


def outcome(claim_facets, passage_facets, text=""):
    comparisons = compare_facets(claim_facets, passage_facets, passage_text=text)
    return [c["outcome"] for c in comparisons], stance_for(comparisons)


def test_the_same_figure_in_another_language_agrees():
    claim = [quantity("1 200", 1200, unit="logements")]
    # "logements" and "housing units" share no word, but are one noun in two languages to the vectors.
    assert outcome(claim, [quantity("1,200", 1200, unit="housing units")]) == (["agrees"], "supports")
    # Another noun: the figure alone, with no unit in common, says nothing.
    assert outcome(claim, [quantity("1,200", 1200, unit="schools")]) == (["not found"], "mentions")
    assert outcome([quantity("1 200", 1200, unit="Arméniens")], [quantity("1,200", 1200, unit="Armenians")]) == (
        ["agrees"],
        "supports",
    )


def test_an_approximate_figure_agrees_with_a_lower_bound_it_exceeds():
    claim = [quantity("environ 120 000", 120000, approximate=True, unit="Arméniens de souche")]
    source = [quantity("plus de 100 000", low=100000, unit="Arméniens")]
    assert outcome(claim, source) == (["agrees"], "supports")


def test_a_clearly_different_figure_for_the_same_unit_disagrees():
    claim = [quantity("environ 120 000", 120000, approximate=True, unit="personnes")]
    source = [quantity("30 000", 30000, unit="personnes")]
    comparisons = compare_facets(claim, source)
    assert comparisons[0]["outcome"] == "disagrees"
    assert comparisons[0]["found"] == "30 000"
    assert stance_for(comparisons) == "contradicts"


def test_a_figure_for_another_unit_is_not_a_contradiction():
    claim = [quantity("120 000", 120000, unit="personnes")]
    source = [quantity("500", 500, unit="soldats")]
    assert outcome(claim, source) == (["not found"], "mentions")


def test_a_bare_number_counts_when_the_claims_unit_noun_is_written_next_to_it():
    text = "Selon l'ONU, 4 500 au total, tous des réfugiés, ont été accueillis."
    start = text.index("4 500")
    claim = [quantity("4 500 réfugiés", 4500, unit="réfugiés")]
    source = [quantity("4 500", 4500, unit="", start=start)]
    assert outcome(claim, source, text) == (["agrees"], "supports")


def test_french_times_on_the_same_day_disagree_when_the_hours_differ():
    claim = [datetime_facet("mercredi à 11 heures", "2023-09-20T11:00:00+02:00")]
    source = [datetime_facet("mercredi à 13 heures", "2023-09-20T13:00:00+02:00")]
    comparisons = compare_facets(claim, source)
    assert comparisons[0]["outcome"] == "disagrees"
    assert "UTC" in comparisons[0]["detail"]
    assert stance_for(comparisons) == "contradicts"


def test_times_in_two_zones_agree_as_the_same_instant():
    claim = [datetime_facet("mercredi à 13 heures", "2023-09-20T13:00:00+02:00")]
    source = [datetime_facet("1100 GMT on Wednesday", "2023-09-20T11:00:00+00:00", zone_from="text")]
    assert outcome(claim, source) == (["agrees"], "supports")


def test_a_time_with_no_known_zone_is_compared_as_a_clock_time_with_a_note():
    claim = [datetime_facet("at 1 p.m. on Wednesday", "2023-09-20T13:00:00+03:00", zone_from="text")]
    source = [datetime_facet("mercredi à 13 heures", "2023-09-20T13:00:00", zone_from=None)]
    comparisons = compare_facets(claim, source)
    assert comparisons[0]["outcome"] == "agrees"
    assert "clock" in comparisons[0]["detail"]


def test_a_date_time_against_a_date_compares_the_calendar_day():
    claim = [datetime_facet("Wednesday at 11 a.m.", "2023-09-20T11:00:00+02:00")]
    assert outcome(claim, [{"type": "date", "text": "20 septembre", "value": "2023-09-20"}])[0] == ["agrees"]
    # Another day alone is another moment's, not a contradiction of the time (tests/claims/test_comparison.py).
    assert outcome(claim, [{"type": "date", "text": "19 septembre", "value": "2023-09-19"}])[0] == ["not found"]


def test_dates_agree_at_the_precision_they_share_and_durations_as_iso_values():
    claim = [
        {"type": "date", "text": "2027", "value": "2027"},
        {"type": "duration", "text": "neuf mois", "value": "P9M"},
    ]
    source = [{"type": "date", "text": "en mars 2027", "value": "2027-03"}, {"type": "duration", "text": "nine months",
              "value": "P9M"}]  # fmt: skip
    assert outcome(claim, source) == (["agrees", "agrees"], "supports")
    source[1]["value"] = "P6M"
    assert outcome(claim, source) == (["agrees", "disagrees"], "contradicts")


def test_entities_quotes_and_vague_figures_are_not_compared():
    claim = [
        {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
        {"type": "quote", "text": "nous partons"},
        quantity("des dizaines", None, unit="personnes"),
    ]
    assert compare_facets(claim, [quantity("40", 40, unit="personnes")]) == []
    assert stance_for([]) == "mentions"


def test_a_facet_the_passage_does_not_address_is_not_found():
    claim = [quantity("120 000", 120000, unit="people"), datetime_facet("Wednesday 11:00", "2023-09-20T11:00:00+02:00")]
    assert outcome(claim, []) == (["not found", "not found"], "mentions")


def test_units_match_loosely_and_numbers_are_written_as_passages_write_them():
    assert units_match("Arméniens de souche", "ethnic Armenians")
    assert not units_match("logements", "personnes")
    assert '"120 000"' in number_forms(120000)
    assert '"1 2 million"' in number_forms(1_200_000)


def test_years_the_claim_names_are_not_another_event():
    from datetime import date

    from claims.evidence import event_factor

    claim = "It is the deadliest flood in the country since the one of 1971."
    assert event_factor(date(2024, 5, 3), None, "The worst since 1971, officials said.", claim) == 1.0
    assert event_factor(date(2024, 5, 3), None, "The 1998 floods killed 40 people.", claim) < 1.0


@pytest.mark.parametrize(
    "passage",
    [
        "For nine months, since 12 December 2022, traffic on the Lachin corridor had been cut off.",
        "Depuis le 12 décembre 2022, la circulation sur le corridor de Latchine est entravée.",
        "La région est coupée de l'Arménie depuis fin 2022.",
    ],
)
def test_a_year_a_state_has_lasted_since_is_not_another_event(passage):
    from datetime import date

    from claims.evidence import event_factor

    claim = "Azerbaijan had been blockading the region for nine months."
    assert event_factor(date(2023, 9, 20), None, passage, claim) == 1.0
    # The same year as the event's own story ("the 2022 talks", "en décembre 2022") is still another year.
    told = passage.replace("since", "in").replace("Depuis le", "Le").replace("depuis fin", "fin")
    assert event_factor(date(2023, 9, 20), None, told, claim) < 1.0


@pytest.mark.parametrize(
    "passage",
    [
        "Les incendies qui ont éclaté le mardi 8 août dépassent le Camp Fire, qui avait fait 85 morts en 2018.",
        "The fires that broke out on Aug. 8 are the deadliest since the 1918 Cloquet fire.",
    ],
)
def test_a_page_naming_a_day_of_its_own_year_compares_with_other_years_and_stays_about_its_event(passage):
    from datetime import date, datetime

    from claims.evidence import event_factor

    claim = "The fires broke out on Tuesday, Aug. 8."
    page = datetime.fromisoformat("2023-08-13T19:00:00+02:00")
    assert event_factor(date(2023, 8, 8), page, passage, claim) == 1.0
    # With the year written, the day is that year's: "le 8 août 2018" is another event's.
    other = passage.replace("8 août", "8 août 2018").replace("Aug. 8", "Aug. 8, 2018")
    assert event_factor(date(2023, 8, 8), page, other, claim) < 1.0


@pytest.mark.parametrize(
    "passage, lang",
    [
        ("Claim: the fire started on Monday night. False. The fires broke out on Tuesday, Aug. 8.", "en"),
        ("Faux : les incendies se sont déclarés le mardi 8 août, et non le lundi.", "fr"),
    ],
)
def test_a_fact_check_weeks_later_that_tells_the_events_days_is_about_the_event_an_anniversary_is_not(passage, lang):
    from datetime import date, datetime

    from claims.evidence import days_told, event_factor
    from claims.extraction import extract

    def told(text, published):
        result = extract(text, lang=lang, published=published.replace(tzinfo=None))
        return days_told([facet for claim in result["claims"] for facet in claim["facets"]])

    event = date(2023, 8, 8)
    weeks_later = datetime.fromisoformat("2023-09-26T10:00:00+02:00")
    assert event_factor(event, weeks_later, passage, told=told(passage, weeks_later)) == 1.0
    # The same page without a day of the event is about another time.
    assert event_factor(event, weeks_later, "The fire started on Monday night.", told=set()) == 0.5
    a_year_later = datetime.fromisoformat("2024-08-08T10:00:00+02:00")
    assert event_factor(event, a_year_later, passage, told={event}) < 0.5


def test_a_page_whose_headline_names_other_places_is_less_surely_about_the_claims_event():
    from claims.evidence import event_context
    from sources.search import PassageHit

    def hit(title, text):
        return PassageHit(1, 1, "http://127.0.0.1/p", title, None, None, "en", None, text, 0, len(text), 0.5)

    context = ["Taiwan", "Hualien"]
    passing = "A magnitude 4.8 earthquake shook New Jersey and New York two days after a far stronger quake in Taiwan."
    assert event_context(context, hit("New Jersey earthquake shakes New York", passing)) == 0.5
    # The event's own names in the headline, in either language, or a headline with no names at all.
    own = "Rescuers reached people stranded in Taroko Gorge, Taiwan, after the Hualien earthquake."
    assert event_context(context, hit("Séisme à Taïwan : des centaines de personnes bloquées", own)) == 1.0
    assert event_context(context, hit("Hundreds stranded after the earthquake", own)) == 1.0


def test_a_day_the_claim_names_twice_counts_once_in_what_the_facets_say():
    def compared(kind, outcome, value):
        return {"type": kind, "outcome": outcome, "claim": {"value": value}, "source": {"utc": None}}

    # "PARIS, April 17 - Pledges neared €1 billion on Wednesday": the figure agrees, the day is not told.
    dateline = compared("date", "not found", "2019-04-17")
    weekday = compared("date", "not found", "2019-04-17")
    figure = compared("quantity", "agrees", 1e9)
    assert facet_evidence([dateline, weekday, figure]) == facet_evidence([dateline, figure]) == 0.5
    # The day's best comparison stands for it.
    assert facet_evidence([dateline, compared("date", "agrees", "2019-04-17")]) == 1.0
