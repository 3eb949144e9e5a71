"""/healthz against real workers: a queue is up while a worker consumes it."""

from contextlib import contextmanager

import pytest

from lms.celery import app as celery_app

from .conftest import wait_for

pytestmark = pytest.mark.integration


def reset_pools() -> None:
    # Dropped, not closed: kombu shares pools per broker address across apps.
    celery_app._pool = None
    if "amqp" in celery_app.__dict__:
        celery_app.amqp._producer_pool = None


@contextmanager
def on_broker(processes):
    """This process's app talks to the test's broker (broadcasts included) for a while."""
    conf = celery_app.conf
    saved = conf.broker_url, conf.broker_transport_options
    reset_pools()
    conf.broker_url = processes.broker_url
    conf.broker_transport_options = processes.transport_options
    try:
        yield
    finally:
        reset_pools()
        conf.broker_url, conf.broker_transport_options = saved


@pytest.fixture
def on_the_test_broker(celery_processes):
    with on_broker(celery_processes):
        yield


def queues(client) -> dict:
    return client.get("/healthz").json()["checks"]["queues"]


def test_a_worker_that_stops_consuming_a_queue_shows_it_down(
    celery_processes, on_the_test_broker, client, settings
):
    email = f"{celery_processes.queue}-email"
    settings.TASK_QUEUES = {"default": celery_processes.queue, "email": email}
    settings.HEALTH_CACHE_SECONDS = 0
    settings.HEALTH_INSPECT_TIMEOUT = 3
    celery_processes.start(
        "worker",
        "--loglevel=info",
        "--pool=solo",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        f"--queues={celery_processes.queue},{email}",
        "-n",
        f"health-{celery_processes.queue}@%h",
    )
    node = wait_for(
        lambda: (
            next(iter(celery_app.control.inspect(timeout=1).ping() or {}), None)
            if queues(client) == {"default": "up", "email": "up"}
            else None
        )
    )
    assert node, "the worker never showed both queues up"

    celery_app.control.cancel_consumer(email, destination=[node], reply=True)

    assert queues(client) == {"default": "up", "email": "down"}
    assert client.get("/healthz").status_code == 503
