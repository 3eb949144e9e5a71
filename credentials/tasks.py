from django.db import OperationalError

from celery import shared_task


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def issue_credential(*, certificate_id: int) -> None:
    """Sign a certificate's Open Badges credential. Safe to repeat."""
    from learning.models import Certificate

    from . import services

    certificate = (
        Certificate.objects.filter(pk=certificate_id).select_related("learner").first()
    )
    if certificate is None:
        return
    services.issue_credential(certificate=certificate)


@shared_task
def issue_missing_credentials() -> int:
    """Issue the credentials whose task was lost, and those of older certificates."""
    from . import services

    return services.issue_missing_credentials()
