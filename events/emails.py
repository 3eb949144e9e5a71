"""The emails about event registrations, queued in the caller's transaction.

Each is one outbox row with an idempotency key of its kind and registration, written in
the recipient's language: the event's title and link in that language where the page is
translated, and the time in Vilnius, formatted the way that language writes it.
"""

from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from courses.localisation import localised_pages, page_in
from notifications import services
from notifications.models import Kind, OutboxMessage

from . import calendar
from .models import EVENT_TIME_ZONE, EventPage, EventSeats, Registration

SUBJECTS = {
    Kind.EVENT_REGISTERED: _("You are registered for “%(event)s”"),
    Kind.EVENT_WAITLISTED: _("You are on the waiting list for “%(event)s”"),
    Kind.EVENT_PENDING: _("Your registration for “%(event)s” awaits approval"),
    Kind.EVENT_PROMOTED: _("A seat is yours at “%(event)s”"),
    Kind.EVENT_REJECTED: _("Your registration for “%(event)s” was not approved"),
    Kind.EVENT_CANCELLED: _("Your registration for “%(event)s” is cancelled"),
    Kind.EVENT_REMINDER: _("Reminder: “%(event)s” starts on %(when)s"),
    Kind.EVENT_CHANGED: _("“%(event)s” has changed: now %(when)s"),
    Kind.EVENT_CALLED_OFF: _("“%(event)s” is cancelled by the organisers"),
    Kind.SURVEY_INVITATION: _("How was “%(event)s”? Tell us in two minutes"),
    Kind.SURVEY_REMINDER: _("Reminder: your opinion of “%(event)s”"),
}

# Which registrations each kind's calendar file is for, and which method it carries.
REQUEST_KINDS = {Kind.EVENT_REGISTERED, Kind.EVENT_PROMOTED, Kind.EVENT_CHANGED}
CANCEL_KINDS = {Kind.EVENT_CANCELLED, Kind.EVENT_CALLED_OFF}

BY_STATUS = {
    Registration.Status.REGISTERED: Kind.EVENT_REGISTERED,
    Registration.Status.WAITLISTED: Kind.EVENT_WAITLISTED,
    Registration.Status.PENDING: Kind.EVENT_PENDING,
    Registration.Status.REJECTED: Kind.EVENT_REJECTED,
    Registration.Status.CANCELLED: Kind.EVENT_CANCELLED,
}


def register_subjects() -> None:
    """Teach the outbox the subjects of these kinds (called once, from the app's ready)."""
    services.SUBJECTS.update(SUBJECTS)


def event_context(registration: Registration, event, language: str) -> dict:
    found = localised_pages([registration.event_key])
    title, url = page_in(
        found, registration.event_key, language, fallback_title=registration.event_title
    )
    with translation.override(language):
        starts = event.starts_at.astimezone(EVENT_TIME_ZONE)
        when = formats.date_format(starts, "DATETIME_FORMAT")
    return {
        "name": registration.person.first_name,
        "event": title,
        "event_url": url,
        "when": when,
        "position": registration.position,
    }


def page_in_language(event: EventPage, language: str) -> EventPage:
    """The event's live page in `language` (aliases included), else `event`."""
    return (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .select_related("organisation")
        .first()
        or event
    )


def invitation_for(
    registration: Registration, event: EventPage, *, language: str, cancel: bool
) -> dict:
    """The registration's calendar file, as an outbox attachment."""
    page = page_in_language(event, language)
    seats = EventSeats.objects.filter(event_key=registration.event_key).first()
    url = services.absolute_url(page.url) if page.url else ""
    with translation.override(language):
        content = calendar.invitation(
            page,
            seats=seats,
            person=registration.person,
            url=url,
            cancelled=cancel,
            show_link=not cancel,
        )
    return calendar.attachment(content)


def queue_about(
    registration: Registration,
    event,
    *,
    kind: str | None = None,
    key: str | None = None,
    extra: dict | None = None,
    held_seat: bool = False,
) -> OutboxMessage:
    """The email that says what just happened to a registration (by default, its
    status). Queuing the same kind for the same registration again is one email.

    A confirmation, a promotion or a change carries the calendar invitation
    (METHOD:REQUEST); a cancellation of a seat held carries METHOD:CANCEL.
    """
    kind = kind or BY_STATUS[registration.status]
    person = registration.person
    language = services.recipient_language(person)
    context = event_context(registration, event, language)
    if (
        kind in (Kind.EVENT_REGISTERED, Kind.EVENT_PROMOTED, Kind.EVENT_CHANGED)
        and event.online_url
        and registration.status == Registration.Status.REGISTERED
    ):
        context["online_url"] = event.online_url
    if extra:
        context.update(extra)
    attach_request = (
        kind in REQUEST_KINDS and registration.status == Registration.Status.REGISTERED
    )
    attach_cancel = kind in CANCEL_KINDS and held_seat
    if attach_request or attach_cancel:
        context["attachments"] = [
            invitation_for(registration, event, language=language, cancel=attach_cancel)
        ]
    return services.queue_email(
        kind=kind,
        key=key or f"{kind}:{registration.pk}",
        recipient=person,
        context=context,
    )


def queue_promoted(registration: Registration, event) -> OutboxMessage:
    return queue_about(registration, event, kind=Kind.EVENT_PROMOTED)


def queue_changed(registration: Registration, event, *, sequence: int) -> OutboxMessage:
    """The notice that the event's time or place changed: once per change."""
    place = page_in_language(event, services.recipient_language(registration.person))
    return queue_about(
        registration,
        event,
        kind=Kind.EVENT_CHANGED,
        key=f"{Kind.EVENT_CHANGED}:{registration.pk}:{sequence}",
        extra={"place": _place(place)},
    )


def queue_called_off(
    registration: Registration, event, *, reason: str, held_seat: bool
) -> OutboxMessage:
    return queue_about(
        registration,
        event,
        kind=Kind.EVENT_CALLED_OFF,
        extra={"reason": reason},
        held_seat=held_seat,
    )


def queue_reminder(registration: Registration, event, *, days: int) -> OutboxMessage:
    """The reminder `days` before the event: once per registration and notice."""
    place = page_in_language(event, services.recipient_language(registration.person))
    return queue_about(
        registration,
        event,
        kind=Kind.EVENT_REMINDER,
        key=f"{Kind.EVENT_REMINDER}:{registration.pk}:{days}",
        extra={
            "days": days,
            "place": _place(place),
            "online_url": event.online_url,
        },
    )


def queue_survey(registration: Registration, event, *, kind: str) -> OutboxMessage:
    """The survey invitation, or its one reminder, with the link in the reader's
    language."""
    language = services.recipient_language(registration.person)
    page = page_in_language(event, language)
    with translation.override(language):
        survey_url = services.absolute_url(reverse("events:survey", args=[page.pk]))
    return queue_about(registration, event, kind=kind, extra={"survey_url": survey_url})


def _place(event: EventPage) -> str:
    if event.is_online:
        return ""
    parts = [event.venue_name, " ".join(event.venue_address.split())]
    return ", ".join(part for part in parts if part)
