"""Passkeys (WebAuthn) in Chromium with a virtual authenticator: a trainer adds one as
the second factor, signs in with password and passkey, and later with the passkey alone;
a key removed from the account is refused. Pages checked with axe-core."""

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from ..factories import PASSWORD
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def virtual_authenticator(page) -> tuple[object, str]:
    """A platform authenticator that holds resident keys and verifies its user, as a
    phone or laptop with a fingerprint reader would (Chrome DevTools Protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp, added["authenticatorId"]


def sign_out(page) -> None:
    page.context.clear_cookies()


def test_a_trainer_adds_a_passkey_and_signs_in_with_it(
    page, site_content, trainer, assert_accessible
):
    cdp, authenticator = virtual_authenticator(page)
    sign_in(page, trainer)

    page.goto("/en/accounts/2fa/")
    assert_accessible(page)
    page.goto("/en/accounts/2fa/webauthn/add/")
    if "/reauthenticate/" in page.url:  # adding a factor asks for the password again
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add Security Key")
    assert_accessible(page)
    page.get_by_label("Name").fill("Laptop")
    page.get_by_label("Passwordless").check()  # a resident key: a passkey
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Security key added.")).to_be_visible()
    assert "/2fa/recovery-codes/" in page.url  # the first factor comes with codes
    key = Authenticator.objects.get(user=trainer, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().name == "Laptop"
    assert (
        len(
            cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})[
                "credentials"
            ]
        )
        == 1
    )

    # Password, then the passkey as the second factor.
    sign_out(page)
    sign_in(page, trainer)
    page.wait_for_url("**/2fa/authenticate/**")
    assert_accessible(page)
    page.get_by_role("button", name="Use a security key").click()
    page.wait_for_url(lambda url: "/2fa/" not in url and "/login/" not in url)
    assert "sessionid" in {cookie["name"] for cookie in page.context.cookies()}

    # The passkey alone, from the sign-in page.
    sign_out(page)
    page.goto("/en/accounts/login/")
    page.get_by_role("button", name="Sign in with a passkey").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    page.goto("/en/accounts/profile/")
    expect(page.get_by_text(trainer.email).first).to_be_visible()

    # A key the server no longer knows (removed from the account) is refused, though
    # the authenticator still holds it.
    sign_out(page)
    key.delete()
    page.goto("/en/accounts/login/")
    page.get_by_role("button", name="Sign in with a passkey").click()
    expect(
        page.get_by_text("Incorrect code.").or_(page.locator(".errorlist"))
    ).to_be_visible()
    page.goto("/en/accounts/profile/")
    assert "/accounts/login/" in page.url
