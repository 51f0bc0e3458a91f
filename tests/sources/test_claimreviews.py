"""sources.claimreviews: ClaimReview markup as fact-checkers really publish it, read and imported as known fact-checks.

The real markup is read at test time from ../shared/data/claimreview (SOURCE.md says where each file comes from).
"""

import json
import time
from datetime import UTC, datetime

import pytest

from sources import claimreviews
from sources.claimreviews import known_fact_checks_import, review_fields, reviews_from_html, reviews_from_json
from sources.importing import ImportFileError
from sources.models import KnownFactCheck, Source
from tests.conftest import ROOT
from tests.factories import DocumentFactory, SourceFactory

SHARED = ROOT.parent / "shared" / "data" / "claimreview"
MEEDAN = SHARED / "meedan-fetch-claimreviews.json"
PAGES = SHARED / "meedan-fetch-pages"


def meedan_entries() -> list[dict]:
    return json.loads(MEEDAN.read_text())


def entry(fixture: str) -> dict:
    return next(item for item in meedan_entries() if item["fixture"] == fixture)


def fields_of(fixture: str) -> dict:
    found = entry(fixture)
    return review_fields(found["claimreview"], found["page_url"])


def review(**overrides) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://verif.example/terre-plate",
        "claimReviewed": "La Terre est plate, selon une vidéo partagée des milliers de fois.",
        "datePublished": "2023-05-04",
        "author": {"@type": "Organization", "name": "Vérif", "url": "https://verif.example/"},
        "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1",
                         "alternateName": "Faux"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Jean Dupont"},
                         "appearance": [{"@type": "CreativeWork", "url": "https://social.example/p/1"}]},
    }  # fmt: skip
    data.update(overrides)
    return data


# --- Every real file ------------------------------------------------------------------------------------------


def test_every_real_claimreview_reads_or_says_why_not():
    entries = meedan_entries()
    assert len(entries) == 65
    for item in entries:
        fields = review_fields(item["claimreview"], item["page_url"])
        assert fields["url"].startswith("https://"), item["fixture"]
        assert fields["claim_reviewed"], item["fixture"]
        assert fields["author_name"], item["fixture"]
        assert fields["rating_text"], item["fixture"]
        assert "\r" not in fields["rating_text"]
        assert fields["truth"] in (None, 1, 2, 3, 4, 5)
        assert len(fields["language"]) in (0, 2)
        json.dumps(fields["raw"])  # storable as it is


def test_the_real_file_imports_its_distinct_reviews_and_reports_the_rest(db):
    result = known_fact_checks_import(reviews_from_json(MEEDAN.read_text()))

    # 65 entries: Estadão's url is relative (this file keeps no page to resolve it against), and two Newtral reviews
    # appear both in an index and on their own page with different markup (the first copy is kept).
    assert (result.created, result.updated, result.unchanged) == (62, 0, 0)
    assert [error.where for error in result.errors] == ["item 19", "item 42", "item 58"]
    assert "is not a full http(s) address" in result.errors[0].message
    assert "the same url as item 29" in result.errors[1].message
    assert KnownFactCheck.objects.count() == 62
    assert set(KnownFactCheck.objects.values_list("language", flat=True)) >= {"es", "pt", "en", "fr", "de", "hi",
                                                                              "bn", "ar", "zh"}  # fmt: skip


def test_each_real_file_of_the_folder_is_read():
    files = sorted(path.relative_to(SHARED).as_posix() for path in SHARED.rglob("*") if path.is_file())
    assert files == [
        "SOURCE.md",
        "meedan-fetch-claimreviews.json",
        "meedan-fetch-pages/afp_factuel_raw.json",
        "meedan-fetch-pages/africa_check_raw.json",
        "meedan-fetch-pages/data_commons_raw.json",
        "meedan-fetch-pages/google_fact_check_raw.json",
        "meedan-fetch-pages/twenty_minutes_claim_review_page.json",
        "schemaorg/claimreview_jsonld_examples.json",
        "schemaorg/issue-2450-MediaReview-examples.txt",
        "schemaorg/sdo-ClaimReview-issue-1061-examples.txt",
    ]  # a new file lands here first: give it a test below


@pytest.mark.parametrize(
    ("name", "claim", "rating", "truth", "language", "author"),
    [
        ("afp_factuel_raw.json", "Le Mali a rompu ses relations diplomatiques avec la France", "Faux", 1, "fr", "AFP"),
        ("twenty_minutes_claim_review_page.json", "Le rôle de l'URSS dans la victoire de la Seconde guerre mondiale "
         "est minimisée à l'école", "really_false", 1, "fr", "20 minutes"),
        ("africa_check_raw.json", "Interferon alpha-2b a Covid-19 ‘vaccine’", "Incorrect", 1, None, "Taryn Willows"),
    ],
)  # fmt: skip
def test_the_real_fact_check_pages_carry_one_claimreview_each(name, claim, rating, truth, language, author):
    page = json.loads((PAGES / name).read_text())

    found = reviews_from_html(page["page"], page["url"])

    assert [where for where, _ in found] == ["item 1"]
    fields = review_fields(found[0][1], page["url"])
    assert fields["claim_reviewed"] == claim
    assert (fields["rating_text"], fields["truth"], fields["author_name"]) == (rating, truth, author)
    if language:
        assert fields["language"] == language


def test_a_data_commons_feed_item_wraps_its_claimreview():
    found = list(reviews_from_json((PAGES / "data_commons_raw.json").read_text()))

    assert [where for where, _ in found] == ["item 1"]
    fields = review_fields(found[0][1])
    assert fields["url"] == "https://www.presseportal.de/pm/133833/4381130"
    assert fields["author_name"] == "Deutsche Presse-Agentur"
    assert fields["claimant"] == "Irmin Suhl"
    assert fields["appearance_url"].startswith("https://www.facebook.com/photo.php?fbid=389949688569877")
    # dpa rates in sentences: kept as published, mapped onto nothing.
    assert fields["rating_text"].startswith("Reker hat diesen Satz nie gesagt.")
    assert fields["truth"] is None
    assert fields["language"] == "de"


def test_a_google_fact_check_tools_claim_becomes_a_claimreview():
    found = list(reviews_from_json((PAGES / "google_fact_check_raw.json").read_text()))

    fields = review_fields(found[0][1])
    assert fields["url"].startswith("https://www.vishvasnews.com/urdu/society/viral-video-of-doctor")
    assert fields["claim_reviewed"] == "کانپور کے ہیلٹ اسپتال میں مریض کی پٹائی کرتا ڈاکٹر"
    assert (fields["rating_text"], fields["truth"], fields["language"]) == ("False", 1, "ur")
    assert fields["claimant"] == "FB User-Harshit Pandey"
    assert fields["author_name"] == "vishvasnews.com"
    assert fields["date_published"] == datetime(2019, 6, 20, 12, 12, 40, tzinfo=UTC)


def test_a_full_claims_search_response_yields_every_review_of_every_claim():
    claim = json.loads((PAGES / "google_fact_check_raw.json").read_text())
    second = {**claim["claimReview"][0], "url": "https://www.vishvasnews.com/urdu/other/"}
    response = {"claims": [claim, {**claim, "claimReview": [claim["claimReview"][0], second]}], "nextPageToken": "x"}

    found = list(reviews_from_json(json.dumps(response)))

    assert [where for where, _ in found] == ["item 1", "item 2", "item 3"]


def test_schema_orgs_own_examples_read_from_json_ld_and_microdata():
    examples = list(reviews_from_json((SHARED / "schemaorg" / "claimreview_jsonld_examples.json").read_text()))
    perry = review_fields(examples[0][1])
    obama = review_fields(examples[1][1])
    # Politifact's example gives its author only a URL; "True" rated 1 on a 1…6 scale without a worst: the words.
    assert (perry["author_name"], perry["rating_text"], perry["truth"]) == ("politifact.com", "True", 5)
    assert perry["claimant"] == "Rich Perry"
    # The second example has no rating at all, and its item is a Clip.
    assert (obama["rating_text"], obama["truth"], obama["claimant"]) == ("", None, "Barack Obama")

    text = (SHARED / "schemaorg" / "sdo-ClaimReview-issue-1061-examples.txt").read_text()
    microdata = text.split("MICRODATA:", 1)[1].split("RDFA:", 1)[0]
    found = reviews_from_html(f"<html><body>{microdata}</body></html>", "https://www.politifact.com/")
    fields = review_fields(found[0][1], "https://www.politifact.com/")
    assert fields["url"] == perry["url"]
    assert fields["author_name"] == "Politifact"
    assert (
        fields["claim_reviewed"]
        == "More than 3,000 homicides were committed by 'illegal aliens' over the past six years."
    )
    assert (fields["rating_value"], fields["best_rating"], fields["claimant"]) == (1.0, 6.0, "Rich Perry")


def test_a_mediareview_is_not_a_claimreview():
    text = (SHARED / "schemaorg" / "issue-2450-MediaReview-examples.txt").read_text()
    block = text[text.index("{", text.index("<script")) : text.rindex("}") + 1]

    found = list(reviews_from_json(json.dumps([json.loads(block)])))

    assert isinstance(found[0][1], ValueError)
    assert "no ClaimReview" in str(found[0][1])


# --- The quirks SOURCE.md lists --------------------------------------------------------------------------------


def test_afps_date_without_a_zone_is_read_in_the_sites_time_zone():
    fields = fields_of("afp_factuel_raw.json")

    assert fields["date_published"].isoformat() == "2022-01-28T18:35:00+01:00"


def test_a_plain_date_is_read():
    fields = review_fields(review(datePublished="2019-06-20"))

    assert fields["date_published"].date().isoformat() == "2019-06-20"


@pytest.mark.parametrize("value", ["", "sometime", "0000-00-00", "2999-01-01", None, ["2020-08-31 17:22:16"]])
def test_a_missing_or_impossible_date_is_null_or_read(value):
    fields = review_fields(review(datePublished=value))

    assert fields["date_published"] is None or fields["date_published"].year == 2020


def test_twenty_minutes_minus_one_on_a_minus_one_scale_falls_back_to_its_words():
    fields = fields_of("twenty_minutes_claim_review_page.json")

    assert (fields["rating_value"], fields["best_rating"], fields["worst_rating"]) == (-1.0, -1.0, -1.0)
    assert (fields["rating_text"], fields["truth"]) == ("really_false", 1)


def test_newtrals_rating_without_a_value_maps_from_its_words():
    falso, enganoso = [
        review_fields(item["claimreview"])
        for item in meedan_entries()
        if item["fixture"] == "newtral_fact_check_index_raw.json"
    ][:2]

    assert (falso["rating_value"], falso["rating_text"], falso["truth"]) == (None, "Falso", 1)
    assert (enganoso["rating_text"], enganoso["truth"]) == ("Engañoso", 3)


def test_a_trailing_carriage_return_is_not_part_of_the_rating():
    fields = fields_of("africa_check_raw_old.json")

    assert fields["rating_text"] == "Incorrect"
    assert fields["truth"] == 1


def test_a_list_of_names_is_one_claimant():
    fields = fields_of("africa_check_raw.json")

    assert fields["claimant"] == "Mzwandile Masina, mayor of Ekurhuleni"


def test_an_author_given_as_a_list_of_people_leaves_the_organisation_to_the_publisher():
    fields = fields_of("aos_fatos_raw.json")

    assert fields["author_name"] == "Aos Fatos"
    assert fields["author_url"] == "https://www.aosfatos.org/"


def test_a_person_as_author_gives_way_to_the_publishing_organisation():
    fields = fields_of("boom_live_raw.html")

    assert (fields["author_name"], fields["author_url"]) == ("BOOM", "https://www.boomlive.in/")


def test_item_reviewed_may_be_a_claim_or_a_creative_work():
    claim = fields_of("afp_factuel_raw.json")  # Claim, with its url where it appeared
    creative_work = fields_of("afp_raw.json")  # CreativeWork
    lower_case = fields_of("africa_check_raw_old.json")  # "creativeWork"

    assert claim["appearance_url"].startswith("https://www.facebook.com/101888178896970/")
    assert creative_work["appearance_url"].startswith("https://www.facebook.com/photo.php?fbid=1334206990098622")
    assert lower_case["claimant"] == "South African president Cyril Ramaphosa"


def test_appearance_and_first_appearance_give_the_appearance_url():
    assert fields_of("comprova_raw.json")["appearance_url"] == "https://kwai-video.com/p/TDQEC1Og"
    assert fields_of("news_checker_raw.json")["appearance_url"] == "https://archive.is/wip/XKReX"


def test_a_rating_written_as_a_long_sentence_is_kept_and_maps_to_nothing():
    comprova = fields_of("comprova_raw.json")
    cite = fields_of("fact_check_cite_raw.json")

    assert comprova["rating_text"].startswith("FALSO: As imagens foram retiradas")
    assert comprova["truth"] is None
    assert cite["rating_value"] is None  # "" as ratingValue
    assert cite["truth"] is None


def test_a_rating_scale_that_makes_no_sense_gives_way_to_the_words():
    lupa = fields_of("lupa_raw.json")  # 4 on a scale with a best (6) but no worst
    news_checker = fields_of("news_checker_raw.json")  # best = worst = 2, no value
    hindi_boom = fields_of("hindi_boom_live_raw.json")  # value 1, best "", words "Misleading"

    assert (lupa["rating_text"], lupa["truth"]) == ("Falso", 1)
    assert (news_checker["rating_text"], news_checker["truth"]) == ("False", 1)
    assert hindi_boom["truth"] == 3


def test_a_sensible_scale_is_mapped_onto_ours():
    assert fields_of("afp_india_raw.json")["truth"] == 3  # 3 of 1…5
    assert fields_of("africa_check_raw.json")["truth"] == 1  # 1 of 1…6
    assert fields_of("estadao_raw.json")["truth"] == 1  # 1 of 1…2
    assert review_fields(review(reviewRating={"ratingValue": 6, "bestRating": 6, "worstRating": 1}))["truth"] == 5
    assert review_fields(review(reviewRating={"ratingValue": "4,5", "bestRating": 10, "worstRating": 0}))["truth"] == 3


@pytest.mark.parametrize(
    ("words", "truth"),
    [
        ("False", 1), ("FAUX", 1), ("Falso.", 1), ("falsch", 1), ("really_false", 1), ("Fake", 1),
        ("Pants on Fire!", 1), ("pants-on-fire", 1), ("Mostly false", 2), ("Plutôt faux", 2), ("plutot_faux", 2),
        ("Misleading", 3), ("Trompeur", 3), ("Half True", 3), ("Missing context", 3), ("Partly false", 3),
        ("Mostly true", 4), ("Plutôt vrai", 4), ("True", 5), ("Vrai", 5), ("Verdadero", 5), ("Correct", 5),
        ("Unproven", None), ("Satire", None), ("Invérifiable", None),
        ("Faux : la photo date de 2015 et a été prise au Brésil, pas en France", None),
    ],
)  # fmt: skip
def test_rating_words_in_several_languages_map_onto_our_scale(words, truth):
    fields = review_fields(review(reviewRating={"@type": "Rating", "alternateName": words}))

    assert fields["truth"] == truth
    assert fields["rating_text"] == words


def test_the_rating_text_is_the_alternate_name_else_the_name_else_the_value():
    by_name = review_fields(review(reviewRating={"name": "Plutôt vrai"}))
    by_value = review_fields(review(reviewRating={"ratingValue": 2, "bestRating": 5, "worstRating": 1}))
    as_text = review_fields(review(reviewRating="Faux"))

    assert (by_name["rating_text"], by_name["truth"]) == ("Plutôt vrai", 4)
    assert (by_value["rating_text"], by_value["truth"]) == ("2", 2)
    assert (as_text["rating_text"], as_text["truth"]) == ("Faux", 1)


def test_words_written_where_the_value_belongs_are_the_rating():
    fields = review_fields(review(reviewRating={"@type": "Rating", "ratingValue": "Plutôt faux"}))

    assert (fields["rating_text"], fields["rating_value"], fields["truth"]) == ("Plutôt faux", None, 2)


@pytest.mark.parametrize("kind", ["ClaimReview", ["Review", "ClaimReview"], "https://schema.org/ClaimReview"])
def test_type_may_be_a_string_or_a_list(kind):
    assert review_fields(review(**{"@type": kind}))["url"] == "https://verif.example/terre-plate"


def test_a_claim_reviewed_given_as_a_list_is_its_text():
    fields = fields_of("the_quint_raw.html")

    assert fields["claim_reviewed"] == "Last Tweets of Sushant Singh Rajput shared on 14 June"


def test_escaped_entities_and_control_characters_are_cleaned():
    fields = review_fields(review(claimReviewed="Rishi Sunak praises Manmohan Singh&#039;s economy\u0001 ideas\r\n"))

    assert fields["claim_reviewed"] == "Rishi Sunak praises Manmohan Singh's economy ideas"


def test_a_relative_url_is_resolved_against_the_page():
    found = entry("estadao_raw.json")

    fields = review_fields(found["claimreview"], "https://www.estadao.com.br/")

    assert (
        fields["url"]
        == "https://www.estadao.com.br/estadao-verifica/yanomamis-desnutricao-venezuelanos-brasileiros-maduro-lula/"
    )


def test_without_its_own_url_a_review_takes_the_pages():
    fields = review_fields(review(url=None), "https://verif.example/page?utm_source=x")

    assert fields["url"] == "https://verif.example/page"


def test_a_host_written_without_its_scheme_is_still_the_authors_url():
    assert fields_of("fact_check_cite_raw.json")["author_url"] == "https://factcheck.cite.org.zw/"


@pytest.mark.parametrize(
    ("obj", "reason"),
    [
        ({"@type": "ClaimReview"}, "no claimReviewed and no url"),
        (review(claimReviewed="  "), "no claimReviewed"),
        (review(url=""), "no url"),
        (review(url="javascript:alert(1)"), "is not a full http(s) address"),
        (review(**{"@type": "NewsArticle"}), "no ClaimReview in this item (@type NewsArticle)"),
        ("ClaimReview", "not a JSON object"),
    ],
)
def test_what_cannot_be_a_known_fact_check_says_why(obj, reason):
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        review_fields(obj)


def test_the_language_is_declared_else_detected_from_the_claim_else_the_page():
    declared = review_fields(review(inLanguage="fr-FR"))
    as_object = review_fields(review(inLanguage={"@type": "Language", "name": "English", "alternateName": "en"}))
    detected = review_fields(review(claimReviewed="The unemployment rate fell to its lowest level in forty years."))
    short = review_fields(review(claimReviewed="Photo truquée"), page_language="fr-FR")

    assert (declared["language"], as_object["language"], detected["language"], short["language"]) == (
        "fr", "en", "en", "fr",
    )  # fmt: skip


# --- Readers ---------------------------------------------------------------------------------------------------


def test_json_one_object_a_list_a_graph_and_a_data_feed():
    one = list(reviews_from_json(json.dumps(review())))
    many = list(reviews_from_json(json.dumps([review(), review(url="https://verif.example/2")])))
    graph = list(reviews_from_json(json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://verif.example/#page"},
        {"@type": "Organization", "@id": "https://verif.example/#org", "name": "Vérif"},
        {**review(), "author": {"@id": "https://verif.example/#org"}},
    ]})))  # fmt: skip
    feed = list(reviews_from_json(json.dumps({"@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": [review()]},
        {"@type": "DataFeedItem", "item": [review(url="https://verif.example/2")]},
    ]})))  # fmt: skip

    assert [where for where, _ in one] == ["item 1"]
    assert [where for where, _ in many] == ["item 1", "item 2"]
    assert [where for where, _ in graph] == ["item 1"]
    # The author is a reference to another node of the graph: followed.
    assert review_fields(graph[0][1])["author_name"] == "Vérif"
    assert [where for where, _ in feed] == ["item 1", "item 2"]


def test_json_lines_report_bad_lines_by_number():
    pair = [review(url="https://verif.example/2"), review(url="https://verif.example/3")]
    text = "\n".join([json.dumps(review()), "", "{not json", json.dumps({"@type": "WebPage"}), json.dumps(pair)])

    found = list(reviews_from_json(text))

    assert [where for where, _ in found] == ["line 1", "line 3", "line 4", "line 5, item 1", "line 5, item 2"]
    assert "invalid JSON" in str(found[1][1])
    assert "no ClaimReview" in str(found[2][1])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ('{"@type": "ClaimReview",\n  "url": ', "invalid JSON on line 2"),
        ('"just a string"', "neither ClaimReview objects nor a list"),
        ('{"@type": "WebPage"}', "no ClaimReview in this item"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_a_file_that_is_not_claimreview_json_says_why(text, message):
    with pytest.raises(ImportFileError, match=message):
        list(reviews_from_json(text))


RDFA = """<div vocab="https://schema.org/" typeof="ClaimReview">
  <span property="claimReviewed">Le vaccin contient une puce électronique qui permet de suivre les gens.</span>
  <a property="url" href="/rdfa-puce">lien</a> <meta property="datePublished" content="2023-05-04">
  <div property="author" typeof="Organization"><span property="name">Vérif RDFa</span></div>
  <div property="reviewRating" typeof="Rating"><meta property="ratingValue" content="2">
    <meta property="bestRating" content="5"><meta property="worstRating" content="1">
    <span property="alternateName">Plutôt faux</span></div>
  <div property="itemReviewed" typeof="Claim"><div property="author" typeof="Person"><span property="name">Un
    internaute</span></div><div property="appearance" typeof="CreativeWork"><link property="url"
    href="https://social.example/p/2"></div></div>
</div>"""


def test_a_page_with_json_ld_microdata_and_rdfa_yields_each_review_in_one_shape():
    text = (SHARED / "schemaorg" / "sdo-ClaimReview-issue-1061-examples.txt").read_text()
    microdata = text.split("MICRODATA:", 1)[1].split("RDFA:", 1)[0]
    page = f"""<html><head><script type="application/ld+json">{json.dumps(review())}</script>
    <script type="application/ld+json">{{"broken": </script></head><body>{microdata}{RDFA}</body></html>"""

    found = reviews_from_html(page, "https://verif.example/page")

    assert [where for where, _ in found] == ["JSON-LD block 2", "item 1", "item 2", "item 3"]
    assert "not valid JSON" in str(found[0][1])
    rdfa = review_fields(found[3][1], "https://verif.example/page")
    assert rdfa["url"] == "https://verif.example/rdfa-puce"
    assert (rdfa["rating_text"], rdfa["rating_value"], rdfa["truth"]) == ("Plutôt faux", 2.0, 2)
    assert (rdfa["author_name"], rdfa["claimant"]) == ("Vérif RDFa", "Un internaute")
    assert rdfa["appearance_url"] == "https://social.example/p/2"
    assert rdfa["raw"]["@type"] == "ClaimReview"


def test_a_page_without_markup_yields_nothing():
    assert reviews_from_html("<html><body><p>Rien à voir.</p></body></html>", "https://verif.example/") == []
    assert reviews_from_html("", "https://verif.example/") == []


# --- The import ------------------------------------------------------------------------------------------------


def items(*objects):
    return [(f"item {number}", obj) for number, obj in enumerate(objects, 1)]


@pytest.mark.django_db
def test_it_creates_then_finds_the_same_unchanged_then_updates_what_changed():
    first = known_fact_checks_import(items(review(), review(url="https://verif.example/2")))
    again = known_fact_checks_import(items(review(), review(url="https://verif.example/2")))
    changed = known_fact_checks_import(
        items(review(reviewRating={"alternateName": "Plutôt faux"}), review(url="https://verif.example/2"))
    )

    assert (first.created, first.updated, first.unchanged, first.errors) == (2, 0, 0, [])
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    known = KnownFactCheck.objects.get(url="https://verif.example/terre-plate")
    assert (known.rating_text, known.truth, known.rating_value) == ("Plutôt faux", 2, None)
    assert known.updated_at > known.created_at
    assert changed.summary == "created 0, updated 1, unchanged 1, errors 0"


@pytest.mark.django_db
def test_a_new_claim_text_clears_the_matching_vector_and_a_new_rating_keeps_it():
    known_fact_checks_import(items(review(), review(url="https://verif.example/2")))
    KnownFactCheck.objects.update(vector=b"\x00\x01")

    known_fact_checks_import(
        items(review(claimReviewed="La Terre est ronde, dit une autre vidéo partagée des milliers de fois."),
              review(url="https://verif.example/2", reviewRating="Vrai"))
    )  # fmt: skip

    vectors = dict(KnownFactCheck.objects.values_list("url", "vector"))
    assert vectors["https://verif.example/terre-plate"] is None
    assert bytes(vectors["https://verif.example/2"]) == b"\x00\x01"


@pytest.mark.django_db
def test_a_bad_item_among_good_ones_is_reported_and_the_good_ones_kept():
    result = known_fact_checks_import(
        items(
            review(), {"@type": "ClaimReview", "url": "https://verif.example/x"}, review(url="https://verif.example/3")
        )
    )

    assert (result.created, len(result.errors)) == (2, 1)
    assert str(result.errors[0]) == "item 2: no claimReviewed (the text of the claim reviewed)"
    assert KnownFactCheck.objects.count() == 2


@pytest.mark.django_db
def test_bare_objects_are_numbered_in_order():
    result = known_fact_checks_import([review(), {"@type": "ClaimReview"}])

    assert result.created == 1
    assert [str(error) for error in result.errors] == ["item 2: no claimReviewed and no url"]


@pytest.mark.django_db
def test_every_field_is_stored():
    fact_checker = SourceFactory(homepage="https://verif.example/", kind=Source.Kind.FACT_CHECKER)

    known_fact_checks_import(items(review()))

    known = KnownFactCheck.objects.get()
    assert known.url == "https://verif.example/terre-plate"
    assert known.claim_reviewed.startswith("La Terre est plate")
    assert (known.rating_text, known.rating_value, known.best_rating, known.worst_rating) == ("Faux", 1, 5, 1)
    assert known.truth == 1
    assert (known.author_name, known.author_url) == ("Vérif", "https://verif.example/")
    assert known.date_published.date().isoformat() == "2023-05-04"
    assert known.language == "fr"
    assert (known.claimant, known.appearance_url) == ("Jean Dupont", "https://social.example/p/1")
    assert known.source == fact_checker  # the registry's source for the review's site
    assert known.document is None
    assert known.raw["reviewRating"]["alternateName"] == "Faux"


@pytest.mark.django_db
def test_reviews_read_from_an_archived_page_keep_it_and_its_language():
    document = DocumentFactory(url="https://verif.example/page", language="fr", text="Une page de vérification.")

    known_fact_checks_import(items(review(claimReviewed="Photo truquée")), page_url=document.url, document=document)

    known = KnownFactCheck.objects.get()
    assert known.document == document
    assert known.language == "fr"


@pytest.mark.django_db
def test_a_url_saved_meanwhile_by_another_import_becomes_an_update():
    known_fact_checks_import(items(review()))
    late = KnownFactCheck(**{**review_fields(review(reviewRating="Plutôt faux")), "source_id": None})
    result = claimreviews.ImportResult()

    claimreviews._save([late, KnownFactCheck(**review_fields(review(url="https://verif.example/new")))], [], result)

    assert (result.created, result.updated) == (1, 1)
    assert KnownFactCheck.objects.get(url="https://verif.example/terre-plate").rating_text == "Plutôt faux"


@pytest.mark.django_db
def test_a_file_level_error_saves_nothing():
    with pytest.raises(ImportFileError):
        known_fact_checks_import(reviews_from_json('[{"@type": "ClaimReview"},'))

    assert KnownFactCheck.objects.count() == 0


@pytest.mark.django_db
def test_ten_thousand_reviews_import_in_well_under_a_minute():
    reviews = [
        review(url=f"https://verif{number % 20}.example/{number}", claimReviewed=f"Le chiffre {number} est faux "
               "selon une publication partagée sur les réseaux sociaux.")
        for number in range(10_000)
    ]  # fmt: skip
    text = json.dumps(reviews)

    started = time.perf_counter()
    first = known_fact_checks_import(reviews_from_json(text))
    first_seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = known_fact_checks_import(reviews_from_json(text))
    second_seconds = time.perf_counter() - started

    assert (first.created, second.unchanged) == (10_000, 10_000)
    assert first_seconds < 30 and second_seconds < 30, (first_seconds, second_seconds)


def test_the_import_summary_is_the_commands_contract():
    result = claimreviews.ImportResult(created=3, updated=2, unchanged=1)
    result.errors.append(claimreviews.ItemError("item 4", "no url"))

    assert result.summary == "created 3, updated 2, unchanged 1, errors 1"
