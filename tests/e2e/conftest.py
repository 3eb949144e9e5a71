"""A real Chromium (Debian's) driven by Playwright against the live test server."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Playwright's sync API keeps an event loop in this thread; the ORM calls the tests make
# between browser steps are ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Short transitions and animations (a message fading in) have ended; long decorative
# ones (Wagtail's badge pings for 25 s) are not waited for.
SETTLED = """() => document.getAnimations().every(animation =>
    animation.playState !== "running"
    || animation.effect.getComputedTiming().endTime > 2000)"""


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is needed at {CHROMIUM}")
        pytest.skip(f"no Chromium at {CHROMIUM}; CI installs Debian's")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="lt-LT")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def assert_accessible():
    """Run axe-core on the page and fail on any WCAG 2.1 A/AA violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, within: str | None = None) -> None:
        """`within`: a CSS selector to check only that part of the page (what is ours
        on a page of Wagtail's)."""
        # Colours are measured once transitions have ended: a message fading in reads
        # lighter than it ends (3.97:1 halfway, 4.51:1 at rest).
        page.wait_for_function(SETTLED)
        results = axe.run(
            page,
            context={"include": [[within]]} if within else None,
            options={"runOnly": {"type": "tag", "values": WCAG_AA}},
        )
        assert results.violations_count == 0, results.generate_report()

    return check
