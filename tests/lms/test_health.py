from datetime import timedelta

from django.db import OperationalError
from django.utils import timezone

import pytest

from lms import health
from lms.celery import HeartbeatScheduler
from lms.celery import app as celery_app
from lms.models import WorkerHeartbeat
from lms.tasks import prune_heartbeats, record_heartbeat

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUES = {
    "default": "default",
    "email": "email",
    "documents": "documents",
    "statements": "statements",
}


@pytest.fixture(autouse=True)
def four_queues(settings):
    settings.TASK_QUEUES = QUEUES


@pytest.fixture
def workers(monkeypatch):
    """What the workers answer to inspect's active_queues: worker name -> queues."""
    replies: dict[str, list[dict]] = {}
    asked = []

    class Inspect:
        def __init__(self, timeout):
            asked.append(timeout)

        def active_queues(self):
            return replies or None

    monkeypatch.setattr(celery_app.control, "inspect", Inspect)

    def consuming(node: str, *queues: str) -> None:
        replies[node] = [{"name": queue} for queue in queues]

    consuming.asked = asked
    return consuming


@pytest.fixture
def beat_ticked():
    health.record_beat()


@pytest.fixture
def unreachable_broker():
    original = celery_app.conf.broker_url, celery_app.conf.broker_transport_options
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    celery_app.conf.broker_transport_options = {}
    celery_app.__dict__.pop("pool", None)
    yield
    celery_app.conf.broker_url, celery_app.conf.broker_transport_options = original


def test_healthz_is_up_when_everything_is(client, workers, beat_ticked):
    workers("email@a", "email")
    workers("worker@b", "default", "documents", "statements")

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "up",
        "checks": {
            "database": "up",
            "broker": "up",
            "beat": "up",
            "queues": dict.fromkeys(QUEUES, "up"),
        },
    }
    assert "no-cache" in response["Cache-Control"]


def test_a_queue_no_worker_consumes_is_down(client, workers, beat_ticked):
    workers("worker@b", "default", "documents", "statements")

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["queues"] == {
        "default": "up",
        "email": "down",
        "documents": "up",
        "statements": "up",
    }


def test_no_worker_answering_leaves_every_queue_down(client, workers, beat_ticked):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert set(response.json()["checks"]["queues"].values()) == {"down"}


def test_workers_are_asked_with_a_short_timeout_and_not_on_every_call(
    client, workers, beat_ticked, settings
):
    settings.HEALTH_INSPECT_TIMEOUT = 0.5
    workers("worker@b", *QUEUES)

    client.get("/healthz")
    client.get("/healthz")

    assert workers.asked == [0.5]


def test_beat_silent_for_over_a_minute_is_down(client, workers, settings):
    workers("worker@b", *QUEUES)
    WorkerHeartbeat.objects.create(
        hostname=health.BEAT_HOSTNAME,
        beat_at=timezone.now() - timedelta(seconds=settings.BEAT_HEARTBEAT_MAX_AGE + 1),
    )

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["beat"] == "down"


def test_a_worker_heartbeat_is_not_beat(client, workers):
    workers("worker@b", *QUEUES)
    WorkerHeartbeat.objects.create(hostname="celery@a", beat_at=timezone.now())

    assert client.get("/healthz").json()["checks"]["beat"] == "down"


def test_beats_scheduler_records_its_ticks(monkeypatch):
    monkeypatch.setattr(
        "celery.beat.PersistentScheduler.tick", lambda self, *a, **k: 300.0
    )
    # Beat closes a connection past its age; here it is the test's own.
    monkeypatch.setattr("django.db.close_old_connections", lambda: None)
    scheduler = HeartbeatScheduler.__new__(HeartbeatScheduler)

    interval = scheduler.tick()

    assert interval <= 15
    assert health.beat_state() == health.UP


def test_beats_scheduler_survives_a_database_error(monkeypatch):
    monkeypatch.setattr(
        "celery.beat.PersistentScheduler.tick", lambda self, *a, **k: 1.0
    )

    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "record_beat", broken)
    scheduler = HeartbeatScheduler.__new__(HeartbeatScheduler)

    assert scheduler.tick() == 1.0
    assert scheduler._last_beat == 0.0  # tried again on the next tick


def test_an_unreachable_broker_is_down_and_so_are_the_queues(
    client, unreachable_broker, beat_ticked
):
    response = client.get("/healthz")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["broker"] == "down"
    assert set(checks["queues"].values()) == {"down"}


def test_an_unreachable_database_is_down(monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", broken_cursor)

    assert health.database_state() == health.DOWN


def test_healthz_answers_only_get(client):
    assert client.post("/healthz").status_code == 405


def test_live_answers_without_a_query_even_to_a_signed_in_person(
    client, django_assert_num_queries
):
    client.force_login(UserFactory())

    with django_assert_num_queries(0):
        response = client.get("/healthz/live")

    assert response.status_code == 200
    assert response.json() == {"status": "up"}
    assert "Set-Cookie" not in response.headers and not response.cookies


def test_live_answers_any_host_and_before_the_ssl_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz/live", HTTP_HOST="10.0.0.7:8000")

    assert response.status_code == 200


def test_live_is_also_a_route_for_a_stack_without_the_middleware(client, settings):
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if m != "lms.health.LivenessMiddleware"
    ]

    assert client.get("/healthz/live").json() == {"status": "up"}


def test_the_heartbeat_task_records_one_row_per_worker_however_often_it_runs():
    record_heartbeat.apply(headers={"hostname": "celery@one"})
    record_heartbeat.apply(headers={"hostname": "celery@one"})

    assert WorkerHeartbeat.objects.count() == 1


def test_old_heartbeats_are_pruned():
    WorkerHeartbeat.objects.create(
        hostname="celery@gone", beat_at=timezone.now() - timedelta(days=8)
    )
    WorkerHeartbeat.objects.create(hostname="celery@here", beat_at=timezone.now())

    assert prune_heartbeats() == 1
    assert list(WorkerHeartbeat.objects.values_list("hostname", flat=True)) == [
        "celery@here"
    ]
