"""Event pages and the events listing, as learners and visitors see them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from events import services
from events.models import EventTrainer, Registration
from events.selectors import events_for

from ..courses.pages import catalogue_under, programme_under
from ..factories import UserFactory
from .pages import event_under, lt, translate, vilnius

pytestmark = pytest.mark.django_db
Status = Registration.Status
LINK = "https://meet.example.org/birzai-secret"


@pytest.fixture
def online(index, organisation):
    return event_under(
        index,
        slug="internetu",
        title="Nuotoliniai mokymai",
        format="online",
        venue_address="",
        municipality="",
        online_url=LINK,
        organisation=organisation,
    )


def html_of(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_event_page_shows_vilnius_time_place_and_seats(client, event):
    html = html_of(client, event.url)

    assert "Mokymai Biržuose" in html
    assert "10:00" in html and "16:00" in html  # Vilnius, not UTC (07:00 or 08:00)
    assert lt("Vilnius time") in html
    assert "Biržų kultūros centras" in html and "Vytauto g. 1, Biržai" in html
    assert lt("%(left)s of %(capacity)s", left=10, capacity=10) in html
    assert reverse("account_login") + "?next=" in html


@pytest.mark.parametrize(
    ("address", "municipality", "shown"),
    [
        (
            "Vytauto g. 38, Biržai, Lithuania",
            "Biržai",
            "Vytauto g. 38, Biržai, Lithuania",
        ),
        ("Oslas, Norvegija", "Oslo", "Oslas, Norvegija"),
        ("Vytauto g. 38", "Biržai", "Vytauto g. 38, Biržai"),
    ],
)
def test_the_place_names_the_city_once(
    client, index, organisation, address, municipality, shown
):
    event = event_under(
        index,
        venue_address=address,
        municipality=municipality,
        organisation=organisation,
    )

    for html in (html_of(client, event.url), html_of(client, index.url)):
        assert f"Biržų kultūros centras, {shown}\n" in html
        assert f"({municipality})" not in html


def test_the_event_page_renders_in_lithuanian_and_english(client, event):
    english = translate(event, title="Training in Biržai", slug="training-birzai")

    lithuanian_html = html_of(client, event.url)
    english_html = html_of(client, english.url)

    assert event.url.startswith("/lt/") and english.url.startswith("/en/")
    assert '<html lang="lt">' in lithuanian_html
    assert "Mokymai Biržuose" in lithuanian_html
    assert '<html lang="en">' in english_html
    assert "Training in Biržai" in english_html
    assert "10:00" in english_html


def test_the_online_link_is_only_for_registered_participants(client, online, people):
    registered, waiting, bystander = people(3)
    online.capacity = 1
    online.save_revision().publish()
    services.register_for_event(person=registered, event=online)
    services.register_for_event(person=waiting, event=online)

    assert LINK not in html_of(client, online.url)
    for person in (bystander, waiting):
        client.force_login(person)
        assert LINK not in html_of(client, online.url)
    client.force_login(registered)
    assert LINK in html_of(client, online.url)


def test_registering_from_the_page(client, learner, event):
    client.force_login(learner)

    response = client.post(
        reverse("events:register", args=[event.pk]), {"next": event.url}, follow=True
    )

    assert response.redirect_chain[-1] == (event.url, 302)
    # The message is in the language of the URL posted to (English: see reverse).
    assert "You are registered for Mokymai Biržuose." in response.content.decode()
    assert lt("Cancel my registration") in response.content.decode()
    assert Registration.objects.get().person == learner


def test_a_refused_registration_is_a_message_not_an_error(client, learner, index):
    closed = event_under(
        index, registration_opens_at=vilnius(-5), registration_closes_at=vilnius(-1)
    )
    client.force_login(learner)

    response = client.post(reverse("events:register", args=[closed.pk]), follow=True)

    assert response.status_code == 200
    assert lt("Registration for this event has closed.") in response.content.decode()
    assert not Registration.objects.exists()


def test_an_unknown_event_is_not_found(client, learner):
    client.force_login(learner)

    assert client.post(reverse("events:register", args=[999999])).status_code == 404
    assert client.post("/lt/events/99999999999999999999/register/").status_code == 404


def test_the_buttons_are_post_only_and_need_signing_in(client, learner, event):
    register_url = reverse("events:register", args=[event.pk])

    anonymous = client.post(register_url)

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert not Registration.objects.exists()
    client.force_login(learner)
    assert client.get(register_url).status_code == 405


def test_the_buttons_check_csrf(learner, event):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    response = client.post(reverse("events:register", args=[event.pk]))

    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_cancelling_from_the_page(client, learner, event):
    registration = services.register_for_event(person=learner, event=event)
    client.force_login(learner)

    response = client.post(
        reverse("events:cancel", args=[registration.pk]), follow=True
    )

    assert response.redirect_chain[-1][0] == event.url
    assert "is cancelled" in response.content.decode()  # posted to the English URL
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED


def test_nobody_cancels_someone_elses_registration(client, learner, outsider, event):
    registration = services.register_for_event(person=learner, event=event)
    cancel_url = reverse("events:cancel", args=[registration.pk])

    assert "/accounts/login/" in client.post(cancel_url)["Location"]
    client.force_login(outsider)
    assert client.post(cancel_url).status_code == 404

    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED


def test_a_full_event_offers_the_waiting_list(client, index, people):
    event = event_under(index, capacity=1)
    seated, next_one = people(2)
    services.register_for_event(person=seated, event=event)
    client.force_login(next_one)

    html = html_of(client, event.url)

    assert lt("None: the event is full.") in html
    assert lt("Join the waiting list") in html


# --- The listing -------------------------------------------------------------------------


def titles(html: str, names) -> list[str]:
    return [name for name in names if name in html]


@pytest.fixture
def several(index, online, site_content):
    programme = programme_under(catalogue_under(site_content))
    in_programme = event_under(
        programme,
        slug="programoje",
        title="Programos susitikimas",
        municipality="Utena",
    )
    past = event_under(index, slug="praejes", title="Praėjęs renginys", days=-7)
    return {"programme": programme, "in_programme": in_programme, "past": past}


NAMES = [
    "Mokymai Biržuose",
    "Nuotoliniai mokymai",
    "Programos susitikimas",
    "Praėjęs renginys",
]


def test_the_listing_shows_upcoming_events_and_filters_them(
    client, index, event, several
):
    def listed(**query):
        return titles(
            html_of(
                client, index.url + "?" + "&".join(f"{k}={v}" for k, v in query.items())
            ),
            NAMES,
        )

    assert listed() == NAMES[:3]
    assert listed(when="past") == ["Praėjęs renginys"]
    assert listed(format="online") == ["Nuotoliniai mokymai"]
    assert listed(format="in_person") == ["Mokymai Biržuose", "Programos susitikimas"]
    assert listed(municipality="Utena") == ["Programos susitikimas"]
    assert listed(programme=several["programme"].pk) == ["Programos susitikimas"]


@pytest.mark.parametrize(
    "query",
    [
        "when=tomorrow",
        "format=teleport",
        "municipality=Atlantis",
        "programme=abc",
        "programme=99999999999999999999",
        "programme=1",
    ],
)
def test_bad_filter_values_are_form_errors(client, index, event, query):
    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    html = response.content.decode()
    assert lt("Some filters could not be used; every upcoming event is shown.") in html
    assert "Mokymai Biržuose" in html  # every upcoming event instead


def test_events_for_a_programme_include_its_modules(programme, module, index):
    on_programme = event_under(programme, slug="p", title="Programoje")
    on_module = event_under(module, slug="m", title="Modulyje")
    event_under(index, slug="kitur", title="Kitur")
    event_under(programme, slug="senas", title="Senas", days=-3)

    assert [e.title for e in events_for(programme)] == ["Programoje", "Modulyje"]
    assert [e.title for e in events_for(module)] == ["Modulyje"]
    assert events_for(programme)[0].seats_left == on_programme.capacity
    assert on_module.get_parent().specific == module


# --- Queries -----------------------------------------------------------------------------


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_listing_costs_the_same_with_1_and_10_events(client, site_content, index):
    event_under(index, slug="e0")
    client.get(index.url)
    one = count_queries(client, index.url)
    for n in range(1, 10):
        event_under(index, slug=f"e{n}", municipality=f"Vieta {n}")
    client.get(index.url)  # publishing empties the navigation's cache: warm it again
    ten = count_queries(client, index.url)

    assert one == ten, (one, ten)


def test_the_event_page_costs_the_same_with_1_and_10_participants(
    client, index, organisation
):
    def event_with(n: int, slug: str):
        page = event_under(index, slug=slug, capacity=20)
        for _ in range(n):
            person = UserFactory(organisation=organisation)
            services.register_for_event(person=person, event=page)
            trainer = UserFactory(organisation=organisation)
            EventTrainer.objects.create(event=page, user=trainer)
        return page

    small, large = event_with(1, "mazas"), event_with(10, "didelis")
    viewer = UserFactory(organisation=organisation)
    client.force_login(viewer)
    client.get(small.url)
    client.get(large.url)  # each page's breadcrumbs are cached on first view

    assert count_queries(client, small.url) == count_queries(client, large.url)
    assert count_queries(client, large.url) <= 20


def test_a_persons_upcoming_registrations(index, learner):
    from events.selectors import upcoming_registrations_of

    soon = event_under(index, slug="greitai", title="Greitai", days=2)
    later = event_under(index, slug="veliau", title="Vėliau", days=20)
    cancelled = event_under(index, slug="atsaukta", title="Atšaukta", days=5)
    for page in (later, soon, cancelled):
        services.register_for_event(person=learner, event=page)
    services.cancel_registration(
        registration=Registration.objects.get(event_key=cancelled.translation_key)
    )

    assert [r.event_title for r in upcoming_registrations_of(learner)] == [
        "Greitai",
        "Vėliau",
    ]
