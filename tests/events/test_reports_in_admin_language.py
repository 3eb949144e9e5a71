"""The events' admin reports in the admin's language: titles of events and funder
activities in it where translated, else in the default language marked with its own
(`lang`), and organisations' names marked with theirs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale

import pytest

from events import indicators, services
from events.models import EventPage, FunderActivity

from ..factories import OrganisationFactory, UserFactory
from .pages import translate
from .test_indicators import held_event

pytestmark = pytest.mark.django_db


def translated_activity(activity, language: str, title: str) -> FunderActivity:
    copy = activity.copy_for_translation(Locale.objects.get(language_code=language))
    copy.title = title
    copy.save()
    return copy


@pytest.fixture
def activities(db):
    """One funder activity translated into English, one not."""
    training = FunderActivity.objects.create(
        code="1.1.2", title="Mokymo renginiai", target_participants=3
    )
    translated_activity(training, "en", "Training events")
    visits = FunderActivity.objects.create(
        code="1.2.1", title="Studijų vizitai", target_participants=3
    )
    return training, visits


@pytest.fixture
def held(index, activities):
    """Two events held, the first translated into English; attended by people of a
    Lithuanian and a Norwegian organisation."""
    training, visits = activities
    birzai = OrganisationFactory(name="Biržų kultūros centras", region="Biržai")
    vofo = OrganisationFactory(name="Vofo", region="Oslo", country="NO")
    people = [UserFactory(organisation=birzai), UserFactory(organisation=vofo)]
    translated = held_event(index, "seminaras", training, people)
    translate(translated, "en", title="The seminar")
    held_event(index, "dirbtuves", visits, people)
    return translated


def test_an_english_admin_sees_the_english_title_and_a_marked_lithuanian_one(
    in_admin, admin_user, held
):
    html = in_admin(admin_user, "en").get(reverse("events_event_indicators"))

    html = html.content.decode()
    assert '<th scope="row">The seminar</th>' in html
    assert '<th scope="row" lang="lt">Dirbtuves</th>' in html
    assert "Seminaras" not in html


def test_a_lithuanian_admin_sees_lithuanian_titles_unmarked(in_admin, admin_user, held):
    html = in_admin(admin_user, "lt").get(reverse("events_event_indicators"))

    html = html.content.decode()
    assert '<th scope="row">Seminaras</th>' in html
    assert '<th scope="row">Dirbtuves</th>' in html


def test_the_activity_indicators_title_activities_in_the_admins_language(
    in_admin, admin_user, held
):
    html = in_admin(admin_user, "en").get(reverse("events_activity_indicators"))

    html = html.content.decode()
    assert "<td>Training events</td>" in html
    assert '<td lang="lt">Studijų vizitai</td>' in html
    assert "Mokymo renginiai" not in html


@pytest.mark.parametrize(
    "report", ["events_participant_splits", "events_participant_splits_external"]
)
def test_the_splits_title_activities_and_mark_organisations_names(
    in_admin, admin_user, held, report
):
    client = in_admin(admin_user, "en")

    by_organisation = client.get(reverse(report)).content.decode()
    by_municipality = client.get(reverse(report), {"by": "municipality"})
    by_country = client.get(reverse(report), {"by": "country"}).content.decode()

    assert "<td>Training events</td>" in by_organisation
    assert '<td lang="lt">Studijų vizitai</td>' in by_organisation
    assert '<td lang="lt">Biržų kultūros centras</td>' in by_organisation
    assert '<td lang="nb">Vofo</td>' in by_organisation
    assert '<td lang="nb">Oslo</td>' in by_municipality.content.decode()
    assert "<td>Norway</td>" in by_country
    assert "<td>All participants</td>" in by_country


@pytest.mark.parametrize("page", ["registrations", "attendance"])
def test_the_registrations_mark_organisations_names(
    in_admin, admin_user, event, learner, page
):
    vofo = OrganisationFactory(name="Vofo", region="Oslo", country="NO")
    services.register_for_event(person=learner, event=event)
    services.register_for_event(person=UserFactory(organisation=vofo), event=event)
    url = {
        "registrations": reverse("events_registrations"),
        "attendance": reverse("events_attendance", args=[event.pk]),
    }[page]

    html = in_admin(admin_user, "en").get(url).content.decode()

    assert '<td lang="lt">Biržų rajono savivaldybė</td>' in html
    assert '<td lang="nb">Vofo</td>' in html


def test_titles_in_a_language_cost_the_same_queries_however_many_events(
    index, activities
):
    training, _visits = activities
    people = [UserFactory()]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            indicators.event_rows(EventPage.objects.all())
            indicators.activity_rows(EventPage.objects.all())
            indicators.participant_splits(EventPage.objects.all())
        return len(captured)

    translate(held_event(index, "vienas", training, people), "en", title="One")
    one = queries()
    for n in range(4):
        translate(held_event(index, f"kitas-{n}", training, people), "en")
        held_event(index, f"dar-{n}", training, people)

    assert queries() == one
    assert {row["event"] for row in indicators.event_rows(EventPage.objects.all())} >= {
        "One",
        "Dar-0",
    }


def test_the_registrations_title_events_in_the_admins_language_or_mark_them(
    in_admin, admin_user, index, learner
):
    from .pages import event_under

    translated = event_under(index, slug="seminaras", title="Seminaras")
    translate(translated, "en", title="The seminar")
    untranslated = event_under(index, slug="dirbtuves", title="Dirbtuvės")
    for event in (translated, untranslated):
        services.register_for_event(person=learner, event=event)

    english = in_admin(admin_user, "en").get(reverse("events_registrations"))
    lithuanian = in_admin(admin_user, "lt").get(reverse("events_registrations"))

    html = english.content.decode()
    assert "<td>The seminar</td>" in html
    assert '<td lang="lt">Dirbtuvės</td>' in html
    assert 'lang="lt">Seminaras' not in lithuanian.content.decode()
    assert "<td>Dirbtuvės</td>" in lithuanian.content.decode()


@pytest.mark.parametrize(
    "report", ["events_activity_indicators", "events_participant_splits"]
)
def test_an_activity_written_only_in_norwegian_counts_and_says_its_language(
    in_admin, admin_user, index, people, report
):
    norwegian_only = FunderActivity.objects.create(
        code="2.1.1",
        title="Studiebesøk i Norge",
        target_participants=2,
        locale=Locale.objects.get(language_code="nb"),
    )
    held_event(index, "vizitas", norwegian_only, people(2))

    [row] = indicators.activity_rows(EventPage.objects.all())
    html = in_admin(admin_user, "lt").get(reverse(report)).content.decode()

    assert (row["code"], row["unique_participants"], row["title_lang"]) == (
        "2.1.1",
        2,
        "nb",
    )
    assert '<td lang="nb">Studiebesøk i Norge</td>' in html


@pytest.mark.parametrize("view", ["events_attendance", "events_survey_answers"])
def test_an_events_work_pages_mark_its_title_in_heading_and_crumbs(
    in_admin, admin_user, held, view
):
    event = EventPage.objects.get(slug="dirbtuves")

    html = in_admin(admin_user, "en").get(reverse(view, args=[event.pk]))

    html = html.content.decode()
    marked = '<span lang="lt">Dirbtuves</span>'
    assert marked in html.split("<h1", 1)[1].split("</h1>", 1)[0]
    assert marked in html.split('class="w-breadcrumbs', 1)[1].split("</nav>", 1)[0]
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "Dirbtuves" in title and "<span" not in title


def test_the_event_editor_names_each_organisation_in_its_language(
    in_admin, admin_user, held
):
    event = EventPage.objects.get(slug="dirbtuves")
    birzai = OrganisationFactory(name="Biržų viešoji biblioteka", region="Biržai")

    html = in_admin(admin_user, "en").get(
        reverse("wagtailadmin_pages:edit", args=[event.pk])
    )

    assert (
        f'<option value="{birzai.pk}" lang="lt">Biržų viešoji biblioteka</option>'
        in html.content.decode()
    )
