"""The main journeys, in a real browser: arrive, change language, sign up, verify."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_signs_up_in_english_verifies_the_address_and_is_signed_in(
    page, site_content, organisation, assert_accessible
):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "lt")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Socialinė klasterystė viešajame sektoriuje"
    )
    assert_accessible(page)

    page.get_by_role("navigation", name="Kalba").get_by_role(
        "link", name="English"
    ).click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Sign up"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/accounts/signup/$"))
    assert_accessible(page)

    page.get_by_label("Given name").fill("Jonas")
    page.get_by_label("Family name").fill("Jonaitis")
    page.get_by_label("Email").fill("jonas@example.org")
    page.get_by_label("Organisation").select_option(label=organisation.name)
    page.get_by_label("Preferred language").select_option("en")
    page.get_by_label("I have read the privacy notice").check()
    page.locator("#id_password1").fill("1234")
    page.locator("#id_password2").fill("1234")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("This password is too short.")).to_be_visible()
    expect(page.get_by_label("Given name")).to_have_value("Jonas")
    assert_accessible(page)

    page.locator("#id_password1").fill("Klasteris-2026-partnerystė")
    page.locator("#id_password2").fill("Klasteris-2026-partnerystė")
    page.get_by_role("button", name="Sign Up").click()

    expect(
        page.get_by_role("heading", name="Verify Your Email Address")
    ).to_be_visible()
    assert len(mail.outbox) == 1
    link = re.search(
        r"http://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body
    ).group(0)

    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    expect(page.get_by_role("link", name="My profile")).to_be_visible()


def test_the_login_and_not_found_pages_meet_wcag_aa(
    page, site_content, assert_accessible
):
    page.goto("/lt/accounts/login/")
    assert_accessible(page)

    page.goto("/en/no-such-page/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    assert_accessible(page)


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(
    page, site_content
):
    page.goto("/en/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
