"""Queues by kind of work, on a real Redis with real workers: a full email queue does
not hold up a certificate."""

import sys
import uuid

from django.apps import apps as django_apps
from django.utils import timezone

import pytest
import redis
from celery import Celery

from accounts.roles import sync_role_groups
from learning import services
from learning.models import Certificate
from lms.settings import base
from notifications.models import Kind, OutboxMessage
from notifications.sink import SmtpSink

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory
from .conftest import CeleryProcesses, wait_for

pytestmark = pytest.mark.integration

BACKLOG = 200


class RoutedPlatform:
    """Two workers on private queues named as in production under a prefix: one for
    email, one for the rest; and a sender routing as the platform does."""

    def __init__(self, tmp_path, sink: SmtpSink):
        self.prefix = f"itest-{uuid.uuid4().hex[:8]}-"
        self.processes = CeleryProcesses("redis", tmp_path, queue=self.name("default"))
        self.environment = {
            "TEST_CELERY_ROUTING": "1",
            "CELERY_QUEUE_PREFIX": self.prefix,
            "TEST_EMAIL_BACKEND": sink.settings()["EMAIL_BACKEND"],
            **sink.environment(),
        }

    def name(self, kind: str) -> str:
        return f"{self.prefix}{kind}"

    def start_worker(self, node: str, kinds: list[str]):
        return self.processes.start(
            "worker",
            "--loglevel=info",
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--queues={','.join(self.name(kind) for kind in kinds)}",
            "-n",
            f"{node}-{self.prefix}@%h",
            **self.environment,
        )

    def sender(self) -> Celery:
        kind_of = {name: kind for kind, name in base.TASK_QUEUES.items()}
        app = Celery("itest-routed", broker=self.processes.broker_url)
        app.conf.task_default_queue = self.name("default")
        app.conf.task_routes = {
            task: {"queue": self.name(kind_of[route["queue"]])}
            for task, route in base.CELERY_TASK_ROUTES.items()
        }
        return app

    def waiting(self, kind: str) -> int:
        return redis.Redis.from_url(self.processes.broker_url).llen(self.name(kind))


@pytest.fixture
def sink():
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def platform(tmp_path, sink, transactional_db):
    platform = RoutedPlatform(tmp_path, sink)
    yield platform
    sys.stdout.write(platform.processes.stop())
    redis.Redis.from_url(platform.processes.broker_url).delete(
        *(platform.name(kind) for kind in base.TASK_QUEUES)
    )


@pytest.fixture
def certificate(site_content, learner):
    sync_role_groups(django_apps)
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    return Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona Onaitė",
        programme_key=enrolment.programme_key,
        programme_title="Programa",
        language="lt",
        completed_on=timezone.localdate(),
    )


def test_with_the_email_queue_full_a_certificate_is_made_at_once(
    platform, sink, certificate
):
    sink.handler.delay = 0.3  # a slow mail server: the backlog takes a minute
    rows = OutboxMessage.objects.bulk_create(
        OutboxMessage(
            idempotency_key=f"itest:{n}",
            kind=Kind.ENROLMENT_CONFIRMED,
            recipient=UserFactory(),
            to_email=f"person-{n}@example.org",
            language="lt",
            context={"name": f"Ona{n}", "programme": "Programa"},
        )
        for n in range(BACKLOG)
    )
    sender = platform.sender()
    for row in rows:
        sender.send_task(
            "notifications.tasks.send_outbox", kwargs={"message_ids": [row.pk]}
        )
    assert platform.waiting("email") == BACKLOG
    platform.start_worker("email", ["email"])
    platform.start_worker("rest", ["default", "documents", "statements"])
    assert wait_for(lambda: sink.messages, timeout=30), "the email worker sent nothing"

    sender.send_task(
        "learning.tasks.generate_certificate",
        kwargs={"certificate_id": certificate.pk},
    )

    made = wait_for(
        lambda: Certificate.objects.filter(pk=certificate.pk).exclude(pdf="").exists(),
        timeout=30,
    )
    assert made, "the certificate waited behind the emails"
    assert platform.waiting("email") > BACKLOG / 2
    assert len(sink.messages) < BACKLOG / 2
