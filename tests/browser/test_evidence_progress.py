"""Evidence in a real Chromium: the article page counts the search live, the claim page says what compares."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from claims.models import Article
from sources.demo_web import DemoWeb
from tests.browser.conftest import log_in
from tests.claims import evidence_quality
from tests.factories import UserFactory

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "claims" / "demo" / "article_fr.txt"
CLAIM_120_000 = re.compile(r"120\s000")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.timeout(420)
def test_the_article_page_counts_the_evidence_search_live_and_the_claim_page_compares_in_both_languages(
    open_browser, screenshot, live_worker
):
    from django.core.cache import cache

    # Registering sources queues a search of the recent articles 30 s later (claims.signals): the worker would
    # run it at an arbitrary moment, once writing while this test's database was being emptied (a deadlock that
    # failed the next test too). Take its slot, as the worker tests do.
    cache.set("claims:search-recent-articles", 1, timeout=600)
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    with DemoWeb(base=215, crawl_delay=1.5) as web:  # slow enough to watch
        evidence_quality.register(web)

        page = open_browser()
        log_in(page, camille)
        page.get_by_role("link", name="Submit an article").click()
        page.get_by_label("Title").fill("Haut-Karabakh : les séparatistes acceptent un cessez-le-feu")
        page.get_by_label("Article text").fill(SEED_ARTICLE.read_text(encoding="utf-8"))
        page.get_by_label("Publication date").fill("2023-09-20")
        page.get_by_label("Publication time").fill("12:00")
        page.get_by_label("Time zone").select_option("Europe/Paris")
        page.get_by_role("button", name="Submit for analysis").click()
        page.wait_for_url(re.compile(r"/review/articles/\d+/$"))
        screenshot(page, "article-extracting")

        # The page reloads itself once the claims are in; from then on the search is counted live.
        expect(page.locator("ol.claim-list")).to_be_visible(timeout=120_000)
        counts = page.locator("#article-status .progress-counts")
        expect(counts).to_contain_text("claims searched")
        # A mark on the window: a reload would wipe it, htmx's swaps keep it.
        page.evaluate("window.stillTheSamePage = true")
        expect(counts).to_contain_text("sources asked", timeout=120_000)
        assert page.evaluate("window.stillTheSamePage === true"), "the counts came by reloading the page"
        screenshot(page, "article-searching")

        # Once every claim is searched the page reloads itself with the claims and their evidence.
        expect(page.locator("#article-status")).to_contain_text("Done", timeout=240_000)
        expect(page.locator("ol.claim-list")).to_be_visible()
        article = Article.objects.get()
        assert article.status == Article.Status.DONE and article.leads.exists()
        screenshot(page, "article-done")

        page.locator("ol.claim-list a", has_text=CLAIM_120_000).first.click()
        evidence = page.locator("#evidence ol.evidence-list > li")
        expect(evidence.first).to_be_visible()
        comparisons = page.locator("#evidence table.comparisons")
        expect(comparisons.first).to_contain_text("agrees")
        expect(comparisons.first).to_contain_text("source:")
        expect(page.locator("#evidence .badge.lang", has_text="EN").first).to_be_visible()
        screenshot(page, "claim-evidence-en")

        # The same page in the French interface: the comparisons are said in French.
        page.context.add_cookies([{"name": "django_language", "value": "fr", "url": page.url}])
        page.reload()
        expect(page.locator("#evidence table.comparisons").first).to_contain_text("concorde")
        expect(page.locator("#evidence table.comparisons").first).to_contain_text("affirmation :")
        screenshot(page, "claim-evidence-fr")
