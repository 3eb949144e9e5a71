"""The funders' indicators: per event (registered, attended, survey responses and the
share of good answers against the target) and per funder activity (events held and
unique participants against the activity's target, a person who attended several
events counting once). A fixed number of queries whatever the number of events."""

from django.db.models import Count, Q

from wagtail.models import Locale

from accounts.models import Organisation

from .models import (
    Attendance,
    FunderActivity,
    Rating,
    Registration,
    SurveyResponse,
)
from .selectors import satisfaction_figures

ATTENDED = Q(status=Registration.Status.REGISTERED) & Q(
    attendance__in=[Attendance.PRESENT, Attendance.PARTLY]
)


def source_events(events):
    """One page per event (its own, not an alias), in the default language where it has
    one, by translation_key."""
    default = Locale.get_default()
    chosen = {}
    for event in events.filter(alias_of__isnull=True).select_related(
        "funder_activity", "organisation"
    ):
        if event.translation_key not in chosen or event.locale_id == default.pk:
            chosen[event.translation_key] = event
    return chosen


def event_rows(events) -> list[dict]:
    """One row per event among `events` (any languages, aliases ignored)."""
    chosen = source_events(events)
    keys = list(chosen)
    registrations = {
        row["event_key"]: row
        for row in Registration.objects.filter(event_key__in=keys)
        .values("event_key")
        .annotate(
            registered=Count("pk", filter=Q(status=Registration.Status.REGISTERED)),
            attended=Count("person", filter=ATTENDED, distinct=True),
        )
    }
    answers = {
        row["event_key"]: row
        for row in SurveyResponse.objects.filter(event_key__in=keys)
        .values("event_key")
        .annotate(
            responses=Count("pk"), good=Count("pk", filter=Q(overall__gte=Rating.GOOD))
        )
    }
    rows = []
    for key, event in sorted(chosen.items(), key=lambda item: item[1].starts_at):
        counted = registrations.get(key, {})
        answered = answers.get(key, {})
        attended = counted.get("attended", 0)
        figures = satisfaction_figures(
            answered.get("responses", 0), answered.get("good", 0)
        )
        rows.append(
            {
                "event": event.title,
                "starts_at": event.starts_at,
                "activity": event.funder_activity.code if event.funder_activity else "",
                "registered": counted.get("registered", 0),
                "attended": attended,
                "responses": figures["responses"],
                "response_rate": round(100 * figures["responses"] / attended)
                if attended
                else None,
                "good_share": figures["good_share"],
                "below_target": figures["below_target"],
                "unreliable": figures["unreliable"],
            }
        )
    return rows


def activity_rows(events) -> list[dict]:
    """Per funder activity (in the default language), over `events` (e.g. those of a
    reporting period): events held, unique participants (attended at least one), the
    target, and unique participants by country."""
    chosen = source_events(events)
    by_activity: dict = {}
    for key, event in chosen.items():
        if event.funder_activity is not None:
            by_activity.setdefault(event.funder_activity.translation_key, []).append(
                key
            )
    all_keys = [key for keys in by_activity.values() for key in keys]
    attended = list(
        Registration.objects.filter(ATTENDED, event_key__in=all_keys).values_list(
            "event_key", "person_id", "person__organisation__country"
        )
    )
    rows = []
    for activity in FunderActivity.objects.filter(locale=Locale.get_default()).order_by(
        "code"
    ):
        keys = set(by_activity.get(activity.translation_key, []))
        people = {(person, country) for key, person, country in attended if key in keys}
        unique = {person for person, _country in people}
        by_country = {
            code: len({p for p, c in people if c == code})
            for code, _label in Organisation.Country.choices
        }
        rows.append(
            {
                "code": activity.code,
                "title": activity.title,
                "events_held": len(keys),
                "unique_participants": len(unique),
                "target": activity.target_participants,
                "target_reached": len(unique) >= activity.target_participants,
                "participants_lt": by_country.get(Organisation.Country.LITHUANIA, 0),
                "participants_no": by_country.get(Organisation.Country.NORWAY, 0),
            }
        )
    return rows
