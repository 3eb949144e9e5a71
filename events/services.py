"""Writes of event registrations. Each runs in one transaction with its emails.

Every write for an event first locks the event's seats row (`EventSeats`, one per event
in all its languages) with SELECT … FOR UPDATE, then counts the seats taken: two requests
for the last seat are served one after the other, and exactly one gets it. On SQLite the
lock is the database's single writer (transactions begin IMMEDIATE).
"""

import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale

from accounts.models import User
from learning import statements
from learning.models import LearningStatement

from . import emails
from .models import (
    EVENT_TIME_ZONE,
    Attendance,
    EventPage,
    EventSeats,
    Rating,
    Registration,
    SurveyResponse,
)
from .permissions import may_decide, may_mark_attendance, may_register_person

Status = Registration.Status


class EventError(Exception):
    """An action the rules do not allow; the message says why, for the person who tried."""


def source_event(event: EventPage) -> EventPage:
    """The event in the default language (its registrations' reference), else itself."""
    if event.alias_of_id:
        event = EventPage.objects.get(pk=event.alias_of_id)
    return event.get_translation_or_none(Locale.get_default()) or event


def lock_seats(event: EventPage) -> EventSeats:
    """The event's seats row, locked until the end of the transaction."""
    EventSeats.objects.get_or_create(event_key=event.translation_key)
    return EventSeats.objects.select_for_update().get(event_key=event.translation_key)


def seats_taken(event: EventPage) -> int:
    return Registration.objects.filter(
        event_key=event.translation_key, status=Status.REGISTERED
    ).count()


def check_open(event: EventPage, now=None, *, called_off: bool | None = None) -> None:
    """Raise EventError unless registration for the event is open now. Pass
    `called_off` when it is known, to save a query."""
    now = now or timezone.now()
    if not event.live:
        raise EventError(_("This event is not published."))
    if called_off if called_off is not None else is_called_off(event):
        raise EventError(_("This event is cancelled by the organisers."))
    if event.has_ended(now):
        raise EventError(_("This event has already taken place."))
    if now >= event.starts_at:
        raise EventError(_("This event has started; registration is closed."))
    if event.registration_opens_at and now < event.registration_opens_at:
        raise EventError(
            _("Registration opens on %(when)s.")
            % {"when": local_time(event.registration_opens_at)}
        )
    if now >= event.registration_closes:
        raise EventError(_("Registration for this event has closed."))


def is_called_off(event: EventPage) -> bool:
    return EventSeats.objects.filter(
        event_key=event.translation_key, called_off_at__isnull=False
    ).exists()


def local_time(moment) -> str:
    return formats.date_format(moment.astimezone(EVENT_TIME_ZONE), "DATETIME_FORMAT")


@transaction.atomic
def register_for_event(
    *, person: User, event: EventPage, registered_by: User | None = None
) -> Registration:
    """Register a person: a seat if one is free, else the waiting list; a request
    awaiting approval where the event needs it. Registering again changes nothing.

    `registered_by` is the coordinator or administrator who registers someone else
    (see `register_staff`); such a registration needs no further approval when they
    may decide it.
    """
    event = source_event(event)
    seats = lock_seats(event)
    existing = (
        Registration.objects.current()
        .filter(person=person, event_key=event.translation_key)
        .first()
    )
    if existing is not None:
        return existing
    check_open(event)
    approved_by = (
        registered_by
        if registered_by is not None
        and registered_by.pk != person.pk
        and may_decide(registered_by, event=event)
        else None
    )
    if event.needs_approval and approved_by is None:
        status = Status.PENDING
    elif _seat_free(event):
        status = Status.REGISTERED
    else:
        status = Status.WAITLISTED
    seats.last_position = F("last_position") + 1
    seats.save(update_fields=["last_position"])
    seats.refresh_from_db(fields=["last_position"])
    now = timezone.now()
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                person=person,
                event_key=event.translation_key,
                event=event,
                event_title=event.title,
                status=status,
                position=seats.last_position,
                registered_by=registered_by
                if registered_by and registered_by.pk != person.pk
                else None,
                decided_by=approved_by if event.needs_approval else None,
                decided_at=now if event.needs_approval and approved_by else None,
                created_at=now,
            )
    except IntegrityError:  # not under the lock: a database without row locks
        return (
            Registration.objects.current()
            .filter(person=person, event_key=event.translation_key)
            .get()
        )
    emails.queue_about(registration, event)
    return registration


@transaction.atomic
def register_staff(*, actor: User, person: User, event: EventPage) -> Registration:
    """A coordinator registers a member of their own organisation's staff (an
    administrator, anyone). Raises EventError for anyone else's people."""
    if not may_register_person(actor, person):
        raise EventError(_("You may register only the staff of your own organisation."))
    return register_for_event(person=person, event=event, registered_by=actor)


@transaction.atomic
def cancel_registration(*, registration: Registration) -> Registration:
    """Cancel a registration (or a place on the waiting list, or a request). A seat
    given up goes to the first person waiting. Cancelling twice changes nothing."""
    event = _event_of(registration)
    if event is not None:
        lock_seats(event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not registration.is_current:
        return registration
    if event is not None and timezone.now() >= event.starts_at:
        raise EventError(
            _("The event has started; a registration can no longer be cancelled.")
        )
    held_seat = registration.status == Status.REGISTERED
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if event is not None:
        emails.queue_about(registration, event, held_seat=held_seat)
        if held_seat:
            fill_free_seats(event)
    return registration


@transaction.atomic
def decide_registration(
    *, actor: User, registration: Registration, approve: bool
) -> Registration:
    """Approve (a seat, or the waiting list when the event is full) or reject a request.

    Only a coordinator of the organising organisation, or an administrator, decides,
    and never about their own registration. Deciding again changes nothing.
    """
    event = _event_of(registration)
    if event is None:
        raise EventError(_("This event no longer exists."))
    if registration.person_id == actor.pk or not may_decide(actor, event=event):
        raise EventError(_("You may not decide about this registration."))
    lock_seats(event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.PENDING:
        return registration
    if not approve:
        registration.status = Status.REJECTED
    elif _seat_free(event):
        registration.status = Status.REGISTERED
    else:
        registration.status = Status.WAITLISTED
    registration.decided_by = actor
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_by", "decided_at"])
    emails.queue_about(registration, event)
    return registration


def _seat_free(event: EventPage) -> bool:
    """Whether a newcomer gets a seat: only once everyone already waiting has one."""
    taken = seats_taken(event)
    taken += len(fill_free_seats(event, taken=taken))
    return taken < event.capacity


def fill_free_seats(
    event: EventPage, *, taken: int | None = None
) -> list[Registration]:
    """Give free seats to the people waiting, first come first served, each with an
    email. Call with the event's seats locked (inside `lock_seats`'s transaction)."""
    free = event.capacity - (seats_taken(event) if taken is None else taken)
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.select_for_update()
        .filter(event_key=event.translation_key, status=Status.WAITLISTED)
        .order_by("position")[:free]
    )
    now = timezone.now()
    for registration in promoted:
        registration.status = Status.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        emails.queue_promoted(registration, event)
    return promoted


@transaction.atomic
def refill(event: EventPage) -> list[Registration]:
    """After the event changed (more seats): promote whoever now fits."""
    event = source_event(event)
    seats = lock_seats(event)
    if timezone.now() >= event.starts_at or seats.called_off_at:
        return []
    return fill_free_seats(event)


# --- Changes and cancellation by the organisers ------------------------------------------


def schedule_of(event: EventPage) -> dict:
    """What an invitation says about when and where: a change to any of it is news."""
    return {
        "starts_at": event.starts_at.isoformat(),
        "ends_at": event.ends_at.isoformat(),
        "format": event.format,
        "venue_name": event.venue_name,
        "venue_address": event.venue_address,
        "municipality": event.municipality,
        "online_url": event.online_url,
    }


@transaction.atomic
def note_published(event: EventPage) -> list[Registration]:
    """After an event page is published: when its time or place differs from what was
    last published, raise the calendar SEQUENCE and tell everyone registered, waiting
    or awaiting approval (once per change); then give any new seats to those waiting.

    The first publish only records the schedule. Publishing a translation, or the same
    facts again, changes nothing. Returns the registrations told of a change.
    """
    event = source_event(event)
    if not event.live:
        return []
    seats = lock_seats(event)
    current = schedule_of(event)
    told: list[Registration] = []
    if seats.schedule != current:
        changed = bool(seats.schedule) and not seats.called_off_at
        seats.schedule = current
        if changed:
            seats.sequence = F("sequence") + 1
        seats.save(update_fields=["schedule", "sequence"])
        seats.refresh_from_db(fields=["sequence"])
        if changed and not event.has_ended():
            told = list(
                Registration.objects.current()
                .filter(event_key=event.translation_key)
                .select_related("person")
            )
            for registration in told:
                emails.queue_changed(registration, event, sequence=seats.sequence)
    if not seats.called_off_at and timezone.now() < event.starts_at:
        fill_free_seats(event)
    return told


@transaction.atomic
def call_off_event(*, actor: User, event: EventPage, reason: str = "") -> EventSeats:
    """The organisers cancel an event: registration closes, every registration,
    place on the waiting list and request is cancelled, and each person gets one
    email (with METHOD:CANCEL for those who held a seat). Calling off twice changes
    nothing; an event that has ended cannot be called off."""
    event = source_event(event)
    if not may_decide(actor, event=event):
        raise EventError(_("You may not cancel this event."))
    seats = lock_seats(event)
    if seats.called_off_at:
        return seats
    if event.has_ended():
        raise EventError(_("This event has already taken place."))
    now = timezone.now()
    seats.called_off_at = now
    seats.called_off_by = actor
    seats.call_off_reason = reason.strip()
    seats.sequence = F("sequence") + 1
    seats.save(
        update_fields=["called_off_at", "called_off_by", "call_off_reason", "sequence"]
    )
    seats.refresh_from_db(fields=["sequence"])
    for registration in (
        Registration.objects.select_for_update(of=("self",))
        .current()
        .filter(event_key=event.translation_key)
        .select_related("person")
    ):
        held_seat = registration.status == Status.REGISTERED
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        emails.queue_called_off(
            registration, event, reason=seats.call_off_reason, held_seat=held_seat
        )
    return seats


def _event_of(registration: Registration) -> EventPage | None:
    """The event's page in the default language, whatever the registration points at."""
    pages = list(
        EventPage.objects.filter(
            translation_key=registration.event_key, alias_of__isnull=True
        )
    )
    default = Locale.get_default()
    return next((p for p in pages if p.locale_id == default.pk), None) or (
        pages[0] if pages else None
    )


# --- Attendance ---------------------------------------------------------------------------

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to misread
CODE_LENGTH = 6
# Participants may check in from half an hour before the start until the end.
CHECK_IN_EARLY = timedelta(minutes=30)


def check_in_window_open(event: EventPage, now=None) -> bool:
    now = now or timezone.now()
    return event.starts_at - CHECK_IN_EARLY <= now <= event.ends_at


@transaction.atomic
def check_in_code(event: EventPage) -> str:
    """The event's check-in code, made the first time it is asked for."""
    event = source_event(event)
    seats = lock_seats(event)
    if not seats.check_in_code:
        seats.check_in_code = "".join(
            secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)
        )
        seats.save(update_fields=["check_in_code"])
    return seats.check_in_code


@transaction.atomic
def check_in(*, person: User, event: EventPage, code: str) -> Registration:
    """A registered participant checks in with the code shown in the room. A wrong
    code, a person not registered or a time outside the event change nothing."""
    event = source_event(event)
    seats = lock_seats(event)
    registration = (
        Registration.objects.select_for_update()
        .filter(
            person=person, event_key=event.translation_key, status=Status.REGISTERED
        )
        .first()
    )
    if registration is None:
        raise EventError(_("Only registered participants can check in."))
    if not check_in_window_open(event):
        raise EventError(_("Check-in is open only during the event."))
    typed = "".join((code or "").split()).upper()
    if not seats.check_in_code or not secrets.compare_digest(
        typed.encode(), seats.check_in_code.encode()
    ):
        raise EventError(_("This check-in code is not right. Check it and try again."))
    if registration.attendance != Attendance.PRESENT:
        registration.attendance = Attendance.PRESENT
        registration.checked_in_at = timezone.now()
        registration.save(update_fields=["attendance", "checked_in_at"])
    record_attended(registration=registration, event=event)
    return registration


def record_attended(*, registration: Registration, event: EventPage) -> None:
    """The learning statement that a participant attended (present or partly), once."""
    if registration.attendance not in (Attendance.PRESENT, Attendance.PARTLY):
        return
    object_id = statements.activity_id("event", event.translation_key)
    if LearningStatement.objects.filter(
        learner_id=registration.person_id, verb="attended", object_id=object_id
    ).exists():
        return
    statements.record(
        learner=registration.person_id,
        verb="attended",
        kind="event",
        key=event.translation_key,
        name=event.title,
    )


@transaction.atomic
def mark_attendance(
    *, actor: User, registration: Registration, attendance: str
) -> Registration:
    """A trainer of the event (or an administrator) marks a participant present,
    partly present or absent, once the event has started."""
    event = _event_of(registration)
    if event is None or not may_mark_attendance(actor, event=event):
        raise EventError(_("You may not mark attendance at this event."))
    if attendance not in Attendance.values:
        raise EventError(_("Choose present, partly present or absent."))
    if timezone.now() < event.starts_at - CHECK_IN_EARLY:
        raise EventError(_("Attendance can be marked once the event starts."))
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.REGISTERED:
        raise EventError(_("Only registered participants have an attendance."))
    registration.attendance = attendance
    registration.attendance_marked_by = actor
    registration.attendance_marked_at = timezone.now()
    registration.save(
        update_fields=["attendance", "attendance_marked_by", "attendance_marked_at"]
    )
    record_attended(registration=registration, event=event)
    return registration


# --- Satisfaction survey --------------------------------------------------------------------


def survey_registration(*, person: User, event: EventPage) -> Registration:
    """The registration through which a person may answer the event's survey, or
    EventError saying why not: the event is over, they attended, and not yet answered."""
    event = source_event(event)
    if not event.has_ended():
        raise EventError(_("The survey opens when the event ends."))
    registration = (
        Registration.objects.filter(
            person=person,
            event_key=event.translation_key,
            status=Status.REGISTERED,
            attendance__in=[Attendance.PRESENT, Attendance.PARTLY],
        )
        .select_related("survey_response")
        .first()
    )
    if registration is None:
        raise EventError(_("Only participants who attended can answer the survey."))
    if hasattr(registration, "survey_response"):
        raise EventError(_("You have already answered this survey. Thank you!"))
    return registration


@transaction.atomic
def answer_survey(*, person: User, event: EventPage, answers: dict) -> SurveyResponse:
    """Keep one attendee's answers (by question key): once, and only after the event
    they attended. The standard questions also fill their columns, which the
    indicators read; "overall" is required."""
    registration = survey_registration(person=person, event=event)
    overall = answers.get("overall")
    if overall not in Rating.values:
        raise EventError(_("Rate the event from very poor to very good."))
    kept = {
        key: value.strip() if isinstance(value, str) else value
        for key, value in answers.items()
    }
    try:
        with transaction.atomic():
            return SurveyResponse.objects.create(
                registration=registration,
                event_key=registration.event_key,
                overall=overall,
                usefulness=kept.get("usefulness"),
                would_recommend=kept.get("would_recommend"),
                improvements=kept.get("improvements") or "",
                answers=kept,
            )
    except IntegrityError:  # a second tab answered first
        raise EventError(
            _("You have already answered this survey. Thank you!")
        ) from None
