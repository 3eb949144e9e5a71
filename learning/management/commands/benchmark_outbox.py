"""Measure a reminder run's fan-out: rows written, tasks published, emails sent over SMTP.

Runs in one transaction that is rolled back; the batch tasks go to a throwaway queue that
is deleted afterwards, so a running worker never sees them.
"""

import time
import uuid
from datetime import timedelta
from unittest import mock

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone

from accounts.models import User
from learning import reminders
from learning.models import Enrolment, EnrolmentProgress
from notifications import services, tasks
from notifications.models import Kind, OutboxMessage
from notifications.sink import SmtpSink


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Benchmark the reminder fan-out and batched SMTP sending against a local sink."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=10_000)

    def handle(self, *args, learners: int, **options):
        try:
            with transaction.atomic():
                self.run(learners)
                raise Rollback
        except Rollback:
            pass

    def run(self, count: int) -> None:
        started = time.perf_counter()
        self.make_idle_learners(count)
        self.stdout.write(
            f"Prepared {count} idle learners in {time.perf_counter() - started:.1f} s "
            f"({connection.vendor})."
        )

        queue = f"benchmark-{uuid.uuid4().hex[:8]}"
        published = []
        original = tasks.send_outbox.apply_async

        def publish(*args, **kwargs):
            published.append(original(*args, queue=queue, **kwargs))

        started = time.perf_counter()
        rows = reminders.queue_reminders()
        written = time.perf_counter() - started
        callbacks = list(connection.run_on_commit)
        connection.run_on_commit.clear()
        started = time.perf_counter()
        with mock.patch.object(tasks.send_outbox, "apply_async", publish):
            for entry in callbacks:  # (savepoints, callback, robust)
                entry[1]()
        publishing = time.perf_counter() - started
        self.delete_queue(queue)
        self.stdout.write(
            f"Reminder run: {rows} outbox rows in {written:.2f} s "
            f"({rows / written:,.0f} rows/s); {len(published)} batch tasks published "
            f"in {publishing:.2f} s; enqueueing in all {written + publishing:.2f} s."
        )

        ids = list(
            OutboxMessage.objects.filter(kind=Kind.REMINDER_INACTIVE)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        with SmtpSink() as sink, override_settings(**sink.settings()):
            started = time.perf_counter()
            for start in range(0, len(ids), services.settings.OUTBOX_BATCH_SIZE):
                services.deliver(
                    message_ids=ids[start : start + services.settings.OUTBOX_BATCH_SIZE]
                )
            sending = time.perf_counter() - started
            received, connections = len(sink.messages), sink.connections
        self.stdout.write(
            f"Sending: {received} emails in {sending:.1f} s "
            f"({received / sending:,.0f} emails/s) over {connections} SMTP connections "
            f"(batches of {services.settings.OUTBOX_BATCH_SIZE})."
        )

    def make_idle_learners(self, count: int) -> None:
        unusable = make_password(None)
        users = User.objects.bulk_create(
            User(
                email=f"learner-{n}@benchmark.invalid",
                first_name=f"Vardenis{n}",
                last_name="Pavardenis",
                preferred_language=("lt", "en", "nb")[n % 3],
                password=unusable,
            )
            for n in range(count)
        )
        programme_key = uuid.uuid4()
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(
                learner=user,
                programme_key=programme_key,
                programme_title="Socialinės klasterystės kompetencijos",
                status=Enrolment.Status.ACTIVE,
            )
            for user in users
        )
        idle = timezone.now() - timedelta(days=10)
        EnrolmentProgress.objects.bulk_create(
            EnrolmentProgress(
                enrolment=enrolment, lessons_total=20, last_activity_at=idle
            )
            for enrolment in enrolments
        )

    def delete_queue(self, queue: str) -> None:
        from lms.celery import app

        with app.connection_for_write() as conn:
            channel = conn.default_channel
            try:
                channel.queue_purge(queue)
                channel.queue_delete(queue)
            except Exception as error:
                self.stderr.write(f"Could not delete the queue {queue}: {error}")
