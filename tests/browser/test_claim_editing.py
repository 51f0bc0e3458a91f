"""A fact-checker in a real Chromium: rewording a claim as reviewed, correcting a facet, removing evidence."""

import re

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Claim, Comment, Evidence
from sources.models import Document
from tests.browser.conftest import log_in
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory, rating

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXT = (
    "Le gouvernement a présenté son bilan. Il a ajouté que le taux de chômage avait reculé à 7,1 % au troisième "
    "trimestre, selon les chiffres publiés mercredi."
)
FACETS = [
    {"type": "quantity", "text": "7,1 %", "value": 7.1, "unit": "%"},
    {"type": "entity", "text": "gouvernement", "label": "LOC"},
]


def a_claim() -> Claim:
    article = ArticleFactory(text=TEXT, title="Chômage : le bilan du trimestre", url="https://news.example/chomage")
    start = TEXT.index("Il a ajouté")
    return ClaimFactory(article=article, start=start, end=len(TEXT), facets=FACETS, kind=Claim.Kind.QUANTITY)


def test_a_fact_checker_rewords_a_claim_as_reviewed_and_the_public_page_uses_it(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    ines = UserFactory(username="ines", groups=["Editor"])
    claim = a_claim()

    page = open_browser()
    log_in(page, camille)
    page.goto(f"/review/claims/{claim.pk}/")
    page.get_by_text("Edit the claim").click()
    page.get_by_label("Claim as reviewed").fill(
        "Le taux de chômage a reculé à 7,1 % au troisième trimestre, selon le gouvernement."
    )
    page.get_by_label("Claimant").fill("Le gouvernement")
    page.get_by_label("Entity type 2").fill("ORG")
    # A value that is not a figure is refused next to its facet, and nothing is stored.
    page.get_by_label("Value 1").fill("sept")
    screenshot(page, "edit-form-filled")
    page.get_by_role("button", name="Save the claim").click()
    expect(page.locator(".facet-row.has-error")).to_contain_text("Write a number")
    screenshot(page, "edit-refused")
    assert Claim.objects.get(pk=claim.pk).claimant == ""

    page.get_by_label("Value 1").fill("7,1")
    page.get_by_role("button", name="Save the claim").click()
    expect(page.locator(".messages")).to_contain_text("Claim saved.")
    expect(page.locator(".reviewed-wording")).to_contain_text("Le taux de chômage a reculé à 7,1 %")
    expect(page.locator("blockquote.context mark")).to_contain_text("Il a ajouté que le taux de chômage")
    expect(page.locator("table.facets").first).to_contain_text("ORG")
    expect(page.locator("table.facets").first.locator("tbody tr")).to_have_count(2)
    screenshot(page, "claim-as-reviewed")
    claim.refresh_from_db()
    assert claim.claimant == "Le gouvernement" and claim.facets[1]["label"] == "ORG"
    assert claim.text.startswith("Il a ajouté")  # the article's span, as extracted

    # Published, the verdict page and its ClaimReview read the claim as reviewed.
    cited = EvidenceFactory(claim=claim)
    verdict = services.verdict_propose(
        claim=claim, author=camille, rating=rating("true"), summary="Exact.", explanation="Insee.",
        evidence=[cited], expected_version=None,
    )  # fmt: skip
    verdict = services.verdict_approve(verdict=verdict, by=ines, expected_version=verdict.version)
    verdict = services.verdict_publish(verdict=verdict, by=ines, expected_version=verdict.version)
    reader = open_browser()
    reader.goto(verdict.get_absolute_url())
    expect(reader.locator("h1")).to_have_text(re.compile(r"Le taux de chômage a reculé à 7,1 %"))
    ld = reader.locator('script[type="application/ld+json"]').text_content()
    assert '"claimReviewed":"Le taux de chômage a reculé à 7,1 % au troisième trimestre' in ld
    screenshot(reader, "public-page")

    # Now only an editor changes it, and the change is a public correction.
    page.reload()
    expect(page.get_by_text("only editors change the claim now")).to_be_visible()
    expect(page.get_by_text("Edit the claim")).to_have_count(0)
    editor = open_browser()
    log_in(editor, ines)
    editor.goto(f"/review/claims/{claim.pk}/")
    editor.get_by_text("Edit the claim").click()
    editor.get_by_label("Claimant").fill("Le ministère du Travail")
    editor.get_by_role("button", name="Save the claim").click()
    expect(editor.locator(".claim-edit-form .error-box")).to_contain_text("say what you corrected")
    editor.get_by_label("Correction of the claim (shown publicly, dated)").fill("Le chiffre vient du ministère.")
    screenshot(editor, "editor-correction")
    editor.get_by_role("button", name="Save the claim").click()
    expect(editor.locator(".messages")).to_contain_text("Claim saved.")
    reader.reload()
    expect(reader.locator("#corrections")).to_be_visible()
    expect(reader.locator(".corrections")).to_contain_text("Le chiffre vient du ministère.")
    expect(reader.locator("dl.facts")).to_contain_text("Le ministère du Travail")
    screenshot(reader, "public-page-corrected")


def test_a_fact_checker_removes_evidence_they_added_but_not_what_the_search_found(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    claim = a_claim()
    found = EvidenceFactory(claim=claim, document=DocumentFactory(title="Insee : le chômage au 3e trimestre"))
    EvidenceFactory(
        claim=claim,
        added_by=camille,
        passage="",
        passage_end=0,
        document=DocumentFactory(
            url="https://unreachable.example/page", title="", status=Document.Status.FAILED,
            fetch_error="the name does not resolve",
        ),
    )  # fmt: skip

    page = open_browser()
    log_in(page, camille)
    page.goto(f"/review/claims/{claim.pk}/")
    items = page.locator("ol.evidence-list > li")
    expect(items).to_have_count(2)
    # The failed page cannot be cited: it is not in the verdict form's checklist.
    expect(page.locator("fieldset.cited")).to_contain_text("Insee")
    expect(page.locator("fieldset.cited")).not_to_contain_text("unreachable.example")
    failed_item = items.filter(has_text="could not be archived")
    expect(items.filter(has_text="Insee").locator("details.evidence-remove")).to_have_count(0)
    screenshot(page, "evidence-before")

    failed_item.get_by_text("Remove", exact=True).click()
    expect(failed_item.get_by_text("Remove this evidence from the claim?")).to_be_visible()
    screenshot(page, "evidence-confirm")
    failed_item.get_by_role("button", name="Yes, remove it").click()
    expect(page.locator(".messages")).to_contain_text("Evidence removed.")
    expect(page.locator("ol.evidence-list > li")).to_have_count(1)
    expect(page.locator("ol.comments")).to_contain_text("Removed the evidence https://unreachable.example/page.")
    screenshot(page, "evidence-after")
    assert list(Evidence.objects.all()) == [found]
    assert Comment.objects.get().author == camille


def test_the_claim_edit_form_fits_a_phone_screen(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    claim = a_claim()
    page = open_browser(viewport={"width": 375, "height": 800}, is_mobile=True)
    log_in(page, camille)
    page.goto(f"/review/claims/{claim.pk}/")
    page.get_by_text("Edit the claim").click()
    expect(page.get_by_label("Value 1")).to_be_visible()
    screenshot(page, "edit-form-phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
