"""A headless Chromium per test, a fresh context (cookies, viewport) per person in it."""

import os
import re
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in the test thread, so Django's async-unsafe guard would refuse
# the ORM calls the tests make there (factories, checks); the server itself runs in its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
PASSWORD = "correct horse battery staple"  # UserFactory's


@pytest.fixture
def chromium():
    # One browser per test, not per session: while Playwright's loop runs, Django hands out a new connection
    # object in this thread, which lacks the serialized data that serialized_rollback restores. Starting the
    # browser after the restore keeps the ratings and groups there (about a second per test).
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
        # Close the connection the test made while Playwright ran: nothing else knows of it, and an open one
        # keeps the test database from being dropped at the end of the session.
        from django.db import connections

        connections.close_all()


class Screenshots:
    """Full-page PNGs named after the test and numbered in the order taken, so a run reads as a story."""

    def __init__(self, test_name: str):
        self.prefix = re.sub(r"^test_", "", test_name)[:48].rsplit("_", 1)[0]
        self.count = 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for old in SCREENSHOTS.glob(f"{self.prefix}--*.png"):
            old.unlink()

    def __call__(self, page, name: str) -> Path:
        self.count += 1
        path = SCREENSHOTS / f"{self.prefix}--{self.count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def screenshot(request):
    return Screenshots(request.node.name)


# Every page reports Content-Security-Policy violations to the console, where the fixture below collects them:
# Chromium logs its own "Refused to …" line too, but the event also names the directive and what was blocked.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`
                + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


@pytest.fixture
def open_browser(chromium, live_server):
    """open_browser() gives a page in a new context: one per person, so their sessions never mix.

    A test fails if any page it visited reported a Content-Security-Policy violation.
    """
    contexts = []
    violations = []

    def on_console(message):
        if message.type == "error" and ("CSP violation" in message.text or "Content Security Policy" in message.text):
            violations.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def open_page(**options):
        context = chromium.new_context(base_url=live_server.url, locale="en-GB", **options)
        context.set_default_timeout(15_000)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("console", on_console)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(dict.fromkeys(violations)))


def log_in(page, user) -> None:
    """Through the real login form, as a person would."""
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(user.get_username())
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    page.wait_for_url("**/review/")
