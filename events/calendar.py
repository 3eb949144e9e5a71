"""Calendar invitations (RFC 5545, iTIP methods of RFC 5546) and personal feeds.

Every event has one UID in all its languages, made from its translation_key, so a
calendar that imported the invitation replaces it when a newer one arrives: a change
of time or place raises the event's SEQUENCE (see `services.note_published`), and so
does the organisers' cancellation, sent as METHOD:CANCEL. A person who cancels their
own registration gets METHOD:CANCEL at the current SEQUENCE, so that registering again
(METHOD:REQUEST at that SEQUENCE) is accepted too. Times are written in UTC, which
every calendar converts.
"""

from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from icalendar import Calendar, Event, vCalAddress, vText

from .models import EventPage, EventSeats

PRODID = "-//Social clustering LMS//Training events//EN"
REQUEST, CANCEL, PUBLISH = "REQUEST", "CANCEL", "PUBLISH"
MIMETYPE = "text/calendar"


def uid(event_key) -> str:
    domain = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"event-{event_key}@{domain or 'localhost'}"


def _organiser_address() -> str:
    address = settings.DEFAULT_FROM_EMAIL
    if "<" in address:
        address = address.rsplit("<", 1)[1].rstrip(">")
    return address.strip()


def _calendar(method: str | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    return calendar


def _location(event: EventPage) -> str:
    if event.is_online:
        return event.online_url
    parts = [event.venue_name, " ".join(event.venue_address.split())]
    return ", ".join(part for part in parts if part)


def vevent(
    event: EventPage,
    *,
    seats: EventSeats | None,
    url: str = "",
    person=None,
    cancelled: bool = False,
    show_link: bool = False,
    now: datetime | None = None,
) -> Event:
    """One VEVENT of `event` (a page in the reader's language), with the sequence of
    its seats row. `show_link` adds the online link, for registered participants."""
    called_off = bool(seats and seats.called_off_at)
    item = Event()
    item.add("uid", uid(event.translation_key))
    item.add("dtstamp", now or timezone.now())
    item.add("sequence", seats.sequence if seats else 0)
    item.add("dtstart", event.starts_at.astimezone(UTC))
    item.add("dtend", event.ends_at.astimezone(UTC))
    item.add("summary", event.title)
    description = " ".join(strip_tags(event.description).split())
    if show_link and event.online_url:
        description = f"{description}\n\n{event.online_url}".strip()
    if description:
        item.add("description", description)
    location = _location(event)
    if location and (show_link or not event.is_online):
        item.add("location", location)
    if url:
        item.add("url", url)
    item.add("status", "CANCELLED" if (cancelled or called_off) else "CONFIRMED")
    organiser = vCalAddress(f"mailto:{_organiser_address()}")
    if event.organisation_id and event.organisation:
        organiser.params["cn"] = vText(event.organisation.name)
    item.add("organizer", organiser)
    if person is not None:
        attendee = vCalAddress(f"mailto:{person.email}")
        name = person.get_full_name()
        if name:
            attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["partstat"] = vText(
            "DECLINED" if cancelled and not called_off else "ACCEPTED"
        )
        item.add("attendee", attendee)
    return item


def invitation(
    event: EventPage,
    *,
    seats: EventSeats | None,
    person=None,
    url: str = "",
    cancelled: bool = False,
    show_link: bool = False,
) -> bytes:
    """A calendar file with one event: METHOD:REQUEST for a participant, CANCEL when
    the event or the person's registration is cancelled, PUBLISH for anyone else."""
    cancelled = cancelled or bool(seats and seats.called_off_at)
    if cancelled:
        method = CANCEL
    elif person is not None:
        method = REQUEST
    else:
        method = PUBLISH
    calendar = _calendar(method)
    calendar.add_component(
        vevent(
            event,
            seats=seats,
            url=url,
            person=person,
            cancelled=cancelled,
            show_link=show_link,
        )
    )
    return calendar.to_ical()


def feed(items: list[tuple[EventPage, EventSeats | None, str]], *, name: str) -> bytes:
    """A subscribed calendar (no METHOD: it is published, not sent) of many events."""
    calendar = _calendar(None)
    calendar.add("x-wr-calname", name)
    now = timezone.now()
    for event, seats, url in items:
        calendar.add_component(
            vevent(event, seats=seats, url=url, show_link=True, now=now)
        )
    return calendar.to_ical()


def attachment(content: bytes, *, filename: str = "event.ics") -> dict:
    """The outbox's form of an attachment (JSON: the file is text)."""
    return {
        "filename": filename,
        "content": content.decode("utf-8"),
        "mimetype": MIMETYPE,
    }
