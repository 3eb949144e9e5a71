from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db


def profile_url(language="en"):
    with translation.override(language):
        return reverse("account_profile")


def test_the_profile_page_needs_a_signed_in_user(client):
    response = client.get(profile_url())

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_a_learner_changes_name_organisation_and_language(
    client, learner, other_organisation
):
    client.force_login(learner)

    response = client.post(
        profile_url("lt"),
        {
            "first_name": "Ona",
            "last_name": "Naujoji",
            "organisation": other_organisation.pk,
            "preferred_language": "en",
        },
    )

    assert response.status_code == 302
    assert response.url == "/en/accounts/profile/"
    learner.refresh_from_db()
    assert learner.last_name == "Naujoji"
    assert learner.organisation == other_organisation
    assert learner.preferred_language == "en"


def test_an_empty_name_and_an_unknown_language_are_form_errors(client, learner):
    client.force_login(learner)

    response = client.post(
        profile_url(), {"first_name": "", "last_name": "X", "preferred_language": "xx"}
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert "first_name" in form.errors
    assert "preferred_language" in form.errors
    learner.refresh_from_db()
    assert learner.last_name != "X"


@pytest.mark.parametrize("persona", ["coordinator", "trainer", "admin_user"])
def test_staff_cannot_change_their_own_organisation(
    client, request, persona, other_organisation
):
    person = request.getfixturevalue(persona)
    own = person.organisation
    client.force_login(person)

    page = client.get(profile_url())
    response = client.post(
        profile_url(),
        {
            "first_name": "Ona",
            "last_name": "Kita",
            "organisation": other_organisation.pk,
            "preferred_language": "en",
        },
    )

    assert page.context["form"].fields["organisation"].disabled
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.last_name == "Kita"  # the rest of the profile is still theirs
    assert person.organisation == own


def test_a_coordinator_who_posts_another_organisation_still_sees_only_their_own(
    client, coordinator, learner, outsider, other_organisation
):
    from accounts.permissions import people_listed_for_enrolment
    from learning.permissions import enrolments_visible_to

    client.force_login(coordinator)
    client.post(
        profile_url(),
        {
            "first_name": "Ona",
            "last_name": "Koordinatorė",
            "organisation": other_organisation.pk,
            "preferred_language": "lt",
        },
    )

    coordinator.refresh_from_db()
    listed = set(people_listed_for_enrolment(coordinator))
    assert learner in listed
    assert outsider not in listed
    assert not enrolments_visible_to(coordinator).filter(learner=outsider).exists()
