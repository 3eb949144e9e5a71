"""Survey question sets: the default set reproduces the four standard questions, an
event may ask its own (still with "overall", which the indicators read), the text is
translated, and answers are kept by question key."""

import importlib

from django.apps import apps
from django.urls import reverse

import pytest

from events import services, surveys
from events.models import (
    QuestionKind,
    SurveyQuestion,
    SurveyQuestionSet,
    SurveyResponse,
)
from events.selectors import free_text_answers, satisfaction

from .test_survey import attended, held

pytestmark = pytest.mark.django_db


def default_set():
    """The shipped set (a transactional test's flush removes it: seed it again)."""
    migration = importlib.import_module("events.migrations.0005_survey_question_sets")
    migration.ship_default_set(apps, None)
    return SurveyQuestionSet.objects.get(translation_key=surveys.DEFAULT_SET_KEY)


def test_the_default_set_asks_todays_four_questions(event):
    question_set = default_set()

    questions = surveys.questions_for(event, "en")

    assert [q.key for q in question_set.questions.order_by("sort_order")] == [
        "overall",
        "usefulness",
        "would_recommend",
        "improvements",
    ]
    assert [(q.key, q.kind, q.required) for q in questions] == [
        ("overall", QuestionKind.RATING, True),
        ("usefulness", QuestionKind.RATING, True),
        ("would_recommend", QuestionKind.YES_NO, True),
        ("improvements", QuestionKind.TEXT, False),
    ]
    assert questions[0].label == "overall, how was the event?"


def test_with_no_set_at_all_the_standard_questions_are_asked(event):
    SurveyQuestionSet.objects.all().delete()

    assert [q.key for q in surveys.questions_for(event)] == surveys.STANDARD


def own_set(**texts):
    question_set = SurveyQuestionSet.objects.create(name="Studijų vizitas")
    for position, (key, kind, text) in enumerate(
        [
            ("usefulness", QuestionKind.RATING, ""),
            (
                "host",
                QuestionKind.YES_NO,
                "Ar priimanti organizacija buvo pasiruošusi?",
            ),
            ("idea", QuestionKind.TEXT, "Kokią idėją parsivešite?"),
        ]
    ):
        SurveyQuestion.objects.create(
            question_set=question_set,
            sort_order=position,
            key=key,
            kind=kind,
            text=texts.get(key, text),
            required=kind != QuestionKind.TEXT,
        )
    return question_set


def test_an_events_own_set_still_asks_overall_and_keeps_every_answer(
    client, event, learner
):
    event.survey = own_set()
    event.save_revision().publish()
    attended(event, learner)
    held(event)
    client.force_login(learner)
    url = reverse("events:survey", args=[event.pk])

    page = client.get(url)
    assert list(page.context["form"].fields) == [
        "overall",
        "usefulness",
        "host",
        "idea",
    ]
    assert "Kokią idėją parsivešite?" in page.content.decode()
    missing = client.post(url, {"overall": "4"})
    assert missing.status_code == 400
    assert not SurveyResponse.objects.exists()
    client.post(
        url,
        {
            "overall": "2",
            "usefulness": "5",
            "host": "False",
            "idea": "Bendri pusryčiai.",
        },
    )

    [response] = SurveyResponse.objects.all()
    assert response.answers == {
        "overall": 2,
        "usefulness": 5,
        "host": False,
        "idea": "Bendri pusryčiai.",
    }
    assert (response.overall, response.usefulness, response.would_recommend) == (
        2,
        5,
        None,
    )
    assert satisfaction(event.translation_key)["good_share"] == 0
    assert free_text_answers(event.translation_key) == ["Bendri pusryčiai."]


def test_the_set_is_asked_in_the_readers_language(event):
    from wagtail.models import Locale

    question_set = own_set()
    english = question_set.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    texts = {"host": "Was the host ready?", "idea": "Which idea do you take home?"}
    for question in english.questions.all():  # copied with the set
        question.text = texts.get(question.key, "")
        question.save()
    event.survey = question_set
    event.save_revision().publish()

    english_labels = [q.label for q in surveys.questions_for(event, "en")]
    lithuanian_labels = [q.label for q in surveys.questions_for(event, "lt")]
    assert english_labels[2:] == ["Was the host ready?", "Which idea do you take home?"]
    assert lithuanian_labels[3] == "Kokią idėją parsivešite?"


def test_a_standard_question_keeps_its_kind(db):
    from django.core.exceptions import ValidationError

    question = SurveyQuestion(key="overall", kind=QuestionKind.TEXT, text="")

    with pytest.raises(ValidationError):
        question.clean()


def test_an_answer_without_overall_is_refused(event, learner):
    attended(event, learner)
    held(event)

    with pytest.raises(services.EventError, match="very poor to very good"):
        services.answer_survey(person=learner, event=event, answers={"usefulness": 4})
    assert not SurveyResponse.objects.exists()


def test_answers_given_before_the_question_sets_keep_their_keys(event, learner):
    attended(event, learner)
    held(event)
    response = services.answer_survey(
        person=learner,
        event=event,
        answers={"overall": 5, "usefulness": 4, "would_recommend": True},
    )
    SurveyResponse.objects.filter(pk=response.pk).update(answers={})

    default_set()  # the migration's step, run again over the old answer

    response.refresh_from_db()
    assert response.answers == {
        "overall": 5,
        "usefulness": 4,
        "would_recommend": True,
        "improvements": "",
    }


def test_administrators_edit_the_question_sets_and_others_do_not(
    client, admin_user, trainer, learner
):
    default_set()
    url = reverse("wagtailsnippets_events_surveyquestionset:list")

    client.force_login(admin_user)
    assert client.get(url).status_code == 200
    assert (
        client.get(reverse("wagtailsnippets_events_surveyquestionset:add")).status_code
        == 200
    )
    client.force_login(learner)
    assert client.get(url).status_code in (302, 403)
    client.force_login(trainer)
    assert client.get(
        reverse("wagtailsnippets_events_surveyquestionset:add")
    ).status_code in (302, 403)
