"""The pages a French-speaking desk reads every day, in French: failures, evidence, the sources admin."""

import pytest
from playwright.sync_api import expect

from claims.models import Article
from tests.browser.conftest import log_in
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

GERMAN = "This text appears to be in German (de); only French and English are supported."
COMPARISON = {
    "facet": "mercredi à 11 heures", "type": "datetime", "outcome": "disagrees", "found": "13:00",
    "claim": {"text": "mercredi à 11 heures", "value": "2023-09-20T11:00:00+02:00",
              "utc": "2023-09-20T09:00:00+00:00", "zone": "UTC+02:00"},
    "source": {"text": "13:00", "value": "2023-09-20T13:00:00+02:00",
               "utc": "2023-09-20T11:00:00+00:00", "zone": "UTC+02:00"},
}  # fmt: skip


def in_french(page) -> None:
    page.locator("header").get_by_label("Language").select_option(label="Français")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_failures_evidence_and_the_sources_admin_read_in_french(open_browser, screenshot):
    camille = UserFactory(username="camille", groups=["Fact-checker"], is_staff=True, is_superuser=True)
    failed = ArticleFactory(status=Article.Status.FAILED, error=GERMAN, title="Bericht aus Berlin")
    claim = ClaimFactory()
    EvidenceFactory(claim=claim, document=DocumentFactory(), comparisons=[COMPARISON])

    page = open_browser()
    log_in(page, camille)
    in_french(page)

    page.goto(f"/review/articles/{failed.pk}/")
    expect(page.locator("#article-status")).to_contain_text("Ce texte semble être en allemand (de)")
    expect(page.locator("#article-status")).not_to_contain_text("appears to be")
    screenshot(page, "failed-article-fr")

    page.goto("/review/failed/")
    expect(page.locator("main")).to_contain_text("Ce texte semble être en allemand")
    screenshot(page, "failed-tab-fr")

    page.goto(f"/review/claims/{claim.pk}/")
    expect(page.locator("main")).to_contain_text("diffère")
    expect(page.locator("main")).not_to_contain_text("disagrees")
    screenshot(page, "claim-evidence-fr")

    page.goto("/admin/sources/source/")
    expect(page.locator("#changelist")).to_contain_text("Pays")
    expect(page.locator("#changelist")).not_to_contain_text("Last success")
    screenshot(page, "sources-admin-fr")
