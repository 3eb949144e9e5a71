from datetime import timedelta

from django.db import OperationalError
from django.utils import timezone

import pytest

from lms import health
from lms.celery import app as celery_app
from lms.models import WorkerHeartbeat
from lms.tasks import prune_heartbeats, record_heartbeat

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_broker():
    original = celery_app.conf.broker_url, celery_app.conf.broker_transport_options
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    celery_app.conf.broker_transport_options = {}
    celery_app.__dict__.pop("pool", None)
    yield
    celery_app.conf.broker_url, celery_app.conf.broker_transport_options = original


def test_healthz_is_up_when_database_broker_and_a_recent_worker_are(client):
    WorkerHeartbeat.objects.create(hostname="celery@a", beat_at=timezone.now())

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "up",
        "checks": {"database": "up", "broker": "up", "worker": "up"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_a_worker_silent_for_over_a_minute_is_down(client, settings):
    WorkerHeartbeat.objects.create(
        hostname="celery@a",
        beat_at=timezone.now()
        - timedelta(seconds=settings.WORKER_HEARTBEAT_MAX_AGE + 1),
    )

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["worker"] == "down"


def test_an_unreachable_broker_is_down(client, unreachable_broker):
    WorkerHeartbeat.objects.create(hostname="celery@a", beat_at=timezone.now())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "down"


def test_an_unreachable_database_is_down(monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", broken_cursor)

    assert health.database_state() == health.DOWN


def test_healthz_answers_only_get(client):
    assert client.post("/healthz").status_code == 405


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
