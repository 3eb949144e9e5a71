"""Emails that beat sends about events: reminders before an event, and the
satisfaction survey after it. Each is idempotent by its key, so a second run (a retry,
a second beat) queues nothing more.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from notifications.models import Kind, OutboxMessage

from . import emails
from .models import (
    EVENT_TIME_ZONE,
    Attendance,
    EventPage,
    EventSeats,
    Registration,
    SurveyResponse,
)
from .services import source_event

# Reminders go this many days before the event (by its date in Vilnius).
REMINDER_DAYS = (7, 1)
# The survey reminder goes this long after the invitation, to those who did not answer.
SURVEY_REMINDER_AFTER = timedelta(days=3)
# Events that ended longer ago than this get no more survey emails (e.g. the day a
# platform with older events starts sending them).
SURVEY_WINDOW = timedelta(days=21)

Status = Registration.Status


def _events_by_key(events) -> dict:
    """One event per translation_key (the default language's page where it exists),
    leaving out events the organisers cancelled."""
    called_off = set(
        EventSeats.objects.filter(called_off_at__isnull=False).values_list(
            "event_key", flat=True
        )
    )
    chosen: dict = {}
    for event in events.filter(alias_of__isnull=True).exclude(
        translation_key__in=called_off
    ):
        if event.translation_key not in chosen:
            chosen[event.translation_key] = source_event(event)
    return chosen


@transaction.atomic
def queue_event_reminders(*, now=None) -> int:
    """Remind everyone with a seat 7 days and 1 day before the event (the event's date
    in Vilnius against today's). Returns how many reminders were written."""
    started = timezone.now()
    now = now or started
    today = now.astimezone(EVENT_TIME_ZONE).date()
    written = 0
    for days in REMINDER_DAYS:
        day = datetime.combine(
            today + timedelta(days=days), time(0), tzinfo=EVENT_TIME_ZONE
        )
        events = _events_by_key(
            EventPage.objects.live().filter(
                starts_at__gte=max(day, now), starts_at__lt=day + timedelta(days=1)
            )
        )
        for key, event in events.items():
            for registration in Registration.objects.filter(
                event_key=key, status=Status.REGISTERED, person__is_active=True
            ).select_related("person"):
                written += _queued(
                    emails.queue_reminder(registration, event, days=days), started
                )
    return written


@transaction.atomic
def queue_survey_emails(*, now=None) -> int:
    """After an event ends, invite those who attended (present or partly) to the
    survey; three days after the invitation, remind once those who did not answer.
    Returns how many emails were written."""
    started = timezone.now()
    now = now or started
    events = _events_by_key(
        EventPage.objects.live().filter(
            ends_at__lte=now, ends_at__gt=now - SURVEY_WINDOW
        )
    )
    attendees = list(
        Registration.objects.filter(
            event_key__in=list(events),
            status=Status.REGISTERED,
            attendance__in=[Attendance.PRESENT, Attendance.PARTLY],
            person__is_active=True,
        )
        .exclude(
            pk__in=SurveyResponse.objects.filter(event_key__in=list(events)).values(
                "registration_id"
            )
        )
        .select_related("person")
    )
    invited_at = dict(
        OutboxMessage.objects.filter(
            idempotency_key__in=[
                f"{Kind.SURVEY_INVITATION}:{registration.pk}"
                for registration in attendees
            ]
        ).values_list("idempotency_key", "created_at")
    )
    written = 0
    for registration in attendees:
        event = events[registration.event_key]
        invited = invited_at.get(f"{Kind.SURVEY_INVITATION}:{registration.pk}")
        if invited is None:
            kind = Kind.SURVEY_INVITATION
        elif invited <= now - SURVEY_REMINDER_AFTER:
            kind = Kind.SURVEY_REMINDER
        else:
            continue
        written += _queued(emails.queue_survey(registration, event, kind=kind), started)
    return written


def _queued(message: OutboxMessage | None, started) -> int:
    """1 when `message` was written by this run (not found from an earlier one)."""
    return int(message is not None and message.created_at >= started)
