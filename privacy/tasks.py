from django.db import OperationalError

from celery import shared_task


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def build_data_export(*, export_id: int) -> None:
    """Build a person's data export and email them its link. Safe to repeat."""
    from . import services

    services.build_export(export_id=export_id)


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def apply_retention() -> dict:
    """Notices to inactive people, closing of accounts past their notice, and the
    deletion of expired exports. Runs daily; a second run the same day does nothing."""
    from . import services

    figures = services.apply_retention()
    figures["expired_exports"] = services.delete_expired_exports()
    return figures
