"""The event page in Chromium for viewers outside Vilnius: their own time appears beside
the Vilnius time (events/static/events/local-time.js), and the script raises nothing."""

from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from ..events.pages import event_under, index_under, lt

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def index(site_content):
    return index_under(site_content)


@pytest.mark.parametrize("zone", ["Europe/Oslo", "UTC"])
def test_a_viewer_outside_vilnius_sees_their_own_time(
    browser, live_server, site_content, organisation, index, zone
):
    event = event_under(index, organisation=organisation)
    context = browser.new_context(
        base_url=live_server.url, locale="lt-LT", timezone_id=zone
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error.message))

    page.goto(event.url)

    own = page.locator("[data-local-time]")
    expect(own).to_be_visible()
    starts = event.starts_at.astimezone(ZoneInfo(zone))
    ends = event.ends_at.astimezone(ZoneInfo(zone))
    assert own.inner_text().startswith(f"· {lt('your time')}: ")
    assert f"{starts:%H:%M}–{ends:%H:%M}" in own.inner_text()
    expect(page.locator("[data-event-start]")).to_contain_text("10:00–16:00")
    assert errors == []
    context.close()


def test_a_viewer_in_vilnius_sees_the_vilnius_time_only(
    browser, live_server, site_content, organisation, index
):
    event = event_under(index, organisation=organisation)
    context = browser.new_context(
        base_url=live_server.url, locale="lt-LT", timezone_id="Europe/Vilnius"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error.message))

    page.goto(event.url)

    expect(page.locator("[data-event-start]")).to_contain_text("10:00–16:00")
    expect(page.locator("[data-local-time]")).to_be_hidden()
    assert errors == []
    context.close()
