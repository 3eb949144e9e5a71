from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from courses.models import LessonPage
from learning import quizzes, services
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

    saved = QuizAttempt.objects.get(learner=enrolled)
    assert response.status_code == 302
    assert response["Location"] == reverse("learning:quiz_result", args=[saved.pk])
    html = client.get(response["Location"]).content.decode()
    assert (
        "SECRET-FEEDBACK-RIGHT" in html
    )  # feedback comes after the answer, not before
    assert (saved.number, saved.score, saved.passed) == (1, 100, True)
    assert LessonCompletion.objects.filter(
        learner=enrolled, lesson_key=lesson.translation_key
    ).exists()


def test_reloading_the_result_page_records_no_new_attempt(client, enrolled, lesson):
    block, question, _right, wrong = quiz_ids(lesson)
    client.force_login(enrolled)

    result = attempt(client, lesson, block, {question: [wrong]})["Location"]
    first = client.get(result)
    second = client.get(result)

    assert first.status_code == second.status_code == 200
    assert second["Cache-Control"] == "private, no-store"
    assert QuizAttempt.objects.count() == 1


def test_the_same_form_sent_twice_records_one_attempt(client, enrolled, lesson):
    block, question, _right, wrong = quiz_ids(lesson)
    client.force_login(enrolled)
    data = {f"question-{question}": [wrong], "attempt": "1"}
    url = reverse("learning:attempt_quiz", args=[lesson.pk, block])

    first = client.post(url, data)
    again = client.post(url, data)  # a double click, or the page kept by "back"

    assert QuizAttempt.objects.count() == 1
    assert first["Location"] == again["Location"]


def test_a_quiz_result_is_its_learners_alone(
    client, enrolled, outsider, admin_user, lesson
):
    block, question, right, _wrong = quiz_ids(lesson)
    client.force_login(enrolled)
    result = attempt(client, lesson, block, {question: [right]})["Location"]

    client.logout()
    assert client.get(result).status_code == 302  # to sign in
    for person in (outsider, admin_user):
        client.force_login(person)
        assert client.get(result).status_code == 404


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


def set_quiz(lesson, **settings):
    body = lesson.body.raw_data
    for item in body:
        if item["type"] == "quiz":
            item["value"].update(settings)
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def result_of(client, response) -> str:
    assert response.status_code == 302, response.status_code
    return client.get(response["Location"]).content.decode()


RIGHT_OPTION = "Sektorių bendradarbiavimas"
with translation.override("lt"):  # the quiz pages' language
    CORRECT_MARK = f"({translation.gettext('a correct answer')})"
    NOT_CORRECT = translation.gettext("not correct")


def test_after_a_failed_attempt_with_attempts_left_the_answers_stay_hidden(
    client, enrolled, lesson
):
    block, question, _right, wrong = quiz_ids(set_quiz(lesson, max_attempts=2))
    client.force_login(enrolled)

    html = result_of(client, attempt(client, lesson, block, {question: [wrong]}))

    assert RIGHT_OPTION not in html and CORRECT_MARK not in html
    assert "SECRET-FEEDBACK-WRONG" in html  # the feedback on the learner's own answer
    assert NOT_CORRECT in html


def test_the_answers_are_shown_once_the_attempts_are_used_up(client, enrolled, lesson):
    block, question, _right, wrong = quiz_ids(set_quiz(lesson, max_attempts=2))
    client.force_login(enrolled)

    first = attempt(client, lesson, block, {question: [wrong]})["Location"]
    last = result_of(client, attempt(client, lesson, block, {question: [wrong]}))

    assert RIGHT_OPTION in last and CORRECT_MARK in last
    assert CORRECT_MARK in client.get(first).content.decode()  # earlier ones too, now


@pytest.mark.parametrize(
    "choice, after_failing, after_passing",
    [
        ("passed_or_used_up", False, True),
        ("always", True, True),
        ("passed", False, True),
        ("never", False, False),
    ],
)
def test_the_trainer_chooses_when_the_answers_are_shown(
    client, enrolled, lesson, choice, after_failing, after_passing
):
    block, question, right, wrong = quiz_ids(set_quiz(lesson, show_answers=choice))
    client.force_login(enrolled)

    failed = result_of(client, attempt(client, lesson, block, {question: [wrong]}))
    passed = result_of(client, attempt(client, lesson, block, {question: [right]}))

    assert (CORRECT_MARK in failed) is after_failing
    assert (CORRECT_MARK in passed) is after_passing


def test_used_up_attempts_reveal_nothing_when_the_trainer_says_never(
    client, enrolled, lesson
):
    block, question, _right, wrong = quiz_ids(
        set_quiz(lesson, max_attempts=1, show_answers="never")
    )
    client.force_login(enrolled)

    html = result_of(client, attempt(client, lesson, block, {question: [wrong]}))

    assert CORRECT_MARK not in html and RIGHT_OPTION not in html
    lesson_page = client.get(lesson.url).content.decode()
    with translation.override("lt"):
        used_up = translation.gettext("You have used all the attempts at this quiz.")
        submit = translation.gettext("Submit answers")
    assert used_up in lesson_page
    assert submit not in lesson_page


def many_options(lesson):
    """The lesson's quiz with a multiple-choice question of eight options, the first
    one right."""
    body = lesson.body.raw_data
    for item in body:
        if item["type"] == "quiz":
            question = item["value"]["questions"][0]["value"]
            question["kind"] = "multiple"
            question["options"] = [
                {
                    "type": "item",
                    "id": f"option-{n}",
                    "value": {"text": f"Option {n}", "correct": n == 0, "feedback": ""},
                }
                for n in range(8)
            ]
    lesson.body = body
    return lesson


def option_order(html: str) -> list[str]:
    import re

    return re.findall(r"Option \d", html)


def test_shuffled_options_keep_one_order_per_attempt_and_the_result_matches(
    client, enrolled, lesson
):
    set_quiz(many_options(lesson), shuffle=True, show_answers="always")
    block, question = quiz_ids_of_many(lesson)
    client.force_login(enrolled)

    shown = option_order(client.get(lesson.url).content.decode())
    again = option_order(client.get(lesson.url).content.decode())
    every_option = [f"option-{n}" for n in range(8)]
    html = result_of(client, attempt(client, lesson, block, {question: every_option}))
    next_attempt = option_order(client.get(lesson.url).content.decode())

    assert shown == again  # a reload does not reshuffle
    assert sorted(shown) == [f"Option {n}" for n in range(8)]
    assert option_order(html) == shown  # the result lists them as they were answered
    orders = [shown, next_attempt]
    for number in range(3, 8):  # eight options: the orders of attempts differ
        quiz = lesson.body[2].value
        orders.append(
            [
                option.value["text"]
                for option in quizzes.ordered_questions(
                    quiz,
                    learner_id=enrolled.pk,
                    page_key=lesson.translation_key,
                    block_id=block,
                    number=number,
                )[0][1]
            ]
        )
    assert len({tuple(order) for order in orders}) > 1


def test_options_keep_the_authored_order_without_shuffle(client, enrolled, lesson):
    set_quiz(many_options(lesson))
    client.force_login(enrolled)

    assert option_order(client.get(lesson.url).content.decode()) == [
        f"Option {n}" for n in range(8)
    ]


def quiz_ids_of_many(page):
    block = next(b for b in page.body if b.block_type == "quiz")
    return block.id, block.value["questions"].bound_blocks[0].id


def test_a_quiz_block_saved_before_these_settings_reads_the_defaults(lesson):
    quiz = next(b for b in lesson.body if b.block_type == "quiz").value

    assert quiz["show_answers"] == "passed_or_used_up"
    assert quiz["shuffle"] is False


def test_a_quiz_renders_in_an_editors_preview_without_a_request(lesson):
    block = next(b for b in lesson.body if b.block_type == "quiz")

    html = block.render(context={"block": block})  # as in a page's loop

    assert RIGHT_OPTION in html and 'action=""' in html
    assert "SECRET-FEEDBACK" not in html  # answers stay on the server


def test_a_quiz_sent_with_a_question_unanswered_uses_no_attempt(
    client, enrolled, lesson
):
    block, question, right, _wrong = quiz_ids(lesson)
    client.force_login(enrolled)

    response = attempt(client, lesson, block, {})

    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()
    with translation.override("lt"):
        expected = quizzes.ngettext(
            "Question %(numbers)s has no answer. Answer every question, then "
            "send the quiz: nothing was recorded, no attempt was used.",
            "Questions %(numbers)s have no answer. Answer every question, then "
            "send the quiz: nothing was recorded, no attempt was used.",
            1,
        ) % {"numbers": "1"}
    assert expected in response.content.decode()
    assert attempt(client, lesson, block, {question: [right]}).status_code == 302
    assert QuizAttempt.objects.get().number == 1


def test_a_single_choice_question_must_be_answered_in_the_browser_too(
    client, enrolled, lesson
):
    client.force_login(enrolled)

    html = client.get(lesson.url).content.decode()

    radios = [tag for tag in html.split("<input") if 'type="radio"' in tag]
    assert radios and all(" required" in tag for tag in radios)
