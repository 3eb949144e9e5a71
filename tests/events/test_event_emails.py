"""The emails beat sends about events: reminders 7 days and 1 day before, the survey
invitation after the event and one reminder three days later, in the reader's
language, once each however often the task runs."""

from datetime import timedelta

from django.utils import timezone

import pytest

from events import reminders, services, tasks
from events.models import Attendance, EventPage, Registration
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from .pages import event_under, translate, vilnius

pytestmark = pytest.mark.django_db
ANSWERS = {"overall": 4, "usefulness": 4, "would_recommend": True, "improvements": ""}


def of_kind(kind):
    return list(OutboxMessage.objects.filter(kind=kind).order_by("pk"))


def at(days: int, hour: int = 9):
    """The beat's run `days` from now (Vilnius), at `hour`."""
    return vilnius(days, hour)


def test_reminders_go_seven_days_and_one_day_before_once_each(learner, people, index):
    event = event_under(index, days=8, capacity=1)
    services.register_for_event(person=learner, event=event)
    (waiting,) = people(1)
    services.register_for_event(person=waiting, event=event)

    assert reminders.queue_event_reminders(now=at(0)) == 0  # 8 days ahead
    assert reminders.queue_event_reminders(now=at(1)) == 1
    assert reminders.queue_event_reminders(now=at(1, 15)) == 0
    assert reminders.queue_event_reminders(now=at(5)) == 0
    assert reminders.queue_event_reminders(now=at(7)) == 1
    assert reminders.queue_event_reminders(now=at(7)) == 0

    sent = of_kind(Kind.EVENT_REMINDER)
    assert [m.context["days"] for m in sent] == [7, 1]
    assert {m.recipient for m in sent} == {learner}  # not the person waiting
    assert sent[0].context["place"].startswith("Biržų kultūros centras")


def test_a_reminder_renders_in_the_readers_language(learner, people, index):
    event = event_under(index, days=1)
    translate(event, "en", title="Training in Biržai")
    (english,) = people(1, preferred_language="en")
    for person in (learner, english):
        services.register_for_event(person=person, event=event)

    reminders.queue_event_reminders(now=at(0))

    by_person = {m.recipient: m for m in of_kind(Kind.EVENT_REMINDER)}
    subject, text, _html = outbox.render(by_person[english])
    assert subject.startswith("Reminder: “Training in Biržai” starts on")
    assert "starts tomorrow" in text
    assert by_person[learner].context["event"] == "Mokymai Biržuose"
    assert by_person[learner].language == "lt"


def test_a_called_off_event_sends_no_reminder(admin_user, learner, index):
    event = event_under(index, days=1)
    services.register_for_event(person=learner, event=event)
    services.call_off_event(actor=admin_user, event=event)

    assert reminders.queue_event_reminders(now=at(0)) == 0


def held(event, *, ended_hours_ago: int = 2) -> EventPage:
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=ended_hours_ago + 6),
        ends_at=timezone.now() - timedelta(hours=ended_hours_ago),
    )
    event.refresh_from_db()
    return event


def attending(event, persons, attendance=Attendance.PRESENT):
    for person in persons:
        registration = services.register_for_event(person=person, event=event)
        Registration.objects.filter(pk=registration.pk).update(attendance=attendance)


def test_attendees_are_invited_to_the_survey_once_and_reminded_once(
    learner, people, event
):
    answered, partly = people(2)
    attending(event, [learner, answered])
    attending(event, [partly], Attendance.PARTLY)
    (absent,) = people(1)
    attending(event, [absent], Attendance.ABSENT)
    assert reminders.queue_survey_emails() == 0  # before the event

    held(event)
    now = timezone.now()
    assert reminders.queue_survey_emails(now=now) == 3
    assert reminders.queue_survey_emails(now=now + timedelta(hours=1)) == 0
    services.answer_survey(person=answered, event=event, answers=ANSWERS)
    assert reminders.queue_survey_emails(now=now + timedelta(days=2)) == 0
    assert reminders.queue_survey_emails(now=now + timedelta(days=3, hours=1)) == 2
    assert reminders.queue_survey_emails(now=now + timedelta(days=6)) == 0

    invited = {m.recipient for m in of_kind(Kind.SURVEY_INVITATION)}
    assert invited == {learner, answered, partly}
    reminded = {m.recipient for m in of_kind(Kind.SURVEY_REMINDER)}
    assert reminded == {learner, partly}
    invitation = of_kind(Kind.SURVEY_INVITATION)[0]
    assert invitation.context["survey_url"].endswith(f"/lt/events/{event.pk}/survey/")
    subject, text, _html = outbox.render(invitation)
    assert invitation.context["survey_url"] in text


def test_the_survey_link_is_in_the_readers_language(people, event):
    english_page = translate(event, "en", title="Training in Biržai")
    (english,) = people(1, preferred_language="en")
    attending(event, [english])
    held(event)

    reminders.queue_survey_emails()

    [invitation] = of_kind(Kind.SURVEY_INVITATION)
    assert invitation.context["survey_url"].endswith(
        f"/en/events/{english_page.pk}/survey/"
    )
    assert outbox.render(invitation)[0] == (
        "How was “Training in Biržai”? Tell us in two minutes"
    )


def test_events_long_past_get_no_survey_emails(learner, event):
    attending(event, [learner])
    held(event, ended_hours_ago=24 * 30)

    assert reminders.queue_survey_emails() == 0


def test_the_tasks_run_twice_and_queue_once(learner, index):
    soon = event_under(index, slug="greitai", days=1)
    services.register_for_event(person=learner, event=soon)
    past = event_under(index, slug="praeje", days=5)
    attending(past, [learner])
    held(past)

    first = tasks.send_event_reminders(), tasks.send_survey_emails()
    second = tasks.send_event_reminders(), tasks.send_survey_emails()

    assert first == (1, 1)
    assert second == (0, 0)


def test_every_event_email_renders_in_every_language(admin_user, learner, index):
    from django.conf import settings

    event = event_under(index, slug="keiciamas")
    services.register_for_event(person=learner, event=event)
    event.starts_at, event.ends_at = vilnius(11, 10), vilnius(11, 16)
    event.save_revision().publish()
    reminders.queue_event_reminders(now=at(4))
    services.call_off_event(actor=admin_user, event=event, reason="Liga.")
    past = event_under(index, slug="praejes")
    attending(past, [learner])
    held(past)
    now = timezone.now()
    reminders.queue_survey_emails(now=now)
    reminders.queue_survey_emails(now=now + timedelta(days=4))

    kinds = {m.kind for m in OutboxMessage.objects.all()}
    assert {
        Kind.EVENT_CHANGED,
        Kind.EVENT_REMINDER,
        Kind.EVENT_CALLED_OFF,
        Kind.SURVEY_INVITATION,
        Kind.SURVEY_REMINDER,
    } <= kinds
    for message in OutboxMessage.objects.all():
        for language, _name in settings.LANGUAGES:
            message.language = language
            subject, text, html = outbox.render(message)
            assert subject and "%(" not in subject
            assert message.context["event"] in text
            assert message.context["event"] in html
