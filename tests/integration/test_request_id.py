"""A request id travels with the task it queued, into a real worker's JSON logs."""

import json

from django.utils import timezone

import pytest

from lms.logging_context import request_id
from lms.models import WorkerHeartbeat

from .conftest import wait_for

pytestmark = pytest.mark.integration


def test_a_worker_logs_a_task_with_the_request_id_it_was_queued_with(
    celery_processes,
):
    celery_processes.start_worker(LOG_FORMAT="json")
    sent_at = timezone.now()
    token = request_id.set("req-itest-1234")
    try:
        celery_processes.sender().send_task("lms.tasks.record_heartbeat")
    finally:
        request_id.reset(token)

    assert wait_for(lambda: WorkerHeartbeat.objects.filter(beat_at__gte=sent_at))
    wait_for(lambda: False, timeout=1)  # the success line follows the write
    lines = []
    for line in celery_processes.stop().splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    succeeded = [
        entry
        for entry in lines
        if "lms.tasks.record_heartbeat" in entry.get("message", "")
        and "succeeded" in entry["message"]
    ]
    assert succeeded, lines
    assert {entry["request_id"] for entry in succeeded} == {"req-itest-1234"}
