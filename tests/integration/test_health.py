"""/healthz against real workers: a queue is up while a worker consumes it."""

import pytest

from lms.celery import app as celery_app

from .conftest import wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def on_the_test_broker(celery_processes):
    conf = celery_app.conf
    saved = conf.broker_url, conf.broker_transport_options
    conf.broker_url = celery_processes.broker_url
    conf.broker_transport_options = celery_processes.transport_options
    celery_app.__dict__.pop("pool", None)
    yield
    conf.broker_url, conf.broker_transport_options = saved
    celery_app.__dict__.pop("pool", None)


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
