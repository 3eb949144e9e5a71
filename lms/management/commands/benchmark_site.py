"""Measure the platform's pages side by side in one run, as ratios to a bare reference.

Starts gunicorn as `runplatform` does, on the database and cache of the current settings
(seed the demo first: `make setup`), and drives it over one keep-alive connection in
interleaved rounds: each round requests every endpoint once, so a slow moment of the
machine touches them all alike. The reference is `/healthz/live`, which answers before
any middleware runs. Prints requests per second, p50/p95/p99 and the ratio to the
reference for each endpoint.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string


@dataclass
class Endpoint:
    name: str
    path: str
    signed_in: bool = False
    method: str = "GET"
    timings: list[float] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Benchmark pages against /healthz/live in one interleaved run."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=200)
        parser.add_argument("--warmup", type=int, default=20)
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_WORKERS", 2))
        )
        parser.add_argument(
            "--threads", type=int, default=int(os.environ.get("WEB_THREADS", 4))
        )
        parser.add_argument(
            "--learner", default="learner@demo.example", help="The signed-in person."
        )

    def handle(self, *args, rounds, warmup, workers, threads, learner, **options):
        endpoints = self.endpoints(learner)
        session_cookie = self.session_for(learner)
        port = free_port()
        command = [
            sys.executable, "-m", "gunicorn", "lms.wsgi:application",
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--threads", str(threads),
            "--access-logfile", "/dev/null", "--error-logfile", "-",
        ]  # fmt: skip
        server = subprocess.Popen(command, env=dict(os.environ))  # noqa: S603 - our argv
        try:
            self.wait_until_up(port)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for number in range(warmup + rounds):
                for endpoint in endpoints:
                    started = time.perf_counter()
                    self.request(connection, endpoint, session_cookie)
                    if number >= warmup:
                        endpoint.timings.append(time.perf_counter() - started)
        finally:
            server.terminate()
            server.wait(timeout=30)
        self.report(endpoints, workers=workers, threads=threads)

    def endpoints(self, learner_email: str) -> list[Endpoint]:
        from accounts.models import User
        from courses.models import CatalogueIndexPage, LessonPage, ModulePage

        if not User.objects.filter(email=learner_email).exists():
            raise CommandError(f"No {learner_email}: seed the demo first (make setup).")
        catalogue = (
            CatalogueIndexPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )
        module = (
            ModulePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("path")
            .first()
        )
        if catalogue is None or module is None:
            raise CommandError("No demo content: seed the demo first (make setup).")
        lesson = LessonPage.objects.live().child_of(module).order_by("path").first()
        return [
            Endpoint("reference: /healthz/live", "/healthz/live"),
            Endpoint("home (anonymous)", f"/{settings.LANGUAGE_CODE}/"),
            Endpoint("catalogue (anonymous)", catalogue.url),
            Endpoint("module (anonymous)", module.url),
            Endpoint("lesson (anonymous)", lesson.url),
            Endpoint("lesson (signed in)", lesson.url, signed_in=True),
            Endpoint("module (signed in)", module.url, signed_in=True),
            Endpoint(
                "my learning (signed in)",
                f"/{settings.LANGUAGE_CODE}/my-learning/",
                signed_in=True,
            ),
        ]

    def session_for(self, email: str) -> str:
        """A signed-in session for the learner, made the way django.contrib.auth does."""
        from accounts.models import User

        user = User.objects.get(email=email)
        store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        cookie = SimpleCookie()
        cookie[settings.SESSION_COOKIE_NAME] = store.session_key
        return cookie.output(attrs=[], header="").strip()

    def wait_until_up(self, port: int) -> None:
        for _ in range(100):
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                probe.request("GET", "/healthz/live")
                if probe.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise CommandError("gunicorn did not start")

    def request(self, connection, endpoint: Endpoint, session_cookie: str) -> None:
        headers = {"Host": "127.0.0.1", "Accept-Language": "lt"}
        if endpoint.signed_in:
            headers["Cookie"] = session_cookie
        connection.request(endpoint.method, endpoint.path, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise CommandError(f"{endpoint.path} answered {response.status}")

    def report(self, endpoints: list[Endpoint], *, workers: int, threads: int) -> None:
        reference = len(endpoints[0].timings) / sum(endpoints[0].timings)
        self.stdout.write(
            f"gunicorn {workers} workers x {threads} threads, one connection, "
            f"{len(endpoints[0].timings)} interleaved rounds, "
            f"database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
        )
        self.stdout.write(
            f"{'endpoint':<28}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
            f"{'ratio':>8}"
        )
        for endpoint in endpoints:
            timings = endpoint.timings
            rate = len(timings) / sum(timings)
            self.stdout.write(
                f"{endpoint.name:<28}{rate:>9.1f}"
                f"{statistics.median(timings) * 1000:>9.1f}"
                f"{percentile(timings, 0.95) * 1000:>9.1f}"
                f"{percentile(timings, 0.99) * 1000:>9.1f}"
                f"{rate / reference:>8.3f}"
            )
