"""The events' own admin pages are headed like Wagtail's: an <h1> with the page's title
and breadcrumbs from the admin home. (Wagtail's generic base template reads
`header_title` beside breadcrumbs and `page_title` without them.)"""

from django.urls import reverse

import pytest

from events.models import EventTrainer

from ..reports.helpers import breadcrumbs, h1_texts

pytestmark = pytest.mark.django_db


def heading_of(in_admin, person, url) -> tuple[list[str], list]:
    response = in_admin(person).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return h1_texts(html), breadcrumbs(html)


@pytest.fixture
def trained(event, trainer):
    EventTrainer.objects.create(event=event, user=trainer)
    return event


def test_the_staff_registration_page_is_headed(in_admin, coordinator):
    h1, crumbs = heading_of(in_admin, coordinator, reverse("events_register_staff"))

    assert h1 == ["Register staff for an event"]
    assert crumbs == [
        (reverse("wagtailadmin_home"), "Home"),
        ("", "Register staff for an event"),
    ]


def test_the_attendance_pages_are_headed(in_admin, trained, trainer):
    listing = reverse("events_attendance_list")
    home = (reverse("wagtailadmin_home"), "Home")

    assert heading_of(in_admin, trainer, listing) == (
        ["Attendance"],
        [home, ("", "Attendance")],
    )
    assert heading_of(
        in_admin, trainer, reverse("events_attendance", args=[trained.pk])
    ) == (
        ["Attendance: Mokymai Biržuose"],
        [home, (listing, "Attendance"), ("", "Mokymai Biržuose")],
    )


def test_the_survey_answers_page_is_headed(in_admin, trained, trainer):
    h1, crumbs = heading_of(
        in_admin, trainer, reverse("events_survey_answers", args=[trained.pk])
    )

    assert h1 == ["Survey answers: Mokymai Biržuose"]
    assert crumbs == [
        (reverse("wagtailadmin_home"), "Home"),
        (reverse("events_attendance_list"), "Attendance"),
        (reverse("events_attendance", args=[trained.pk]), "Mokymai Biržuose"),
        ("", "Survey answers"),
    ]


def test_the_cancel_page_is_headed_under_the_event_in_the_page_tree(
    in_admin, event, coordinator, admin_user
):
    url = reverse("events_call_off", args=[event.pk])

    for person in (coordinator, admin_user):
        h1, crumbs = heading_of(in_admin, person, url)
        assert h1 == ["Cancel the event: Mokymai Biržuose"]
        assert crumbs[-1] == ("", "Cancel the event")
        assert len(crumbs) >= 2 and all(href for href, _label in crumbs[:-1])
    # An administrator explores the whole tree, down to the event itself.
    assert crumbs[-2] == (
        reverse("wagtailadmin_explore", args=[event.pk]),
        "Mokymai Biržuose",
    )
