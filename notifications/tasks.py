from django.db import OperationalError

from celery import shared_task
from celery.signals import worker_process_init

from . import services

# A batch stops itself before Celery's soft time limit and hands on what is left.
BATCH_BUDGET_SECONDS = 40


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_outbox(*, message_ids: list[int]) -> dict:
    """Send a batch of outbox messages over one connection. Safe to repeat: sent rows are
    skipped. Messages to retry come back with a countdown; the sweep is their safety net.
    """
    report = services.deliver(
        message_ids=message_ids, budget_seconds=BATCH_BUDGET_SECONDS
    )
    for message_id, delay in report.retrying.items():
        send_outbox.apply_async(kwargs={"message_ids": [message_id]}, countdown=delay)
    if report.left:
        send_outbox.apply_async(kwargs={"message_ids": report.left})
    return {"sent": len(report.sent), "failed": len(report.failed)}


@shared_task
def sweep_outbox() -> int:
    """Queue again the messages whose task was lost. Runs every minute."""
    return len(services.sweep())


@worker_process_init.connect
def load_url_configuration(**kwargs) -> None:
    """Import and index the URL configuration when a worker process starts: the first
    reverse() of a batch would otherwise spend a second or two on it."""
    from django.urls import reverse

    reverse("learning:my_learning")
