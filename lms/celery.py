"""The Celery app. Settings come from Django's, under the CELERY_ namespace."""

import logging
import os
import time
from pathlib import Path

from celery import Celery
from celery.beat import PersistentScheduler

# Connects the signals that carry a request's id into the tasks it queues.
from . import logging_context  # noqa: F401

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

logger = logging.getLogger(__name__)

app = Celery("lms")

app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def prepare_embedded_broker(sender: Celery, **kwargs) -> None:
    """Create the folders of the file-system broker used where no Redis answers."""
    options = sender.conf.broker_transport_options or {}
    for key in (
        "data_folder_in",
        "data_folder_out",
        "processed_folder",
        "control_folder",
    ):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)


class HeartbeatScheduler(PersistentScheduler):
    """Celery's scheduler, which also records beat's last tick for /healthz.

    It wakes at least every BEAT_HEARTBEAT_INTERVAL seconds to do so, and a failed
    write (the database away for a moment) is logged, never fatal to beat.
    """

    _last_beat = 0.0

    def tick(self, *args, **kwargs):
        from django.conf import settings

        interval = super().tick(*args, **kwargs)
        every = settings.BEAT_HEARTBEAT_INTERVAL
        if time.monotonic() - self._last_beat >= every:
            self._record_beat()
        return min(interval, every)

    def _record_beat(self) -> None:
        from django.db import DatabaseError, close_old_connections

        from .health import record_beat

        try:
            close_old_connections()
            record_beat()
        except DatabaseError:
            logger.warning("Could not record beat's heartbeat.", exc_info=True)
        else:
            self._last_beat = time.monotonic()
