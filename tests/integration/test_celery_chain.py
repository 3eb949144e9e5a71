"""The task chain end to end: beat schedules, the broker carries, a real worker runs."""

from django.utils import timezone

import pytest

from lms import health
from lms.models import WorkerHeartbeat

from .conftest import wait_for
from .test_health import on_broker

pytestmark = pytest.mark.integration


def test_a_real_worker_runs_a_task_sent_through_the_broker(celery_processes):
    celery_processes.start_worker()
    sent_at = timezone.now()

    celery_processes.sender().send_task("lms.tasks.record_heartbeat")

    beat = wait_for(
        lambda: WorkerHeartbeat.objects.filter(beat_at__gte=sent_at).first()
    )
    assert beat is not None, "the worker did not run the task"
    assert beat.hostname.startswith(f"itest-{celery_processes.queue}@")


def test_beat_schedules_the_heartbeat_and_healthz_reports_everything_up(
    celery_processes, client, settings
):
    settings.TASK_QUEUES = {"default": celery_processes.queue}
    settings.HEALTH_INSPECT_TIMEOUT = 3  # the file-system broker polls once a second
    celery_processes.start_worker()
    celery_processes.start_beat(WORKER_HEARTBEAT_INTERVAL="1")

    assert wait_for(
        lambda: WorkerHeartbeat.objects.exclude(hostname=health.BEAT_HOSTNAME).exists()
    ), "beat sent no heartbeat"
    assert WorkerHeartbeat.objects.filter(hostname=health.BEAT_HOSTNAME).exists()

    with on_broker(celery_processes):
        response = client.get("/healthz")
    assert response.json() == {
        "status": "up",
        "checks": {
            "database": "up",
            "broker": "up",
            "beat": "up",
            "queues": {"default": "up"},
        },
    }
