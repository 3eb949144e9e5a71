from datetime import timedelta

from django.core import mail
from django.db import transaction
from django.utils import timezone

import pytest

from learning import services as learning
from notifications import services
from notifications.models import Kind, OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    return programme


def queue(recipient, key="test:1", kind=Kind.ENROLMENT_CONFIRMED):
    return services.queue_email(
        kind=kind,
        key=key,
        recipient=recipient,
        context={"name": recipient.first_name, "programme": "Socialinė klasterystė"},
    )


def test_a_key_queued_twice_is_one_row_and_one_send(
    learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as sends:
        first = queue(learner)
        second = queue(learner)

    assert first == second
    assert OutboxMessage.objects.count() == 1
    assert len(sends) == 1


def test_a_rolled_back_action_leaves_no_row_and_queues_nothing(
    learner, programme, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks() as sends,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        learning.enrol_learner(learner=learner, programme=programme)
        raise RuntimeError("the request failed after enrolling")

    assert OutboxMessage.objects.count() == 0
    assert sends == []


def test_delivering_sends_once_and_marks_the_row_sent(learner):
    message = queue(learner)

    first = services.deliver(message_ids=[message.pk])
    second = services.deliver(message_ids=[message.pk])

    assert first.sent == [message.pk]
    assert second.skipped == [message.pk]
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.SENT
    assert message.sent_at is not None
    assert message.attempts == 1
    assert message.subject == mail.outbox[0].subject


def test_the_message_is_in_the_recipients_language_with_text_and_html(organisation):
    lithuanian = UserFactory(first_name="Ona", preferred_language="lt")
    english = UserFactory(first_name="Anne", preferred_language="en")
    ids = [queue(lithuanian, key="a").pk, queue(english, key="b").pk]

    services.deliver(message_ids=ids)

    by_recipient = {m.to[0]: m for m in mail.outbox}
    in_english = by_recipient[english.email]
    assert in_english.subject == "You are enrolled in “Socialinė klasterystė”"
    assert "Hello Anne," in in_english.body
    html, mimetype = in_english.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="en">' in html
    assert "http://testserver/" in html
    in_lithuanian = by_recipient[lithuanian.email]
    assert in_lithuanian.subject != in_english.subject
    assert "Socialinė klasterystė" in in_lithuanian.subject
    # From the platform's name in the reader's language, at DEFAULT_FROM_EMAIL's address.
    address = in_english.from_email.rsplit("<", 1)[1]
    assert in_english.from_email == f"Social clustering platform <{address}"
    assert in_lithuanian.from_email != in_english.from_email
    assert in_lithuanian.from_email.endswith(f"<{address}")


def test_a_cancelled_message_is_not_sent(learner):
    message = queue(learner)

    assert services.cancel_message(message=message)
    report = services.deliver(message_ids=[message.pk])

    assert report.skipped == [message.pk]
    assert mail.outbox == []


def test_a_temporary_smtp_refusal_is_retried_later_then_sent(learner, smtp_sink):
    smtp_sink.handler.replies = ["451 4.3.0 Try again later"]
    message = queue(learner)

    report = services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert message.pk in report.retrying
    assert message.status == OutboxMessage.Status.QUEUED
    assert "451" in message.last_error
    assert message.next_attempt_at > timezone.now()
    assert smtp_sink.messages == []

    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    report = services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert report.sent == [message.pk]
    assert message.status == OutboxMessage.Status.SENT
    assert message.attempts == 2
    assert len(smtp_sink.messages) == 1


def test_a_permanent_smtp_refusal_fails_the_message_with_its_error(learner, smtp_sink):
    smtp_sink.handler.replies = ["550 5.1.1 No such mailbox"]
    message = queue(learner)

    report = services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert report.failed == [message.pk]
    assert message.status == OutboxMessage.Status.FAILED
    assert "550" in message.last_error


def test_retries_stop_after_the_configured_number_of_attempts(
    learner, smtp_sink, settings
):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    smtp_sink.handler.replies = ["451 busy", "451 busy"]
    message = queue(learner)

    services.deliver(message_ids=[message.pk])
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.FAILED
    assert message.attempts == 2


def test_backoff_grows_with_jitter_and_a_cap(settings):
    settings.OUTBOX_RETRY_BASE_SECONDS = 10
    settings.OUTBOX_RETRY_MAX_SECONDS = 60
    delays = {attempt: services.retry_delay(attempt) for attempt in (1, 2, 3, 10)}

    assert 5 <= delays[1] <= 10
    assert 10 <= delays[2] <= 20
    assert 20 <= delays[3] <= 40
    assert 30 <= delays[10] <= 60


def test_a_batch_uses_one_smtp_connection(organisation, smtp_sink):
    ids = [queue(UserFactory(), key=f"batch:{n}").pk for n in range(5)]

    report = services.deliver(message_ids=ids)

    assert sorted(report.sent) == sorted(ids)
    assert len(smtp_sink.messages) == 5
    assert smtp_sink.connections == 1


def test_the_sweep_requeues_lost_and_abandoned_messages(
    learner, settings, django_capture_on_commit_callbacks
):
    settings.OUTBOX_SWEEP_AFTER_SECONDS = 120
    settings.OUTBOX_SENDING_LEASE_SECONDS = 300
    now = timezone.now()
    fresh = queue(learner, key="fresh")
    lost = queue(learner, key="lost")
    abandoned = queue(learner, key="abandoned")
    sent = queue(learner, key="sent")
    OutboxMessage.objects.filter(pk=lost.pk).update(
        next_attempt_at=now - timedelta(minutes=5)
    )
    OutboxMessage.objects.filter(pk=abandoned.pk).update(
        status=OutboxMessage.Status.SENDING, claimed_at=now - timedelta(minutes=10)
    )
    OutboxMessage.objects.filter(pk=sent.pk).update(
        status=OutboxMessage.Status.SENT, next_attempt_at=now - timedelta(hours=1)
    )

    with django_capture_on_commit_callbacks(execute=False) as sends:
        swept = services.sweep(now=now)

    assert sorted(swept) == sorted([lost.pk, abandoned.pk])
    assert fresh.pk not in swept
    assert len(sends) == 1  # one batch


def test_a_failed_message_can_be_retried_and_a_sent_one_cannot(learner):
    message = queue(learner)
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=OutboxMessage.Status.FAILED, attempts=6, last_error="550"
    )

    assert services.retry_message(message=message)
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.QUEUED
    assert message.attempts == 0
    services.deliver(message_ids=[message.pk])
    assert not services.retry_message(message=message)
    assert not services.cancel_message(message=message)
    assert len(mail.outbox) == 1


def test_a_template_error_fails_the_message_instead_of_looping(learner):
    message = queue(learner)
    OutboxMessage.objects.filter(pk=message.pk).update(kind="no-such-kind")

    report = services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert report.failed == [message.pk]
    assert message.status == OutboxMessage.Status.FAILED
    assert message.last_error


def test_the_sending_rate_limit_spaces_messages_out(
    organisation, settings, monkeypatch
):
    settings.EMAIL_MAX_PER_SECOND = 4
    ids = [queue(UserFactory(), key=f"rate:{n}").pk for n in range(3)]
    clock = {"now": 100.0}
    waits = []
    monkeypatch.setattr(services.time, "monotonic", lambda: clock["now"])
    monkeypatch.setattr(services.time, "sleep", lambda seconds: waits.append(seconds))

    services.deliver(message_ids=ids)

    assert len(mail.outbox) == 3
    # The clock stands still, so every message after the first waits a full interval.
    assert waits == [0.25, 0.25]


def test_a_very_long_subject_is_cut_and_the_email_still_goes_once(learner):
    message = services.queue_email(
        kind=Kind.MODULE_COMPLETED,
        key="long",
        recipient=learner,
        context={"name": "Ona", "module": "M" * 300, "programme": "P"},
    )

    report = services.deliver(message_ids=[message.pk])

    message.refresh_from_db()
    assert report.sent == [message.pk]
    assert message.status == OutboxMessage.Status.SENT
    assert len(message.subject) == 255


def test_a_worker_that_keeps_dying_on_a_row_stops_retrying_it(learner, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = queue(learner)
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=OutboxMessage.Status.SENDING,
        attempts=3,
        claimed_at=timezone.now() - timedelta(hours=1),
    )

    assert services.sweep() == []
    message.refresh_from_db()
    assert message.status == OutboxMessage.Status.FAILED


def test_a_batch_costs_the_same_queries_whatever_its_size(organisation, settings):
    """Claim and load the batch in one go each, and mark the emails the server took in
    one UPDATE (no reference index, no signals)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.OUTBOX_MARK_INTERVAL_SECONDS = 60  # a fast server: one mark per batch

    def cost(count: int, prefix: str) -> tuple[int, int]:
        ids = [queue(UserFactory(), key=f"{prefix}:{n}").pk for n in range(count)]
        with CaptureQueriesContext(connection) as queries:
            report = services.deliver(message_ids=ids)
        assert len(report.sent) == count
        marks = [
            q
            for q in queries
            if q["sql"].startswith("UPDATE") and "body_html" in q["sql"]
        ]
        return len(queries), len(marks)

    (small, small_marks), (large, large_marks) = cost(3, "small"), cost(30, "large")
    assert small == large
    assert small_marks == large_marks == 1
    # The claim (off PostgreSQL: a transaction's savepoint and release around an update
    # and its read back), the load and the mark.
    assert small <= 4 + 2


def test_a_batch_out_of_time_gives_its_rows_back_untried(organisation):
    ids = [queue(UserFactory(), key=f"late:{n}").pk for n in range(3)]

    report = services.deliver(message_ids=ids, budget_seconds=-1)

    assert report.left == ids and report.sent == []
    rows = OutboxMessage.objects.filter(pk__in=ids)
    assert {(row.status, row.attempts) for row in rows} == {
        (OutboxMessage.Status.QUEUED, 0)
    }
    assert services.deliver(message_ids=ids).sent == ids
