from datetime import timedelta

from django.db import OperationalError
from django.utils import timezone

from celery import shared_task

from . import statements
from .models import Enrolment, EnrolmentProgress
from .statements import LrsUnavailable


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


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def generate_certificate(*, certificate_id: int) -> None:
    """Render and store a certificate's PDF. Safe to repeat."""
    from . import certificates

    certificates.generate_pdf(certificate_id=certificate_id)


@shared_task
def generate_missing_certificates() -> int:
    """Queue again the certificates whose PDF was never made (a lost task)."""
    from . import certificates

    missing = certificates.certificates_without_pdf()
    for certificate_id in missing:
        generate_certificate.delay(certificate_id=certificate_id)
    return len(missing)


@shared_task(
    autoretry_for=(LrsUnavailable,),
    retry_backoff=30,
    retry_backoff_max=1800,
    retry_jitter=True,
    max_retries=8,
)
def forward_statements() -> int:
    """Forward a batch of statements to the LRS; retried with backoff while it is down.
    Runs every minute; what a failed run leaves is sent by a later one."""
    return statements.forward_batch()


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def send_reminders() -> int:
    """Queue today's reminders. A second run on the same day queues nothing more."""
    from . import reminders

    return reminders.queue_reminders()


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def send_coordinator_digests() -> int:
    """Queue this week's digest for each coordinator. A second run queues nothing more."""
    from . import reminders

    return reminders.queue_coordinator_digests()


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def send_trainer_digests() -> int:
    """Queue this hour's digest of new work for each trainer. A second run in the same
    hour queues nothing more."""
    from . import trainer_digest

    return trainer_digest.queue_trainer_digests()


@shared_task
def refresh_stale_progress() -> int:
    """Recompute progress whose own task was lost (a broker down at the time).
    Runs every minute; a row is stale from the change that needs it until recomputed."""
    cutoff = timezone.now() - timedelta(seconds=60)
    ids = list(
        EnrolmentProgress.objects.filter(stale=True, updated_at__lt=cutoff)
        .order_by("updated_at")
        .values_list("enrolment_id", flat=True)[:500]
    )
    for enrolment_id in ids:
        refresh_progress.delay(enrolment_id=enrolment_id)
    return len(ids)
