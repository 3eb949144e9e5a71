"""A second factor (allauth.mfa): staff need one for the admin when the setting says so;
learners may turn it on."""

from unittest import mock

from django.apps import apps as django_apps
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)

from accounts.roles import sync_role_groups

from ..factories import PASSWORD
from ..lms.test_settings import run_manage

pytestmark = pytest.mark.django_db


def url(name, language="en"):
    with translation.override(language):
        return reverse(name)


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def with_totp(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def sign_in(client, user, secret=None):
    response = client.post(
        url("account_login"), {"login": user.email, "password": PASSWORD}
    )
    if secret is not None:
        assert "/2fa/authenticate/" in response.url
        response = client.post(response.url, {"code": current_code(secret)})
    assert "_auth_user_id" in client.session
    return response


@pytest.fixture
def required(settings):
    settings.MFA_REQUIRED_FOR_STAFF = True


@pytest.mark.parametrize("persona", ["trainer", "coordinator", "admin_user"])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(
    client, request, required, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.url.endswith("/2fa/totp/activate/")


def test_staff_who_signed_in_with_their_authenticator_reach_the_admin(
    client, trainer, required
):
    secret = with_totp(trainer)

    sign_in(client, trainer, secret)

    assert client.get("/admin/").status_code == 200


def test_a_session_that_skipped_the_second_factor_must_confirm_a_code(
    client, trainer, required
):
    secret = with_totp(trainer)
    client.force_login(trainer)

    response = client.get("/admin/?from=here")

    assert response.status_code == 302
    assert "/2fa/reauthenticate/" in response.url
    response = client.post(response.url, {"code": current_code(secret)})
    assert response.url == "/admin/?from=here"
    assert client.get("/admin/").status_code == 200


@pytest.fixture
def role_groups(transactional_db):
    """Restore what migrations made, after an earlier transactional test's flush."""
    sync_role_groups(django_apps)


# allauth announces a new authenticator after the commit, as a real request does.
@pytest.mark.django_db(transaction=True)
def test_setting_up_an_authenticator_opens_the_admin(
    role_groups, client, coordinator, required
):
    sign_in(client, coordinator)
    assert client.get("/admin/").status_code == 302
    # allauth asks for the password again before an authenticator is added.
    client.post(url("account_reauthenticate"), {"password": PASSWORD})

    form = client.get(url("mfa_activate_totp")).context["form"]
    response = client.post(
        url("mfa_activate_totp"), {"code": current_code(form.secret)}
    )

    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=coordinator, type=Authenticator.Type.TOTP
    ).exists()
    assert Authenticator.objects.filter(
        user=coordinator, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    assert client.get("/admin/").status_code == 200


def test_without_the_setting_staff_enter_with_a_password_alone(client, trainer):
    sign_in(client, trainer)

    assert client.get("/admin/").status_code == 200


def test_learners_are_not_asked_for_a_second_factor(client, learner, required):
    sign_in(client, learner)

    assert client.get(url("learning:my_learning")).status_code == 200
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert response.wsgi_request.path == "/admin/login/"


def test_learners_may_turn_it_on_from_their_profile(client, learner):
    sign_in(client, learner)

    profile = client.get(url("account_profile")).content.decode()

    assert f'href="{url("mfa_index")}"' in profile
    assert client.get(url("mfa_index")).status_code == 200
    client.post(url("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(url("mfa_activate_totp"))
    assert page.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in page.content.decode()


def test_signing_in_with_an_authenticator_asks_for_its_code(learner):
    secret = with_totp(learner)
    client = Client()

    response = client.post(
        url("account_login"), {"login": learner.email, "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    client.post(response.url, {"code": "000000"})
    assert "_auth_user_id" not in client.session

    client.post(response.url, {"code": current_code(secret)})
    assert "_auth_user_id" in client.session


def test_production_requires_it_and_the_embedded_default_does_not():
    def required_under(settings_module):
        result = run_manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings; print(settings.MFA_REQUIRED_FOR_STAFF)",
            DJANGO_SETTINGS_MODULE=settings_module,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert required_under("lms.settings.production") == "True"
    assert required_under("lms.settings.dev") == "False"


def test_runplatform_says_that_it_is_optional_and_how_to_require_it(capsys):
    manager = mock.MagicMock(returncode=0)
    with (
        mock.patch("lms.management.commands.runplatform.Manager", return_value=manager),
        mock.patch(
            "lms.management.commands.runplatform.redis_answers", return_value=False
        ),
        pytest.raises(SystemExit),
    ):
        call_command("runplatform")

    out = capsys.readouterr().out
    assert "Two-factor authentication is optional" in out
    assert "MFA_REQUIRED_FOR_STAFF=true" in out
