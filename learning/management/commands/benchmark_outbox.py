"""Measure a reminder run's fan-out end to end: rows written, tasks published, emails
delivered by a real Celery worker to a local SMTP sink, against a plain Celery task.

The command commits its learners (addresses at benchmark.invalid) and deletes them, their
enrolments and their outbox rows afterwards. Its worker consumes private queues
(CELERY_QUEUE_PREFIX "benchmark-<run>-"), deleted at the end, so a running worker never
sees its tasks. Use a database of its own: `createdb bench_mail`, `DATABASE_URL=...`.

Output (stable, for `benchmark_site`), one line each:

    Prepared N idle learners in S s (vendor).
    Reminder run: N outbox rows in S s (R rows/s); T batch tasks published in S s;
        enqueueing in all S s.
    Sending: N emails in S s (R emails/s) over C SMTP connections (batches of B).
    Plain Celery reference: N emails in S s (R emails/s) over C SMTP connections
        (batches of B); ratio X.
    Delivered once each: N of N sent, D duplicates.

`--json` adds a last line with the same figures as one JSON object.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import timedelta
from unittest import mock

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone

from accounts.models import User
from learning import reminders
from learning.models import Enrolment, EnrolmentProgress
from notifications import tasks
from notifications.benchmark import send_plain_batch
from notifications.models import OutboxMessage
from notifications.sink import SmtpSink

DOMAIN = "benchmark.invalid"


class Command(BaseCommand):
    help = (
        "Benchmark the reminder fan-out end to end: a real worker sends the outbox to "
        "a local SMTP sink, then a plain Celery task does the same as the reference."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=10_000)
        parser.add_argument(
            "--concurrency", type=int, default=2, help="Worker processes (default 2)."
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=settings.OUTBOX_BATCH_SIZE,
            help="Emails per task (default OUTBOX_BATCH_SIZE).",
        )
        parser.add_argument(
            "--no-reference", action="store_true", help="Skip the plain reference."
        )
        parser.add_argument("--json", action="store_true", help="Print JSON too.")

    def handle(self, *args, **options):
        self.run_id = uuid.uuid4().hex[:8]
        self.prefix = f"benchmark-{self.run_id}-"
        self.queue = f"{self.prefix}email"
        count, batch = options["learners"], options["batch_size"]
        figures: dict = {"batch_size": batch, "concurrency": options["concurrency"]}
        with SmtpSink() as sink:
            worker = self.start_worker(sink, options["concurrency"], batch)
            try:
                started = time.perf_counter()
                self.make_idle_learners(count)
                self.stdout.write(
                    f"Prepared {count} idle learners in "
                    f"{time.perf_counter() - started:.1f} s ({connection.vendor})."
                )
                self.wait_ready(worker)
                figures |= self.measure_outbox(sink, batch)
                if not options["no_reference"]:
                    figures |= self.measure_reference(sink, count, batch)
                    ratio = figures["emails_per_second"] / max(
                        figures["reference_emails_per_second"], 1e-9
                    )
                    figures["ratio"] = round(ratio, 3)
                    self.stdout.write(
                        f"Plain Celery reference: {figures['reference_emails']} emails "
                        f"in {figures['reference_seconds']:.1f} s "
                        f"({figures['reference_emails_per_second']:,.0f} emails/s) over "
                        f"{figures['reference_smtp_connections']} SMTP connections "
                        f"(batches of {batch}); ratio {ratio:.2f}."
                    )
            finally:
                self.stop_worker(worker)
                self.delete_queues()
                self.clean_up()
        if options["json"]:
            self.stdout.write(json.dumps(figures))

    def measure_outbox(self, sink: SmtpSink, batch: int) -> dict:
        published = []
        original = tasks.send_outbox.apply_async

        def publish(*args, **kwargs):
            kwargs["queue"] = self.queue
            published.append(original(*args, **kwargs))

        with (
            mock.patch.object(tasks.send_outbox, "apply_async", publish),
            override_settings(OUTBOX_BATCH_SIZE=batch),
        ):
            started = time.perf_counter()
            with transaction.atomic():
                rows = reminders.queue_reminders()
                written = time.perf_counter() - started
            enqueued = time.perf_counter() - started  # committed and published
        self.stdout.write(
            f"Reminder run: {rows} outbox rows in {written:.2f} s "
            f"({rows / max(written, 1e-9):,.0f} rows/s); {len(published)} batch tasks "
            f"published in {enqueued - written:.2f} s; enqueueing in all "
            f"{enqueued:.2f} s."
        )
        received = self.wait_for(sink, rows)
        sending = time.perf_counter() - started
        connections = sink.connections
        self.stdout.write(
            f"Sending: {received} emails in {sending:.1f} s "
            f"({received / sending:,.0f} emails/s) over {connections} SMTP "
            f"connections (batches of {batch})."
        )
        ids = {m["Message-ID"] for m in sink.messages}
        sent = OutboxMessage.objects.filter(
            to_email__endswith=f"-{self.run_id}@{DOMAIN}",
            status=OutboxMessage.Status.SENT,
        ).count()
        self.stdout.write(
            f"Delivered once each: {sent} of {rows} sent, "
            f"{len(sink.messages) - len(ids)} duplicates."
        )
        return {
            "rows": rows,
            "write_seconds": round(written, 3),
            "enqueue_seconds": round(enqueued, 3),
            "tasks": len(published),
            "emails": received,
            "send_seconds": round(sending, 3),
            "emails_per_second": round(received / sending, 1),
            "smtp_connections": connections,
            "sent_rows": sent,
            "duplicates": len(sink.messages) - len(ids),
        }

    def measure_reference(self, sink: SmtpSink, count: int, batch: int) -> dict:
        sink.handler.messages.clear()
        sink.handler.connections = 0
        started = time.perf_counter()
        for first in range(0, count, batch):
            send_plain_batch.apply_async(
                kwargs={
                    "first": first,
                    "count": min(batch, count - first),
                    "domain": DOMAIN,
                },
                queue=self.queue,
            )
        received = self.wait_for(sink, count)
        seconds = time.perf_counter() - started
        return {
            "reference_emails": received,
            "reference_seconds": round(seconds, 3),
            "reference_emails_per_second": round(received / seconds, 1),
            "reference_smtp_connections": sink.connections,
        }

    def wait_for(self, sink: SmtpSink, count: int) -> int:
        deadline = time.monotonic() + 60 + count / 20
        while len(sink.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return len(sink.messages)

    def start_worker(
        self, sink: SmtpSink, concurrency: int, batch: int
    ) -> subprocess.Popen:
        env = {
            **os.environ,
            **sink.environment(),
            "DJANGO_SETTINGS_MODULE": os.environ.get(
                "DJANGO_SETTINGS_MODULE", "lms.settings.dev"
            ),
            "CELERY_QUEUE_PREFIX": self.prefix,
            "OUTBOX_BATCH_SIZE": str(batch),
        }
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "worker",
                "-I",
                "notifications.benchmark",
                "-Q",
                self.queue,
                f"--concurrency={concurrency}",
                "--loglevel=warning",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"benchmark-{self.run_id}@%h",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            start_new_session=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        process.ready = threading.Event()  # type: ignore[attr-defined]
        process.log = []  # type: ignore[attr-defined]

        def read() -> None:
            for line in process.stdout or []:
                process.log.append(line)  # type: ignore[attr-defined]
                if "ready." in line:
                    process.ready.set()  # type: ignore[attr-defined]

        threading.Thread(target=read, daemon=True).start()
        return process

    def wait_ready(self, worker: subprocess.Popen) -> None:
        # --loglevel=warning hides "ready."; the first task then waits for it instead.
        deadline = time.monotonic() + 60
        from lms.celery import app

        while time.monotonic() < deadline:
            if worker.poll() is not None:
                raise CommandError("The worker stopped:\n" + "".join(worker.log))  # type: ignore[attr-defined]
            replies = app.control.ping(
                destination=[f"benchmark-{self.run_id}@{os.uname().nodename}"],
                timeout=0.5,
            )
            if replies:
                return
        raise CommandError("The worker did not start:\n" + "".join(worker.log))  # type: ignore[attr-defined]

    def stop_worker(self, worker: subprocess.Popen) -> None:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()

    def make_idle_learners(self, count: int) -> None:
        unusable = make_password(None)
        users = User.objects.bulk_create(
            (
                User(
                    email=f"learner-{n}-{self.run_id}@{DOMAIN}",
                    first_name=f"Vardenis{n}",
                    last_name="Pavardenis",
                    preferred_language=("lt", "en", "nb")[n % 3],
                    password=unusable,
                )
                for n in range(count)
            ),
            batch_size=2000,
        )
        programme_key = uuid.uuid4()
        enrolments = Enrolment.objects.bulk_create(
            (
                Enrolment(
                    learner=user,
                    programme_key=programme_key,
                    programme_title="Socialinės klasterystės kompetencijos",
                    status=Enrolment.Status.ACTIVE,
                )
                for user in users
            ),
            batch_size=2000,
        )
        idle = timezone.now() - timedelta(days=10)
        EnrolmentProgress.objects.bulk_create(
            (
                EnrolmentProgress(
                    enrolment=enrolment, lessons_total=20, last_activity_at=idle
                )
                for enrolment in enrolments
            ),
            batch_size=2000,
        )

    def clean_up(self) -> None:
        started = time.perf_counter()
        learners = User.objects.filter(email__endswith=f"-{self.run_id}@{DOMAIN}")
        # The run's own rows, without the collector's per-row work; the users last.
        for rows in (
            OutboxMessage.objects.filter(recipient__in=learners),
            EnrolmentProgress.objects.filter(enrolment__learner__in=learners),
            Enrolment.objects.filter(learner__in=learners),
        ):
            rows._raw_delete(rows.db)
        learners.delete()
        self.stderr.write(f"Cleaned up in {time.perf_counter() - started:.1f} s.")

    def delete_queues(self) -> None:
        from lms.celery import app

        with app.connection_for_write() as conn:
            channel = conn.default_channel
            for kind in settings.TASK_QUEUES:
                try:
                    channel.queue_purge(f"{self.prefix}{kind}")
                    channel.queue_delete(f"{self.prefix}{kind}")
                except Exception as error:
                    self.stderr.write(f"Could not delete the queue {kind}: {error}")
