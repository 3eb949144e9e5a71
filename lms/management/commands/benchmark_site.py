"""Measure the platform's pages side by side in one run, as ratios to a bare reference.

Starts gunicorn as `runplatform` does, on the database and cache of the current settings
(seed the demo first: `make setup`), and drives it over keep-alive connections in
interleaved rounds: each round requests every endpoint once, in a shuffled order, so a
slow moment of the machine touches them all alike. The reference is `/healthz/live`, which answers before
any middleware runs. Prints requests per second, p50/p95/p99 and the ratio to the
reference for each endpoint, for each gunicorn shape (`--servers`) and number of
connections (`--connections`), then the email fan-out (`benchmark_outbox`).

The uncached anonymous lesson is asked with `Cache-Control: no-cache`, which makes the
page cache render it afresh (and store it again, a cost that stays in the figure).
Marking a lesson done is a signed-in POST whose completion is deleted before each
round, so every POST records one; the progress refreshes it queues go to the broker of
the current settings.
"""

from __future__ import annotations

import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from argparse import BooleanOptionalAction
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.middleware.csrf import _get_new_csrf_string
from django.urls import reverse
from django.utils.module_loading import import_string


@dataclass
class Endpoint:
    name: str
    path: str
    signed_in: bool = False
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    expect: tuple[int, ...] = (200,)
    before: Callable[[], None] | None = None  # untimed, before each request
    timings: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Server:
    kind: str  # "sync" or "gthread"
    workers: int
    threads: int

    @classmethod
    def parse(cls, text: str) -> Server:
        """`sync:3` or `gthread:2x4`."""
        kind, _, shape = text.partition(":")
        if kind not in ("sync", "gthread"):
            raise CommandError(f"{text}: a server is sync:N or gthread:NxT.")
        try:
            workers, _, threads = shape.partition("x")
            return cls(
                kind, int(workers), int(threads or 1) if kind == "gthread" else 1
            )
        except ValueError as error:
            raise CommandError(f"{text}: a server is sync:N or gthread:NxT.") from error

    def __str__(self) -> str:
        if self.kind == "sync":
            return f"sync, {self.workers} workers"
        return f"gthread, {self.workers} workers x {self.threads} threads"


class Done(Exception):
    pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Benchmark pages against /healthz/live in one interleaved run."

    def add_arguments(self, parser: CommandParser) -> None:
        default_server = (
            f"gthread:{os.environ.get('WEB_WORKERS') or 4}x"
            f"{os.environ.get('WEB_THREADS') or 2}"
        )
        parser.add_argument("--rounds", type=int, default=200)
        parser.add_argument("--warmup", type=int, default=20)
        parser.add_argument(
            "--servers",
            default=default_server,
            help="Comma-separated gunicorn shapes, e.g. gthread:2x4,sync:3 "
            "(default: WEB_WORKERS x WEB_THREADS, as runplatform starts it).",
        )
        parser.add_argument(
            "--connections",
            default="1",
            help="Comma-separated numbers of keep-alive connections, e.g. 1,2.",
        )
        parser.add_argument(
            "--learner", default="learner@demo.example", help="The signed-in person."
        )
        parser.add_argument(
            "--with-email",
            action=BooleanOptionalAction,
            default=True,
            help="Measure the email fan-out afterwards (benchmark_outbox).",
        )
        parser.add_argument("--email-learners", type=int, default=10_000)

    def handle(
        self,
        *args,
        rounds: int,
        warmup: int,
        servers: str,
        connections: str,
        learner: str,
        with_email: bool,
        email_learners: int,
        **options,
    ) -> None:
        shapes = [Server.parse(text) for text in servers.split(",") if text]
        counts = [int(text) for text in connections.split(",") if text]
        session_cookie, csrf = self.session_for(learner)
        self.enrol(learner)
        done = self.lesson_to_mark_done(learner)
        for shape in shapes:
            for count in counts:
                endpoints = self.endpoints(learner, done)
                self.run(shape, count, endpoints, rounds, warmup, session_cookie, csrf)
                self.report(endpoints, shape=shape, connections=count)
        self.reset(learner, done)
        if with_email:
            self.stdout.write("")
            call_command(
                "benchmark_outbox", learners=email_learners, stdout=self.stdout
            )

    def run(
        self,
        shape: Server,
        count: int,
        endpoints: list[Endpoint],
        rounds: int,
        warmup: int,
        session_cookie: str,
        csrf: str,
    ) -> None:
        port = free_port()
        command = [
            sys.executable, "-m", "gunicorn", "lms.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--worker-class", shape.kind,
            "--workers", str(shape.workers), "--threads", str(shape.threads),
            "--access-logfile", "/dev/null", "--error-logfile", "-",
            "--log-level", "warning", "--graceful-timeout", "3",
        ]  # fmt: skip
        server = subprocess.Popen(command, env=dict(os.environ))  # noqa: S603 - our argv
        errors: list[BaseException] = []

        def drive(offset: int) -> None:
            # Each connection has its own order, so that two connections are not
            # asking for the same page at the same moment.
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            shuffle = random.Random(offset)  # noqa: S311 - an order, not a secret
            try:
                for number in range(warmup + rounds):
                    # A new order each round: no endpoint always follows the same one
                    # (the POST's after-effects would land on it).
                    order = shuffle.sample(endpoints, len(endpoints))
                    for endpoint in order:
                        if endpoint.before is not None:
                            endpoint.before()
                        started = time.perf_counter()
                        self.request(connection, endpoint, session_cookie, csrf)
                        if number >= warmup:
                            endpoint.timings.append(time.perf_counter() - started)
            except BaseException as error:  # reported by the main thread
                errors.append(error)
            finally:
                connection.close()

        try:
            self.wait_until_up(port)
            step = max(1, len(endpoints) // count)
            threads = [
                threading.Thread(target=drive, args=(i * step % len(endpoints),))
                for i in range(count)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
        if errors:
            raise CommandError(str(errors[0]))

    def enrol(self, learner_email: str) -> None:
        """The learner studies the benchmarked module's programme (the demo's learner is
        not enrolled), so the signed-in pages show an enrolment, as a learner's do."""
        from accounts.models import User
        from learning import services
        from learning.models import Enrolment

        learner = User.objects.get(email=learner_email)
        module = self.first_module()
        programme = module.get_parent().specific
        enrolment = Enrolment.objects.filter(
            learner=learner,
            programme_key=programme.translation_key,
            status=Enrolment.Status.ACTIVE,
        ).first()
        if enrolment is None:
            cohort = next(iter(services.open_cohorts(programme)), None)
            enrolment = services.enrol_learner(
                learner=learner,
                programme=programme,
                cohort=cohort,
                approved=True,
                notify=False,
            )
        # The progress a worker would have computed by now: My learning then shows the
        # modules and the next step, as a learner's does (no worker runs here).
        services.recalculate_progress(enrolment=enrolment)

    def first_module(self):
        from courses.models import ModulePage

        module = (
            ModulePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("path")
            .first()
        )
        if module is None:
            raise CommandError("No demo content: seed the demo first (make setup).")
        return module

    def lesson_to_mark_done(self, learner_email: str):
        """A live lesson the learner may mark done now (enrolled, no quiz, nothing
        required first), found by trying it in a transaction that is rolled back."""
        from accounts.models import User
        from courses.models import LessonPage, ProgrammePage
        from learning import services
        from learning.models import Enrolment

        learner = User.objects.get(email=learner_email)
        keys = Enrolment.objects.filter(
            learner=learner, status=Enrolment.Status.ACTIVE
        ).values_list("programme_key", flat=True)

        for programme in ProgrammePage.objects.live().filter(translation_key__in=keys):
            lessons = (
                LessonPage.objects.live().descendant_of(programme).order_by("path")
            )
            for lesson in lessons:
                try:
                    with transaction.atomic():
                        services.complete_lesson(learner=learner, lesson=lesson)
                        raise Done
                except Done:
                    return lesson
                except services.LearningError:
                    continue
        raise CommandError(
            f"{learner_email} has no lesson to mark done: seed the demo first."
        )

    def endpoints(self, learner_email: str, done) -> list[Endpoint]:
        from accounts.models import User
        from courses.models import CatalogueIndexPage, LessonPage

        if not User.objects.filter(email=learner_email).exists():
            raise CommandError(f"No {learner_email}: seed the demo first (make setup).")
        catalogue = (
            CatalogueIndexPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )
        module = self.first_module()
        if catalogue is None:
            raise CommandError("No demo content: seed the demo first (make setup).")
        lesson = LessonPage.objects.live().child_of(module).order_by("path").first()
        complete = reverse("learning:complete_lesson", args=[done.pk])
        return [
            Endpoint("reference: /healthz/live", "/healthz/live"),
            Endpoint("home (anonymous)", f"/{settings.LANGUAGE_CODE}/"),
            Endpoint("catalogue (anonymous)", catalogue.url),
            Endpoint("module (anonymous)", module.url),
            Endpoint("lesson (anonymous)", lesson.url),
            Endpoint(
                "lesson (anonymous, uncached)",
                lesson.url,
                headers={"Cache-Control": "no-cache"},
            ),
            Endpoint("lesson (signed in)", lesson.url, signed_in=True),
            Endpoint("module (signed in)", module.url, signed_in=True),
            Endpoint(
                "my learning (signed in)",
                f"/{settings.LANGUAGE_CODE}/my-learning/",
                signed_in=True,
            ),
            Endpoint(
                "mark lesson done (POST)",
                complete,
                signed_in=True,
                method="POST",
                expect=(302, 303),
                before=lambda: self.reset(learner_email, done),
            ),
        ]

    def reset(self, learner_email: str, lesson) -> None:
        from learning.models import LessonCompletion

        LessonCompletion.objects.filter(
            learner__email=learner_email, lesson_key=lesson.translation_key
        ).delete()

    def session_for(self, email: str) -> tuple[str, str]:
        """A signed-in session for the learner, made the way django.contrib.auth does,
        with a CSRF token for its POSTs."""
        from accounts.models import User

        user = User.objects.get(email=email)
        store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        csrf = _get_new_csrf_string()
        cookie = SimpleCookie()
        cookie[settings.SESSION_COOKIE_NAME] = store.session_key
        cookie[settings.CSRF_COOKIE_NAME] = csrf
        return cookie.output(attrs=[], header="", sep=";").strip(), csrf

    def wait_until_up(self, port: int) -> None:
        for _ in range(150):
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                probe.request("GET", "/healthz/live")
                if probe.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise CommandError("gunicorn did not start")

    def request(
        self, connection, endpoint: Endpoint, session_cookie: str, csrf: str
    ) -> None:
        headers = {"Host": "127.0.0.1", "Accept-Language": "lt", **endpoint.headers}
        if endpoint.signed_in:
            headers["Cookie"] = session_cookie
        body = None
        if endpoint.method == "POST":
            headers["X-CSRFToken"] = csrf
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = b""
        connection.request(endpoint.method, endpoint.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status not in endpoint.expect:
            raise CommandError(f"{endpoint.path} answered {response.status}")

    def report(
        self, endpoints: list[Endpoint], *, shape: Server, connections: int
    ) -> None:
        def rate(timings: list[float]) -> float:
            # Each connection waits for its answer: the endpoint's throughput over
            # `connections` connections is that many over its mean time.
            return connections * len(timings) / sum(timings)

        reference = rate(endpoints[0].timings)
        self.stdout.write(
            f"\ngunicorn {shape}, {connections} keep-alive connection(s), "
            f"{len(endpoints[0].timings) // connections} interleaved rounds each, "
            f"database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
        )
        self.stdout.write(
            f"{'endpoint':<30}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
            f"{'ratio':>8}"
        )
        for endpoint in endpoints:
            timings = endpoint.timings
            self.stdout.write(
                f"{endpoint.name:<30}{rate(timings):>9.1f}"
                f"{statistics.median(timings) * 1000:>9.1f}"
                f"{percentile(timings, 0.95) * 1000:>9.1f}"
                f"{percentile(timings, 0.99) * 1000:>9.1f}"
                f"{rate(timings) / reference:>8.3f}"
            )
