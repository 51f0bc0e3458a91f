"""In a real Chromium: the failed-articles tab, publishing refused with nothing cited, the byline, and the
public article page that shows excerpts rather than someone else's whole article."""

import re
import time

import pytest
from playwright.sync_api import expect

from claims import services
from claims.models import Article, Verdict
from tests.browser.conftest import log_in
from tests.factories import ArticleFactory, ClaimFactory, UserFactory, VerdictFactory, rating

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures, a annoncé le ministère de la Défense arménien."
LONG = (
    "Erevan, 20 septembre. Les combats ont duré vingt-quatre heures.\n\n"
    "Les séparatistes ont accepté la proposition russe. Environ 120 000 Arméniens vivent au Haut-Karabakh. "
    "Beaucoup craignent un exode.\n\n"
    "Ce paragraphe ne contient aucune affirmation vérifiée. Il reste chez son éditeur.\n\n"
    "Bakou a proposé une réunion à Yevlakh. Le cessez-le-feu est entré en vigueur mercredi à 13 heures. "
    "Les armes doivent être rendues."
)


def test_failed_articles_have_a_tab_with_the_reason_and_a_try_again_button(open_browser, screenshot, live_worker):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    german = "This text appears to be in German; only French and English are supported."
    ArticleFactory(
        title="Article en allemand", status=Article.Status.FAILED, text="Der Waffenstillstand…", error=german
    )
    lost = "Extraction did not finish (worker lost)."
    failed = ArticleFactory(title="Communiqué du ministère", text=TEXT, status=Article.Status.FAILED, error=lost)

    page = open_browser()
    log_in(page, camille)
    tab = page.locator(".status-counts").get_by_role("link", name=re.compile("Failed articles"))
    expect(tab).to_contain_text("2")
    tab.click()
    page.wait_for_url("**/review/failed/")
    rows = page.locator("table.failed-articles tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator("table.failed-articles")).to_contain_text("This text appears to be in German")
    expect(page.locator("table.failed-articles")).to_contain_text("Extraction did not finish (worker lost).")
    screenshot(page, "failed-tab")

    rows.filter(has_text="Communiqué du ministère").get_by_role("button", name="Try again").click()
    expect(page.locator(".messages")).to_contain_text("starts again")
    expect(rows).to_have_count(1)
    screenshot(page, "failed-tab-after-retry")
    # The real worker runs the analysis again, from the start.
    deadline = time.monotonic() + 120
    while failed.status != Article.Status.DONE and time.monotonic() < deadline:
        time.sleep(0.5)
        failed.refresh_from_db()
    assert failed.status == Article.Status.DONE and failed.error == "" and failed.claims.exists()


def test_publishing_with_nothing_cited_is_refused_until_the_editor_gives_a_reason(open_browser, screenshot):
    camille = UserFactory(username="camille", first_name="Camille", last_name="Martin", groups=["Fact-checker"])
    ines = UserFactory(username="ines", first_name="Inès", last_name="Leroy", groups=["Editor"])
    claim = ClaimFactory(article=ArticleFactory(text=TEXT), start=0, end=len(TEXT))
    verdict = services.verdict_propose(
        claim=claim,
        author=camille,
        rating=rating("false"),
        summary="Faux : 13 heures.",
        explanation="Les deux parties donnent 13 heures.",
        expected_version=None,
    )
    services.verdict_approve(verdict=verdict, by=ines, expected_version=verdict.version)

    editor = open_browser()
    log_in(editor, ines)
    editor.goto(f"/review/claims/{claim.pk}/")
    expect(editor.locator(".publish-form")).to_contain_text("This verdict cites no archived source.")
    screenshot(editor, "publish-form")
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.locator(".messages .error")).to_contain_text("This verdict cites no archived source.")
    screenshot(editor, "publish-refused")
    assert Verdict.objects.get().status == Verdict.Status.APPROVED

    reason = "La seule source est la vidéo du ministère, que nous avons visionnée."
    editor.get_by_label("Reason for publishing without an archived source (shown publicly)").fill(reason)
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text("Done: the verdict is now Published.")

    # The reader sees the reason where the sources would be, and the byline names both people.
    reader = open_browser()
    reader.goto(Verdict.objects.get().get_absolute_url())
    expect(reader.locator(".no-source")).to_have_text(f"Published without an archived source: {reason}")
    expect(reader.locator(".byline")).to_have_text("By Camille Martin · reviewed by Inès Leroy")
    screenshot(reader, "public-page-with-reason-and-byline")


def test_the_byline_names_the_author_and_the_reviewer(open_browser, screenshot, settings):
    author = UserFactory(username="camille", first_name="Camille", last_name="Martin", groups=["Fact-checker"])
    approver = UserFactory(username="ines", first_name="Inès", last_name="Leroy", groups=["Editor"])
    VerdictFactory(slug="cessez-le-feu", author=author, approver=approver)

    reader = open_browser()
    reader.goto("/verdicts/cessez-le-feu/")
    expect(reader.locator(".byline")).to_have_text("By Camille Martin · reviewed by Inès Leroy")
    screenshot(reader, "byline-names")

    settings.FACTCHECK_BYLINE = "desk"
    settings.FACTCHECK_DESK_NAME = "La cellule vérification"
    reader.reload()
    expect(reader.locator(".byline")).to_have_text("By La cellule vérification")
    expect(reader.locator("main")).not_to_contain_text("Camille")
    screenshot(reader, "byline-desk")


def test_the_public_article_page_shows_the_claims_in_context_and_links_to_the_original(open_browser, screenshot):
    article = ArticleFactory(title="Haut-Karabakh : cessez-le-feu", text=LONG, url="https://www.example.fr/karabakh")
    checked = {
        "120-000": "Environ 120 000 Arméniens vivent au Haut-Karabakh.",
        "13-heures": "Le cessez-le-feu est entré en vigueur mercredi à 13 heures.",
    }
    for slug, words in checked.items():
        start = LONG.index(words)
        VerdictFactory(slug=slug, claim=ClaimFactory(article=article, start=start, end=start + len(words)))

    reader = open_browser()
    reader.goto(f"/articles/{article.pk}/")
    excerpts = reader.locator("blockquote.excerpt")
    expect(excerpts).to_have_count(2)
    expect(excerpts.nth(0)).to_contain_text("Les séparatistes ont accepté la proposition russe.")
    expect(excerpts.nth(0).locator("mark")).to_have_text("Environ 120 000 Arméniens vivent au Haut-Karabakh.")
    expect(excerpts.nth(0)).to_contain_text("Beaucoup craignent un exode.")
    expect(excerpts.nth(1).locator("mark")).to_have_text("Le cessez-le-feu est entré en vigueur mercredi à 13 heures.")
    expect(reader.locator("main")).not_to_contain_text("Il reste chez son éditeur")
    expect(reader.get_by_role("link", name="Read the original article")).to_have_attribute(
        "href", "https://www.example.fr/karabakh"
    )
    screenshot(reader, "public-article-excerpts")

    excerpts.nth(1).locator("mark").click()
    reader.wait_for_url("**/verdicts/13-heures/")


def test_the_api_documentation_renders_from_our_own_files(open_browser, screenshot):
    page = open_browser()
    outside = []
    local = re.compile(r"^https?://(localhost|127\.0\.0\.1)(:\d+)?/")
    page.on("request", lambda request: None if local.match(request.url) else outside.append(request.url))
    page.goto("/api/docs/")
    expect(page.locator(".swagger-ui .title")).to_contain_text("factcheck API")
    expect(page.locator(".opblock-summary-path", has_text="/api/v1/verdicts/").first).to_be_visible()
    screenshot(page, "api-docs")
    assert outside == []
