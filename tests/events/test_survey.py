"""The satisfaction survey: once per attendee, after the event; the share of "good"
and "very good" against the target, and too few answers flagged."""

from datetime import timedelta

from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from events import services
from events.models import Attendance, EventPage, Registration, SurveyResponse
from events.selectors import satisfaction

from .pages import lt

pytestmark = pytest.mark.django_db
ANSWERS = {"overall": 5, "usefulness": 4, "would_recommend": True, "improvements": ""}


def attended(event, person, attendance=Attendance.PRESENT) -> Registration:
    registration = services.register_for_event(person=person, event=event)
    Registration.objects.filter(pk=registration.pk).update(attendance=attendance)
    return registration


def held(event) -> EventPage:
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(days=1, hours=6),
        ends_at=timezone.now() - timedelta(days=1),
    )
    event.refresh_from_db()
    return event


def answer_all(event, persons, ratings) -> None:
    for person in persons:
        attended(event, person)
    held(event)
    for person, rating in zip(persons, ratings, strict=True):
        services.answer_survey(
            person=person, event=event, answers={**ANSWERS, "overall": rating}
        )


def test_an_attendee_answers_once(event, learner):
    attended(event, learner)
    held(event)

    services.answer_survey(person=learner, event=event, answers=ANSWERS)
    with pytest.raises(services.EventError, match="already answered"):
        services.answer_survey(person=learner, event=event, answers=ANSWERS)

    assert SurveyResponse.objects.count() == 1


def test_only_attendees_answer_and_only_after_the_event(event, learner, people):
    absent, bystander = people(2)
    attended(event, learner)
    attended(event, absent, Attendance.ABSENT)
    with pytest.raises(services.EventError, match="when the event ends"):
        services.answer_survey(person=learner, event=event, answers=ANSWERS)
    held(event)

    for person in (absent, bystander):
        with pytest.raises(services.EventError, match="who attended"):
            services.answer_survey(person=person, event=event, answers=ANSWERS)

    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize(
    ("ratings", "share", "below", "unreliable"),
    [
        ([5, 4, 4, 3, 5, 4, 2, 5], 75, False, False),  # exactly the target
        ([5, 4, 3, 3, 5, 4, 2, 5], 62, True, False),
        ([5, 5, 5, 5], 100, False, True),  # fewer than 5 answers
        ([], None, False, True),
    ],
)
def test_the_share_of_good_answers_against_the_target(
    event, people, ratings, share, below, unreliable
):
    answer_all(event, people(len(ratings)), ratings)

    figures = satisfaction(event.translation_key)

    assert figures["responses"] == len(ratings)
    assert figures["good_share"] == share
    assert figures["below_target"] is below
    assert figures["unreliable"] is unreliable


@override_settings(EVENT_SATISFACTION_TARGET=90)
def test_the_target_is_a_setting(event, people):
    answer_all(event, people(5), [5, 5, 5, 5, 3])

    assert satisfaction(event.translation_key)["below_target"] is True


def test_answering_from_the_site(client, event, learner, outsider):
    attended(event, learner)
    held(event)
    url = reverse("events:survey", args=[event.pk])
    client.force_login(learner)

    assert (
        lt("Answer the satisfaction survey") in client.get(event.url).content.decode()
    )
    form = client.get(url)
    bad = client.post(url, {"overall": "9", "usefulness": "4"})
    good = client.post(
        url,
        {
            "overall": "4",
            "usefulness": "5",
            "would_recommend": "True",
            "improvements": "Daugiau praktikos.",
        },
        follow=True,
    )
    again = client.get(url, follow=True)

    assert form.status_code == 200 and 'name="overall"' in form.content.decode()
    assert bad.status_code == 400
    # Messages are in the language of the URL (English: reverse runs in English).
    assert "Thank you for your answers." in good.content.decode()
    assert "already answered" in again.content.decode()
    response = SurveyResponse.objects.get()
    assert (response.overall, response.improvements) == (4, "Daugiau praktikos.")
    client.force_login(outsider)
    assert "who attended" in client.get(url, follow=True).content.decode()
    assert SurveyResponse.objects.count() == 1
