from django.db import OperationalError

from celery import shared_task


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def send_event_reminders() -> int:
    """Queue today's reminders of events 7 days and 1 day ahead. Safe to repeat."""
    from . import reminders

    return reminders.queue_event_reminders()


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def send_survey_emails() -> int:
    """Queue survey invitations after events and the one reminder. Safe to repeat."""
    from . import reminders

    return reminders.queue_survey_emails()
