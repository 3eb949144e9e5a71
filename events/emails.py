"""The emails about event registrations, queued in the caller's transaction.

Each is one outbox row with an idempotency key of its kind and registration, written in
the recipient's language: the event's title and link in that language where the page is
translated, and the time in Vilnius, formatted the way that language writes it.
"""

from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from courses.localisation import localised_pages, page_in
from notifications import services
from notifications.models import Kind, OutboxMessage

from .models import EVENT_TIME_ZONE, Registration

SUBJECTS = {
    Kind.EVENT_REGISTERED: _("You are registered for “%(event)s”"),
    Kind.EVENT_WAITLISTED: _("You are on the waiting list for “%(event)s”"),
    Kind.EVENT_PENDING: _("Your registration for “%(event)s” awaits approval"),
    Kind.EVENT_PROMOTED: _("A seat is yours at “%(event)s”"),
    Kind.EVENT_REJECTED: _("Your registration for “%(event)s” was not approved"),
    Kind.EVENT_CANCELLED: _("Your registration for “%(event)s” is cancelled"),
}

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


def queue_about(
    registration: Registration, event, *, kind: str | None = None
) -> OutboxMessage:
    """The email that says what just happened to a registration (by default, its
    status). Queuing the same kind for the same registration again is one email."""
    kind = kind or BY_STATUS[registration.status]
    person = registration.person
    context = event_context(registration, event, services.recipient_language(person))
    if kind in (Kind.EVENT_REGISTERED, Kind.EVENT_PROMOTED) and event.online_url:
        context["online_url"] = event.online_url
    return services.queue_email(
        kind=kind,
        key=f"{kind}:{registration.pk}",
        recipient=person,
        context=context,
    )


def queue_promoted(registration: Registration, event) -> OutboxMessage:
    return queue_about(registration, event, kind=Kind.EVENT_PROMOTED)
