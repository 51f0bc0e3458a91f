"""The newsroom's whole path in a real Chromium: submit the seed article, propose, approve, publish, read."""

import datetime as dt
import json
import re
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from playwright.sync_api import expect

from claims.models import Article, Claim, Verdict
from tests.browser.conftest import SCREENSHOTS, log_in
from tests.factories import ClaimFactory, UserFactory

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "claims" / "demo" / "article_fr.txt"
# The extractor may keep a no-break space inside "120 000"; JavaScript's \s matches it as Python's does.
CLAIM_120_000 = re.compile(r"120\s000")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_claim_goes_from_the_submitted_article_to_a_published_verdict_the_public_can_read(
    open_browser, screenshot, live_worker
):
    camille = UserFactory(username="camille", groups=["Fact-checker"])
    karim = UserFactory(username="karim", groups=["Fact-checker"])
    ines = UserFactory(username="ines", groups=["Editor"])

    # A fact-checker submits the seed article as pasted text, with its publication date and time zone.
    checker = open_browser()
    log_in(checker, camille)
    screenshot(checker, "queue-empty")
    checker.get_by_role("link", name="Submit an article").click()
    checker.get_by_label("Title").fill("Haut-Karabakh : les séparatistes acceptent un cessez-le-feu")
    checker.get_by_label("Article text").fill(SEED_ARTICLE.read_text(encoding="utf-8"))
    checker.get_by_label("Publication date").fill("2023-09-20")
    checker.get_by_label("Publication time").fill("12:00")
    checker.get_by_label("Time zone").select_option("Europe/Paris")  # +02:00 in September
    screenshot(checker, "submit-form")
    checker.get_by_role("button", name="Submit for analysis").click()
    checker.wait_for_url(re.compile(r"/review/articles/\d+/$"))
    screenshot(checker, "article-analysing")

    # The real worker extracts the claims; the page polls (htmx) and reloads itself once they are in.
    expect(checker.locator("ol.claim-list")).to_be_visible(timeout=120_000)
    article = Article.objects.get()
    assert article.published_at == dt.datetime(2023, 9, 20, 10, 0, tzinfo=dt.UTC)
    # The claims show as soon as they are extracted; the evidence search of each goes on a few seconds more.
    deadline = time.monotonic() + 120
    while article.status != Article.Status.DONE and time.monotonic() < deadline:
        time.sleep(0.5)
        article.refresh_from_db()
    assert article.status == Article.Status.DONE
    expect(checker.locator(".article-meta")).to_contain_text("2023")
    screenshot(checker, "article-with-claims")

    # It opens the claim about the 120 000 Armenians, takes it and proposes a verdict.
    checker.locator("ol.claim-list a", has_text=CLAIM_120_000).first.click()
    expect(checker.locator("blockquote.context mark")).to_contain_text(CLAIM_120_000)
    claim_url = checker.url
    claim = Claim.objects.get(pk=int(re.search(r"/review/claims/(\d+)/$", claim_url).group(1)))
    screenshot(checker, "claim-new")
    checker.get_by_role("button", name="Start review").click()
    expect(checker.locator("h1 .badge")).to_have_text("In review")
    checker.get_by_label("Rating").select_option(label="Mostly true")
    checker.get_by_label("Summary", exact=True).fill("Environ 120 000 Arméniens vivaient bien au Haut-Karabakh.")
    checker.get_by_label("Explanation", exact=True).fill(
        "Les autorités séparatistes et le CICR donnaient 120 000 habitants en 2023 ; "
        "les chiffres azerbaïdjanais sont plus bas."
    )
    checker.get_by_role("button", name="Propose for approval").click()
    expect(checker.locator(".messages")).to_contain_text("Verdict proposed.")
    expect(checker.locator("#verdict-heading .badge")).to_have_text("Proposed")
    screenshot(checker, "claim-verdict-proposed")

    # A second fact-checker is offered no approve button, and the server refuses a hand-made approval.
    colleague = open_browser()
    log_in(colleague, karim)
    colleague.goto(claim_url)
    expect(colleague.get_by_text("Waiting for an editor's approval.")).to_be_visible()
    expect(colleague.get_by_role("button", name="Approve")).to_have_count(0)
    screenshot(colleague, "claim-second-fact-checker")
    post_form(colleague, f"/review/claims/{claim.pk}/verdict/approve/", version=verdict_of(claim).version)
    expect(colleague.locator(".messages .error")).to_contain_text("Only an editor can do this.")
    screenshot(colleague, "claim-approval-refused")
    assert verdict_of(claim).status == Verdict.Status.PROPOSED

    # An editor approves, then publishes.
    editor = open_browser()
    log_in(editor, ines)
    editor.goto(claim_url)
    expect(editor.get_by_text("You wrote this verdict")).to_have_count(0)
    screenshot(editor, "claim-editor-before")
    editor.get_by_role("button", name="Approve").click()
    expect(editor.locator(".messages")).to_contain_text("Done: the verdict is now Approved.")
    # No archived source is cited: publishing needs the editor's reason, which the public page shows.
    editor.get_by_label("Reason for publishing without an archived source (shown publicly)").fill(
        "Les chiffres viennent des autorités séparatistes et du CICR, cités dans l'explication."
    )
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text("Done: the verdict is now Published.")
    expect(editor.get_by_role("link", name="Public page")).to_be_visible()
    screenshot(editor, "claim-published")
    verdict = verdict_of(claim)
    assert (verdict.status, verdict.author, verdict.approver) == (Verdict.Status.PUBLISHED, camille, ines)

    # An anonymous visitor finds it in the list, reads the page with its ClaimReview block, and in the feed.
    reader = open_browser()
    reader.goto("/verdicts/")
    expect(reader.locator(".count")).to_have_text("1 fact-check")
    screenshot(reader, "public-list")
    reader.locator(".verdict-card h2 a", has_text=CLAIM_120_000).click()
    reader.wait_for_url(f"**{verdict.get_absolute_url()}")
    expect(reader.locator(".verdict-rating .rating")).to_have_text("Mostly true")
    expect(reader.locator("p.summary")).to_have_text(verdict.summary)
    blocks = reader.locator('script[type="application/ld+json"]')
    expect(blocks).to_have_count(1)
    review = json.loads(blocks.text_content())
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    # The block speaks the claim's language (French), whatever the visitor's UI language.
    assert review["reviewRating"]["alternateName"] == "Plutôt vrai"
    assert review["reviewRating"]["ratingValue"] == 4
    screenshot(reader, "public-verdict")

    feed = reader.request.get("/verdicts/feed/")
    assert feed.ok
    assert feed.headers["content-type"].startswith("application/rss+xml")
    (SCREENSHOTS / "review_to_publication--feed.xml").write_bytes(feed.body())
    items = ElementTree.fromstring(feed.body()).findall("./channel/item")
    assert [item.findtext("title") for item in items] == [f"Mostly true — {claim.text}"]
    assert items[0].findtext("link").endswith(verdict.get_absolute_url())


def test_an_editor_who_wrote_the_verdict_is_refused_its_approval(open_browser, screenshot):
    ines = UserFactory(username="ines", groups=["Editor"])
    claim = ClaimFactory(status=Claim.Status.IN_REVIEW, assignee=ines)

    editor = open_browser()
    log_in(editor, ines)
    editor.goto(f"/review/claims/{claim.pk}/")
    editor.get_by_label("Rating").select_option(label="False")
    editor.get_by_label("Summary", exact=True).fill("Le cessez-le-feu est entré en vigueur à 13 heures.")
    editor.get_by_label("Explanation", exact=True).fill("Les deux parties donnent 13 heures, heure locale.")
    editor.get_by_role("button", name="Propose for approval").click()
    expect(editor.get_by_text("You wrote this verdict: a second editor must approve it.")).to_be_visible()
    expect(editor.get_by_role("button", name="Approve")).to_have_count(0)
    screenshot(editor, "own-verdict-proposed")

    # The rule is the server's, not the template's: an approval posted by hand is refused too.
    post_form(editor, f"/review/claims/{claim.pk}/verdict/approve/", version=verdict_of(claim).version)
    expect(editor.locator(".messages .error")).to_contain_text("You wrote this verdict, so you cannot approve it")
    screenshot(editor, "own-verdict-refused")
    verdict = verdict_of(claim)
    assert (verdict.status, verdict.approver) == (Verdict.Status.PROPOSED, None)


def verdict_of(claim: Claim) -> Verdict:
    return Verdict.objects.get(claim=claim)


def post_form(page, action: str, **fields) -> None:
    """Submit a form the page does not offer, with the page's own CSRF token, as a crafty user would."""
    with page.expect_navigation():
        page.evaluate(
            """([action, fields]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = action;
                const token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
                for (const [name, value] of Object.entries({csrfmiddlewaretoken: token, ...fields})) {
                    const input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    input.value = String(value);
                    form.append(input);
                }
                document.body.append(form);
                form.submit();
            }""",
            [action, fields],
        )
