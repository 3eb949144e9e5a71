from django.db import OperationalError

from celery import shared_task

from .models import Enrolment


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def refresh_progress(*, enrolment_id: int) -> None:
    """Recompute an enrolment's progress from its records. Safe to repeat."""
    from . import services

    enrolment = (
        Enrolment.objects.filter(pk=enrolment_id).select_related("programme").first()
    )
    if enrolment is None:  # deleted after the task was queued
        return
    services.recalculate_progress(enrolment=enrolment)
