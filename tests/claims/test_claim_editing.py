"""Claims worded as reviewed, corrected facets, draft ownership and removing evidence: the services and pages."""

import json
import re

import pytest
from django.urls import reverse

from claims import services
from claims.forms import parse_number
from claims.jsonld import claim_review
from claims.models import Claim, Comment, Correction, Evidence, Verdict
from sources.models import Document
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory, rating

pytestmark = pytest.mark.django_db

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."
FACETS = [
    {"type": "quantity", "text": "Environ 120 000", "start": 60, "end": 75, "value": 120000, "approximate": True,
     "unit": "personnes"},
    {"type": "entity", "text": "Haut-Karabakh", "label": "ORG"},
]  # fmt: skip


@pytest.fixture
def alice():
    return UserFactory(username="alice", groups=["Fact-checker"])


@pytest.fixture
def bob():
    return UserFactory(username="bob", groups=["Fact-checker"])


@pytest.fixture
def erin():
    return UserFactory(username="erin", groups=["Editor"])


@pytest.fixture
def claim():
    return ClaimFactory(article=ArticleFactory(text=TEXT), start=60, end=len(TEXT), facets=FACETS)


def publish(claim, author, editor):
    cited = EvidenceFactory(claim=claim)
    verdict = services.verdict_propose(
        claim=claim, author=author, rating=rating("false"), summary="Faux.", explanation="Non.", evidence=[cited],
        expected_version=None,
    )  # fmt: skip
    verdict = services.verdict_approve(verdict=verdict, by=editor, expected_version=verdict.version)
    return services.verdict_publish(verdict=verdict, by=editor, expected_version=verdict.version)


# --- The claim as reviewed ---------------------------------------------------------------------------------------


def test_a_fact_checker_rewords_the_claim_and_the_article_span_stays_as_extracted(claim, alice):
    services.claim_edit(claim=claim, by=alice, reviewed_text="  Environ 120 000 personnes vivent au Haut-Karabakh. ")
    claim.refresh_from_db()
    assert claim.reviewed_text == "Environ 120 000 personnes vivent au Haut-Karabakh."
    assert claim.text == TEXT[60:] and (claim.start, claim.end) == (60, len(TEXT))
    assert claim.wording == claim.reviewed_text
    assert claim.edited_fields == ["reviewed_text"]


def test_every_edit_is_kept_in_the_claims_history_with_who_made_it(claim, alice, bob):
    services.claim_edit(claim=claim, by=alice, claimant="Le gouvernement arménien")
    services.claim_edit(claim=claim, by=bob, claimant="Le Premier ministre arménien")
    records = list(claim.history.order_by("history_date"))
    assert [r.claimant for r in records[-2:]] == ["Le gouvernement arménien", "Le Premier ministre arménien"]
    assert [r.history_user for r in records[-2:]] == [alice, bob]


def test_the_verdict_page_and_claimreview_use_the_reviewed_wording(client, claim, alice, erin):
    verdict = publish(claim, alice, erin)
    services.claim_edit(
        claim=claim, by=erin, reviewed_text="Environ 120 000 Arméniens vivent au Haut-Karabakh.", reason="Reformulé."
    )
    verdict.refresh_from_db()
    assert claim_review(verdict)["claimReviewed"] == "Environ 120 000 Arméniens vivent au Haut-Karabakh."
    response = client.get(verdict.get_absolute_url())
    assert '<h1><span class="visually-hidden">Claim: </span>Environ 120 000 Arméniens' in response.text
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S).group(1)
    assert json.loads(block)["claimReviewed"].startswith("Environ 120 000 Arméniens")


def test_an_unchanged_form_changes_nothing(claim, alice):
    services.claim_edit(claim=claim, by=alice, reviewed_text="", claimant="", facets=FACETS)
    claim.refresh_from_db()
    assert claim.edited_fields == [] and claim.history.count() == 1


def test_a_facet_without_a_known_type_is_refused_and_nothing_is_stored(claim, alice):
    with pytest.raises(services.ReviewError, match="type"):
        services.claim_edit(claim=claim, by=alice, facets=[{"text": "x"}], claimant="Quelqu’un")
    claim.refresh_from_db()
    assert claim.facets == FACETS and claim.claimant == ""


def test_re_extraction_keeps_a_persons_corrections(alice):
    article = ArticleFactory(text=TEXT)
    claim = services.article_extract(article=article)[0]
    extracted = (claim.checkworthiness, claim.kind)
    corrected = [{"type": "quantity", "text": "120 000", "value": 120000, "unit": "Arméniens"}]
    services.claim_edit(claim=claim, by=alice, claimant="Erevan", facets=corrected, reviewed_text="Reformulée.")
    Claim.objects.filter(pk=claim.pk).update(checkworthiness=0.01)

    services.article_extract(article=article)

    claim.refresh_from_db()
    assert (claim.claimant, claim.facets, claim.reviewed_text) == ("Erevan", corrected, "Reformulée.")
    assert (claim.checkworthiness, claim.kind) == extracted  # what nobody corrected is extracted afresh


def test_re_extraction_keeps_a_corrected_claim_it_no_longer_finds(alice):
    article = ArticleFactory(text=TEXT)
    ghost = ClaimFactory(article=article, start=0, end=5)
    services.claim_edit(claim=ghost, by=alice, reviewed_text="Une affirmation.")
    services.article_extract(article=article)
    assert Claim.objects.filter(pk=ghost.pk).exists()


# --- Published content is locked --------------------------------------------------------------------------------


def test_a_fact_checker_cannot_change_a_claim_whose_verdict_is_with_an_editor(claim, alice, bob, erin):
    services.verdict_propose(
        claim=claim, author=alice, rating=rating("false"), summary="s", explanation="e", expected_version=None
    )
    with pytest.raises(services.ReviewError, match="only an editor"):
        services.claim_edit(claim=claim, by=bob, reviewed_text="Autre chose.")
    services.claim_edit(claim=claim, by=erin, reviewed_text="Autre chose.")  # an editor may, before publication
    claim.refresh_from_db()
    assert claim.reviewed_text == "Autre chose." and not Correction.objects.exists()


def test_an_editors_change_to_a_published_claim_needs_a_reason_and_is_a_dated_correction(claim, alice, erin):
    verdict = publish(claim, alice, erin)
    with pytest.raises(services.ReviewError, match="say what you corrected"):
        services.claim_edit(claim=claim, by=erin, claimant="Erevan")
    assert Claim.objects.get(pk=claim.pk).claimant == ""
    services.claim_edit(claim=claim, by=erin, claimant="Erevan", reason="Le locuteur est le gouvernement arménien.")
    correction = Correction.objects.get()
    verdict.refresh_from_db()
    assert (correction.verdict, correction.author, correction.text) == (
        verdict,
        erin,
        "Le locuteur est le gouvernement arménien.",
    )
    assert verdict.version == 4 and verdict.history.first().history_change_reason == "corrected"
    assert claim_review(verdict)["dateModified"]


# --- Draft ownership ------------------------------------------------------------------------------------------------


def test_a_draft_is_its_authors_and_another_fact_checker_is_refused(claim, alice, bob):
    draft = services.verdict_save_draft(claim=claim, author=alice, summary="Mien", expected_version=None)
    with pytest.raises(services.DraftOwned, match="alice"):
        services.verdict_save_draft(claim=claim, author=bob, summary="Écrasé", expected_version=draft.version)
    assert Verdict.objects.get().summary == "Mien"


def test_taking_over_a_draft_is_recorded_and_makes_it_yours(claim, alice, bob):
    draft = services.verdict_save_draft(claim=claim, author=alice, summary="Mien", expected_version=None)
    taken = services.verdict_take_over(verdict=draft, by=bob, expected_version=draft.version)
    assert taken.author == bob and taken.version == 2
    assert taken.history.first().history_change_reason == "taken_over"
    assert Comment.objects.get().text == "Took over the draft verdict from alice."
    claim.refresh_from_db()
    assert claim.assignee == bob
    services.verdict_save_draft(claim=claim, author=bob, summary="À moi", expected_version=2)
    with pytest.raises(services.DraftOwned):
        services.verdict_save_draft(claim=claim, author=alice, summary="Encore", expected_version=3)


def test_a_proposed_verdict_cannot_be_taken_over(claim, alice, bob):
    verdict = services.verdict_propose(
        claim=claim, author=alice, rating=rating("false"), summary="s", explanation="e", expected_version=None
    )
    with pytest.raises(services.ReviewError, match="only a draft"):
        services.verdict_take_over(verdict=verdict, by=bob, expected_version=verdict.version)


def test_the_claim_page_says_whose_draft_it_is_and_offers_to_take_it_over(client, claim, alice, bob):
    services.verdict_save_draft(claim=claim, author=alice, summary="Mien", expected_version=None)
    client.force_login(bob)
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    assert "Draft by alice" in page and "Take over the draft" in page
    assert 'class="stacked wide verdict-form"' not in page
    client.force_login(alice)
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    assert "Draft by alice" in page and "Take over the draft" not in page
    assert 'class="stacked wide verdict-form"' in page


# --- Evidence ------------------------------------------------------------------------------------------------------


def test_a_person_removes_the_evidence_they_added_and_the_discussion_says_so(claim, alice):
    evidence = EvidenceFactory(claim=claim, added_by=alice, document=DocumentFactory(url="https://x.example/a"))
    services.evidence_remove(evidence=evidence, by=alice)
    assert not Evidence.objects.exists()
    assert Comment.objects.get().text == "Removed the evidence https://x.example/a."


def test_evidence_found_by_the_search_or_added_by_someone_else_stays(claim, alice, bob, erin):
    found = EvidenceFactory(claim=claim)
    theirs = EvidenceFactory(claim=claim, added_by=alice)
    with pytest.raises(services.ReviewError, match="found by the search"):
        services.evidence_remove(evidence=found, by=erin)
    with pytest.raises(services.ReviewError, match="Only alice"):
        services.evidence_remove(evidence=theirs, by=bob)
    services.evidence_remove(evidence=theirs, by=erin)  # an editor may tidy up
    assert list(Evidence.objects.all()) == [found]


def test_evidence_a_published_verdict_cites_cannot_be_removed(claim, alice, erin):
    evidence = EvidenceFactory(claim=claim, added_by=alice)
    verdict = publish(claim, alice, erin)
    verdict.cited_evidence.set([evidence])
    with pytest.raises(services.ReviewError, match="cites this evidence"):
        services.evidence_remove(evidence=evidence, by=alice)
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_failed_evidence_is_kept_out_of_the_evidence_cited_checklist(client, claim, alice):
    archived = EvidenceFactory(claim=claim, added_by=alice)
    failed = EvidenceFactory(
        claim=claim, added_by=alice, passage="", document=DocumentFactory(status=Document.Status.FAILED)
    )
    client.force_login(alice)
    form = client.get(reverse("review-claim", args=[claim.pk])).context["verdict_form"]
    assert list(form.fields["evidence"].queryset) == [archived]
    with pytest.raises(services.ReviewError, match="archived pages"):
        services.verdict_save_draft(claim=claim, author=alice, evidence=[failed], expected_version=None)


def test_the_remove_button_posts_and_comes_back_to_the_evidence(client, claim, alice):
    evidence = EvidenceFactory(claim=claim, added_by=alice)
    client.force_login(alice)
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    assert reverse("review-claim-evidence-remove", args=[claim.pk, evidence.pk]) in page
    response = client.post(reverse("review-claim-evidence-remove", args=[claim.pk, evidence.pk]))
    assert response.status_code == 302 and response["Location"].endswith("#evidence")
    assert not Evidence.objects.exists()


# --- The claim edit form ------------------------------------------------------------------------------------------


def facet_post(rows, **fields):
    data = {"facet-TOTAL_FORMS": len(rows), "facet-INITIAL_FORMS": len(FACETS), "facet-MIN_NUM_FORMS": 0,
            "facet-MAX_NUM_FORMS": 1000}  # fmt: skip
    for index, row in enumerate(rows):
        data |= {f"facet-{index}-{key}": value for key, value in row.items()}
    return data | fields


def test_the_form_corrects_a_figure_and_an_entity_type_and_keeps_the_offsets(client, claim, alice):
    client.force_login(alice)
    rows = [
        {"type": "quantity", "text": "Environ 120 000", "value": "120 500", "unit": "personnes"},
        {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
        {"type": "duration", "text": "neuf mois", "value": "p9m"},
        {"type": "quantity", "text": "", "value": "", "unit": "", "label": ""},  # the empty row for a new facet
    ]
    response = client.post(
        reverse("review-claim-edit", args=[claim.pk]),
        facet_post(rows, reviewed_text="Environ 120 500 personnes.", claimant="Erevan"),
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.facets == [
        {"type": "quantity", "text": "Environ 120 000", "start": 60, "end": 75, "value": 120500, "approximate": True,
         "unit": "personnes"},
        {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
        {"type": "duration", "text": "neuf mois", "value": "P9M"},
    ]  # fmt: skip
    assert (claim.reviewed_text, claim.claimant) == ("Environ 120 500 personnes.", "Erevan")


def test_a_bad_value_is_shown_next_to_its_facet_and_nothing_is_stored(client, claim, alice):
    client.force_login(alice)
    rows = [{"type": "date", "text": "mercredi", "value": "mercredi"}, {"type": "entity", "text": "Haut-Karabakh"}]
    response = client.post(reverse("review-claim-edit", args=[claim.pk]), facet_post(rows, claimant="Erevan"))
    assert response.status_code == 400
    assert "Write a date as 2023-09-20." in response.text
    claim.refresh_from_db()
    assert claim.facets == FACETS and claim.claimant == ""


def test_a_row_marked_for_removal_removes_its_facet(client, claim, alice):
    client.force_login(alice)
    rows = [
        {"type": "quantity", "text": "Environ 120 000", "value": "120000", "unit": "personnes", "DELETE": "on"},
        {"type": "entity", "text": "Haut-Karabakh", "label": "ORG"},
    ]
    client.post(reverse("review-claim-edit", args=[claim.pk]), facet_post(rows))
    claim.refresh_from_db()
    assert claim.facets == [FACETS[1]] and claim.edited_fields == ["facets"]


@pytest.mark.parametrize(
    ("written", "number"),
    [("120 000", 120000), ("120,000", 120000), ("5,4", 5.4), ("5.4", 5.4), ("1,234.5", 1234.5), ("-3", -3)],
)
def test_figures_are_read_as_people_write_them(written, number):
    assert parse_number(written) == number


@pytest.mark.parametrize("written", ["beaucoup", "nan", "inf", "1e400"])
def test_what_is_not_a_figure_is_refused(written):
    with pytest.raises(ValueError):
        parse_number(written)


def test_the_claim_page_lists_who_corrected_what(client, claim, alice):
    services.claim_edit(claim=claim, by=alice, reviewed_text="Environ 120 000 personnes.", claimant="Erevan")
    client.force_login(alice)
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    section = page[page.index('id="claim-history-heading"') :]
    assert "alice" in section and "claimant, claim as reviewed" in section


def test_the_admin_shows_the_claims_history(client, claim, alice):
    services.claim_edit(claim=claim, by=alice, claimant="Erevan")
    client.force_login(UserFactory(username="erin-staff", groups=["Editor"], is_staff=True))
    response = client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert response.status_code == 200 and "alice" in response.text


def test_the_take_over_button_makes_the_draft_yours_and_the_form_appears(client, claim, alice, bob):
    draft = services.verdict_save_draft(claim=claim, author=alice, summary="Mien", expected_version=None)
    client.force_login(bob)
    response = client.post(reverse("review-verdict-take-over", args=[claim.pk]), {"version": draft.version})
    assert response.status_code == 302
    assert Verdict.objects.get().author == bob
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    assert "Draft by bob" in page and 'class="stacked wide verdict-form"' in page
    assert "Took over the draft verdict from alice." in page


def test_a_stale_take_over_is_refused(client, claim, alice, bob):
    draft = services.verdict_save_draft(claim=claim, author=alice, summary="Mien", expected_version=None)
    services.verdict_save_draft(claim=claim, author=alice, summary="Mien, encore", expected_version=draft.version)
    with pytest.raises(services.VersionConflict):
        services.verdict_take_over(verdict=draft, by=bob, expected_version=draft.version)
    assert Verdict.objects.get().author == alice
