from django.urls import reverse
from django.utils import translation

import pytest

from notifications import services
from notifications.models import Kind, Unsubscription

pytestmark = pytest.mark.django_db


def unsubscribe_url(user, kind=Kind.REMINDER_INACTIVE):
    token = services.unsubscribe_token(user_id=user.pk, kind=kind)
    with translation.override("en"):
        return reverse("notifications:unsubscribe", args=[token])


def test_the_link_asks_first_and_unsubscribes_on_post_without_login(
    client, learner, site_content
):
    url = unsubscribe_url(learner)

    page = client.get(url)
    assert page.status_code == 200
    assert not Unsubscription.objects.exists()
    assert b"Stop sending" in page.content

    done = client.post(url)
    assert done.status_code == 200
    assert list(Unsubscription.objects.values_list("user", "kind")) == [
        (learner.pk, Kind.REMINDER_INACTIVE)
    ]


def test_one_click_post_from_a_mail_client_works_without_csrf(learner, site_content):
    from django.test import Client

    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        unsubscribe_url(learner), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    assert Unsubscription.objects.filter(user=learner).count() == 1


def test_a_tampered_link_is_refused_and_changes_nothing(client, learner, site_content):
    url = unsubscribe_url(learner)
    tampered = url.replace("/unsubscribe/", "/unsubscribe/x")

    response = client.post(tampered)

    assert response.status_code == 400
    assert b"does not work" in response.content
    assert not Unsubscription.objects.exists()


def test_a_token_for_a_transactional_kind_is_refused(client, learner, site_content):
    response = client.post(unsubscribe_url(learner, kind=Kind.ENROLMENT_CONFIRMED))

    assert response.status_code == 400
    assert not Unsubscription.objects.exists()


def test_preferences_switch_reminders_off_and_on(client, learner, site_content):
    client.force_login(learner)
    url = reverse("notifications:preferences")

    page = client.get(url)
    assert page.status_code == 200
    assert b"checked" in page.content

    client.post(url, {})
    assert set(
        Unsubscription.objects.filter(user=learner).values_list("kind", flat=True)
    ) == {Kind.REMINDER_INACTIVE, Kind.REMINDER_DEADLINE, Kind.REMINDER_OVERDUE}
    client.post(url, {Kind.REMINDER_INACTIVE: "on", Kind.REMINDER_OVERDUE: "on"})
    assert list(
        Unsubscription.objects.filter(user=learner).values_list("kind", flat=True)
    ) == [Kind.REMINDER_DEADLINE]


def test_only_coordinators_are_offered_the_weekly_digest(
    client, learner, coordinator, site_content
):
    url = reverse("notifications:preferences")
    client.force_login(learner)
    assert Kind.COORDINATOR_DIGEST.value not in client.get(url).content.decode()
    client.force_login(coordinator)
    assert Kind.COORDINATOR_DIGEST.value in client.get(url).content.decode()


def test_trainers_may_switch_their_hourly_digest_off(
    client, learner, trainer, site_content
):
    url = reverse("notifications:preferences")
    client.force_login(learner)
    assert Kind.TRAINER_DIGEST.value not in client.get(url).content.decode()
    client.force_login(trainer)
    assert Kind.TRAINER_DIGEST.value in client.get(url).content.decode()
    client.post(url, {})  # every box unticked
    assert Unsubscription.objects.filter(
        user=trainer, kind=Kind.TRAINER_DIGEST
    ).exists()


def test_preferences_need_a_login(client, site_content):
    response = client.get(reverse("notifications:preferences"))

    assert response.status_code == 302
    assert "/login/" in response["Location"]
