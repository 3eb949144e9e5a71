from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from learning import services as learning
from learning.models import Enrolment, EnrolmentProgress
from notifications import reminders, services
from notifications.models import Kind, OutboxMessage, ReminderRule, Unsubscription

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_content):
    return catalogue_under(site_content)


@pytest.fixture
def programme(catalogue):
    programme = programme_under(catalogue)
    module_under(programme, slug="pirmas", lessons=2, quiz=False)
    return programme


def enrol_idle(learner, programme, days: int) -> Enrolment:
    enrolment = learning.enrol_learner(learner=learner, programme=programme)
    idle_since = timezone.now() - timedelta(days=days)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=idle_since)
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(last_activity_at=None)
    return enrolment


def reminders_sent():
    return OutboxMessage.objects.filter(kind=Kind.REMINDER_INACTIVE)


def test_an_idle_learner_gets_one_reminder_and_a_second_run_adds_none(
    learner, programme
):
    enrol_idle(learner, programme, days=8)

    assert reminders.queue_reminders() == 1
    assert reminders.queue_reminders() == 0
    assert reminders_sent().count() == 1
    reminder = reminders_sent().get()
    assert reminder.recipient == learner
    assert reminder.reminder_day == timezone.localdate()
    assert reminder.context["days"] == 8


def test_learners_active_recently_finished_or_withdrawn_get_none(
    organisation, programme
):
    recent, finished, withdrawn = (UserFactory() for _ in range(3))
    enrol_idle(recent, programme, days=3)
    done = enrol_idle(finished, programme, days=30)
    EnrolmentProgress.objects.filter(enrolment=done).update(completed_at=timezone.now())
    learning.withdraw_learner(enrolment=enrol_idle(withdrawn, programme, days=30))

    assert reminders.queue_reminders() == 0


def test_at_most_one_reminder_a_day_whatever_the_number_of_programmes(
    learner, catalogue, programme
):
    second = programme_under(catalogue, slug="antra")
    module_under(second, slug="trecias", lessons=1, quiz=False)
    enrol_idle(learner, programme, days=10)
    enrol_idle(learner, second, days=10)

    assert reminders.queue_reminders() == 1
    assert reminders_sent().count() == 1


def test_a_programme_rule_sets_its_days_and_adds_its_note(organisation, programme):
    ReminderRule.objects.create(
        programme=programme,
        inactivity_days=3,
        note="Klausimus siųskite koordinatorei.",
    )
    learner = UserFactory(preferred_language="en", first_name="Anne")
    enrol_idle(learner, programme, days=4)

    assert reminders.queue_reminders() == 1
    services.deliver(message_ids=list(reminders_sent().values_list("pk", flat=True)))

    [email] = mail.outbox
    assert "Klausimus siųskite koordinatorei." in email.body
    assert "for 4 days" in email.body


def test_a_rule_with_zero_days_turns_reminders_off(learner, programme):
    ReminderRule.objects.create(programme=programme, inactivity_days=0)
    enrol_idle(learner, programme, days=40)

    assert reminders.queue_reminders() == 0


def test_an_unsubscribed_learner_gets_no_reminder(learner, programme):
    Unsubscription.objects.create(user=learner, kind=Kind.REMINDER_INACTIVE)
    enrol_idle(learner, programme, days=10)

    assert reminders.queue_reminders() == 0


def test_a_reminder_carries_one_click_unsubscribe_headers(learner, programme):
    enrol_idle(learner, programme, days=10)
    reminders.queue_reminders()

    services.deliver(message_ids=list(reminders_sent().values_list("pk", flat=True)))

    [email] = mail.outbox
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert link.startswith("http://testserver/lt/notifications/unsubscribe/")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in email.body


def test_transactional_messages_carry_no_unsubscribe_header(learner, programme):
    learning.enrol_learner(learner=learner, programme=programme)

    services.deliver(
        message_ids=list(OutboxMessage.objects.values_list("pk", flat=True))
    )

    [email] = mail.outbox
    assert "List-Unsubscribe" not in email.extra_headers


def test_the_reminder_run_queries_do_not_grow_with_learners(
    organisation, programme, django_assert_max_num_queries
):
    for _ in range(3):
        enrol_idle(UserFactory(), programme, days=9)
    OutboxMessage.objects.all().delete()
    with django_assert_max_num_queries(12) as few:
        reminders.queue_reminders()
    OutboxMessage.objects.all().delete()
    for _ in range(20):
        enrol_idle(UserFactory(), programme, days=9)
    OutboxMessage.objects.all().delete()
    with django_assert_max_num_queries(len(few.captured_queries)):
        reminders.queue_reminders()

    assert reminders_sent().count() == 23
