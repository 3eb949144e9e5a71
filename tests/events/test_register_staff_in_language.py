"""Registering staff for an event in the admin: each event is titled in the admin's
language where its page is translated, else in the default language's, which the
option then says (WCAG 3.1.2)."""

import re
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from .pages import event_under, translate

pytestmark = pytest.mark.django_db


def options(client, coordinator, language) -> dict[str, str]:
    """{option's text: its lang attribute ("" without one)} of the event choice."""
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = language
    profile.save()
    client.force_login(coordinator)
    html = client.get(reverse("events_register_staff")).content.decode()
    select = re.search(r'<select name="event"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    found = {}
    for attributes, text in re.findall(
        r"<option([^>]*)>(.*?)</option>", select.group(1), re.S
    ):
        lang = re.search(r'lang="([^"]*)"', attributes)
        found[unescape(text).strip()] = lang.group(1) if lang else ""
    return found


@pytest.fixture
def events(event, index, organisation):
    translate(event, "en", title="Training in Biržai")
    other = event_under(
        index, slug="kitas", title="Kiti mokymai", days=12, organisation=organisation
    )
    return event, other


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", {"Training in Biržai": "", "Kiti mokymai": "lt"}),
        ("nb", {"Mokymai Biržuose": "lt", "Kiti mokymai": "lt"}),
        ("lt", {"Mokymai Biržuose": "", "Kiti mokymai": ""}),
    ],
)
def test_events_are_titled_in_the_admins_language(
    client, coordinator, events, language, expected
):
    found = options(client, coordinator, language)
    found.pop("---------", None)
    assert found == expected


def test_titles_cost_the_same_queries_whatever_the_events(
    client, coordinator, events, index, organisation
):
    options(client, coordinator, "en")
    url = reverse("events_register_staff")
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(5):
        event_under(
            index, slug=f"dar-{number}", days=20 + number, organisation=organisation
        )
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(before) == len(after)


def test_a_coordinator_still_registers_someone(client, coordinator, learner, events):
    client.force_login(coordinator)
    response = client.post(
        reverse("events_register_staff"),
        {"event": events[0].pk, "people": [learner.pk]},
    )
    assert response.status_code == 200
    assert learner.event_registrations.count() == 1
