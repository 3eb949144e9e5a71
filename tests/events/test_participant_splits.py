"""Unique participants per funder activity by organisation, municipality and
country; and the export for outside readers, where fewer than 5 people are "<5"."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from events import indicators
from events.models import EventPage, FunderActivity

from ..factories import OrganisationFactory, UserFactory
from .pages import lt
from .test_indicators import held_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(db):
    return FunderActivity.objects.create(
        code="1.1.2", title="Mokymo renginiai", target_participants=10
    )


@pytest.fixture
def attended(index, activity):
    """Biržai: 6 people (one at both events); Prienai: 2; Oslo (Norway): 1."""
    birzai = OrganisationFactory(
        name="Biržų kultūros centras", region="Biržai", country="LT"
    )
    prienai = OrganisationFactory(
        name="Prienų rajono savivaldybė", region="Prienai", country="LT"
    )
    oslo = OrganisationFactory(name="Vofo", region="Oslo", country="NO")
    from_birzai = [UserFactory(organisation=birzai) for _ in range(6)]
    from_prienai = [UserFactory(organisation=prienai) for _ in range(2)]
    from_oslo = [UserFactory(organisation=oslo)]
    held_event(index, "pirmas", activity, [*from_birzai[:4], *from_prienai])
    held_event(
        index,
        "antras",
        activity,
        [*from_birzai[3:], *from_oslo],
        absent=[UserFactory(organisation=prienai)],
    )
    return activity


def counts(rows):
    return {
        (row["group"] if not row["is_total"] else "*"): row["participants"]
        for row in rows
    }


def test_each_person_counts_once_per_activity_in_each_split(attended):
    events = EventPage.objects.all()

    by_organisation = counts(indicators.participant_splits(events, by="organisation"))
    by_municipality = counts(indicators.participant_splits(events, by="municipality"))
    by_country = counts(indicators.participant_splits(events, by="country"))

    assert by_organisation == {
        "*": 9,
        "Biržų kultūros centras": 6,
        "Prienų rajono savivaldybė": 2,
        "Vofo": 1,
    }
    assert by_municipality == {"*": 9, "Biržai": 6, "Prienai": 2, "Oslo": 1}
    assert by_country == {"*": 9, "Lithuania": 8, "Norway": 1}


def test_an_activity_without_events_has_a_zero_total(activity):
    FunderActivity.objects.create(code="1.2.1", title="Vizitai", target_participants=5)

    rows = indicators.participant_splits(EventPage.objects.all())

    assert [(r["code"], r["participants"]) for r in rows] == [
        ("1.1.2", 0),
        ("1.2.1", 0),
    ]


def test_the_split_costs_the_same_queries_however_many_events(index, activity):
    people = [UserFactory() for _ in range(3)]
    held_event(index, "vienas", activity, people)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            indicators.participant_splits(EventPage.objects.all())
        return len(captured)

    one = queries()
    for n in range(4):
        held_event(index, f"kitas-{n}", activity, people)
    assert queries() == one


def test_small_cells_are_hidden_with_the_one_that_would_give_them_away():
    rows = [
        {"code": "1", "title": "A", "group": "", "is_total": True, "participants": 15},
        {"code": "1", "title": "A", "group": "X", "is_total": False, "participants": 9},
        {"code": "1", "title": "A", "group": "Y", "is_total": False, "participants": 5},
        {"code": "1", "title": "A", "group": "Z", "is_total": False, "participants": 1},
        {"code": "2", "title": "B", "group": "", "is_total": True, "participants": 3},
        {"code": "2", "title": "B", "group": "X", "is_total": False, "participants": 3},
        {"code": "3", "title": "C", "group": "", "is_total": True, "participants": 0},
    ]

    hidden = indicators.suppress_small_cells(rows)

    assert [r["participants"] for r in hidden] == [15, 9, "<5", "<5", "<5", "<5", 0]
    assert rows[3]["participants"] == 1  # the internal rows are left as they were


def test_two_small_cells_hide_each_other():
    rows = [
        {"code": "1", "title": "A", "group": "", "is_total": True, "participants": 12},
        {"code": "1", "title": "A", "group": "X", "is_total": False, "participants": 6},
        {"code": "1", "title": "A", "group": "Y", "is_total": False, "participants": 4},
        {"code": "1", "title": "A", "group": "Z", "is_total": False, "participants": 2},
    ]

    hidden = indicators.suppress_small_cells(rows)

    assert [r["participants"] for r in hidden] == [12, 6, "<5", "<5"]


def test_the_external_export_suppresses_and_the_internal_does_not(
    client, attended, admin_user
):
    client.force_login(admin_user)

    internal = client.get(
        reverse("events_participant_splits"), {"export": "csv", "by": "municipality"}
    )
    external = client.get(
        reverse("events_participant_splits_external"),
        {"export": "csv", "by": "municipality"},
    )
    xlsx = client.get(reverse("events_participant_splits_external"), {"export": "xlsx"})

    internal_csv = b"".join(internal.streaming_content).decode()
    external_csv = b"".join(external.streaming_content).decode()
    assert "Prienai,2" in internal_csv and "Oslo,1" in internal_csv
    assert "Prienai,<5" in external_csv and "Oslo,<5" in external_csv
    assert "Biržai,6" in external_csv
    assert f"{lt('All participants')},9" in external_csv
    assert ",2\r\n" not in external_csv and ",1\r\n" not in external_csv
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_split_page_shows_the_figures_and_refuses_a_bad_split(
    client, attended, admin_user
):
    client.force_login(admin_user)

    page = client.get(reverse("events_participant_splits_external"), {"by": "country"})
    bad = client.get(reverse("events_participant_splits"), {"by": "shoe-size"})

    assert page.status_code == 200
    html = page.content.decode()
    assert ("Lithuania" in html or "Lietuva" in html) and "&lt;5" in html
    assert bad.status_code == 200
    assert "report-filter-errors" in bad.content.decode()


def test_only_administrators_see_the_splits(client, attended, coordinator, trainer):
    for user in (coordinator, trainer):
        client.force_login(user)
        for name in ("events_participant_splits", "events_participant_splits_external"):
            assert client.get(reverse(name)).status_code in (302, 403)
