"""The demo events: six events in LT, EN and NB with their records, seeded twice without
change (the Norwegian texts in detail: test_demo_norwegian.py)."""

from django.utils import timezone, translation

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


def test_the_demo_events_are_seeded_once_in_every_language(client, site_content):
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
    assert lithuanian.count() == english.count() == 6
    assert norwegian.count() == 6 and not any(e.alias_of_id for e in norwegian)
    assert {e.municipality for e in lithuanian} == {
        "Biržai",
        "",
        "Oslo",
        "Prienai",
        "Utena",
        "Druskininkai",
    }
    assert sum(e.starts_at > timezone.now() for e in lithuanian) == 4
    for language in ("en", "nb"):
        activities = FunderActivity.objects.filter(locale__language_code=language)
        assert activities.count() == 2
    oslo = english.get(municipality="Oslo")
    assert oslo.title == "Study visit to Oslo"
    assert oslo.funder_activity.locale.language_code == "en"
    assert oslo.needs_approval

    oslo_titles = {
        "lt": "Studijų vizitas į Oslą",
        "en": "Study visit to Oslo",
        "nb": "Studiebesøk til Oslo",
    }
    utena = {"lt": "Utenoje", "en": "in Utena", "nb": "i Utena"}
    for language in ("lt", "en", "nb"):
        index = EventIndexPage.objects.get(locale__language_code=language)
        html = client.get(index.url).content.decode()
        assert client.get(index.url).status_code == 200
        assert oslo_titles[language] in html
        past = client.get(index.url, {"when": "past"}).content.decode()
        assert utena[language] in past


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

    for language in ("lt", "en", "nb"):
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


def seeded_records(client=None):
    accounts_demo.seed_organisations()
    courses_demo.seed_framework()
    demo.seed_events()
    learner = accounts_demo.seed_users(password="demo-password-123")[0]
    return learner, demo.seed_event_records(learner=learner)


def test_the_demo_records_are_seeded_once_and_fill_the_indicators(site_content):
    from events import indicators
    from events.models import Registration, SurveyResponse

    learner, first = seeded_records()
    counts = (Registration.objects.count(), SurveyResponse.objects.count())
    again = demo.seed_event_records(learner=learner)

    assert first == again
    assert counts == (Registration.objects.count(), SurveyResponse.objects.count())
    with translation.override("lt"):  # the rows are titled in the active language
        rows = {
            row["event"]: row
            for row in indicators.event_rows(
                EventPage.objects.filter(locale=Locale.get_default())
            )
        }
    prienai = rows["Bendruomenės telkimo seminaras Prienuose"]
    utena = rows["Praktinis susitikimas Utenoje: paslaugų planavimas"]
    assert (prienai["responses"], prienai["good_share"]) == (9, 89)
    assert not prienai["below_target"] and not prienai["unreliable"]
    assert (utena["responses"], utena["good_share"]) == (7, 43)
    assert utena["below_target"] and not utena["unreliable"]
    assert prienai["attended"] == 12  # eleven invented people and the demo learner
    [activity] = [
        row
        for row in indicators.activity_rows(EventPage.objects.all())
        if row["code"] == "1.1.2"
    ]
    assert activity["events_held"] == 5
    # Utena's attendees were at Prienai too: each counts once.
    assert activity["unique_participants"] == 12


def test_the_full_demo_event_has_a_waiting_list(client, site_content):
    from events.models import Registration

    seeded_records()
    full = EventPage.objects.get(
        slug="mokymai-druskininkuose", locale=Locale.get_default()
    )

    statuses = list(
        Registration.objects.filter(event_key=full.translation_key).values_list(
            "status", flat=True
        )
    )
    assert statuses.count("registered") == full.capacity == 8
    assert statuses.count("waitlisted") == 3
    html = client.get(full.url).content.decode()
    assert client.get(full.url).status_code == 200
    assert "3" in html


def test_the_demo_learner_may_answer_the_prienai_survey_once(site_content):
    from events import services

    learner, _made = seeded_records()
    prienai = EventPage.objects.get(
        slug="bendruomenes-telkimas-prienuose", locale=Locale.get_default()
    )

    services.answer_survey(
        person=learner,
        event=prienai,
        answers={"overall": 5, "usefulness": 5, "would_recommend": True},
    )
    with pytest.raises(services.EventError):
        services.answer_survey(
            person=learner,
            event=prienai,
            answers={"overall": 5, "usefulness": 5, "would_recommend": True},
        )
