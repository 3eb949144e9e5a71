"""Queue Celery work after commit without letting a broker outage fail the request."""

import logging

from django.db import transaction

from kombu.exceptions import OperationalError as BrokerError

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, **kwargs) -> None:
    """Send `task` with keyword arguments once the current transaction commits.

    If the broker cannot be reached the error is logged, not raised: the caller's change is
    already committed, and work queued this way must have a periodic sweep that finds it
    again from the database (the outbox sweep, the progress sweep).
    """

    def send() -> None:
        try:
            task.apply_async(kwargs=kwargs)
        except (BrokerError, OSError):
            logger.warning(
                "Broker unreachable; %s%r left for the sweep.", task.name, kwargs
            )

    transaction.on_commit(send)
