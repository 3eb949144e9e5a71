"""Quiz attempts: answers checked against the quiz block on the server, then scored."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from wagtail.models import Page

from accounts.models import User
from courses.models import LessonPage, ModulePage

from . import services, statements
from .models import Enrolment, QuizAttempt
from .services import enrolment_covering


class QuizInputError(Exception):
    """Answers that do not fit the quiz (tampered or stale input); nothing was saved."""


@dataclass
class QuestionResult:
    text: str
    correct: bool
    options: list[dict]  # text, chosen, correct, feedback


def find_quiz(page: Page, block_id: str):
    """The quiz block with this id on a lesson's body or a module's final quiz."""
    specific = page.specific
    stream = (
        specific.body
        if isinstance(specific, LessonPage)
        else specific.quiz
        if isinstance(specific, ModulePage)
        else None
    )
    for child in stream or []:
        if child.block_type == "quiz" and child.id == block_id:
            return child.value
    return None


def clean_answers(quiz, answers: dict[str, list[str]]) -> dict[str, list[str]]:
    """The answers, checked: every question and option must belong to this quiz."""
    questions = {
        question.id: question.value for question in quiz["questions"].bound_blocks
    }
    unknown = set(answers) - set(questions)
    if unknown:
        raise QuizInputError(_("The answers name questions that are not in this quiz."))
    cleaned = {}
    for question_id, question in questions.items():
        options = {option.id for option in question["options"].bound_blocks}
        chosen = list(dict.fromkeys(answers.get(question_id, [])))
        if set(chosen) - options:
            raise QuizInputError(
                _("The answers name options that are not in this quiz.")
            )
        if question["kind"] != "multiple" and len(chosen) > 1:
            raise QuizInputError(_("A single-choice question takes one answer."))
        cleaned[question_id] = chosen
    return cleaned


def score(quiz, answers: dict[str, list[str]]) -> tuple[int, list[QuestionResult]]:
    results = []
    for question in quiz["questions"].bound_blocks:
        chosen = set(answers.get(question.id, []))
        right = {
            o.id for o in question.value["options"].bound_blocks if o.value["correct"]
        }
        results.append(
            QuestionResult(
                text=question.value["text"],
                correct=chosen == right,
                options=[
                    {
                        "text": option.value["text"],
                        "chosen": option.id in chosen,
                        "correct": option.value["correct"],
                        "feedback": option.value["feedback"],
                    }
                    for option in question.value["options"].bound_blocks
                ],
            )
        )
    total = len(results)
    percent = round(100 * sum(r.correct for r in results) / total) if total else 0
    return percent, results


@transaction.atomic
def submit_attempt(
    *, learner: User, page: Page, block_id: str, answers: dict[str, list[str]]
) -> tuple[QuizAttempt, list[QuestionResult]]:
    """Score and keep an attempt. Passing a lesson's quiz marks the lesson done.

    Raises QuizInputError for answers that do not fit the quiz and LearningError when the
    learner may not attempt it (not enrolled, no attempts left).
    """
    quiz = find_quiz(page, block_id)
    if quiz is None:
        raise QuizInputError(_("There is no such quiz on this page."))
    cleaned = clean_answers(quiz, answers)
    module = (
        page.specific
        if isinstance(page.specific, ModulePage)
        else page.get_parent().specific
    )
    enrolment_covering(
        learner=learner,
        module=module,
        refusal=_(
            "Enrol in the programme “%(programme)s” before you take its quizzes."
        ),
    )
    programme = module.get_parent()
    # Lock the learner's row so that two submissions cannot take the same number.
    User.objects.select_for_update().filter(pk=learner.pk).first()
    previous = (
        QuizAttempt.objects.filter(
            learner=learner, page_key=page.translation_key, block_id=block_id
        ).aggregate(last=Max("number"))["last"]
        or 0
    )
    allowed = quiz.get("max_attempts") or 0
    if allowed and previous >= allowed:  # the quiz is closed to this learner
        raise QuizInputError(
            _("You have used all %(count)s attempts at this quiz.") % {"count": allowed}
        )
    percent, results = score(quiz, cleaned)
    attempt = QuizAttempt.objects.create(
        learner=learner,
        page_key=page.translation_key,
        block_id=block_id,
        number=previous + 1,
        answers=cleaned,
        score=percent,
        passed=percent >= quiz["pass_mark"],
    )
    statements.record(
        learner=learner,
        verb="passed" if attempt.passed else "failed",
        kind="quiz",
        key=page.translation_key,
        part=block_id,
        name=quiz.get("title") or page.title,
        result=statements.score_result(percent, attempt.passed),
    )
    if attempt.passed and isinstance(page.specific, LessonPage):
        services.complete_lesson(
            learner=learner, lesson=page.specific, quiz_passed=True
        )
    else:
        refresh_for(learner, programme)
    return attempt, results


def refresh_for(learner: User, programme: Page) -> None:

    for enrolment_id in Enrolment.objects.active_in(
        learner=learner, programme=programme
    ).values_list("pk", flat=True):
        services.queue_refresh(enrolment_id=enrolment_id)
