"""Signing in as a person would: on the site's (English) sign-in page."""

import re

from wagtail.users.models import UserProfile

from playwright.sync_api import expect

from ..factories import PASSWORD

SIGN_IN_PAGE = re.compile(r"/accounts/login/")


def sign_in(
    page,
    person,
    *,
    language: str | None = None,
    next_url: str | None = None,
    password: str = PASSWORD,
) -> None:
    """Sign `person` in and wait until they have left the sign-in page: for `next_url`
    when given, else for their home page. `language`, when given, is first made their
    admin language (Wagtail's profile)."""
    if language:
        UserProfile.objects.update_or_create(
            user=person, defaults={"preferred_language": language}
        )
    page.goto("/en/accounts/login/" + (f"?next={next_url}" if next_url else ""))
    page.get_by_label("Email").fill(person.email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In", exact=True).click()
    if next_url:
        expect(page).to_have_url(next_url)
    else:
        expect(page).not_to_have_url(SIGN_IN_PAGE)
