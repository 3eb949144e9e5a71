"""Run the web server, a Celery worker and Celery beat together, until Ctrl-C."""

import os
import shlex
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import redis
from honcho.manager import Manager

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except (redis.RedisError, OSError, ValueError):
        return False


class Command(BaseCommand):
    help = (
        "Start web (gunicorn), a Celery worker and Celery beat, on Redis when one answers "
        "and on the embedded file-system broker otherwise. Ctrl-C stops all three."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=int(os.environ.get("PORT", 8000))
        )
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args, port: int, host: str, **options):
        env = dict(os.environ)
        env["SITE_URL"] = env.get("SITE_URL") or f"http://{host}:{port}"
        redis_url = env.get("REDIS_URL") or DEFAULT_REDIS_URL
        if redis_answers(redis_url):
            env["REDIS_URL"] = redis_url
            broker = f"Redis at {redis_url}"
        else:
            # Both settings must agree in all three processes, so decide once, here.
            env["REDIS_URL"] = ""
            env["CELERY_BROKER_URL"] = "filesystem://"
            broker = f"the embedded file-system broker in {settings.VAR_DIR / 'broker'}"

        # The console keeps to the short story; each process's detail goes to var/log/.
        logs = Path(settings.VAR_DIR) / "log"
        logs.mkdir(parents=True, exist_ok=True)
        # WEB_WORKERS processes of WEB_THREADS threads each (compose reads the same).
        # A keep-alive connection stays with the process that accepted it: four
        # processes of two threads spread two connections over both cores more often
        # than two of four (benchmark_site, README).
        workers = int(env.get("WEB_WORKERS") or 4)
        threads = int(env.get("WEB_THREADS") or 2)
        python = shlex.quote(sys.executable)
        celery = f"{python} -m celery -A lms"
        manager = Manager()
        manager.add_process(
            "web",
            f"{python} -m gunicorn lms.wsgi:application --bind {host}:{port} "
            f"--workers {workers} --threads {threads} --access-logfile {shlex.quote(str(logs / 'access.log'))} "
            "--graceful-timeout 5",
            env=env,
        )
        manager.add_process(
            "worker",
            f"{celery} worker --loglevel=warning --concurrency=2 "
            f"--logfile {shlex.quote(str(logs / 'worker.log'))}",
            env=env,
        )
        manager.add_process(
            "beat",
            f"{celery} beat --loglevel=info --schedule {shlex.quote(settings.CELERY_BEAT_SCHEDULE_FILENAME)} "
            f"--logfile {shlex.quote(str(logs / 'beat.log'))}",
            env=env,
        )

        self.stdout.write(self.style.SUCCESS(f"The platform: http://{host}:{port}/"))
        self.stdout.write(f"Tasks go through {broker}.")
        self.stdout.write(f"Emails: {self._email_destination()}")
        self._write_demo_logins()
        self.stdout.write(f"Logs: {logs}/ (access.log, worker.log, beat.log).")
        if not settings.MFA_REQUIRED_FOR_STAFF:
            self.stdout.write(
                "Two-factor authentication is optional for staff here, so the demo "
                "logins work; MFA_REQUIRED_FOR_STAFF=true makes trainers, coordinators "
                "and administrators set it up before they enter /admin/ (the default in "
                "lms.settings.production)."
            )
        self.stdout.write("Stop with Ctrl-C.")
        manager.loop()
        sys.exit(manager.returncode)

    def _write_demo_logins(self) -> None:
        """The demo users' addresses and password, when `seed_demo --with-users` made
        them (it keeps a generated password in var/demo_password)."""
        from accounts.demo import DEMO_USERS, demo_password

        kept = Path(settings.VAR_DIR) / "demo_password"
        if not (settings.DEMO_PASSWORD or kept.exists()):
            return
        password, _generated = demo_password()
        emails = ", ".join(demo.email for demo in DEMO_USERS)
        self.stdout.write(f"Demo sign-ins: {emails}; password {password}")

    def _email_destination(self) -> str:
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            return f"written as files to {settings.EMAIL_FILE_PATH}/"
        if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
            return "printed to this console"
        return f"sent through {settings.EMAIL_BACKEND} ({settings.EMAIL_HOST}:{settings.EMAIL_PORT})"
