"""The interface in French through the language switch, and the queue and the pages behind it on a phone."""

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from tests.browser.conftest import log_in
from tests.factories import ArticleFactory, ClaimFactory, UserFactory, VerdictFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LONG_CLAIM = (
    "Le résultat semblerait ouvrir la voie à l’intégration par l’Azerbaïdjan d’environ 120 000 Arméniens de souche "
    "dans sa société, selon un communiqué publié par les autorités de la République d’Artsakh-Haut-Karabakh."
)


def test_the_language_switch_turns_the_interface_into_french(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    ClaimFactory(assignee=camille)

    page = open_browser()
    log_in(page, camille)
    expect(page.locator("h1")).to_have_text("Review queue")
    page.locator("header").get_by_label("Language").select_option(label="Français")  # submits itself on change
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("File de vérification")
    expect(page.get_by_role("link", name="Soumettre un article")).to_be_visible()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_visible()
    screenshot(page, "queue-fr")

    # The choice sticks for the next pages of the session.
    page.locator("table.queue td.claim-text a").first.click()
    expect(page.locator("h1")).to_contain_text("Affirmation")
    expect(page.get_by_role("button", name="Proposer")).to_be_visible()
    screenshot(page, "claim-fr")


def test_the_queue_and_the_pages_behind_it_fit_a_phone_screen_without_sideways_scrolling(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    article = ArticleFactory(
        title="Haut-Karabakh : les séparatistes arméniens acceptent un cessez-le-feu après une journée de combats",
        text=LONG_CLAIM,
    )
    claim = ClaimFactory(article=article, end=len(LONG_CLAIM))
    verdict = VerdictFactory(claim=ClaimFactory(assignee=camille, status=Claim.Status.PUBLISHED))

    page = open_browser(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    log_in(page, camille)
    page.locator("details.filters summary").click()  # the filters open, as someone would on the phone
    expect(page.locator("table.queue tbody tr")).to_have_count(1)
    # The table collapses to one block per claim; each value keeps its column's name.
    expect(page.locator("table.queue td[data-label]").first).to_be_visible()
    screenshot(page, "queue-390px")
    assert fits_the_screen(page), overflow(page)

    for name, path in [
        ("article", f"/review/articles/{article.pk}/"),
        ("claim", f"/review/claims/{claim.pk}/"),
        ("public-list", "/verdicts/"),
        ("public-verdict", verdict.get_absolute_url()),
    ]:
        page.goto(path)
        screenshot(page, f"{name}-390px")
        assert fits_the_screen(page), f"{path}: {overflow(page)}"


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def overflow(page) -> str:
    """Name the elements wider than the screen, so a failure says what to fix."""
    return page.evaluate(
        """() => {
            const width = window.innerWidth;
            const wide = [...document.querySelectorAll("body *")]
                .filter(el => el.getBoundingClientRect().right > width + 1)
                .slice(0, 8)
                .map(el => `${el.tagName.toLowerCase()}.${el.className} right=${el.getBoundingClientRect().right}`);
            return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${wide.join(", ")}`;
        }"""
    )
