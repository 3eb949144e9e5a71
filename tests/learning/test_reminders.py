from datetime import timedelta

from django.core import mail
from django.utils import timezone, translation

import pytest

from learning import reminders
from learning import services as learning
from learning.models import Enrolment, EnrolmentProgress
from notifications import services
from notifications.models import Kind, OutboxMessage, ReminderRule, Unsubscription

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


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


def reminders_sent(kind=None):
    if kind:
        return OutboxMessage.objects.filter(kind=kind)
    return OutboxMessage.objects.filter(reminder_day__isnull=False)


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


def join_cohort(learner, programme, *, deadline_in: int) -> Enrolment:
    from learning.models import Cohort

    today = timezone.localdate()
    cohort, _ = Cohort.objects.get_or_create(
        programme=programme,
        name=f"Iki {deadline_in}",
        defaults={
            "programme_key": programme.translation_key,
            "starts_on": today - timedelta(days=60),
            "ends_on": today + timedelta(days=60),
            "deadline": today + timedelta(days=deadline_in),
        },
    )
    enrolment = learning.enrol_learner(
        learner=learner, programme=programme, cohort=cohort
    )
    # Active yesterday: not idle, so only the deadline speaks.
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        last_activity_at=timezone.now() - timedelta(days=1)
    )
    return enrolment


@pytest.mark.parametrize("days_left", [7, 1])
def test_a_deadline_reminder_goes_seven_and_one_days_before(
    learner, programme, days_left
):
    join_cohort(learner, programme, deadline_in=days_left)

    assert reminders.queue_reminders() == 1
    reminder = reminders_sent(Kind.REMINDER_DEADLINE).get()
    assert reminder.context["days_left"] == days_left


def test_no_deadline_reminder_on_other_days(learner, programme):
    join_cohort(learner, programme, deadline_in=3)

    assert reminders.queue_reminders() == 0


def test_overdue_beats_idle_and_the_learner_gets_one_reminder(learner, programme):
    enrolment = join_cohort(learner, programme, deadline_in=-1)
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(last_activity_at=None)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=30)
    )

    assert reminders.queue_reminders() == 1
    assert reminders_sent(Kind.REMINDER_OVERDUE).count() == 1
    services.deliver(
        message_ids=list(
            reminders_sent(Kind.REMINDER_OVERDUE).values_list("pk", flat=True)
        )
    )
    [email] = mail.outbox
    assert email.subject == "„Programa“: terminas praėjo"  # in the learner's language


def test_switching_off_overdue_reminders_lets_the_idle_one_through(learner, programme):
    enrolment = join_cohort(learner, programme, deadline_in=-1)
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(last_activity_at=None)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=30)
    )
    Unsubscription.objects.create(user=learner, kind=Kind.REMINDER_OVERDUE)

    assert reminders.queue_reminders() == 1
    assert reminders_sent().get().kind == Kind.REMINDER_INACTIVE


def test_the_weekly_digest_names_overdue_learners_of_the_coordinators_organisation(
    coordinator, learner, outsider, programme
):
    join_cohort(learner, programme, deadline_in=-2)
    join_cohort(outsider, programme, deadline_in=-2)

    assert reminders.queue_coordinator_digests() == 1
    assert reminders.queue_coordinator_digests() == 0
    digest = OutboxMessage.objects.get(kind=Kind.COORDINATOR_DIGEST)
    assert digest.recipient == coordinator
    assert [row["email"] for row in digest.context["overdue"]] == [learner.email]
    assert digest.context["enrolled"] == 1

    services.deliver(message_ids=[digest.pk])
    [email] = mail.outbox
    assert learner.email in email.body
    assert outsider.email not in email.body
    assert "List-Unsubscribe" in email.extra_headers
