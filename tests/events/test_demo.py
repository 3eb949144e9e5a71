"""The demo events: three events in LT and EN, seeded twice without change."""

from django.utils import timezone

from wagtail.models import Locale

import pytest

from accounts import demo as accounts_demo
from courses import demo as courses_demo
from events import demo
from events.models import (
    EventCompetency,
    EventIndexPage,
    EventPage,
    EventTrainer,
    FunderActivity,
)

pytestmark = pytest.mark.django_db


def test_the_demo_events_are_seeded_once_in_lithuanian_and_english(
    client, site_content
):
    accounts_demo.seed_organisations()
    courses_demo.seed_framework()

    first = demo.seed_events()
    counts = (
        EventPage.objects.count(),
        EventIndexPage.objects.count(),
        FunderActivity.objects.count(),
        EventCompetency.objects.count(),
    )
    again = demo.seed_events()

    assert [e.pk for e in first] == [e.pk for e in again]
    assert counts == (
        EventPage.objects.count(),
        EventIndexPage.objects.count(),
        FunderActivity.objects.count(),
        EventCompetency.objects.count(),
    )
    lithuanian = EventPage.objects.filter(locale=Locale.get_default(), alias_of=None)
    english = EventPage.objects.filter(locale__language_code="en", alias_of=None)
    norwegian = EventPage.objects.filter(locale__language_code="nb")
    assert lithuanian.count() == english.count() == 3
    assert norwegian.count() == 3 and all(e.alias_of_id for e in norwegian)
    assert {e.municipality for e in lithuanian} == {"Biržai", "", "Oslo"}
    assert all(e.starts_at > timezone.now() for e in lithuanian)
    assert FunderActivity.objects.filter(locale__language_code="en").count() == 2
    oslo = english.get(municipality="Oslo")
    assert oslo.title == "Study visit to Oslo"
    assert oslo.funder_activity.locale.language_code == "en"
    assert oslo.needs_approval

    for language in ("lt", "en", "nb"):
        index = EventIndexPage.objects.get(locale__language_code=language)
        html = client.get(index.url).content.decode()
        assert client.get(index.url).status_code == 200
        assert (
            "Study visit to Oslo" if language == "en" else "Studijų vizitas į Oslą"
        ) in html


def test_the_demo_trainer_is_named_on_every_demo_event(site_content):
    accounts_demo.seed_organisations()
    demo.seed_events()
    trainer = accounts_demo.seed_users(password="demo-password-123")[1]

    demo.assign_demo_trainer(trainer=trainer)
    demo.assign_demo_trainer(trainer=trainer)

    for event in EventPage.objects.all():  # translations and aliases alike
        assert EventTrainer.objects.filter(event=event, user=trainer).count() == 1


def test_the_birzai_workshop_belongs_to_the_social_clustering_programme(
    client, site_content
):
    from courses.models import ProgrammePage
    from events.selectors import events_for

    accounts_demo.seed_organisations()
    courses_demo.seed_framework()
    courses_demo.seed_programmes()
    demo.seed_events()

    for language in ("lt", "en"):
        programme = ProgrammePage.objects.get(
            slug="social-clustering-competencies", locale__language_code=language
        )
        [workshop] = events_for(programme)
        assert workshop.municipality == "Biržai"
        assert [c.competency.code for c in workshop.competencies.all()] == [
            "SC-1.1",
            "SC-2.1",
        ]
        assert {
            c.competency.locale.language_code for c in workshop.competencies.all()
        } == {language}
        assert client.get(workshop.url).status_code == 200
