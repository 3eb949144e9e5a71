"""One sign-in for the site and the admin, with limits that recover, an honest
password reset, and credentials that end with a password change."""

import re
from unittest import mock

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import APIToken

import pytest

from ..factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Klasteris-2026-naujas-slaptažodis"


def url(name, language="en"):
    with translation.override(language):
        return reverse(name)


def fail_sign_in(client, email, times=5, **headers):
    for _ in range(times):
        client.post(
            url("account_login"), {"login": email, "password": "wrong"}, **headers
        )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_admin_sign_in_is_the_sites_own(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response.url == "/en/accounts/login/?next=/admin/pages/" or (
        re.fullmatch(r"/\w\w/accounts/login/\?next=/admin/pages/", response.url)
    )


def test_an_admin_page_sends_a_stranger_to_the_sites_sign_in(client):
    response = client.get("/admin/pages/", follow=True)

    assert response.status_code == 200
    assert response.wsgi_request.path.endswith("/accounts/login/")
    assert response.wsgi_request.GET["next"] == "/admin/pages/"


def test_signing_in_on_the_site_leads_staff_to_the_admin(client, trainer):
    response = client.post(
        url("account_login") + "?next=/admin/",
        {"login": trainer.email, "password": PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_foreign_next_address_is_not_followed(client, trainer):
    client.force_login(trainer)

    response = client.get("/admin/login/?next=https://evil.example/")

    assert response.url == "/admin/"


def test_after_the_limit_the_admin_sign_in_lets_nobody_in(client, admin_user):
    fail_sign_in(client, admin_user.email)

    for password in ["wrong", "still wrong", PASSWORD]:
        client.post(
            "/admin/login/", {"username": admin_user.email, "password": password}
        )
        assert not signed_in(client)
    response = client.post(
        url("account_login"), {"login": admin_user.email, "password": PASSWORD}
    )

    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302
    text = response.content.decode()
    assert "Too many failed sign-in attempts." in text
    assert "paused for up to 5 minutes" in text


def test_a_locked_account_opens_again_when_the_period_is_over(client, learner):
    fail_sign_in(client, learner.email)
    client.post(url("account_login"), {"login": learner.email, "password": PASSWORD})
    assert not signed_in(client)

    later = __import__("time").time() + 5 * 60 + 1
    with mock.patch("allauth.core.internal.ratelimit.time.time", return_value=later):
        client.post(
            url("account_login"), {"login": learner.email, "password": PASSWORD}
        )

    assert signed_in(client)


def test_a_password_reset_opens_a_locked_account_at_once(client, learner):
    fail_sign_in(client, learner.email)

    reset_password(client, learner.email)
    client.post(
        url("account_login"), {"login": learner.email, "password": NEW_PASSWORD}
    )

    assert signed_in(client)


def test_behind_a_trusted_proxy_the_clients_own_address_is_limited():
    def failures(forwarded_for, count):
        """Our proxy (10.0.0.1) appends the address it saw; what came before is the
        client's to write, and may be a lie."""
        client = Client()
        for n in range(count):
            response = client.post(
                url("account_login"),
                {"login": f"nobody{n}@example.org", "password": "wrong"},
                HTTP_X_FORWARDED_FOR=forwarded_for,
                REMOTE_ADDR="10.0.0.1",
            )
        return response.content.decode()

    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1):
        assert "Too many failed" in failures("192.0.2.1, 198.51.100.7", 11)
        # Another client behind the same proxy is not held back...
        assert "Too many failed" not in failures("198.51.100.8", 1)
        # ...and the first cannot escape by writing another address in front.
        assert "Too many failed" in failures("192.0.2.99, 198.51.100.7", 1)


def test_without_trusted_proxies_a_forwarded_address_is_ignored():
    client = Client()
    for n in range(11):
        response = client.post(
            url("account_login"),
            {"login": f"nobody{n}@example.org", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )

    assert "Too many failed" in response.content.decode()


def reset_password(client, email) -> None:
    client.post(url("account_reset_password"), {"email": email})
    link = re.search(
        r"https?://testserver(/\S+/password/reset/key/\S+/)", mail.outbox[-1].body
    )
    assert link, mail.outbox[-1].body
    response = client.get(link.group(1))
    assert response.status_code == 302
    response = client.post(
        response.url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()


def test_password_reset_answers_the_same_whether_or_not_the_address_has_an_account(
    client, learner
):
    known = client.post(url("account_reset_password"), {"email": learner.email})
    unknown = client.post(
        url("account_reset_password"), {"email": "nobody-here@example.org"}
    )

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    assert client.get(known.url).content == client.get(unknown.url).content
    to_learner, to_nobody = mail.outbox
    assert to_learner.to == [learner.email]
    assert "/password/reset/key/" in to_learner.body
    assert to_nobody.to == ["nobody-here@example.org"]
    assert "/password/reset/key/" not in to_nobody.body


def test_a_password_change_ends_other_sessions_and_api_tokens_but_not_this_one(
    learner,
):
    here, elsewhere = Client(), Client()
    here.force_login(learner)
    elsewhere.force_login(learner)
    _token, plaintext = APIToken.create_token(user=learner, name="HR system")
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    assert here.get("/api/v1/me/enrolments", **bearer).status_code == 200

    response = here.post(
        url("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert here.get(url("account_profile")).status_code == 200
    assert elsewhere.get(url("account_profile")).status_code == 302
    assert Client().get("/api/v1/me/enrolments", **bearer).status_code == 401
    assert not APIToken.objects.filter(user=learner, revoked_at=None).exists()


def test_a_password_reset_ends_every_session_and_api_token(learner):
    elsewhere = Client()
    elsewhere.force_login(learner)
    APIToken.create_token(user=learner, name="HR system")

    reset_password(Client(), learner.email)

    assert elsewhere.get(url("account_profile")).status_code == 302
    assert not APIToken.objects.filter(user=learner, revoked_at=None).exists()


def test_wagtails_own_password_reset_and_change_are_closed(client, trainer):
    assert client.get("/admin/password_reset/").status_code == 404
    client.force_login(trainer)
    assert b"change_password" not in client.get("/admin/account/").content


def test_a_password_set_by_an_administrator_ends_the_persons_api_tokens(
    client, admin_user, learner
):
    APIToken.create_token(user=learner, name="HR system")
    client.force_login(admin_user)
    edit = f"/admin/users/edit/{learner.pk}/"
    form = client.get(edit).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {name: value for name, value in data.items() if value not in (None, False)}

    client.post(edit, data)
    assert APIToken.objects.filter(user=learner, revoked_at=None).exists()

    response = client.post(
        edit, {**data, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302, response.context["form"].errors
    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)
    assert not APIToken.objects.filter(user=learner, revoked_at=None).exists()


@pytest.mark.parametrize("language", ["nb", "en", "lt"])
def test_signing_out_stays_in_the_language_being_read(
    client, learner, language, site_content
):
    client.force_login(learner)
    with translation.override(language):
        logout = reverse("account_logout")

    response = client.post(
        logout, HTTP_ACCEPT_LANGUAGE="lt" if language != "lt" else "en"
    )

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    page = client.get(response["Location"])
    with translation.override(language):
        signed_out = gettext("You have signed out.")
    assert signed_out in page.content.decode()
