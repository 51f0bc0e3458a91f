"""Facet comparison, on facets in the shape of the extraction contract, and end to end through extraction."""

from datetime import datetime

import pytest
from django.utils import translation

from claims.comparison import (
    compare_facets,
    comparison_sentence,
    disagreements,
    figures_agree,
    stance_for,
    units_match,
)

PARIS_PUBLISHED = datetime.fromisoformat("2023-09-20T12:00:00+02:00")
BAKU_PUBLISHED = datetime.fromisoformat("2023-09-20T14:00:00+04:00")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def quantity(text, value=None, *, approximate=False, low=None, high=None, unit="", start=0):
    return {"type": "quantity", "text": text, "start": start, "end": start + len(text), "value": value,
            "approximate": approximate, "low": low, "high": high, "unit": unit}  # fmt: skip


def moment(text, value, zone_from="published"):
    return {"type": "datetime", "text": text, "value": value, "zone_from": zone_from}


def day(text, value, start=0):
    return {"type": "date", "text": text, "start": start, "end": start + len(text), "value": value}


def duration(text, value, approximate=False):
    return {"type": "duration", "text": text, "value": value, "approximate": approximate}


def outcomes(claim_facets, passage_facets, **kwargs):
    comparisons = compare_facets(claim_facets, passage_facets, **kwargs)
    return [c["outcome"] for c in comparisons]


def only(claim_facets, passage_facets, **kwargs):
    [comparison] = compare_facets(claim_facets, passage_facets, **kwargs)
    return comparison


# --- Quantities ------------------------------------------------------------------------------------


def test_exact_figures_agree_within_half_a_percent_and_not_beyond():
    claim = [quantity("1 200", 1200, unit="logements")]
    assert outcomes(claim, [quantity("1 205", 1205, unit="logements")]) == ["agrees"]
    assert outcomes(claim, [quantity("1 210", 1210, unit="logements")]) == ["disagrees"]
    assert outcomes([quantity("4,500", 4500, unit="refugees")], [quantity("4 500", 4500, unit="réfugiés")]) == [
        "agrees"
    ]


def test_a_share_in_words_meets_a_percentage_in_either_language():
    third = quantity("a third", 0.333333, unit="share")
    assert outcomes([third], [quantity("33 %", 33, unit="%")]) == ["agrees"]
    assert outcomes([third], [quantity("38 %", 38, unit="%")]) == ["disagrees"]
    assert outcomes([quantity("34%", 34, unit="%")], [quantity("un tiers", 0.333333, unit="share")]) == ["agrees"]
    assert outcomes([quantity("la moitié", 0.5, unit="share")], [quantity("half", 0.5, unit="share")]) == ["agrees"]
    assert outcomes([quantity("more than half", low=0.5, unit="share")], [quantity("62 %", 62, unit="%")]) == ["agrees"]


def test_an_approximate_figure_agrees_within_fifteen_percent_in_french_and_english():
    claim = [quantity("environ 120 000", 120000, approximate=True, unit="Arméniens de souche")]
    assert outcomes(claim, [quantity("105,000", 105000, unit="ethnic Armenians")]) == ["agrees"]
    assert outcomes(claim, [quantity("100,000", 100000, unit="ethnic Armenians")]) == ["disagrees"]
    english_claim = [quantity("about 120,000", 120000, approximate=True, unit="Armenians")]
    assert outcomes(english_claim, [quantity("130 000", 130000, unit="Arméniens")]) == ["agrees"]
    assert outcomes(english_claim, [quantity("plus de 100 000", low=100000, unit="Arméniens")]) == ["agrees"]


def test_a_lower_figure_disagrees_and_the_sentence_shows_the_tolerance():
    claim = [quantity("environ 120 000", 120000, approximate=True, unit="Arméniens")]
    comparison = only(claim, [quantity("80 000", 80000, unit="Armenians")])
    assert comparison["outcome"] == "disagrees"
    assert comparison["found"] == "80 000"
    assert comparison_sentence(comparison) == "source: 80 000; claim: environ 120 000 (±15 %): disagrees"


def test_tens_of_people_killed_agree_with_32_killed_and_disagree_with_200_killed():
    claim = [quantity("des dizaines", None, approximate=True, low=20, high=99, unit="personnes tuées")]
    assert outcomes(claim, [quantity("32", 32, unit="killed")]) == ["agrees"]
    assert outcomes(claim, [quantity("200", 200, unit="killed")]) == ["disagrees"]
    assert outcomes(claim, [quantity("200", 200, unit="dead")]) == ["disagrees"]
    # Wounded are not killed: another count, not a contradiction.
    assert outcomes(claim, [quantity("200", 200, unit="wounded")]) == ["not found"]


def test_hundreds_of_wounded_agree_with_an_overlapping_range_in_either_language():
    claim = [quantity("hundreds", None, approximate=True, low=200, high=999, unit="wounded")]
    assert outcomes(claim, [quantity("plus de 300", low=300, unit="blessés")]) == ["agrees"]
    assert outcomes(claim, [quantity("des dizaines", None, approximate=True, low=20, high=99, unit="blessés")]) == [
        "disagrees"
    ]
    assert outcomes(claim, [quantity("5 000", 5000, unit="blessés")]) == ["disagrees"]


def test_casualty_and_people_units_match_across_french_and_english():
    for a, b in [("morts", "killed"), ("tués", "dead"), ("personnes tuées", "people killed"), ("décès", "deaths"),
                 ("blessés", "injured"), ("Arméniens de souche", "ethnic Armenians"), ("personnes", "people"),
                 ("civils", "civilians"), ("réfugiés", "refugees"), ("personnes", "killed")]:  # fmt: skip
        assert units_match(a, b), (a, b)
    for a, b in [("morts", "wounded"), ("personnes tuées", "personnes blessées"), ("civils", "soldiers"),
                 ("logements", "personnes"), ("enfants", "women")]:  # fmt: skip
        assert not units_match(a, b), (a, b)


def test_a_figure_with_another_unit_is_not_a_contradiction():
    claim = [quantity("32", 32, unit="morts")]
    assert outcomes(claim, [quantity("200", 200, unit="blessés")]) == ["not found"]
    assert outcomes([quantity("120 000", 120000, unit="people")], [quantity("500", 500, unit="soldiers")]) == [
        "not found"
    ]
    assert stance_for(compare_facets(claim, [quantity("200", 200, unit="blessés")])) == "mentions"


def test_a_casualty_written_after_a_generic_noun_counts_but_a_neighbouring_figures_noun_does_not():
    text = "At least 32 people were killed and 200 wounded in the shelling."
    killed = quantity("At least 32", low=32, unit="people", start=0)
    wounded = quantity("200", 200, unit="wounded", start=text.index("200"))
    claim = [quantity("des dizaines", None, approximate=True, low=20, high=99, unit="blessés")]
    comparison = only(claim, [killed, wounded], passage_text=text)
    assert comparison["outcome"] == "disagrees"
    assert comparison["found"] == "200"
    claim = [quantity("90", 90, unit="personnes tuées")]
    # "people … killed": the same unit, and "at least 32" allows 90 (a toll that rises), not 200.
    assert outcomes(claim, [killed], passage_text=text) == ["agrees"]
    assert outcomes([quantity("200", 200, unit="personnes tuées")], [killed], passage_text=text) == ["disagrees"]


@pytest.mark.parametrize(
    "people, claim_text, stranded, killed, injured, detail",
    [
        (
            "people",
            "A day after the quake killed at least nine people and injured more than 1,000.",
            "Rescuers reached more than 600 people stranded in the gorge.",
            "Nine people were killed.",
            "More than 1,000 people were injured.",
            "unit 'people, killed' vs 'people, killed'",
        ),
        (
            "personnes",
            "Le séisme a tué au moins neuf personnes et en a blessé plus de 1 000.",
            "Les secours ont atteint plus de 600 personnes bloquées dans les gorges.",
            "Neuf personnes ont été tuées.",
            "Plus de 1 000 personnes ont été blessées.",
            "unit 'personnes, tué' vs 'personnes, tuées'",
        ),
    ],
)
def test_people_stranded_are_not_a_count_of_people_the_claims_clause_says_were_killed(
    people, claim_text, stranded, killed, injured, detail
):
    figure = "at least nine" if people == "people" else "au moins neuf"
    claim = [quantity(figure, low=9, unit=people, start=claim_text.index(figure))]
    many = quantity("600", 600, unit=people, start=stranded.index("600"))
    assert outcomes(claim, [many], passage_text=stranded, claim_text=claim_text) == ["not found"]
    nine = quantity(killed.split()[0], 9, unit=people)
    comparison = only(claim, [nine], passage_text=killed, claim_text=claim_text)
    assert comparison["outcome"] == "agrees"
    # The detail names what was counted, not the window of text the comparison read.
    assert comparison["detail"].endswith(detail)
    # The injured of the claim's other clause are not this figure's unit: 1,000 injured do not contradict nine.
    written = "1,000" if people == "people" else "1 000"
    thousand = quantity(written, 1000, unit=people, start=injured.index(written))
    assert outcomes(claim, [thousand], passage_text=injured, claim_text=claim_text) == ["not found"]


def test_a_bound_with_its_figure_is_a_figure_not_a_vague_quantity():
    passage = "Les autorités recensent 2 946 victimes et plus de 5 600 blessés."
    source = [
        quantity("2 946", 2946, unit="victimes", start=passage.index("2 946")),
        quantity("plus de 5 600", low=5600, unit="blessés", start=passage.index("plus de 5 600")),
    ]
    claim = [quantity("more than 5,600", low=5600, unit="injured")]
    assert outcomes(claim, source, passage_text=passage) == ["agrees"]


def test_a_coordination_ends_what_a_passages_figure_counts():
    passage = "At least nine people were killed and more than 1,000 injured."
    thousand = quantity("more than 1,000", low=1000, start=passage.index("more than 1,000"))
    claim = [quantity("au moins neuf morts", low=9, unit="morts")]
    assert outcomes(claim, [thousand], passage_text=passage) == ["not found"]
    assert outcomes(
        [quantity("plus de 1 000 blessés", low=1000, unit="blessés")], [thousand], passage_text=passage
    ) == ["agrees"]


@pytest.mark.parametrize(
    "passage, figure",
    [
        ("It was the strongest quake since 1999, when a magnitude 7.6 tremor killed about 2,400 people.", "2,400"),
        ("Le plus fort depuis 1999, lorsqu'un séisme avait fait environ 2 400 morts.", "2 400"),
        ("In 2016, a flood there killed 2,400 people.", "2,400"),
    ],
)
def test_a_figure_told_of_another_year_is_that_years_events(passage, figure):
    claim = [quantity("at least nine", low=9, unit="people killed")]
    other = [quantity(figure, 2400, unit="people", start=passage.index(figure))]
    reference = datetime.fromisoformat("2024-04-03T12:00:00+08:00")
    assert outcomes(claim, other, passage_text=passage, claim_reference=reference) == ["not found"]
    # The claim's own year is this event's.
    this_year = passage.replace("1999", "2024").replace("2016", "2024")
    other = [quantity(figure, 2400, unit="people", start=this_year.index(figure))]
    assert outcomes(claim, other, passage_text=this_year, claim_reference=reference) == ["disagrees"]


@pytest.mark.parametrize(
    "passage, figure",
    [
        ("Claims that only 50,000 Armenians remained in the region are also unfounded.", "50,000"),
        ("Des publications affirment que l'enclave ne compterait plus que 50 000 Arméniens. C'est inexact.", "50 000"),
        ("Posts say 50,000 Armenians remain. That is wrong.", "50,000"),
        ("Claims that 50,000 Armenians remain are not backed by any official source.", "50,000"),
        ("Les chiffres de 50 000 Arméniens ne reposent sur aucune source officielle.", "50 000"),
    ],
)
def test_a_figure_a_fact_check_calls_wrong_is_denied_not_asserted(passage, figure):
    debunked = [quantity(figure, 50000, unit="Armenians", start=passage.index(figure))]
    # Not the page's figure, so no contradiction of the right one; the claim that repeats it is contradicted.
    assert outcomes([quantity("about 120,000", 120000, approximate=True, unit="Armenians")], debunked,
                    passage_text=passage) == ["not found"]  # fmt: skip
    assert outcomes([quantity("50,000", 50000, unit="Armenians")], debunked, passage_text=passage) == ["disagrees"]


def test_the_correction_after_a_colon_is_asserted():
    passage = "C'est inexact : les estimations retenues font état d'environ 120 000 Arméniens."
    figure = [quantity("environ 120 000", 120000, approximate=True, unit="Arméniens", start=passage.index("environ"))]
    assert outcomes([quantity("about 120,000", 120000, unit="Armenians")], figure, passage_text=passage) == ["agrees"]


def test_a_towns_people_are_its_inhabitants_in_either_language():
    claim = [quantity("quelque 100 000", 100000, approximate=True, unit="habitants")]
    assert outcomes(claim, [quantity("about 100,000", 100000, approximate=True, unit="people")]) == ["agrees"]
    passage = "At least 30,000 were displaced, out of a pre-flood population of roughly 100,000."
    bare = quantity("roughly 100,000", 100000, approximate=True, start=passage.index("roughly"))
    assert outcomes(claim, [bare], passage_text=passage) == ["agrees"]
    # Still not a group among them, nor a toll.
    assert outcomes(claim, [quantity("100 000 soldats", 100000, unit="soldats")]) == ["not found"]
    assert outcomes(claim, [quantity("200", 200, unit="killed")]) == ["not found"]


def test_figures_agree_is_symmetric():
    a, b = quantity("100", 100, approximate=True), quantity("117", 117)
    assert figures_agree(a, b) == figures_agree(b, a)


# --- Times -----------------------------------------------------------------------------------------


def test_a_baku_time_and_a_paris_time_for_the_same_instant_agree():
    claim = [moment("mercredi à 11 heures", "2023-09-20T11:00:00+02:00")]
    source = [moment("Wednesday at 1 p.m.", "2023-09-20T13:00:00+04:00")]
    comparison = only(claim, source)
    assert comparison["outcome"] == "agrees"
    assert comparison["claim"] == {"text": "mercredi à 11 heures", "value": "2023-09-20T11:00:00+02:00",
                                   "approximate": False, "utc": "09:00", "zone": "UTC+02:00"}  # fmt: skip
    assert comparison["source"]["utc"] == "09:00"
    assert comparison["source"]["zone"] == "UTC+04:00"
    assert comparison_sentence(comparison) == (
        "source: 13:00 UTC+04:00 (09:00 UTC); claim: 11:00 UTC+02:00 (09:00 UTC): agrees"
    )


def test_a_baku_time_two_hours_later_than_the_paris_time_disagrees():
    claim = [moment("Wednesday at 11 a.m.", "2023-09-20T11:00:00+02:00")]
    source = [moment("mercredi à 15 heures", "2023-09-20T15:00:00+04:00")]
    comparison = only(claim, source)
    assert comparison["outcome"] == "disagrees"
    assert "09:00 UTC vs 2023-09-20 11:00 UTC" in comparison["detail"]
    assert disagreements([comparison]) == [
        "source: 15:00 UTC+04:00 (11:00 UTC); claim: 11:00 UTC+02:00 (09:00 UTC): disagrees"
    ]


def test_a_time_written_in_gmt_agrees_with_the_same_instant_in_paris():
    claim = [moment("mercredi à 11 heures", "2023-09-20T11:00:00+02:00")]
    source = [moment("0900 GMT on Wednesday", "2023-09-20T09:00:00+00:00", zone_from="text")]
    assert outcomes(claim, source) == ["agrees"]


def test_a_time_with_an_unknown_zone_and_the_same_clock_agrees_but_says_it_is_uncertain():
    claim = [moment("at 1 p.m. on Wednesday", "2023-09-20T13:00:00+03:00", zone_from="text")]
    source = [moment("mercredi à 13 heures", "2023-09-20T13:00:00", zone_from=None)]
    comparison = only(claim, source)
    assert comparison["outcome"] == "agrees"
    assert "time zone unknown" in comparison["detail"] and "uncertain" in comparison["detail"]
    assert comparison["source"]["utc"] is None and comparison["source"]["zone"] is None
    assert comparison_sentence(comparison) == (
        "source: 13:00 (time zone unknown); claim: 13:00 UTC+03:00 (10:00 UTC): agrees"
    )


def test_clock_times_a_whole_number_of_hours_apart_are_not_a_contradiction_when_a_zone_is_unknown():
    claim = [moment("Wednesday at 11 a.m.", "2023-09-20T11:00:00+02:00")]
    for source in (
        [moment("mercredi à 13 heures", "2023-09-20T13:00:00", zone_from=None)],
        [{"type": "time", "text": "à 13 heures", "value": "13:00:00", "zone_from": None}],
        # An offset without a firm zone is not trusted either.
        [moment("mercredi à 13 heures", "2023-09-20T13:00:00+02:00", zone_from=None)],
    ):
        comparison = only(claim, source)
        assert comparison["outcome"] == "not found"
        assert comparison["detail"] == "time zone unknown"
        assert comparison["found"] == source[0]["text"]
    assert comparison_sentence(comparison).endswith(": not found (time zone unknown)")
    assert stance_for([comparison]) == "mentions"


def test_clock_times_half_an_hour_apart_disagree_with_the_zone_said_to_be_unknown():
    claim = [moment("à 13 h 30", "2023-09-20T13:30:00+02:00")]
    source = [{"type": "time", "text": "at 1 p.m.", "value": "13:00:00", "zone_from": None}]
    comparison = only(claim, source)
    assert comparison["outcome"] == "disagrees"
    assert "time zone unknown" in comparison["detail"]


def test_a_date_time_against_a_date_compares_the_calendar_day():
    claim = [moment("Wednesday at 11 a.m.", "2023-09-20T11:00:00+02:00")]
    assert outcomes(claim, [day("20 septembre", "2023-09-20")]) == ["agrees"]
    # Another day alone is another moment's ("the offensive began on Tuesday", "by Friday the toll had risen"):
    # it says nothing of Wednesday 11:00.
    assert outcomes(claim, [day("19 septembre", "2023-09-19")]) == ["not found"]
    assert outcomes(claim, [day("vendredi", "2023-09-22")]) == ["not found"]


def test_a_time_two_days_away_is_another_moment_not_a_disagreement():
    # "10:23 a.m. on Friday" on a page about the next quake says nothing of Wednesday's 1:58.
    claim = [moment("mercredi à 1 h 58, heure de Paris", "2024-04-03T01:58:00+02:00", zone_from="text")]
    friday = {**moment("10:23 a.m. on Friday", "2024-04-05T10:23:00-04:00"), "zone_from": "published"}
    assert outcomes(claim, [friday]) == ["not found"]
    tuesday_utc = {**moment("2358 GMT on Tuesday", "2024-04-02T23:58:00+00:00"), "zone_from": "text"}
    assert outcomes(claim, [tuesday_utc]) == ["agrees"]
    thursday = {**moment("at 9:58 on Thursday", "2024-04-04T09:58:00+08:00"), "zone_from": "text"}
    assert outcomes(claim, [thursday]) == ["disagrees"]
    # A bare time takes its page's day, which may be days after the moment it tells of.
    bare = {**moment("at about 3 a.m.", "2024-04-06T03:00:00+08:00"), "zone_from": "text"}
    assert outcomes(claim, [bare]) == ["disagrees"]


def test_the_same_clock_time_on_a_page_whose_zone_was_guessed_is_the_same_local_time():
    # A London page's "11:11 p.m. on Friday" about Morocco's 23:11 (UTC+1): the page's zone was a guess.
    claim = [moment("vendredi à 23h11, heure locale", "2023-09-08T23:11:00+01:00", zone_from="text")]
    london = {**moment("11:11 p.m. on Friday", "2023-09-08T23:11:00+00:00"), "zone_from": "published"}
    assert outcomes(claim, [london]) == ["agrees"]
    written = {**moment("11:11 p.m. GMT on Friday", "2023-09-08T23:11:00+00:00"), "zone_from": "text"}
    assert outcomes(claim, [written]) == ["disagrees"]
    # A bare "22h11 GMT" on a page of the next day: its day is the page's, its instant the claim's.
    bare = {**moment("22h11 GMT", "2023-09-09T22:11:00+00:00"), "zone_from": "text"}
    assert outcomes(claim, [bare]) == ["agrees"]
    # A bare time on a page twelve days later is that page's own moment.
    later = {**moment("11 heures, heure de Paris", "2023-09-20T11:00:00+02:00"), "zone_from": "text"}
    assert outcomes(claim, [later]) == ["not found"]


def test_a_claim_giving_one_instant_twice_agrees_when_the_guessed_zone_page_matches_either():
    # "11:11 p.m. local time (2211 GMT)" against a London page's "11:11 p.m. on Friday" (its zone a guess).
    claim = [
        moment("11:11 p.m. local time", "2023-09-08T23:11:00+01:00", zone_from="text"),
        moment("2211 GMT", "2023-09-08T22:11:00+00:00", zone_from="text"),
    ]
    london = moment("11:11 p.m. on Friday", "2023-09-08T23:11:00+00:00")
    assert outcomes(claim, [london]) == ["agrees"]
    # A time given in writing that matches neither still disagrees with both.
    written = moment("3 a.m. GMT on Saturday", "2023-09-09T03:00:00+00:00", zone_from="text")
    assert outcomes(claim, [written]) == ["disagrees", "disagrees"]


@pytest.mark.parametrize(
    ("hedged", "lang"),
    [
        ("The quake struck shortly after 11 p.m. local time.", "en"),
        ("Le séisme a frappé vers 23 heures, heure locale.", "fr"),
    ],
)
def test_a_hedged_clock_time_agrees_within_half_an_hour_and_says_so(hedged, lang):
    published = datetime.fromisoformat("2023-09-09T10:00:00+01:00")
    claim = [moment("vendredi à 23h11, heure locale", "2023-09-08T23:11:00+01:00", zone_from="text")]
    source = facets(hedged, lang, published, places=["Maroc"])
    comparison = only(claim, source, passage_text=hedged)
    assert comparison["outcome"] == "agrees"
    assert "about 23:00 UTC+01:00" in comparison_sentence(comparison)
    three = facets(
        hedged.replace("11 p.m.", "3 a.m.").replace("23 heures", "3 heures"), lang, published, places=["Maroc"]
    )
    assert outcomes(claim, three) == ["disagrees"]
    exact = facets("The quake struck at 11 p.m. local time.", "en", published, places=["Morocco"])
    assert outcomes(claim, exact) == ["disagrees"]


def test_a_bare_clock_time_with_an_unknown_zone_compares_its_clock_not_its_pages_day():
    # "07:58" on a page of the next day, zone unknown: its day is the page's guess; the clock is the claim's.
    claim = [moment("7:58 a.m. local time on Wednesday", "2024-04-03T07:58:00+08:00", zone_from="text")]
    bare = {"type": "datetime", "text": "07:58", "value": "2024-04-04T07:58:00", "zone_from": None}
    assert outcomes(claim, [bare]) == ["agrees"]
    # Six hours off, zone unknown: may be another zone's reading of the instant, never a contradiction.
    gmt = [moment("2358 GMT Tuesday", "2024-04-02T23:58:00+00:00", zone_from="text")]
    assert outcomes(gmt, [bare]) == ["not found"]


# --- Dates -----------------------------------------------------------------------------------------


def test_dates_agree_at_the_precision_both_give():
    assert outcomes([day("septembre 2023", "2023-09")], [day("20 September 2023", "2023-09-20")]) == ["agrees"]
    assert outcomes([day("2027", "2027")], [day("en mars 2027", "2027-03")]) == ["agrees"]
    assert outcomes([day("septembre 2023", "2023-09")], [day("August 2023", "2023-08")]) == ["disagrees"]


def test_another_day_of_the_same_event_disagrees_in_french_and_english():
    comparison = only([day("le 20 septembre 2023", "2023-09-20")], [day("19 September 2023", "2023-09-19")])
    assert comparison["outcome"] == "disagrees"
    assert comparison_sentence(comparison) == (
        "source: 19 September 2023; claim: le 20 septembre 2023 (20 September 2023): disagrees"
    )
    assert outcomes([day("on 19 September", "2023-09-19")], [day("le 20 septembre", "2023-09-20")]) == ["disagrees"]


def test_a_relative_day_is_resolved_from_the_publication_dates():
    claim = [day("hier", None)]
    source = [day("Wednesday", None)]
    result = outcomes(
        claim,
        source,
        claim_reference=datetime.fromisoformat("2023-09-21T08:00:00+02:00"),
        passage_reference=datetime.fromisoformat("2023-09-22T08:00:00+02:00"),
    )
    assert result == ["agrees"]
    assert outcomes(claim, source) == []  # no reference: nothing firm to compare


# --- Durations -------------------------------------------------------------------------------------


def test_equal_iso_durations_agree_and_different_ones_disagree():
    assert outcomes([duration("neuf mois", "P9M")], [duration("nine months", "P9M")]) == ["agrees"]
    assert outcomes([duration("24 heures", "PT24H")], [duration("a day", "P1D")]) == ["agrees"]
    assert outcomes([duration("neuf mois", "P9M")], [duration("six months", "P6M")]) == ["disagrees"]


def test_a_duration_of_another_order_is_not_a_disagreement_and_the_nearest_one_speaks():
    # Hours beside months, days beside weeks measure something else ("la trêve est effective depuis 11 heures",
    # "the six-week war of 2020" beside "two days of fighting"): durations more than 4x apart are not compared.
    assert outcomes([duration("neuf mois", "P9M")], [duration("11 heures", "PT11H")]) == ["not found"]
    assert outcomes([duration("six weeks", "P6W")], [duration("deux jours", "P2D")]) == ["not found"]
    assert outcomes([duration("neuf mois", "P9M")], [duration("three years", "P3Y")]) == ["disagrees"]
    passage = [duration("11 heures", "PT11H"), duration("six months", "P6M")]
    comparison = only([duration("neuf mois", "P9M")], passage)
    assert (comparison["outcome"], comparison["source"]["text"]) == ("disagrees", "six months")


def test_nine_months_agree_with_270_days_and_with_ten_months_only_when_either_is_approximate():
    assert outcomes([duration("neuf mois", "P9M")], [duration("270 days", "P270D")]) == ["agrees"]
    assert outcomes([duration("neuf mois", "P9M")], [duration("ten months", "P10M")]) == ["disagrees"]
    assert outcomes([duration("environ neuf mois", "P9M", True)], [duration("ten months", "P10M")]) == ["agrees"]
    assert outcomes([duration("nine months", "P9M")], [duration("environ dix mois", "P10M", True)]) == ["agrees"]
    assert outcomes([duration("about nine months", "P9M", True)], [duration("un an", "P1Y")]) == ["disagrees"]


def test_a_blockade_since_a_date_agrees_with_nine_months_by_the_page_date():
    text = "Azerbaijan has maintained a blockade of the Lachin corridor since 12 December 2022."
    source = [day("12 December 2022", "2022-12-12", start=text.index("12 December"))]
    comparison = only(
        [duration("neuf mois", "P9M")],
        source,
        passage_text=text,
        passage_reference=datetime.fromisoformat("2023-09-19T10:00:00+00:00"),
    )
    assert comparison["outcome"] == "agrees"
    assert comparison["found"] == "since 12 December 2022"
    assert comparison["source"]["value"] == "2022-12-12/2023-09-19"
    assert "281 days" in comparison["detail"]
    assert comparison_sentence(comparison) == (
        "source: since 12 December 2022 (9 months by 19 September 2023); claim: neuf mois: agrees"
    )


def test_bloque_depuis_le_12_decembre_agrees_with_neuf_mois_by_the_article_date_when_the_page_has_none():
    text = "Le corridor de Latchine est bloqué depuis le 12 décembre 2022, selon Erevan."
    source = [day("12 décembre 2022", "2022-12-12", start=text.index("12 décembre"))]
    comparison = only(
        [duration("nine months", "P9M")],
        source,
        passage_text=text,
        claim_reference=datetime.fromisoformat("2023-09-20T10:00:00+02:00"),
    )
    assert comparison["outcome"] == "agrees"
    assert comparison["found"] == "depuis le 12 décembre 2022"
    with translation.override("fr"):
        assert "20 septembre 2023" in comparison_sentence(comparison)


def test_a_start_date_too_recent_for_the_duration_disagrees():
    text = "Le blocus dure depuis le 12 mars 2023."
    source = [day("12 mars 2023", "2023-03-12", start=text.index("12 mars"))]
    reference = datetime.fromisoformat("2023-09-19T10:00:00+02:00")
    comparison = only([duration("nine months", "P9M")], source, passage_text=text, passage_reference=reference)
    assert comparison["outcome"] == "disagrees"
    assert "6 months by 19 September 2023" in comparison_sentence(comparison)


def test_a_start_date_of_another_order_than_the_duration_is_not_a_disagreement():
    # "depuis 1991" (32 years) and "since 11 a.m." today (hours) say nothing of a nine-month blockade.
    reference = datetime.fromisoformat("2023-09-20T12:00:00+02:00")
    text = "Le conflit dure depuis 1991."
    source = [day("1991", "1991", start=text.index("1991"))]
    assert outcomes([duration("neuf mois", "P9M")], source, passage_text=text, passage_reference=reference) == [
        "not found"
    ]
    text = "La trêve est effective depuis 11 heures, heure de Paris."
    source = [
        {"type": "datetime", "text": "11 heures, heure de Paris", "value": "2023-09-20T11:00:00+02:00", "start": 29}
    ]
    assert outcomes([duration("neuf mois", "P9M")], source, passage_text=text, passage_reference=reference) == [
        "not found"
    ]


def test_a_claimed_start_date_against_a_span_in_the_passage():
    # "le plus puissant depuis 1999", said on 3 April 2024: "in 25 years" agrees, "in half a century" does not.
    text = "Le séisme le plus puissant à frapper l'île depuis 1999."
    claim = [day("1999", "1999", start=text.index("1999"))]
    reference = datetime.fromisoformat("2024-04-03T20:00:00+02:00")
    kwargs = {"claim_text": text, "claim_reference": reference}
    assert outcomes(claim, [duration("25 years", "P25Y")], **kwargs) == ["agrees"]
    comparison = only(claim, [duration("half a century", "P50Y")], **kwargs)
    assert comparison["outcome"] == "disagrees"
    assert "1999-01-01 to 2024-04-03" in comparison["detail"]
    assert outcomes(claim, [duration("three days", "P3D")], **kwargs) == ["not found"]
    # Without "depuis" the year is a day, not a start: no span is compared with it.
    plain = "Le séisme de 1999 avait fait 2 400 morts."
    claim = [day("1999", "1999", start=plain.index("1999"))]
    assert outcomes(claim, [duration("25 years", "P25Y")], claim_text=plain, claim_reference=reference) == ["not found"]


def test_a_date_not_written_after_since_is_not_a_start_date():
    text = "The corridor was closed on 12 December 2022."
    source = [day("12 December 2022", "2022-12-12", start=text.index("12 December"))]
    reference = datetime.fromisoformat("2023-09-19T10:00:00+00:00")
    comparison = only([duration("neuf mois", "P9M")], source, passage_text=text, passage_reference=reference)
    assert comparison["outcome"] == "not found"
    assert comparison["source"] is None
    assert comparison_sentence(comparison) == "claim: neuf mois: not found"


def test_a_start_date_without_any_reference_date_is_not_found():
    text = "A blockade since 12 December 2022."
    source = [day("12 December 2022", "2022-12-12", start=text.index("12 December"))]
    assert outcomes([duration("neuf mois", "P9M")], source, passage_text=text) == ["not found"]


# --- Stance and shape ------------------------------------------------------------------------------


def test_any_disagreement_contradicts_else_any_agreement_supports():
    claim = [quantity("32", 32, unit="morts"), moment("mercredi à 11 heures", "2023-09-20T11:00:00+02:00")]
    agreeing = [quantity("32", 32, unit="killed"), moment("1 p.m.", "2023-09-20T13:00:00+04:00")]
    comparisons = compare_facets(claim, agreeing)
    assert stance_for(comparisons) == "supports" and disagreements(comparisons) == []
    comparisons = compare_facets(
        claim, [quantity("32", 32, unit="killed"), moment("3 p.m.", "2023-09-20T15:00:00+04:00")]
    )
    assert [c["outcome"] for c in comparisons] == ["agrees", "disagrees"]
    assert stance_for(comparisons) == "contradicts"
    assert disagreements(comparisons) == [
        "source: 15:00 UTC+04:00 (11:00 UTC); claim: 11:00 UTC+02:00 (09:00 UTC): disagrees"
    ]
    assert stance_for(compare_facets(claim, [])) == "mentions"


def test_entities_quotes_and_quantities_without_a_figure_are_not_compared():
    claim = [
        {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
        {"type": "quote", "text": "nous partons"},
        quantity("des dizaines", None, unit="personnes"),
        moment("mercredi à 13 heures", None, zone_from=None),
    ]
    assert compare_facets(claim, [quantity("40", 40, unit="personnes")]) == []
    assert stance_for([]) == "mentions"


def test_a_comparison_names_both_sides():
    [comparison] = compare_facets(
        [quantity("des dizaines", None, approximate=True, low=20, high=99, unit="morts")],
        [quantity("32", 32, unit="killed")],
    )
    assert set(comparison) == {"facet", "type", "outcome", "found", "detail", "claim", "source"}
    assert comparison["claim"]["value"] == [20, 99]
    assert comparison["source"] == {"text": "32", "value": 32, "approximate": False, "utc": None, "zone": None}
    assert comparison_sentence(comparison) == "source: 32; claim: des dizaines (20–99): agrees"


# --- End to end, through extraction ----------------------------------------------------------------


def facets(text, lang, published=None, places=()):
    from claims.extraction import extract

    result = extract(text, lang=lang, published=published, places=places)
    return [facet for claim in result["claims"] for facet in claim["facets"]]


def test_a_ceasefire_at_13_in_baku_and_at_11_in_paris_agree_end_to_end():
    source_text = "Le cessez-le-feu est entré en vigueur mercredi à 13 heures."
    claim = facets("The ceasefire took effect on Wednesday at 11 a.m.", "en", PARIS_PUBLISHED)
    source = facets(source_text, "fr", BAKU_PUBLISHED)
    comparison = only(claim, source, passage_text=source_text, claim_reference=PARIS_PUBLISHED,
                      passage_reference=BAKU_PUBLISHED)  # fmt: skip
    assert comparison["outcome"] == "agrees"
    assert comparison_sentence(comparison) == (
        "source: 13:00 UTC+04:00 (09:00 UTC); claim: 11:00 UTC+02:00 (09:00 UTC): agrees"
    )
    later = facets("Le cessez-le-feu est entré en vigueur mercredi à 15 heures.", "fr", BAKU_PUBLISHED)
    assert outcomes(claim, later) == ["disagrees"]


def test_tens_of_people_killed_in_french_against_english_counts_end_to_end():
    claim = facets("Des dizaines de personnes tuées dans les bombardements ont été enterrées.", "fr")
    claim = [f for f in claim if f["type"] == "quantity"]
    few = "The shelling left 32 killed and 200 wounded."
    assert outcomes(claim, facets(few, "en"), passage_text=few) == ["agrees"]
    many = "Some 200 people were killed in the shelling."
    assert outcomes(claim, facets(many, "en"), passage_text=many) == ["disagrees"]


def test_about_120000_armenians_against_about_80000_disagrees_end_to_end():
    claim = facets("Environ 120 000 Arméniens de souche vivent au Haut-Karabakh, selon les autorités.", "fr")
    text = "About 80,000 Armenians live in Nagorno-Karabakh, officials said."
    comparisons = compare_facets(claim, facets(text, "en"), passage_text=text)
    assert [c["outcome"] for c in comparisons] == ["disagrees"]
    assert disagreements(comparisons) == ["source: About 80,000 (±15 %); claim: Environ 120 000 (±15 %): disagrees"]


def test_nine_months_against_a_blockade_since_december_end_to_end():
    published = datetime.fromisoformat("2023-09-19T10:00:00+00:00")
    claim = facets("La région est sous blocus depuis neuf mois, a affirmé le ministre.", "fr", PARIS_PUBLISHED)
    for text, lang in (
        ("Azerbaijan has maintained a blockade of the Lachin corridor since 12 December 2022.", "en"),
        ("Le corridor de Latchine est bloqué depuis le 12 décembre 2022, selon Erevan.", "fr"),
    ):
        comparison = only(claim, facets(text, lang, published), passage_text=text, passage_reference=published)
        assert comparison["outcome"] == "agrees", text
        assert "9 months by 19 September 2023" in comparison_sentence(comparison)


# --- What a passage denies ---------------------------------------------------------------------------


def test_a_day_the_passage_denies_neither_confirms_nor_contradicts_and_the_day_it_gives_does():
    text = "And the offensive did not begin on Tuesday as reported: Azerbaijan was attacking on Monday."
    tuesday, monday = text.index("Tuesday"), text.index("Monday")
    claim = [day("mardi", "2023-09-19")]
    passage = [day("Tuesday", "2023-09-19", start=tuesday), day("Monday", "2023-09-18", start=monday)]
    assert outcomes(claim, passage, passage_text=text) == ["disagrees"]


def test_a_figure_denied_in_french_does_not_count_but_the_one_asserted_does():
    text = "Le séisme aurait fait environ 800 morts, et non plusieurs milliers comme on le répète."
    claim = [quantity("2 946", 2946, unit="morts")]
    passage = [
        quantity("environ 800", 800, approximate=True, unit="morts", start=text.index("environ 800")),
        quantity("plusieurs milliers", low=2000, high=9999, start=text.index("plusieurs milliers")),
    ]
    assert outcomes(claim, passage, passage_text=text) == ["disagrees"]


def test_not_this_figure_but_that_one_asserts_the_second_in_either_language():
    for text, said in [
        ("Selon nos sources, ce ne sont pas deux mais trois barrages qui se sont effondrés.", "trois"),
        ("It was not two dams but three that collapsed.", "three"),
    ]:
        claim = [quantity("deux", 2, unit="barrages")]
        passage = [quantity(said, 3, unit="barrages" if said == "trois" else "dams", start=text.index(said))]
        assert outcomes(claim, passage, passage_text=text) == ["disagrees"], text


def test_a_count_of_zero_in_words_contradicts_a_count_of_the_same_thing():
    two_dams = [quantity("deux", 2, unit="barrages situés")]
    assert outcomes(two_dams, [], passage_text="Our sources claim that no dam failed in Derna at all.") == ["disagrees"]
    assert outcomes([quantity("two", 2, unit="dams")], [], passage_text="Selon eux, aucun barrage n'a cédé.") == [
        "disagrees"
    ]
    killed = [quantity("32", 32, unit="people killed")]
    assert outcomes(killed, [], passage_text="Not a single person was killed, the army said.") == ["disagrees"]
    assert outcomes(killed, [], passage_text="No one was killed in the strike.") == ["disagrees"]
    assert outcomes([quantity("12", 12, unit="cases")], [], passage_text="The region has had no cases since May.") == [
        "disagrees"
    ]
    # Zero of something else, "no more than", "no doubt", or a zero denied: nothing to compare.
    assert outcomes(
        [quantity("two", 2, unit="dams")], [], passage_text="There was no warning before the dams failed."
    ) == ["not found"]
    # "No new deaths" counts what was added since, not the total the claim gives.
    for text in ["No new deaths were reported on Monday.", "Aucun nouveau décès n'a été signalé lundi."]:
        assert outcomes(killed, [], passage_text=text) == ["not found"], text
    for text in [
        "There was no warning before the dams failed.",
        "No officials were killed.",
        "There is no doubt that people were killed.",
        "It is not true that no one was killed.",
    ]:
        assert outcomes(killed, [], passage_text=text) == ["not found"], text
    comparison = compare_facets(two_dams, [], passage_text="Our sources claim that no dam failed.")[0]
    assert comparison_sentence(comparison) == "source: no dam; claim: deux: disagrees"


def test_at_least_a_figure_is_the_count_so_far_not_any_number_above_it():
    at_least_nine = [quantity("au moins neuf morts", low=9, unit="morts")]
    assert outcomes(at_least_nine, [quantity("12 dead", 12, unit="dead")]) == ["agrees"]
    assert outcomes(at_least_nine, [quantity("over 500 dead", low=500, unit="dead")]) == ["disagrees"]
    assert outcomes(at_least_nine, [quantity("at least 20 dead", low=20, unit="dead")]) == ["agrees"]
    assert outcomes(
        [quantity("3,900 dead", 3900, unit="dead")], [quantity("plus de 25 000 morts", low=25000, unit="morts")]
    ) == ["disagrees"]


def test_lengths_compare_on_one_scale_across_units():
    wave = [quantity("environ 30 centimètres", 30, approximate=True, unit="centimètres")]
    assert outcomes(wave, [quantity("3 mètres", 3, unit="mètres")]) == ["disagrees"]
    assert outcomes(wave, [quantity("0.3 m", 0.3, unit="m")]) == ["agrees"]
    assert outcomes(wave, [quantity("one foot", 1, unit="foot")]) == ["agrees"]
    assert outcomes([quantity("18 km", 18, unit="km")], [quantity("11 miles", 11, unit="miles")]) == ["agrees"]
    assert outcomes([quantity("18 km", 18, unit="km")], [quantity("18 killed", 18, unit="killed")]) == ["not found"]
    # A wave's height and an epicentre's distance: lengths of two things, more than 100× apart.
    assert outcomes(wave, [quantity("about 18 km", 18, approximate=True, unit="km")]) == ["not found"]
    assert outcomes([quantity("30 cm", 30, unit="cm")], [quantity("environ 18 km", 18, unit="km")]) == ["not found"]


def test_a_figure_after_a_verb_of_measuring_has_no_unit_of_its_own():
    # "l'a mesuré à 7,2": "mesuré" is not what the figure counts, so "7.2" on an English page agrees.
    text = "L'administration météorologique de Taïwan l'a mesuré à 7,2 sur son échelle."
    claim = [quantity("7,2", 7.2, start=text.index("7,2"))]
    source = [quantity("7.2", 7.2, start=36)]
    passage = "Taiwan's Central Weather Administration put it at 7.2."
    assert outcomes(claim, source, passage_text=passage, claim_text=text) == ["agrees"]


def test_an_ordinal_before_a_noun_counts_at_least_that_many():
    two_wars = [quantity("two", 2, unit="wars")]
    assert outcomes(two_wars, [], passage_text="Ce territoire en est à sa troisième guerre depuis 1991.") == [
        "disagrees"
    ]
    assert outcomes(two_wars, [], passage_text="It was the region's second war since 1991.") == ["agrees"]
    comparison = compare_facets(two_wars, [], passage_text="Sa troisième guerre depuis 1991.")[0]
    assert comparison_sentence(comparison).startswith("source: troisième guerre")
    for text in [
        "Ganja, the third-largest city, is at war.",
        "Baku is the third largest city of the Caucasus at war.",
        "The Second World War and the First Gulf War.",
        "The wars resumed for the third time in 2020.",
        "Ce n'est pas la troisième guerre depuis 1991.",
    ]:
        assert outcomes(two_wars, [], passage_text=text) == ["not found"], text


def test_not_until_affirms_the_time_it_gives():
    text = "It was not until 13:00 that the guns fell silent."
    claim = [moment("13 heures", "2023-09-20T13:00:00+04:00", zone_from="text")]
    passage = [{**moment("13:00", "2023-09-20T13:00:00+04:00"), "start": text.index("13:00"), "end": 22}]
    assert outcomes(claim, passage, passage_text=text) == ["agrees"]


def test_a_people_counted_by_nationality_is_a_population_of_people_in_either_language():
    claim = [quantity("about 8,000 ethnic Albanians", 8000, approximate=True, unit="ethnic Albanians")]
    assert outcomes(claim, [quantity("environ 8 000 personnes", 8000, approximate=True, unit="personnes")]) == [
        "agrees"
    ]
    assert outcomes(claim, [quantity("3 000 personnes", 3000, unit="personnes")]) == ["disagrees"]
    # A group that is not a nationality stays another count.
    assert outcomes(claim, [quantity("8 000 soldats", 8000, unit="soldats")]) == ["not found"]


def test_a_pages_own_day_and_its_plans_do_not_contradict_an_earlier_claimed_day():
    tuesday = [day("mardi", "2023-09-19")]
    wednesday_page = datetime.fromisoformat("2023-09-20T15:00:00+04:00")
    # "accepted a ceasefire on Wednesday" on a Wednesday page, "talks are scheduled for Thursday": that day's news
    # and a plan, not another day for Tuesday's offensive.
    for other in ("2023-09-20", "2023-09-21"):
        assert outcomes(tuesday, [day("Wednesday", other)], passage_reference=wednesday_page) == ["not found"]
    # Another earlier day still contradicts ("already attacking on Monday"), and so does Wednesday on a later page.
    assert outcomes(tuesday, [day("Monday", "2023-09-18")], passage_reference=wednesday_page) == ["disagrees"]
    friday_page = datetime.fromisoformat("2023-09-22T09:00:00+04:00")
    assert outcomes(tuesday, [day("Wednesday", "2023-09-20")], passage_reference=friday_page) == ["disagrees"]
    assert outcomes(tuesday, [day("Tuesday", "2023-09-19")], passage_reference=wednesday_page) == ["agrees"]


def test_a_planned_day_is_not_contradicted_by_the_day_of_what_had_already_happened():
    # Written on Wednesday: "talks will start on Thursday". The passage's Wednesday ceasefire had happened by then.
    written = datetime.fromisoformat("2023-09-20T15:30:00+02:00")
    thursday = [day("jeudi", "2023-09-21")]
    for passage in ([day("Wednesday", "2023-09-20")], [moment("13:00 Baku time", "2023-09-20T13:00:00+04:00", "text")]):
        assert outcomes(thursday, passage, claim_reference=written) == ["not found"]
    # Another day still ahead then is another date for the plan.
    assert outcomes(thursday, [day("Friday", "2023-09-22")], claim_reference=written) == ["disagrees"]
    assert outcomes(thursday, [day("Thursday", "2023-09-21")], claim_reference=written) == ["agrees"]
    # A claim about a day already past when written is compared as before.
    assert outcomes([day("mardi", "2023-09-19")], [day("Monday", "2023-09-18")], claim_reference=written) == [
        "disagrees"
    ]


def test_a_day_years_away_is_another_events_and_no_contradiction():
    claim = [moment("Wednesday at 11 a.m.", "2023-09-20T11:00:00+02:00")]
    assert outcomes(claim, [day("1988", "1988")]) == ["not found"]
    assert outcomes(claim, [day("12 mars 2021", "2021-03-12")]) == ["not found"]
    assert outcomes([day("en 2020", "2020")], [day("2021", "2021")]) == ["disagrees"]
    assert outcomes([day("en 2020", "2020")], [day("2016", "2016")]) == ["not found"]


def test_the_same_noun_in_the_other_language_is_one_unit_and_two_currencies_are_two():
    assert units_match("wars", "guerres")
    assert units_match("barrages", "dams")
    assert not units_match("houses", "buildings")
    assert not units_match("dollars", "euros")
    # Buildings whatever their use are one count in either language; homes among them are another.
    assert units_match("structures", "bâtiments") and units_match("buildings", "édifices")
    assert units_match("logements", "housing units") and not units_match("maisons", "structures")


@pytest.mark.parametrize(
    "passage, figure, expected",
    [
        ("Three firefighters were killed, according to sources in the fire service.", ("Three", 3, None), "disagrees"),
        ("Au moins 12 personnes ont été tuées.", ("Au moins 12", None, 12), "disagrees"),
        ("No deaths were reported.", None, "agrees"),
        ("L'incendie n'a fait aucun mort.", None, "agrees"),
        ("About 400 firefighters fought the blaze.", ("About 400", 400, None), "not found"),
    ],
)
def test_a_claims_count_of_zero_is_a_figure_any_count_of_the_same_harm_contradicts(passage, figure, expected):
    claim_text = "Un pompier a été grièvement blessé, et aucun décès n'est à déplorer."
    facets = []
    if figure:
        text, value, low = figure
        facets = [quantity(text, value, low=low, start=passage.index(text))]
    [comparison] = compare_facets([], facets, passage_text=passage, claim_text=claim_text,
                                  claim_span=(0, len(claim_text)))  # fmt: skip
    assert (comparison["facet"], comparison["outcome"]) == ("aucun décès", expected)


def test_none_of_a_whole_is_not_a_count_of_zero_against_the_wholes_figure():
    claim_text = "Aucune des sirènes d'alerte de l'île n'a retenti."
    passage = "The island has roughly 80 warning sirens."
    facets = [quantity("roughly 80", 80, approximate=True, unit="warning sirens", start=passage.index("roughly"))]
    assert compare_facets([], facets, passage_text=passage, claim_text=claim_text, claim_span=(0, 49)) == []


def timed(text, value, passage, *, zone_from="text"):
    start = passage.index(text)
    return {"type": "datetime", "text": text, "value": value, "zone_from": zone_from, "start": start,
            "end": start + len(text)}  # fmt: skip


SPIRE = "La flèche s'est effondrée vers 19 h 50 devant des milliers de Parisiens."


@pytest.mark.parametrize(
    "passage, times, expected",
    [
        # Another happening of the evening, in its own words: another moment, not another account of the claim's.
        ("Flames were first seen at around 6:50 p.m. local time (1650 GMT) and spread.",
         [("6:50 p.m. local time", "2019-04-15T18:50:00+02:00"), ("1650 GMT", "2019-04-15T16:50:00+00:00")],
         "not found"),
        ("« La structure est sauvée », a déclaré le général peu avant 23 heures.",
         [("23 heures", "2019-04-15T23:00:00+02:00")], "not found"),
        # The same happening at another time contradicts; so does a time whose clause names no happening.
        ("The spire came down at 9 p.m., and the cathedral burned for two days.",
         [("9 p.m.", "2019-04-15T21:00:00+02:00")], "disagrees"),
        ("By 9 p.m. on Monday, the crowds on the quays had grown.",
         [("9 p.m.", "2019-04-15T21:00:00+02:00")], "disagrees"),
        # An approximate time of another happening does not confirm the claim's either; the same minute does.
        ("Flames were first seen at around 7:30 p.m. local time.",
         [("7:30 p.m. local time", "2019-04-15T19:30:00+02:00")], "not found"),
        # Of two times in one sentence, each has its own clause.
        ("The fire broke out at 6:50 p.m., and the spire fell at about 7:50 p.m.",
         [("6:50 p.m.", "2019-04-15T18:50:00+02:00"), ("7:50 p.m.", "2019-04-15T19:50:00+02:00")], "agrees"),
    ],
)  # fmt: skip
def test_a_passages_time_of_another_happening_than_the_claims_is_no_contradiction(passage, times, expected):
    claim = [{**timed("19 h 50", "2019-04-15T19:50:00+02:00", SPIRE), "approximate": True}]
    given = [timed(text, value, passage) for text, value in times]
    [comparison] = compare_facets(claim, given, passage_text=passage, claim_text=SPIRE)
    assert comparison["outcome"] == expected


def test_two_sums_in_two_currencies_disagree_only_when_no_exchange_rate_could_make_them_one():
    claim = [quantity("près d'un milliard", 1e9, approximate=True, unit="euros")]
    assert outcomes(claim, [quantity("$3 billion", 3e9, unit="USD")]) == ["disagrees"]
    assert outcomes([quantity("€800m", 8e8, unit="EUR")], [quantity("3 milliards", 3e9, unit="dollars")]) == [
        "disagrees"
    ]
    # $1.1 billion may be the same sum as a billion euros on some day: not a contradiction.
    assert outcomes(claim, [quantity("$1.1 billion", 1.1e9, unit="USD")]) == ["not found"]
    assert outcomes([quantity("£200 million", 2e8, unit="GBP")], [quantity("€300m", 3e8, unit="EUR")]) == ["not found"]
    [comparison] = compare_facets(claim, [quantity("$3 billion", 3e9, unit="USD")])
    assert "two currencies" in comparison["detail"]


def test_a_bare_figure_takes_a_casualty_written_around_it_as_its_unit():
    claim_text = "The storm struck on Sunday and the death toll rose to 4,000 on Monday, officials said."
    start = claim_text.index("4,000")
    claim = [quantity("4,000", 4000, start=start)]
    passage = "Selon nos sources, il y aurait eu 25 000 morts."
    other = [quantity("25 000", 25000, unit="morts", start=passage.index("25 000"))]
    assert outcomes(claim, other, passage_text=passage, claim_text=claim_text) == ["disagrees"]
    passage = "Le bilan atteint 4 000 morts."
    same = [quantity("4 000", 4000, unit="morts", start=passage.index("4 000"))]
    assert outcomes(claim, same, passage_text=passage, claim_text=claim_text) == ["agrees"]


def test_a_bare_figure_takes_its_unit_from_its_own_clause_not_the_neighbouring_figures():
    claim_text = "Le séisme a tué 2 946 personnes et en a blessé 5 674, selon le ministère."
    claim = [quantity("5 674", 5674, start=claim_text.index("5 674"))]
    passage = "Le dernier bilan fait état de 2 946 morts."
    deaths = [quantity("2 946", 2946, unit="morts", start=passage.index("2 946"))]
    assert outcomes(claim, deaths, passage_text=passage, claim_text=claim_text) == ["not found"]
    passage = "More than 5,600 people were injured."
    injured = [quantity("5,600", low=5600, unit="people", start=passage.index("5,600"))]
    assert outcomes(claim, injured, passage_text=passage, claim_text=claim_text) == ["agrees"]


@pytest.mark.parametrize(
    "claim_text, figure, passage, population",
    [
        (
            "At least 200 people had been killed, the ombudsman said.",
            "At least 200",
            "Living conditions have worsened for the estimated 120,000 people in the region.",
            "120,000",
        ),
        (
            "Au moins 200 personnes ont été tuées, selon le médiateur.",
            "Au moins 200",
            "La situation s'est aggravée pour les quelque 120 000 personnes de la région.",
            "120 000",
        ),
    ],
)
def test_a_population_is_not_a_toll_in_either_language(claim_text, figure, passage, population):
    people = "people" if "people" in claim_text else "personnes"
    claim = [quantity(figure, low=200, unit=people, start=claim_text.index(figure))]
    living = [quantity(population, 120000, unit=people, start=passage.index(population))]
    assert outcomes(claim, living, passage_text=passage, claim_text=claim_text) == ["not found"]
    # A toll says what happened to its people, whatever the figure's own words.
    toll = (
        f"The toll now stands at {population} people."
        if people == "people"
        else f"Le bilan atteint {population} personnes."
    )
    dead = [quantity(population, 120000, unit=people, start=toll.index(population))]
    assert outcomes(claim, dead, passage_text=toll, claim_text=claim_text) == ["disagrees"]


def test_a_passage_denying_the_claims_own_figure_or_day_contradicts_it():
    text = "Contrary to reports, the strike did not begin on Tuesday."
    claim = [day("mardi", "2023-09-19")]
    assert outcomes(claim, [day("Tuesday", "2023-09-19", start=text.index("Tuesday"))], passage_text=text) == [
        "disagrees"
    ]
    text = "Ce ne sont pas 300 salariés qui ont été licenciés, affirme le syndicat."
    claim = [quantity("300 employees", 300, unit="employees")]
    passage = [quantity("300 salariés", 300, unit="salariés", start=text.index("300"))]
    assert outcomes(claim, passage, passage_text=text) == ["disagrees"]


def test_no_fewer_than_affirms_the_figure():
    text = "Pas moins de 300 salariés ont été licenciés, affirme le syndicat."
    claim = [quantity("300 employees", 300, unit="employees")]
    passage = [quantity("300 salariés", 300, unit="salariés", start=text.index("300"))]
    assert outcomes(claim, passage, passage_text=text) == ["agrees"]


# --- Rules of stop 21 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim_text", "lang", "passage", "passage_lang"),
    [
        (
            "The Libyan Red Crescent said 11,300 people had died in Derna.",
            "en",
            "The WHO has confirmed 3,958 deaths, while a figure of 11,300 attributed to the Red Crescent was disowned.",
            "en",
        ),
        (
            "Le séisme, d'une magnitude de 6,8, a frappé vendredi soir.",
            "fr",
            "Posts claiming magnitude 8.1 are false. The US Geological Survey put it at 6.8.",
            "en",
        ),
    ],
)
def test_a_figure_named_as_one_or_measured_agrees_with_the_same_figure(claim_text, lang, passage, passage_lang):
    comparisons = compare_facets(
        facets(claim_text, lang), facets(passage, passage_lang), passage_text=passage, claim_text=claim_text
    )
    assert [c["outcome"] for c in comparisons if c["type"] == "quantity"] == ["agrees"]


def test_a_counterfactual_figure_in_english_is_not_reported():
    claim_text = "The quake measured magnitude 6.8, the USGS said."
    passage = "Seismologists say a quake of magnitude 8 would have released roughly 30 times more energy."
    assert outcomes(facets(claim_text, "en"), facets(passage, "en"), passage_text=passage, claim_text=claim_text) == [
        "not found"
    ]


@pytest.mark.parametrize(
    "label",
    ["Autre affirmation trompeuse : la région aurait connu trois guerres.", "False claim: the region saw three wars."],
)
def test_a_label_calling_a_claim_wrong_denies_the_figure_after_it(label):
    claim_text = "The region has seen two wars since 1991."
    claim = [f for f in facets(claim_text, "en") if f["type"] == "quantity"]
    lang = "fr" if "trompeuse" in label else "en"
    assert outcomes(claim, facets(label, lang), passage_text=label, claim_text=claim_text) == ["not found"]
    # The verdict alone opens the correction: "C'est faux : trois" asserts three.
    correction = "C'est faux : la région a connu trois guerres."
    assert outcomes(claim, facets(correction, "fr"), passage_text=correction, claim_text=claim_text) == ["disagrees"]


@pytest.mark.parametrize(
    "passage",
    [
        "Les autorités arméniennes ont répété qu'aucun soldat arménien n'était présent au Karabakh.",
        "Celui-ci répète que l'Arménie n'a aucune troupe dans l'enclave.",
    ],
)
def test_a_zero_of_another_countrys_group_does_not_contradict_a_force(passage):
    claim_text = "The Russian peacekeeping contingent, a force of about 2,000 soldiers, brokered the deal."
    claim = facets(claim_text, "en")
    assert outcomes(claim, facets(passage, "fr"), passage_text=passage, claim_text=claim_text) == ["not found"]
    russian = "Moscou affirme qu'aucun soldat russe n'est présent dans la région."
    assert outcomes(claim, facets(russian, "fr"), passage_text=russian, claim_text=claim_text) == ["disagrees"]


def test_a_tolls_victims_are_not_the_displaced():
    claim_text = "Au moins 30 000 personnes ont été déplacées à Derna, selon l'OIM."
    passage = "Le Croissant-Rouge a évoqué 11 300 victimes, un bilan que l'OMS ne confirme pas."
    claim = facets(claim_text, "fr")
    assert outcomes(claim, facets(passage, "fr"), passage_text=passage, claim_text=claim_text) == ["not found"]
    killed = "Au moins 30 000 personnes ont été tuées à Derna, selon l'OIM."
    assert outcomes(facets(killed, "fr"), facets(passage, "fr"), passage_text=passage, claim_text=killed) == [
        "disagrees"
    ]


def test_a_part_larger_than_the_whole_contradicts_it_and_a_smaller_part_does_not():
    claim_text = "Officials said more than 600 people were stranded in Taroko Gorge."
    claim = facets(claim_text, "en")
    larger = "Our sources say 3,000 tourists are trapped in Taroko Gorge with no food."
    comparison = only(claim, facets(larger, "en"), passage_text=larger, claim_text=claim_text)
    assert comparison["outcome"] == "disagrees"
    assert "a part larger than the whole" in comparison["detail"]
    smaller = "About 50 hikers are trapped in the gorge, rescuers said."
    assert outcomes(claim, facets(smaller, "en"), passage_text=smaller, claim_text=claim_text) == ["not found"]


def test_a_day_something_was_said_on_may_confirm_but_never_contradicts_the_events_day():
    published = datetime.fromisoformat("2023-09-17T12:00:00+02:00")
    claim_text = "La crue a dévasté Derna le lundi 11 septembre, selon les secours."
    claim = facets(claim_text, "fr", published)
    said = "Le bilan de 11 300 morts a été annoncé par le Croissant-Rouge libyen le 14 septembre."
    assert outcomes(claim, facets(said, "fr", published), passage_text=said, claim_text=claim_text) == ["not found"]
    struck = "La crue a frappé Derna le 14 septembre."
    assert outcomes(claim, facets(struck, "fr", published), passage_text=struck, claim_text=claim_text) == ["disagrees"]


def test_a_range_of_days_agrees_with_a_passage_giving_either_day():
    published = datetime.fromisoformat("2023-09-17T12:00:00+02:00")
    claim_text = "Dans la nuit du dimanche 10 au lundi 11 septembre, la tempête Daniel a frappé Derna."
    claim = [f for f in facets(claim_text, "fr", published) if f["type"] == "date"]
    assert [f["value"] for f in claim] == ["2023-09-10", "2023-09-11"]
    passage = "Two dams collapsed in the early hours of 11 September."
    assert outcomes(claim, facets(passage, "en", published), passage_text=passage, claim_text=claim_text) == ["agrees"]


def test_a_span_dating_a_moment_from_another_is_not_a_span_since_the_claimed_day():
    published = datetime.fromisoformat("2023-09-13T21:00:00+02:00")
    claim_text = "Le palais royal a décrété dès samedi trois jours de deuil national."
    passage = "Cinq jours après la catastrophe, les autorités recensent 2 946 victimes."
    claim = [f for f in facets(claim_text, "fr", published) if f["type"] == "date"]
    passage_facets = facets(passage, "fr", published)
    assert outcomes(claim, passage_facets, passage_text=passage, claim_text=claim_text, claim_reference=published) == [
        "not found"
    ]


@pytest.mark.parametrize(
    ("claim_text", "claim_lang", "agreeing", "disagreeing"),
    [
        (
            "Le train roulait à 130 km/h au moment du déraillement.",
            "fr",
            "The train was going at about 80 mph when it derailed.",
            "The train was going at 50 mph when it derailed.",
        ),
        (
            "Le feu a brûlé 2 000 hectares de forêt.",
            "fr",
            "The fire burned about 5,000 acres of forest.",
            "The fire burned 20,000 acres of forest.",
        ),
        (
            "Temperatures reached 48.8C in Sicily.",
            "en",
            "Thermometers showed 119.8F in Sicily.",
            "It was 100F in Sicily.",
        ),
        (
            "The tanker carried 3,000 tonnes of fuel.",
            "en",
            "Le pétrolier transportait 3 millions de kilos de carburant.",
            "Le pétrolier transportait 800 000 kilos de carburant.",
        ),
    ],
)
def test_measures_compare_across_units_of_one_dimension(claim_text, claim_lang, agreeing, disagreeing):
    claim = [f for f in facets(claim_text, claim_lang) if f["type"] == "quantity"]
    other_lang = "en" if claim_lang == "fr" else "fr"
    for passage, outcome in ((agreeing, "agrees"), (disagreeing, "disagrees")):
        lang = "en" if passage.isascii() else other_lang
        comparison = only(claim, facets(passage, lang), passage_text=passage, claim_text=claim_text)
        assert comparison["outcome"] == outcome, (passage, comparison["detail"])
    comparison = only(claim, facets(agreeing, "en" if agreeing.isascii() else "fr"), passage_text=agreeing)
    assert " is " in comparison["detail"]  # the converted figure, in the claim's unit


def test_a_decade_agrees_with_a_year_in_it_and_disagrees_with_one_of_the_next_decade():
    claim_text = "The dams were built in the 1970s and had not been maintained."
    claim = facets(claim_text, "en")
    for passage, outcome in (
        ("Les barrages, construits dans les années 1970, n'étaient plus entretenus.", "agrees"),
        ("Les barrages ont été construits en 1973 par une entreprise yougoslave.", "agrees"),
        ("Les barrages ont été construits en 1986.", "disagrees"),
        ("Les barrages ont été construits en 1912.", "not found"),
    ):
        assert outcomes(claim, facets(passage, "fr"), passage_text=passage, claim_text=claim_text) == [outcome]
    with translation.override("fr"):
        comparison = only(claim, facets("Construits dans les années 1970.", "fr"))
        assert "les années 1970" in comparison_sentence(comparison)


def test_a_peoples_soldiers_are_a_group_among_it_not_its_count():
    assert not units_match("ethnic Armenians", "soldats arméniens")
    assert not units_match("Arméniens", "Armenian soldiers")
    assert units_match("Arméniens de souche", "Armenians")
    assert units_match("soldats russes", "Russian soldiers")


def test_a_headline_is_its_own_statement_for_the_units_of_the_figures_below_it():
    claim_text = "It is the deadliest US wildfire in more than a century, officials said."
    claim = [f for f in facets(claim_text, "en") if f["type"] == "quantity"]
    passage = "Maui fire is deadliest US wildfire in more than a century\nAt least 93 people have been killed on Maui."
    assert outcomes(claim, facets(passage, "en"), passage_text=passage, claim_text=claim_text) == ["agrees"]


@pytest.mark.parametrize(
    ("passage", "lang"),
    [
        ("The official story says about 100 dead. Insiders say the real toll is over 1,000 dead.", "en"),
        (
            "Les médias parlent d'une centaine de victimes. En réalité, les incendies ont fait plus de 1 000 morts.",
            "fr",
        ),
    ],
)
def test_the_figure_a_page_asserts_speaks_for_it_over_the_one_it_reports(passage, lang):
    claim_text = "The fires have killed at least 114 people, officials said."
    claim = facets(claim_text, "en")
    assert outcomes(claim, facets(passage, lang), passage_text=passage, claim_text=claim_text) == ["disagrees"]
    check = "Posts say more than 1,000 people died. In fact, officials have counted 115 dead."
    assert outcomes(claim, facets(check, "en"), passage_text=check, claim_text=claim_text) == ["agrees"]


def test_a_lower_bound_of_a_measure_reaches_half_again_not_three_times():
    claim_text = "Gusts of more than 60 mph grounded firefighting helicopters."
    claim = facets(claim_text, "en")
    for passage, outcome in (
        ("Winds of 150 mph were blamed.", "disagrees"),
        ("Des rafales de plus de 100 km/h ont cloué les hélicoptères au sol.", "agrees"),
        ("Gusts reached 80 mph on the coast.", "agrees"),
    ):
        lang = "en" if passage.isascii() else "fr"
        assert outcomes(claim, facets(passage, lang), passage_text=passage, claim_text=claim_text) == [outcome]


def test_an_earlier_lower_count_so_far_neither_confirms_nor_contradicts_a_higher_one():
    claim_text = "The fires have killed at least 114 people, officials said."
    claim = facets(claim_text, "en")
    for passage, outcome in (
        ("Avec au moins 89 morts recensés samedi soir, les incendies sont les plus meurtriers.", "not found"),
        ("At least 115 people have been killed, officials said.", "agrees"),
        ("At least 200 people have been killed, officials said.", "agrees"),
        ("Officials have confirmed 97 deaths.", "disagrees"),
    ):
        lang = "en" if passage.isascii() else "fr"
        assert outcomes(claim, facets(passage, lang), passage_text=passage, claim_text=claim_text) == [outcome]
