"""The organisers' admin actions: cancelling an event, and reading the survey's
free-text answers (trainers of the event and administrators, without names)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from events import services
from events.models import (
    Attendance,
    EventPage,
    EventSeats,
    EventTrainer,
    Registration,
)
from notifications.models import Kind, OutboxMessage

from .pages import lt

pytestmark = pytest.mark.django_db
ANSWERS = {"overall": 2, "usefulness": 3, "would_recommend": False}


def test_the_organising_coordinator_cancels_an_event_from_the_admin(
    client, coordinator, learner, event
):
    services.register_for_event(person=learner, event=event)
    client.force_login(coordinator)
    url = reverse("events_call_off", args=[event.pk])

    page = client.get(url)
    assert page.status_code == 200
    assert page.context["registered"] == 1
    response = client.post(url, {"reason": "Salė užlieta.", "confirm": "on"})

    assert response.status_code == 302
    seats = EventSeats.objects.get(event_key=event.translation_key)
    assert seats.called_off_by == coordinator
    assert not Registration.objects.current().exists()
    [message] = OutboxMessage.objects.filter(kind=Kind.EVENT_CALLED_OFF)
    assert message.context["reason"] == "Salė užlieta."


def test_cancelling_needs_the_confirmation(client, coordinator, learner, event):
    services.register_for_event(person=learner, event=event)
    client.force_login(coordinator)

    response = client.post(reverse("events_call_off", args=[event.pk]), {})

    assert response.status_code == 400
    assert not EventSeats.objects.filter(called_off_at__isnull=False).exists()
    assert Registration.objects.current().count() == 1


def test_a_past_event_cannot_be_cancelled_and_says_why(client, admin_user, event):
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=2) + timedelta(hours=4),
    )
    client.force_login(admin_user)

    response = client.post(
        reverse("events_call_off", args=[event.pk]), {"confirm": "on"}
    )

    assert response.status_code == 400
    assert lt("This event has already taken place.") in response.content.decode()


def test_others_may_not_cancel_an_event(
    client, learner, trainer, other_coordinator, event
):
    EventTrainer.objects.create(event=event, user=trainer)
    for person in (trainer, other_coordinator):
        client.force_login(person)
        url = reverse("events_call_off", args=[event.pk])
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {"confirm": "on"}).status_code in (302, 403)

    assert not EventSeats.objects.filter(called_off_at__isnull=False).exists()


def test_the_event_page_in_the_admin_offers_cancelling_and_the_answers(
    client, admin_user, event
):
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("events_call_off", args=[event.pk]) in html
    assert reverse("events_survey_answers", args=[event.pk]) in html


def answered(event, people_list, texts):
    for person in people_list:
        registration = services.register_for_event(person=person, event=event)
        Registration.objects.filter(pk=registration.pk).update(
            attendance=Attendance.PRESENT
        )
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(days=1, hours=5),
        ends_at=timezone.now() - timedelta(days=1),
    )
    event.refresh_from_db()
    for person, text in zip(people_list, texts, strict=True):
        services.answer_survey(
            person=person, event=event, answers={**ANSWERS, "improvements": text}
        )


def test_the_events_trainer_reads_the_answers_without_names(
    client, trainer, admin_user, people, event
):
    EventTrainer.objects.create(event=event, user=trainer)
    writers = people(3, first_name="Rūta", last_name="Rašytoja")
    answered(event, writers, ["Zebras per ilgas.", "", "Anksčiau pradėti."])

    for user in (trainer, admin_user):
        client.force_login(user)
        response = client.get(reverse("events_survey_answers", args=[event.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert html.index("Anksčiau pradėti.") < html.index("Zebras per ilgas.")
        assert "Rašytoja" not in html
        assert writers[0].email not in html
        assert response.context["figures"]["responses"] == 3


def test_others_do_not_read_the_answers(
    client, trainer, coordinator, learner, outsider, people, event
):
    answered(event, people(1), ["Slapta mintis."])
    others = (trainer, coordinator, learner, outsider)  # trainer not named on it
    for user in others:
        client.force_login(user)
        response = client.get(reverse("events_survey_answers", args=[event.pk]))
        assert response.status_code in (302, 403)
        assert b"Slapta mintis." not in response.content
