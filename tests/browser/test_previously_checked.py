"""A fact-checker opens a claim that others already checked: the claim page says so, in English and in French."""

from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from claims import matching
from sources.models import KnownFactCheck
from tests.browser.conftest import log_in
from tests.browser.test_french_pages import in_french
from tests.factories import ArticleFactory, ClaimFactory, UserFactory, VerdictFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_claim_page_shows_previous_checks_and_the_same_claim_elsewhere(open_browser, screenshot):
    KnownFactCheck.objects.create(
        url="https://fullfact.example/karabakh-120000",
        claim_reviewed="About 120,000 ethnic Armenians live in Nagorno-Karabakh.",
        rating_text="Correct",
        truth=5,
        author_name="Full Fact",
        language="en",
        date_published=datetime(2023, 9, 21, 9, tzinfo=UTC),
    )
    earlier = VerdictFactory(
        claim=ClaimFactory(article=ArticleFactory(text="Environ 120 000 Arméniens vivent au Haut-Karabakh.")),
    )
    claim = ClaimFactory(
        article=ArticleFactory(text="Quelque 120 000 Arméniens de souche vivent au Haut-Karabakh, selon Erevan.")
    )
    for article_id in (earlier.claim.article_id, claim.article_id):
        matching.article_match(article_id=article_id)

    page = open_browser()
    log_in(page, UserFactory(username="camille", groups=["Fact-checker"]))
    page.goto(f"/review/claims/{claim.pk}/")
    checks = page.locator("#previously-checked")
    expect(checks).to_contain_text("Previously checked")
    expect(checks).to_contain_text("Full Fact")
    expect(checks).to_contain_text("Correct")
    expect(checks).to_contain_text("probably the same claim")
    expect(checks.get_by_role("link", name="Read the fact-check")).to_have_attribute(
        "href", "https://fullfact.example/karabakh-120000"
    )
    expect(checks.get_by_role("link", name="Our verdict page")).to_have_attribute("href", f"/verdicts/{earlier.slug}/")
    expect(checks).to_contain_text("The same claim in other articles")
    screenshot(page, "previously-checked-en")

    in_french(page)
    expect(checks).to_contain_text("Déjà vérifié")
    expect(checks).to_contain_text("sans doute la même affirmation")
    expect(checks).to_contain_text("La même affirmation dans d’autres articles")
    screenshot(page, "previously-checked-fr")

    page.goto("/review/?status=all&checked=yes")
    expect(page.locator("table")).to_contain_text("Déjà vérifié")
    screenshot(page, "queue-previously-checked-fr")
