"""The Content-Security-Policy holds on every kind of page, JSON-LD included; an inline script would be caught."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import REPORT_CSP_VIOLATIONS, log_in
from tests.factories import EvidenceFactory, UserFactory, VerdictFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_public_review_admin_and_api_pages_run_with_no_csp_violation(open_browser, screenshot):
    evidence = EvidenceFactory()
    verdict = VerdictFactory(claim=evidence.claim, cited_evidence=[evidence])
    editor = UserFactory(username="ines", groups=["Editor"], is_staff=True)

    reader = open_browser()
    response = reader.goto(f"/verdicts/{verdict.slug}/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # The ClaimReview block is data: the page keeps it, the browser never runs it, and CSP has nothing to refuse.
    [block] = reader.locator('script[type="application/ld+json"]').all_text_contents()
    assert json.loads(block)["@type"] == "ClaimReview"
    for path in ["/verdicts/", f"/verdicts/{verdict.slug}/sources/{evidence.document_id}/",
                 f"/articles/{verdict.claim.article_id}/", "/api/docs/"]:  # fmt: skip
        reader.goto(path)
    reader.goto("/api/docs/")
    reader.locator(".swagger-ui").first.wait_for()
    screenshot(reader, "api-docs")

    newsroom = open_browser()
    log_in(newsroom, editor)
    for path in [f"/review/claims/{verdict.claim_id}/", f"/review/articles/{verdict.claim.article_id}/",
                 "/review/articles/new/", "/admin/", "/admin/claims/verdict/"]:  # fmt: skip
        newsroom.goto(path)
    # The language switch, once inline, now runs from factcheck.js.
    newsroom.goto("/review/")
    newsroom.locator("#lang-select").select_option("fr")  # submits itself: a navigation, waited for below
    expect(newsroom.locator("html")).to_have_attribute("lang", "fr")
    screenshot(newsroom, "queue-in-french")


def test_an_inline_script_would_be_refused_and_reported(chromium, live_server):
    # The check itself, on its own page: the open_browser fixture would fail this test for the violation.
    context = chromium.new_context(base_url=live_server.url)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    reported = []
    context.on("console", lambda message: reported.append(message.text))
    page = context.new_page()
    page.goto("/verdicts/")

    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "document.body.dataset.ran = 'yes'";
        document.body.append(script);
    }""")
    page.wait_for_timeout(200)

    assert page.locator("body").get_attribute("data-ran") is None
    assert any("CSP violation: script-src" in text for text in reported), reported
    context.close()
