import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from accounts.roles import GROUP_NAMES, Role

from ..factories import PASSWORD, OrganisationFactory

pytestmark = pytest.mark.django_db

STRONG = "Klasteris-2026-partnerystė"


def signup_data(**overrides):
    data = {
        "first_name": "Jonas",
        "last_name": "Jonaitis",
        "email": "jonas@example.org",
        "organisation": "",
        "preferred_language": "en",
        "password1": STRONG,
        "password2": STRONG,
        "privacy_consent": "on",
    }
    data.update(overrides)
    return data


def signup_url(language="lt"):
    with translation.override(language):
        return reverse("account_signup")


def test_signing_up_sends_a_verification_email_and_verifying_signs_the_learner_in(
    client, organisation
):
    response = client.post(signup_url(), signup_data(organisation=organisation.pk))

    assert response.status_code == 302
    user = User.objects.get(email="jonas@example.org")
    assert user.organisation == organisation
    assert user.preferred_language == "en"
    assert user.groups.filter(name=GROUP_NAMES[Role.LEARNER]).exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["jonas@example.org"]

    link = re.search(
        r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body
    )
    assert link, mail.outbox[0].body
    confirm_path = link.group(0).split("testserver", 1)[1]
    assert client.get(confirm_path).status_code == 200
    response = client.post(confirm_path)

    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    # Signed in, and sent to the home page in the language chosen at sign-up.
    assert response.url == "/en/"
    assert client.get("/en/").context["user"] == user


def test_an_unverified_address_cannot_sign_in(client):
    client.post(signup_url(), signup_data())

    response = client.post(
        reverse("account_login"), {"login": "jonas@example.org", "password": STRONG}
    )

    assert response.status_code == 302
    assert "confirm-email" in response.url
    assert "_auth_user_id" not in client.session


def test_signing_up_with_a_taken_email_shows_a_form_error(client, learner):
    response = client.post(signup_url("en"), signup_data(email="LEARNER@example.org"))

    assert response.status_code == 200
    assert "A user is already registered with this email address." in str(
        response.context["form"].errors["email"]
    )
    assert User.objects.filter(email__iexact="learner@example.org").count() == 1


def test_a_weak_password_is_refused_with_a_clear_message(client):
    response = client.post(
        signup_url("en"), signup_data(password1="12345678", password2="12345678")
    )

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["password1"])
    assert "too short" in errors
    assert not User.objects.filter(email="jonas@example.org").exists()


def test_an_unknown_or_inactive_organisation_is_refused(client):
    inactive = OrganisationFactory(name="Uždaryta įstaiga", is_active=False)

    for value in ["999999", str(inactive.pk), "not-a-number"]:
        response = client.post(signup_url("en"), signup_data(organisation=value))

        assert response.status_code == 200
        assert response.context["form"].errors["organisation"] == [
            "Choose your organisation from the list."
        ]
    assert not User.objects.filter(email="jonas@example.org").exists()


def test_the_signup_form_is_in_lithuanian_by_default(client):
    response = client.get(signup_url())

    assert response.status_code == 200
    assert '<html lang="lt">' in response.content.decode()


def test_login_sends_people_to_their_preferred_language(client, learner):
    learner.preferred_language = "nb"
    learner.save()

    response = client.post(
        signup_url().replace("signup", "login"),
        {"login": learner.email, "password": PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == "/nb/"


def test_repeated_failed_logins_are_throttled(client, learner):
    url = signup_url("en").replace("signup", "login")
    for _ in range(5):
        response = client.post(
            url, {"login": learner.email, "password": "wrong password"}
        )
        assert response.status_code == 200

    response = client.post(url, {"login": learner.email, "password": PASSWORD})

    assert "Too many failed sign-in attempts." in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "language, subject_words, sender",
    [
        ("en", "Please Confirm Your Email Address", "Social clustering platform"),
        (
            "nb",
            "Vennligst bekreft din e-postadresse",
            "Plattform for sosial klyngeutvikling",
        ),
    ],
)
def test_the_verification_email_is_in_the_language_chosen_on_the_form(
    client, language, subject_words, sender
):
    """The form is Lithuanian; the person asked for another language."""
    client.post(signup_url("lt"), signup_data(preferred_language=language))

    [email] = mail.outbox
    with translation.override(language):
        from lms.context_processors import site_name

        assert site_name() == sender
    assert email.from_email.startswith(f"{sender} <")
    assert subject_words.lower() in email.subject.lower()
    # The greeting names the platform as the sender does, in the reader's language.
    assert sender in email.body
    if language != "lt":
        assert "Socialinė klasterystė" not in email.body
