"""Work is routed to queues by kind, and the workers that compose and `make run` start
consume them."""

import importlib
import os
import subprocess
import sys

import pytest
from celery import Celery

from lms.settings import base

from .test_compose import SERVICES, command_text

ROUTES = {
    "notifications.tasks.send_outbox": "email",
    "learning.tasks.send_reminders": "email",
    "learning.tasks.send_coordinator_digests": "email",
    "learning.tasks.send_trainer_digests": "email",
    "events.tasks.send_event_reminders": "email",
    "events.tasks.send_survey_emails": "email",
    "learning.tasks.generate_certificate": "documents",
    "privacy.tasks.build_data_export": "documents",
    "learning.tasks.forward_statements": "statements",
    "notifications.tasks.sweep_outbox": "default",
    "learning.tasks.refresh_progress": "default",
    "learning.tasks.refresh_stale_progress": "default",
    "learning.tasks.generate_missing_certificates": "default",
    "privacy.tasks.apply_retention": "default",
    "lms.tasks.record_heartbeat": "default",
    "lms.tasks.prune_heartbeats": "default",
}


def production_router():
    """A Celery app configured from base.py, as every deployment is (test.py turns the
    routing off for the other tests' private queues)."""
    app = Celery("routes", set_as_current=False)
    app.conf.task_default_queue = base.CELERY_TASK_DEFAULT_QUEUE
    app.conf.task_queues = base.CELERY_TASK_QUEUES
    app.conf.task_routes = base.CELERY_TASK_ROUTES
    return app


@pytest.mark.parametrize(("task", "queue"), ROUTES.items())
def test_each_task_goes_to_the_queue_of_its_kind(task, queue):
    route = production_router().amqp.router.route({}, task)

    assert route["queue"].name == queue


def test_every_task_that_sends_email_goes_to_the_email_queue():
    """A new task that sends or queues email ("send_..." by our naming) is routed with
    the others, so that it never holds up a certificate."""
    app = importlib.import_module("lms").celery_app
    app.loader.import_default_modules()
    senders = {
        name
        for name in app.tasks
        if name.split(".")[-1].startswith("send_") and not name.startswith("celery.")
    }
    router = production_router().amqp.router
    assert senders
    assert {
        name: router.route({}, name)["queue"].name for name in senders
    } == dict.fromkeys(senders, "email")


def test_a_task_of_no_named_kind_goes_to_the_default_queue():
    route = production_router().amqp.router.route({}, "some.new.task")

    assert route["queue"].name == "default"


def test_routes_name_only_declared_queues():
    declared = {queue.name for queue in base.CELERY_TASK_QUEUES}
    assert declared == {"default", "email", "documents", "statements"}
    assert {route["queue"] for route in base.CELERY_TASK_ROUTES.values()} <= declared


def worker_queues(name: str) -> tuple[set[str], str]:
    command = SERVICES[name]["command"]
    [option] = [part for part in command if part.startswith("--queues=")]
    [concurrency] = [part for part in command if part.startswith("--concurrency=")]
    return set(option.removeprefix("--queues=").split(",")), concurrency


def test_compose_runs_one_worker_for_email_and_one_for_the_rest():
    email, email_concurrency = worker_queues("worker-email")
    rest, rest_concurrency = worker_queues("worker")

    assert email == {"email"}
    assert rest == {"default", "documents", "statements"}
    assert email_concurrency == "--concurrency=${EMAIL_WORKER_CONCURRENCY:-2}"
    assert rest_concurrency == "--concurrency=${WORKER_CONCURRENCY:-2}"


def test_compose_workers_can_be_scaled():
    for name in ("worker", "worker-email"):
        service = SERVICES[name]
        assert "container_name" not in service and "ports" not in service
        # A node name per container, so that replicas answer inspect apart.
        assert "--hostname=" in command_text(service)
        assert "%h" in command_text(service)


def test_make_run_starts_one_worker_that_consumes_every_queue(monkeypatch):
    from lms.management.commands import runplatform

    started = {}

    class Manager:
        returncode = 0

        def add_process(self, name, command, env=None):
            started[name] = (command, env)

        def loop(self):
            pass

    monkeypatch.setattr(runplatform, "Manager", Manager)
    monkeypatch.setattr(runplatform, "redis_answers", lambda url: False)
    with pytest.raises(SystemExit):
        runplatform.Command().handle(port=8000, host="127.0.0.1")

    command, env = started["worker"]
    assert "-Q" not in command.split() and "--queues" not in command
    # Without -Q a worker consumes every queue in CELERY_TASK_QUEUES of the settings
    # it runs with: those of `make run` (lms.settings.dev).
    consumed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from lms.celery import app; "
            "print(','.join(sorted(app.amqp.queues)))",
        ],
        env={
            **{k: v for k, v in env.items() if not k.startswith("CELERY_TASK")},
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "PATH": os.environ["PATH"],
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert consumed.returncode == 0, consumed.stderr
    assert consumed.stdout.strip() == "default,documents,email,statements"
