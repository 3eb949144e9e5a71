"""The funders' indicators: per event (registered, attended, survey responses and the
share of good answers against the target) and per funder activity (events held and
unique participants against the activity's target, a person who attended several
events counting once). A fixed number of queries whatever the number of events."""

from django.db.models import Case, CharField, Count, Max, Q, Value, When
from django.utils import translation

from wagtail.models import Locale, Page

from accounts.models import Organisation
from lms.languages import lang_to_mark

from .models import (
    Attendance,
    EventPage,
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
        "funder_activity", "organisation", "locale"
    ):
        if event.translation_key not in chosen or event.locale_id == default.pk:
            chosen[event.translation_key] = event
    return chosen


def source_activities() -> list[FunderActivity]:
    """One row per funder activity (translation key), by code: the default language's
    where it has one, else the one it was first written in (an activity made only in
    English or Norwegian still counts)."""
    default = Locale.get_default()
    chosen: dict = {}
    for activity in FunderActivity.objects.select_related("locale").order_by("pk"):
        if activity.translation_key not in chosen or activity.locale_id == default.pk:
            chosen[activity.translation_key] = activity
    return sorted(chosen.values(), key=lambda activity: activity.code)


def translated_titles(model, keys) -> dict:
    """{translation key: title} of the translations of `keys` into the active language,
    in one query: for pages, live ones that are not aliases (an alias repeats its
    source's title). Nothing is looked up in the default language, the rows' own."""
    language = translation.get_language()
    if not keys or language == Locale.get_default().language_code:
        return {}
    found = model.objects.filter(
        translation_key__in=keys, locale__language_code=language
    )
    if issubclass(model, Page):
        found = found.live().filter(alias_of__isnull=True)
    return dict(found.values_list("translation_key", "title"))


def shown_title(item, translated: dict, language: str) -> tuple[str, str]:
    """The title to show for `item` (written in `language`), its translation's where
    `translated` has one, and the language to mark it with ("" for the active one)."""
    if item.translation_key in translated:
        return translated[item.translation_key], ""
    return item.title, lang_to_mark(language)


def event_rows(events) -> list[dict]:
    """One row per event among `events` (any languages, aliases ignored), titled in
    the active language where translated, else marked with its own (`event_lang`)."""
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
    titles = translated_titles(EventPage, keys)
    rows = []
    for key, event in sorted(chosen.items(), key=lambda item: item[1].starts_at):
        title, title_lang = shown_title(event, titles, event.locale.language_code)
        counted = registrations.get(key, {})
        answered = answers.get(key, {})
        attended = counted.get("attended", 0)
        figures = satisfaction_figures(
            answered.get("responses", 0), answered.get("good", 0)
        )
        rows.append(
            {
                "event": title,
                "event_lang": title_lang,
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
    """Per funder activity (`source_activities`, titled in the active language where
    translated, else marked with its own), over `events` (e.g. those of a reporting period): events held,
    unique participants (attended at least one), the target, and unique participants
    by country."""
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
    activities = source_activities()
    titles = translated_titles(
        FunderActivity, [activity.translation_key for activity in activities]
    )
    rows = []
    for activity in activities:
        title, title_lang = shown_title(activity, titles, activity.locale.language_code)
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
                "title": title,
                "title_lang": title_lang,
                "events_held": len(keys),
                "unique_participants": len(unique),
                "target": activity.target_participants,
                "target_reached": len(unique) >= activity.target_participants,
                "participants_lt": by_country.get(Organisation.Country.LITHUANIA, 0),
                "participants_no": by_country.get(Organisation.Country.NORWAY, 0),
            }
        )
    return rows


SPLITS = {
    "organisation": "person__organisation__name",
    "municipality": "person__organisation__region",
    "country": "person__organisation__country",
}


def participant_splits(events, *, by: str = "organisation") -> list[dict]:
    """Unique participants per funder activity (as `activity_rows` titles them) over
    `events`, split by the participants' organisation, municipality or country: one
    row per activity and group, after a row of the activity's total. A person who
    attended several events of an activity counts once in it. An organisation's or a
    municipality's name says its language (`group_lang`: its country's)."""
    field = SPLITS[by]
    chosen = source_events(events)
    keys_of: dict = {}
    for key, event in chosen.items():
        if event.funder_activity is not None:
            keys_of.setdefault(str(event.funder_activity.translation_key), []).append(
                key
            )
    activities = source_activities()
    titles = translated_titles(
        FunderActivity, [activity.translation_key for activity in activities]
    )
    counted: dict = {}
    if keys_of:
        activity = Case(
            *[
                When(event_key__in=keys, then=Value(activity_key))
                for activity_key, keys in keys_of.items()
            ],
            output_field=CharField(),
        )
        counted_rows = (
            Registration.objects.filter(
                ATTENDED, event_key__in=[k for keys in keys_of.values() for k in keys]
            )
            .annotate(activity=activity)
            .values("activity", field)
            # One country per name, so that the groups stay by the name alone.
            .annotate(
                people=Count("person", distinct=True),
                country=Max("person__organisation__country"),
            )
            .order_by()
        )
        for row in counted_rows:
            named = row[field] and by != "country"
            counted.setdefault(row["activity"], {})[row[field] or ""] = (
                row["people"],
                country_language(row["country"]) if named else "",
            )
        totals = dict(
            Registration.objects.filter(
                ATTENDED, event_key__in=[k for keys in keys_of.values() for k in keys]
            )
            .annotate(activity=activity)
            .values("activity")
            .annotate(people=Count("person", distinct=True))
            .order_by()
            .values_list("activity", "people")
        )
    else:
        totals = {}
    labels = dict(Organisation.Country.choices) if by == "country" else {}
    rows = []
    for item in activities:
        key = str(item.translation_key)
        title, title_lang = shown_title(item, titles, item.locale.language_code)
        rows.append(
            {
                "code": item.code,
                "title": title,
                "title_lang": title_lang,
                "group": "",
                "group_lang": "",
                "is_total": True,
                "participants": totals.get(key, 0),
            }
        )
        for group, (people, group_lang) in sorted(
            counted.get(key, {}).items(), key=lambda pair: str(pair[0]).casefold()
        ):
            rows.append(
                {
                    "code": item.code,
                    "title": title,
                    "title_lang": title_lang,
                    "group": str(labels.get(group, group)),
                    "group_lang": group_lang,
                    "is_total": False,
                    "participants": people,
                }
            )
    return rows


def country_language(country: str | None) -> str:
    """The language of the names (organisations', municipalities') in a country."""
    return Organisation(country=country or "").name_language


def small_cell_minimum() -> int:
    from django.conf import settings

    return getattr(settings, "EVENT_SMALL_CELL_MINIMUM", 5)


SUPPRESSED = "<5"


def suppress_small_cells(rows: list[dict], *, minimum: int | None = None) -> list[dict]:
    """The rows for readers outside the organisation: a count of 1 to `minimum`-1
    people shows as "<5". Where one group of an activity is hidden and the total is
    not, the next smallest group is hidden too, so that the total minus the others
    does not give it away. Zero stays zero: it is nobody."""
    minimum = small_cell_minimum() if minimum is None else minimum
    label = SUPPRESSED if minimum == 5 else f"<{minimum}"
    hidden = [dict(row) for row in rows]
    by_activity: dict = {}
    for row in hidden:
        by_activity.setdefault(row["code"], []).append(row)
    for group in by_activity.values():
        total = next((r for r in group if r["is_total"]), None)
        cells = [r for r in group if not r["is_total"]]
        small = [r for r in cells if 0 < r["participants"] < minimum]
        shown = [r for r in cells if r["participants"] >= minimum]
        if (
            len(small) == 1
            and total is not None
            and total["participants"] >= minimum
            and shown
        ):
            small.append(min(shown, key=lambda r: r["participants"]))
        if total is not None and 0 < total["participants"] < minimum:
            small.append(total)
        for row in small:
            row["participants"] = label
    return hidden
