"""Reads that feed the event pages and listings, each a fixed number of queries."""

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from wagtail.models import Page

from courses.models import ProgrammePage
from lms import lookups

from .models import (
    EVENT_TIME_ZONE,
    EventCompetency,
    EventPage,
    EventSeats,
    Registration,
)

Status = Registration.Status


def seats_taken_by_key(keys) -> dict:
    """{event translation_key: seats taken} for many events, in one query."""
    return dict(
        Registration.objects.filter(event_key__in=list(keys), status=Status.REGISTERED)
        .values("event_key")
        .annotate(taken=Count("pk"))
        .values_list("event_key", "taken")
    )


def _with_seats(events: list[EventPage]) -> list[EventPage]:
    taken = seats_taken_by_key({event.translation_key for event in events})
    for event in events:
        event.seats_left = max(event.capacity - taken.get(event.translation_key, 0), 0)
    return events


def _listed(events: QuerySet) -> QuerySet:
    return events.select_related("organisation", "locale").order_by("starts_at", "pk")


def events_for(page: Page, *, upcoming: bool = True) -> list[EventPage]:
    """The live events under a programme or module page (a programme's include its
    modules'), soonest first, each with `seats_left`. Two queries whatever their
    number, once per process and site content version (lms/lookups.py: publishing an
    event, a registration or a change of seats raises it); which are still to come is
    decided per request.

    For the programme and module templates: `{% for event in events %}`.
    """
    events = lookups.remember(
        ("events-under", page.pk),
        lambda: _with_seats(
            list(_listed(EventPage.objects.live().descendant_of(page)))
        ),
    )
    if upcoming:
        now = timezone.now()
        return [event for event in events if event.ends_at > now]
    return list(events)


def event_listing(
    *,
    locale,
    when: str = "upcoming",
    format: str = "",
    municipality: str = "",
    programme: ProgrammePage | None = None,
    programmes: dict | None = None,
) -> list[EventPage]:
    """The events of the site in one language, filtered, each with `seats_left` and
    `programme` (the programme it belongs to, or None). Three queries (two when given
    `programmes`, from `programmes_by_path`)."""
    now = timezone.now()
    events = EventPage.objects.live().filter(locale=locale)
    if when == "past":
        events = events.filter(ends_at__lte=now)
    else:
        events = events.filter(ends_at__gt=now)
    if format:
        events = events.filter(format=format)
    if municipality:
        events = events.filter(municipality__iexact=municipality)
    if programme is not None:
        events = events.filter(path__startswith=programme.path)
    events = _listed(events)
    if when == "past":
        events = events.reverse()
    events = _with_seats(list(events))
    if programmes is None:
        programmes = programmes_by_path(locale)
    for event in events:
        event.programme = next(
            (p for path, p in programmes.items() if event.path.startswith(path)), None
        )
    return events


def programmes_by_path(locale) -> dict[str, ProgrammePage]:
    return {
        programme.path: programme
        for programme in ProgrammePage.objects.live()
        .filter(locale=locale)
        .only("id", "title", "path", "depth", "url_path", "slug", "locale_id")
    }


def municipalities(locale) -> list[str]:
    """Where the language's live events take place, for the listing's filter."""
    return sorted(
        set(
            EventPage.objects.live()
            .filter(locale=locale)
            .exclude(municipality="")
            .values_list("municipality", flat=True)
        )
    )


def registration_of(user, event: EventPage) -> Registration | None:
    """The user's current registration for the event (in any of its languages)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Registration.objects.current()
        .filter(person=user, event_key=event.translation_key)
        .first()
    )


def event_page_context(event: EventPage, user) -> dict:
    """What an event page shows besides its fields: the viewer's registration, seats
    left, trainers and competencies, and whether one may register now and why not."""
    from .services import EventError, check_in_window_open, check_open

    registration = registration_of(user, event)
    counts = dict(
        Registration.objects.filter(
            event_key=event.translation_key,
            status__in=[Status.REGISTERED, Status.WAITLISTED],
        )
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    taken = counts.get(Status.REGISTERED, 0)
    seats = (
        EventSeats.objects.filter(event_key=event.translation_key)
        .only("called_off_at", "call_off_reason")
        .first()
    )
    called_off = bool(seats and seats.called_off_at)
    try:
        check_open(event, called_off=called_off)
        closed_reason = ""
    except EventError as error:
        closed_reason = str(error)
    trainers = [
        trainer.user
        for trainer in event.trainers.select_related("user").order_by("sort_order")
    ]
    competencies = [
        item.competency
        for item in EventCompetency.objects.filter(event=event)
        .select_related("competency")
        .order_by("sort_order")
    ]
    return {
        "registration": registration,
        "is_registered": registration is not None
        and registration.status == Status.REGISTERED,
        "seats_left": max(event.capacity - taken, 0),
        "waiting": counts.get(Status.WAITLISTED, 0),
        "closed_reason": closed_reason,
        "trainers": trainers,
        "event_competencies": competencies,
        "parent": event.get_parent(),
        "page_started": timezone.now() >= event.starts_at,
        "survey_open": _survey_open(registration, event),
        "check_in_open": registration is not None
        and registration.status == Status.REGISTERED
        and check_in_window_open(event),
        "event_time_zone": EVENT_TIME_ZONE,
        "called_off_reason": seats.call_off_reason if called_off else "",
    }


def _survey_open(registration, event) -> bool:
    """Whether to offer the survey: the event is over, the viewer attended and has
    not answered (one query, only in that case)."""
    from .models import Attendance, SurveyResponse

    return (
        registration is not None
        and event.has_ended()
        and registration.attendance in (Attendance.PRESENT, Attendance.PARTLY)
        and not SurveyResponse.objects.filter(registration=registration).exists()
    )


def upcoming_registrations_of(user) -> QuerySet[Registration]:
    """A person's current registrations for events not yet over (for My learning)."""
    return (
        Registration.objects.current()
        .filter(person=user)
        .filter(Q(event__ends_at__gt=timezone.now()) | Q(event__isnull=True))
        .select_related("event")
        .order_by("event__starts_at")
    )


def satisfaction_figures(responses: int, good: int) -> dict:
    """The share of "good" and "very good" (a whole percent) against the target, and
    whether there are too few answers to say."""
    from django.conf import settings

    target = getattr(settings, "EVENT_SATISFACTION_TARGET", 75)
    minimum = getattr(settings, "EVENT_SATISFACTION_MIN_RESPONSES", 5)
    return {
        "responses": responses,
        "good_share": round(100 * good / responses) if responses else None,
        "target": target,
        "below_target": bool(responses) and 100 * good < target * responses,
        "unreliable": responses < minimum,
    }


def satisfaction(event_key) -> dict:
    """An event's survey figures (see `satisfaction_figures`). Anonymous: no name or
    registration is read."""
    from .models import Rating, SurveyResponse

    figures = SurveyResponse.objects.filter(event_key=event_key).aggregate(
        responses=Count("pk"), good=Count("pk", filter=Q(overall__gte=Rating.GOOD))
    )
    return satisfaction_figures(figures["responses"], figures["good"])


def free_text_answers(event_key) -> list[str]:
    """The non-empty free-text answers of an event's survey (the standard question's
    and any a question set adds), in alphabetical order (not the order they came in,
    which could tell who wrote them)."""
    from .models import SurveyResponse

    texts = []
    for improvements, answers in SurveyResponse.objects.filter(
        event_key=event_key
    ).values_list("improvements", "answers"):
        texts.append(improvements)
        texts += [
            value
            for key, value in (answers or {}).items()
            if key != "improvements" and isinstance(value, str)
        ]
    return sorted((t.strip() for t in texts if t and t.strip()), key=str.casefold)
