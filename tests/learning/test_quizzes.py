from django.utils import translation
from django.utils.translation import gettext

import pytest

from courses.models import LessonPage
from learning import services
from learning.models import LessonCompletion, QuizAttempt

from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(site_content):
    return module_under(programme_under(catalogue_under(site_content)), lessons=2)


@pytest.fixture
def lesson(module):
    return LessonPage.objects.child_of(module).order_by("path").first()


@pytest.fixture
def enrolled(learner, module):
    services.enrol_learner(learner=learner, programme=module.get_parent().specific)
    return learner


def quiz_ids(page, stream="body"):
    block = next(b for b in getattr(page, stream) if b.block_type == "quiz")
    question = block.value["questions"].bound_blocks[0]
    right, wrong = (option.id for option in question.value["options"].bound_blocks)
    return block.id, question.id, right, wrong


def attempt(client, page, block_id, answers):
    data = {f"question-{q}": options for q, options in answers.items()}
    return client.post(f"/lt/learning/quizzes/{page.pk}/{block_id}/attempt/", data)


def test_a_right_answer_passes_completes_the_lesson_and_shows_feedback(
    client, enrolled, lesson
):
    block, question, right, _wrong = quiz_ids(lesson)
    client.force_login(enrolled)

    response = attempt(client, lesson, block, {question: [right]})

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "SECRET-FEEDBACK-RIGHT" in html
    )  # feedback comes after the answer, not before
    saved = QuizAttempt.objects.get(learner=enrolled)
    assert (saved.number, saved.score, saved.passed) == (1, 100, True)
    assert LessonCompletion.objects.filter(
        learner=enrolled, lesson_key=lesson.translation_key
    ).exists()


def test_a_failed_attempt_is_kept_and_a_later_one_can_pass(client, enrolled, lesson):
    block, question, right, wrong = quiz_ids(lesson)
    client.force_login(enrolled)

    attempt(client, lesson, block, {question: [wrong]})
    assert not LessonCompletion.objects.exists()
    attempt(client, lesson, block, {question: [right]})

    attempts = list(
        QuizAttempt.objects.order_by("number").values_list("number", "score", "passed")
    )
    assert attempts == [(1, 0, False), (2, 100, True)]
    assert LessonCompletion.objects.count() == 1


@pytest.mark.parametrize(
    "tamper",
    [
        "unknown option",
        "question of another quiz",
        "two answers to a single choice",
        "unknown quiz",
    ],
)
def test_tampered_answers_get_a_400_and_change_nothing(
    client, enrolled, lesson, module, tamper
):
    block, question, right, wrong = quiz_ids(lesson)
    other_block, other_question, other_right, _ = quiz_ids(module, "quiz")
    answers = {
        "unknown option": {question: ["not-an-option"]},
        "question of another quiz": {other_question: [other_right]},
        "two answers to a single choice": {question: [right, wrong]},
        "unknown quiz": {question: [right]},
    }[tamper]
    client.force_login(enrolled)

    response = attempt(
        client, lesson, "no-such-block" if tamper == "unknown quiz" else block, answers
    )

    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_the_number_of_attempts_is_limited_when_the_trainer_says_so(
    client, enrolled, lesson
):
    body = lesson.body.raw_data
    for item in body:
        if item["type"] == "quiz":
            item["value"]["max_attempts"] = 1
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    block, question, right, wrong = quiz_ids(lesson)
    client.force_login(enrolled)

    attempt(client, lesson, block, {question: [wrong]})
    response = attempt(client, lesson, block, {question: [right]})

    assert response.status_code == 400
    with translation.override("lt"):  # the URL's language
        reason = gettext("You have used all %(count)s attempts at this quiz.")
    assert reason % {"count": 1} in response.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_only_enrolled_learners_take_quizzes(client, learner, lesson):
    block, question, right, _wrong = quiz_ids(lesson)
    client.force_login(learner)

    response = attempt(client, lesson, block, {question: [right]})

    assert response.status_code == 302
    assert not QuizAttempt.objects.exists()


def test_a_lesson_with_a_quiz_cannot_be_marked_done_by_hand(enrolled, lesson):
    with pytest.raises(services.LearningError, match="Pass this lesson"):
        services.complete_lesson(learner=enrolled, lesson=lesson)


def test_the_modules_final_quiz_counts_in_progress(client, enrolled, module):
    block, question, right, _wrong = quiz_ids(module, "quiz")
    client.force_login(enrolled)
    enrolment = enrolled.enrolments.get()

    attempt(client, module, block, {question: [right]})
    progress = services.recalculate_progress(enrolment=enrolment)

    # two lessons and the final quiz: the quiz is one of three steps
    assert (progress.lessons_completed, progress.lessons_total) == (1, 3)
