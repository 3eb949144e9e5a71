"""Attendance: participants check in with the code shown in the room; trainers mark
present, partly present or absent."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from events import services
from events.models import Attendance, EventPage, EventTrainer, Registration

from .pages import event_under

pytestmark = pytest.mark.django_db


def now_running(event: EventPage) -> EventPage:
    """Move the event to now (registrations were made while it was upcoming)."""
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(minutes=10),
        ends_at=timezone.now() + timedelta(hours=2),
    )
    event.refresh_from_db()
    return event


@pytest.fixture
def running(index, trainer, learner):
    event = event_under(index)
    EventTrainer.objects.create(event=event, user=trainer)
    services.register_for_event(person=learner, event=event)
    return now_running(event)


def test_a_participant_checks_in_with_the_code(running, learner):
    code = services.check_in_code(running)

    registration = services.check_in(
        person=learner, event=running, code=f" {code.lower()} "
    )

    assert len(code) == 6 and code == services.check_in_code(running)
    assert registration.attendance == Attendance.PRESENT
    assert registration.checked_in_at is not None


@pytest.mark.parametrize("code", ["", "WRONG1", "ABCDEFGHIJKL"])
def test_a_wrong_code_changes_nothing(running, learner, code):
    services.check_in_code(running)

    with pytest.raises(services.EventError, match="not right"):
        services.check_in(person=learner, event=running, code=code)

    assert Registration.objects.get().attendance == ""


def test_only_registered_participants_check_in_during_the_event(
    index, running, learner, outsider
):
    code = services.check_in_code(running)
    with pytest.raises(services.EventError, match="Only registered"):
        services.check_in(person=outsider, event=running, code=code)

    upcoming = event_under(index, slug="busimas")
    services.register_for_event(person=learner, event=upcoming)
    with pytest.raises(services.EventError, match="only during the event"):
        services.check_in(
            person=learner, event=upcoming, code=services.check_in_code(upcoming)
        )


def test_the_trainer_marks_attendance(running, trainer, learner):
    registration = Registration.objects.get(person=learner)

    marked = services.mark_attendance(
        actor=trainer, registration=registration, attendance=Attendance.PARTLY
    )

    assert marked.attendance == Attendance.PARTLY
    assert marked.attendance_marked_by == trainer


def test_others_do_not_mark_attendance(running, learner, coordinator, organisation):
    from ..factories import UserFactory

    other_trainer = UserFactory(organisation=organisation, role="trainer")
    registration = Registration.objects.get(person=learner)

    for actor in (learner, coordinator, other_trainer):
        with pytest.raises(services.EventError):
            services.mark_attendance(
                actor=actor, registration=registration, attendance=Attendance.PRESENT
            )
    assert Registration.objects.get().attendance == ""


def test_attendance_is_marked_only_once_the_event_starts(index, trainer, learner):
    event = event_under(index)
    EventTrainer.objects.create(event=event, user=trainer)
    registration = services.register_for_event(person=learner, event=event)

    with pytest.raises(services.EventError, match="once the event starts"):
        services.mark_attendance(
            actor=trainer, registration=registration, attendance=Attendance.PRESENT
        )


def test_checking_in_from_the_event_page(client, running, learner):
    client.force_login(learner)
    with translation.override("lt"):  # the page's language
        button, wrong_code, welcome = (
            gettext("Check in"),
            gettext("This check-in code is not right. Check it and try again."),
            gettext("You are checked in. Welcome!"),
        )
    assert button in client.get(running.url).content.decode()
    url = reverse("events:check_in", args=[running.pk])

    wrong = client.post(url, {"code": "NOPE00"}, follow=True)
    right = client.post(url, {"code": services.check_in_code(running)}, follow=True)

    assert wrong_code in wrong.content.decode()
    assert welcome in right.content.decode()
    assert Registration.objects.get().attendance == Attendance.PRESENT


def test_the_trainer_marks_attendance_in_the_admin(client, running, trainer, learner):
    registration = Registration.objects.get(person=learner)
    page = reverse("events_attendance", args=[running.pk])
    client.force_login(trainer)

    listing = client.get(reverse("events_attendance_list")).content.decode()
    shown = client.get(page).content.decode()
    response = client.post(page, {f"attendance-{registration.pk}": "absent"})

    assert running.title in listing
    assert services.check_in_code(running) in shown
    assert learner.email in shown
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attendance == Attendance.ABSENT


def test_other_staff_do_not_reach_the_attendance_page(
    client, running, coordinator, learner
):
    for user in (coordinator, learner):
        client.force_login(user)
        response = client.get(reverse("events_attendance", args=[running.pk]))
        assert response.status_code in (302, 403)


def test_attending_writes_one_attended_statement(running, trainer, learner):
    from learning.models import LearningStatement
    from learning.statements import export

    code = services.check_in_code(running)
    services.check_in(person=learner, event=running, code=code)
    services.check_in(person=learner, event=running, code=code)
    services.mark_attendance(
        actor=trainer,
        registration=Registration.objects.get(person=learner),
        attendance=Attendance.PARTLY,
    )

    statement = LearningStatement.objects.get(verb="attended")
    assert statement.learner == learner
    assert statement.object_id.endswith(f"/event/{running.translation_key}")
    [exported] = [s for s in export(learner)["statements"] if "attended" in str(s)]
    assert exported["object"]["definition"]["type"].endswith("/activities/meeting")


def test_an_absent_participant_has_no_attended_statement(running, trainer, learner):
    from learning.models import LearningStatement

    services.mark_attendance(
        actor=trainer,
        registration=Registration.objects.get(person=learner),
        attendance=Attendance.ABSENT,
    )

    assert not LearningStatement.objects.filter(verb="attended").exists()
