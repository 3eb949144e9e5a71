"""The funders' indicators: per event, and unique participants per funder activity."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from events import indicators, services
from events.models import Attendance, EventPage, FunderActivity, Registration

from ..factories import OrganisationFactory, UserFactory
from .pages import event_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(db):
    return FunderActivity.objects.create(
        code="1.1.2", title="Mokymo renginiai", target_participants=3
    )


def held_event(index, slug, activity, attendees, *, ratings=(), absent=()):
    event = event_under(
        index, slug=slug, title=slug.capitalize(), capacity=50, funder_activity=activity
    )
    for person in [*attendees, *absent]:
        services.register_for_event(person=person, event=event)
    Registration.objects.filter(
        event_key=event.translation_key, person__in=attendees
    ).update(attendance=Attendance.PRESENT)
    Registration.objects.filter(
        event_key=event.translation_key, person__in=absent
    ).update(attendance=Attendance.ABSENT)
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(days=3, hours=5),
        ends_at=timezone.now() - timedelta(days=3),
    )
    event.refresh_from_db()
    for person, rating in zip(attendees, ratings, strict=False):
        services.answer_survey(
            person=person,
            event=event,
            answers={"overall": rating, "usefulness": 4, "would_recommend": True},
        )
    return event


def test_per_event_figures_flag_below_target_and_too_few(index, activity, people):
    group = people(8)
    good = held_event(
        index,
        "gerai",
        activity,
        group[:6],
        ratings=[5, 4, 4, 5, 4, 3],
        absent=group[6:],
    )
    held_event(index, "blogai", activity, group[:5], ratings=[2, 3, 4, 5, 3])
    held_event(index, "mazai", activity, group[:3], ratings=[5, 5])

    rows = {row["event"]: row for row in indicators.event_rows(EventPage.objects.all())}

    assert len(rows) == 3
    row = rows[good.title]
    assert (row["registered"], row["attended"], row["responses"]) == (8, 6, 6)
    assert (row["response_rate"], row["good_share"]) == (100, 83)
    assert not row["below_target"] and not row["unreliable"]
    low = [r for r in rows.values() if r["good_share"] == 40][0]
    assert low["below_target"] and not low["unreliable"]
    few = [r for r in rows.values() if r["responses"] == 2][0]
    assert few["unreliable"]


def test_a_person_at_three_events_counts_once(index, activity, people):
    norwegian = OrganisationFactory(name="Vofo", country="NO")
    alone, twice, thrice = people(3)
    visitor = UserFactory(organisation=norwegian)
    held_event(index, "pirmas", activity, [thrice, twice, visitor])
    held_event(index, "antras", activity, [thrice, twice])
    held_event(index, "trecias", activity, [thrice], absent=[alone])

    [row] = indicators.activity_rows(EventPage.objects.all())

    assert row["events_held"] == 3
    assert row["unique_participants"] == 3  # the absent person is not counted
    assert row["target_reached"] is True
    assert (row["participants_lt"], row["participants_no"]) == (2, 1)


def test_indicator_queries_do_not_grow_with_events(index, activity, people):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            indicators.event_rows(EventPage.objects.all())
            indicators.activity_rows(EventPage.objects.all())
        return len(captured)

    group = people(3)
    held_event(index, "vienas", activity, group)
    one = queries()
    for n in range(4):
        held_event(index, f"kitas-{n}", activity, group)

    assert queries() == one


def test_administrators_see_and_export_the_indicators(
    client, index, activity, people, admin_user, coordinator
):
    held_event(index, "renginys", activity, people(2), ratings=[5, 2])
    client.force_login(admin_user)

    page = client.get(reverse("events_event_indicators"))
    csv = client.get(reverse("events_event_indicators"), {"export": "csv"})
    xlsx = client.get(reverse("events_activity_indicators"), {"export": "xlsx"})
    bad = client.get(reverse("events_event_indicators"), {"starts_at_from": "vakar"})

    assert page.status_code == 200 and 'data-flag="below"' in page.content.decode()
    assert "Renginys" in b"".join(csv.streaming_content).decode()
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    later = client.get(
        reverse("events_event_indicators"), {"starts_at_from": "2999-01-01"}
    )
    assert "report-filter-errors" in bad.content.decode()
    assert "Renginys" not in later.content.decode()
    client.force_login(coordinator)
    assert client.get(reverse("events_event_indicators")).status_code in (302, 403)
