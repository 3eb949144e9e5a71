"""Email delivery with a real worker, a real (private) Redis and a local SMTP sink.

Each test owns its redis-server, so it can stop or kill it, and the worker and the test
process publish to it on the default queue.
"""

import os
import signal
import sys

from django.apps import apps as django_apps
from django.db import transaction
from django.urls import reverse
from django.utils import translation

import pytest

from accounts.roles import sync_role_groups
from notifications import services
from notifications.models import Kind, OutboxMessage
from notifications.sink import SmtpSink

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory
from .conftest import CeleryProcesses, RedisServer, publishing_to, wait_for

pytestmark = pytest.mark.integration

# Short clocks so that the sweep and the claim lease act within a test's patience.
FAST_OUTBOX = {
    "OUTBOX_SWEEP_INTERVAL": "1",
    "OUTBOX_SWEEP_AFTER_SECONDS": "1",
    "OUTBOX_SENDING_LEASE_SECONDS": "4",
    "OUTBOX_RETRY_BASE_SECONDS": "0.5",
    "OUTBOX_RETRY_MAX_SECONDS": "1",
    "WORKER_HEARTBEAT_INTERVAL": "60",
}


@pytest.fixture
def sink():
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def private_redis(tmp_path):
    server = RedisServer(tmp_path).start()
    yield server
    server.kill()


@pytest.fixture
def platform(private_redis, sink, tmp_path, transactional_db):
    """Worker and beat on the private Redis, sending to the sink; this process publishes
    there too."""
    from lms.celery import app

    # A browser test before this one may have emptied the database (a flush).
    sync_role_groups(django_apps)
    processes = CeleryProcesses(
        "redis",
        tmp_path,
        redis_url=private_redis.url,
        queue=app.conf.task_default_queue,
    )
    environment = {
        **sink.environment(),
        "TEST_EMAIL_BACKEND": sink.settings()["EMAIL_BACKEND"],
        **FAST_OUTBOX,
    }
    processes.start_worker_with_mail = lambda name="itest": processes.start_worker(
        name, **environment
    )
    processes.start_beat_with_mail = lambda: processes.start_beat(**environment)
    with publishing_to(private_redis.url):
        yield processes
    sys.stdout.write(processes.stop())


def queue_many(count: int) -> list[int]:
    """Write `count` emails in one transaction and queue them as one batch, as the
    reminder run does."""
    with transaction.atomic():
        rows = [
            OutboxMessage(
                idempotency_key=f"itest:{n}",
                kind=Kind.ENROLMENT_CONFIRMED,
                recipient=UserFactory(first_name=f"Ona{n}"),
                to_email=f"person-{n}@example.org",
                language="lt",
                context={"name": f"Ona{n}", "programme": "Programa"},
            )
            for n in range(count)
        ]
        ids = [row.pk for row in OutboxMessage.objects.bulk_create(rows)]
        services.enqueue_send(ids)
    return ids


def queue_one(key: str) -> int:
    learner = UserFactory()
    return services.queue_email(
        kind=Kind.ENROLMENT_CONFIRMED,
        key=key,
        recipient=learner,
        context={"name": learner.first_name, "programme": "Programa"},
    ).pk


def all_sent(ids) -> bool:
    return OutboxMessage.objects.filter(
        pk__in=ids, status=OutboxMessage.Status.SENT
    ).count() == len(ids)


def message_ids(sink) -> list[str]:
    return [message["Message-ID"] for message in sink.messages]


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    return programme


def test_an_enrolment_gives_exactly_one_confirmation(
    platform, sink, client, learner, programme
):
    platform.start_worker_with_mail()
    platform.start_beat_with_mail()
    client.force_login(learner)

    with translation.override("lt"):
        url = reverse("learning:enrol", args=[programme.pk])
    response = client.post(url)

    assert response.status_code == 302
    assert wait_for(lambda: len(sink.messages) >= 1), "no email reached the sink"
    wait_for(lambda: len(sink.messages) > 1, timeout=4)  # give a duplicate its chance
    [email] = sink.messages
    assert email["To"] == learner.email
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.SENT


def test_redis_down_at_enrolment_loses_nothing_and_the_sweep_sends_it_once(
    platform, private_redis, sink, client, learner, programme
):
    private_redis.kill()
    client.force_login(learner)

    with translation.override("lt"):
        response = client.post(reverse("learning:enrol", args=[programme.pk]))

    assert response.status_code == 302
    message = OutboxMessage.objects.get()
    assert message.status == OutboxMessage.Status.QUEUED

    private_redis.start()
    platform.start_worker_with_mail()
    platform.start_beat_with_mail()

    assert wait_for(lambda: all_sent([message.pk])), "the sweep did not send it"
    wait_for(lambda: len(sink.messages) > 1, timeout=4)
    assert len(sink.messages) == 1


def test_redis_killed_with_emails_queued_delivers_every_one_once(
    platform, private_redis, sink
):
    ids = queue_many(30)
    assert private_redis.queued_tasks(platform.queue) >= 1

    private_redis.kill()
    private_redis.start()  # empty: the queued tasks are gone
    assert private_redis.queued_tasks(platform.queue) == 0
    platform.start_worker_with_mail()
    platform.start_beat_with_mail()

    assert wait_for(lambda: all_sent(ids), timeout=60), "not every email was sent"
    wait_for(lambda: len(sink.messages) > 30, timeout=3)
    assert len(sink.messages) == 30
    assert len(set(message_ids(sink))) == 30


def test_a_worker_killed_mid_batch_and_restarted_delivers_every_one_once(
    platform, sink
):
    sink.handler.delay = 0.2  # slow enough to kill the worker between messages
    ids = queue_many(20)
    worker = platform.start_worker_with_mail("first")

    assert wait_for(lambda: len(sink.messages) >= 5), "the batch did not start"
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    assert len(sink.messages) < 20, "the batch finished before the kill"

    sink.handler.delay = 0
    platform.start_worker_with_mail("second")
    platform.start_beat_with_mail()

    assert wait_for(lambda: all_sent(ids), timeout=60), "not every email was sent"
    wait_for(lambda: len(sink.messages) > 21, timeout=3)
    # Every email arrived. Delivery is at least once around a crash (see
    # notifications.services.deliver): a kill between the server's 250 and the "sent"
    # mark resends that one message, with the same Message-ID, and no other.
    assert len(set(message_ids(sink))) == 20
    assert len(sink.messages) <= 21


def test_a_temporary_refusal_is_retried_and_a_permanent_one_shows_in_the_admin(
    platform, sink, client, admin_user
):
    sink.handler.replies = ["451 4.7.1 Greylisted, try again"]
    retried = queue_one("retried")
    platform.start_worker_with_mail()
    platform.start_beat_with_mail()

    assert wait_for(lambda: all_sent([retried])), "the retry did not send it"
    assert OutboxMessage.objects.get(pk=retried).attempts == 2

    sink.handler.replies = ["550 5.1.1 No such user"]
    refused = queue_one("refused")
    assert wait_for(
        lambda: OutboxMessage.objects.filter(
            pk=refused, status=OutboxMessage.Status.FAILED
        ).exists()
    ), "a permanent refusal was not marked failed"
    client.force_login(admin_user)
    page = client.get(reverse("outbox:inspect", args=[refused]))
    assert b"550 5.1.1 No such user" in page.content
