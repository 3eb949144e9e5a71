"""Registering staff in the admin: each person is listed with their email, so two
people of the same name can be told apart."""

import re
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def labels(html) -> dict[str, str]:
    """{person's id: the text of their checkbox's label}."""
    return {
        value: re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", text))).strip()
        for value, text in re.findall(
            r'<label[^>]*>\s*<input[^>]*name="people"[^>]*value="(\d+)"[^>]*>(.*?)</label>',
            html,
            re.S,
        )
    }


def test_two_people_of_the_same_name_are_told_apart_by_email(
    client, coordinator, organisation
):
    first, second = (
        UserFactory(
            first_name="Jonas",
            last_name="Jonaitis",
            email=email,
            organisation=organisation,
        )
        for email in ["jonas@example.org", "jonas.j@example.org"]
    )
    client.force_login(coordinator)

    found = labels(client.get(reverse("events_register_staff")).content.decode())

    assert found[str(first.pk)] == "Jonas Jonaitis (jonas@example.org)"
    assert found[str(second.pk)] == "Jonas Jonaitis (jonas.j@example.org)"


def test_the_list_costs_the_same_queries_for_more_people(
    client, coordinator, organisation
):
    UserFactory.create_batch(2, organisation=organisation)
    client.force_login(coordinator)
    client.get(reverse("events_register_staff"))

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("events_register_staff"))
    UserFactory.create_batch(5, organisation=organisation)
    with CaptureQueriesContext(connection) as more:
        client.get(reverse("events_register_staff"))

    assert len(more) == len(few)
