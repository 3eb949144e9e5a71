"""Upcoming events show under their programme and module pages, at a fixed cost."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from ..courses.pages import module_under, programme_under
from .pages import event_under, lt

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_modules_events_show_on_the_module_and_its_programme(
    client, programme, module
):
    event_under(module, slug="modulio", title="Modulio praktikumas")
    event_under(programme, slug="programos", title="Programos susitikimas", days=5)
    event_under(programme, slug="praejes", title="Praėjęs renginys", days=-5)

    programme_html = client.get(programme.url).content.decode()
    module_html = client.get(module.url).content.decode()

    assert "Modulio praktikumas" in programme_html
    assert "Programos susitikimas" in programme_html
    assert "Modulio praktikumas" in module_html
    assert "Programos susitikimas" not in module_html
    assert "Praėjęs renginys" not in programme_html
    assert programme_html.index("Programos susitikimas") < programme_html.index(
        "Modulio praktikumas"
    )  # soonest first


def test_a_full_event_says_so(client, programme, people):
    from events import services

    event = event_under(programme, capacity=1)
    services.register_for_event(person=people(1)[0], event=event)

    html = client.get(programme.url).content.decode()

    assert lt("Full: join the waiting list") in html


def test_the_events_cost_the_same_queries_however_many(client, programme):
    catalogue = programme.get_parent().specific
    few = programme_under(catalogue, slug="mazai")
    many = programme_under(catalogue, slug="daug")
    module_under(few, slug="m1", lessons=1, quiz=False)
    module_under(many, slug="m2", lessons=1, quiz=False)
    event_under(few, slug="vienas")
    for number in range(6):
        event_under(many, slug=f"renginys-{number}", days=10 + number)
    client.get(few.url)
    client.get(many.url)

    assert queries(client, few.url) == queries(client, many.url)
