"""Quiz attempts: answers checked against the quiz block on the server, then scored.

An attempt is recorded by a POST and shown by its own page (POST/redirect/GET), so a
reload or the back button never records another. The correct answers are shown by the
quiz's `show_answers` choice; shuffled options keep one order per attempt, derived from
the learner, the quiz and the attempt's number, so the result lists them as answered.
"""

import random
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page

from accounts.models import User
from courses.localisation import pages_in_language
from courses.models import LessonPage, ModulePage

from . import services, statements
from .models import Enrolment, QuizAttempt
from .services import enrolment_covering


class QuizInputError(Exception):
    """Answers that do not fit the quiz (tampered or stale input); nothing was saved."""


class AttemptAlreadyRecorded(Exception):
    """The form was sent again (a double click, or a page kept by the browser's back
    button): the attempt it stood for is already recorded; nothing new was saved."""

    def __init__(self, attempt: QuizAttempt):
        super().__init__(attempt.pk)
        self.attempt = attempt


@dataclass
class QuestionResult:
    text: str
    correct: bool
    options: list[dict]  # text, chosen, correct, feedback

    @property
    def answered(self) -> bool:
        return any(option["chosen"] for option in self.options)


@dataclass(frozen=True)
class Standing:
    """Where a learner stands with one quiz: attempts used and whether one passed."""

    used: int
    allowed: int  # 0: any number
    passed: bool
    last_attempt_id: int | None

    @property
    def left(self) -> int | None:
        return max(self.allowed - self.used, 0) if self.allowed else None

    @property
    def used_up(self) -> bool:
        return bool(self.allowed) and self.used >= self.allowed

    @property
    def next_number(self) -> int:
        return self.used + 1


def standing(*, learner: User, page_key, block_id: str, quiz) -> Standing:
    """The learner's attempts at this quiz so far (one query)."""
    if not learner.is_authenticated:
        return Standing(0, quiz.get("max_attempts") or 0, False, None)
    found = QuizAttempt.objects.filter(
        learner=learner, page_key=page_key, block_id=block_id
    ).aggregate(
        used=Max("number"),
        passed=Max("number", filter=Q(passed=True)),
        last=Max("pk"),
    )
    return Standing(
        used=found["used"] or 0,
        allowed=quiz.get("max_attempts") or 0,
        passed=found["passed"] is not None,
        last_attempt_id=found["last"],
    )


def answers_revealed(quiz, standing: Standing) -> bool:
    """Whether the correct answers may be shown, by the trainer's choice for this quiz.

    The default shows them once the quiz is passed or its attempts are used up, never
    after a failed attempt with attempts left: they would be copied into the next one.
    """
    choice = quiz.get("show_answers") or "passed_or_used_up"
    if choice == "always":
        return True
    if choice == "never":
        return False
    if choice == "passed":
        return standing.passed
    return standing.passed or standing.used_up


def ordered_questions(quiz, *, learner_id, page_key, block_id: str, number: int):
    """[(question, [option, ...])] in the order the learner sees them in attempt
    `number`: as authored, or shuffled the same way every time for that attempt."""
    shuffled = bool(quiz.get("shuffle"))
    ordered = []
    for question in quiz["questions"].bound_blocks:
        options = list(question.value["options"].bound_blocks)
        if shuffled:
            seed = f"{learner_id}:{page_key}:{block_id}:{number}:{question.id}"
            random.Random(seed).shuffle(options)  # noqa: S311 - an order, not a secret
        ordered.append((question, options))
    return ordered


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
    # Sent with a question left open (a slip of the finger, a form sent early): not
    # scored, so it uses up no attempt.
    unanswered = [
        str(number)
        for number, question_id in enumerate(questions, start=1)
        if not cleaned[question_id]
    ]
    if unanswered:
        raise QuizInputError(
            ngettext(
                "Question %(numbers)s has no answer. Answer every question, then "
                "send the quiz: nothing was recorded, no attempt was used.",
                "Questions %(numbers)s have no answer. Answer every question, then "
                "send the quiz: nothing was recorded, no attempt was used.",
                len(unanswered),
            )
            % {"numbers": ", ".join(unanswered)}
        )
    return cleaned


def score(
    quiz, answers: dict[str, list[str]], ordered=None
) -> tuple[int, list[QuestionResult]]:
    """The percentage of questions answered exactly right, and each question's result
    with its options in `ordered`'s order (as authored without it)."""
    if ordered is None:
        ordered = [
            (question, list(question.value["options"].bound_blocks))
            for question in quiz["questions"].bound_blocks
        ]
    results = []
    for question, options in ordered:
        chosen = set(answers.get(question.id, []))
        right = {o.id for o in options if o.value["correct"]}
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
                    for option in options
                ],
            )
        )
    total = len(results)
    percent = round(100 * sum(r.correct for r in results) / total) if total else 0
    return percent, results


@transaction.atomic
def submit_attempt(
    *,
    learner: User,
    page: Page,
    block_id: str,
    answers: dict[str, list[str]],
    number: int | None = None,
) -> tuple[QuizAttempt, list[QuestionResult]]:
    """Score and keep an attempt. Passing a lesson's quiz marks the lesson done.

    `number` is the attempt the form was shown for: when it is already recorded (the
    same form sent twice), AttemptAlreadyRecorded names it and nothing is saved.
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
    if number is not None and number <= previous:
        recorded = QuizAttempt.objects.filter(
            learner=learner,
            page_key=page.translation_key,
            block_id=block_id,
            number=number,
        ).first()
        if recorded is not None:
            raise AttemptAlreadyRecorded(recorded)
    allowed = quiz.get("max_attempts") or 0
    if allowed and previous >= allowed:  # the quiz is closed to this learner
        raise QuizInputError(
            _("You have used all %(count)s attempts at this quiz.") % {"count": allowed}
        )
    ordered = ordered_questions(
        quiz,
        learner_id=learner.pk,
        page_key=page.translation_key,
        block_id=block_id,
        number=previous + 1,
    )
    percent, results = score(quiz, cleaned, ordered)
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
        language=page.locale.language_code,
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


@dataclass
class AttemptResult:
    attempt: QuizAttempt
    page: Page | None
    quiz_title: str
    results: list[QuestionResult]
    revealed: bool
    standing: Standing | None


def attempt_result(attempt: QuizAttempt) -> AttemptResult:
    """What an attempt's result page shows: the score, each question as answered, and
    the correct answers only when the quiz's choice allows it now.

    The page is looked up in the active language; a quiz since removed from it leaves
    the score alone.
    """
    page = pages_in_language(Page, [attempt.page_key]).get(attempt.page_key)
    page = page.specific if page is not None else None
    quiz = find_quiz(page, attempt.block_id) if page is not None else None
    if quiz is None:
        return AttemptResult(attempt, page, "", [], False, None)
    now = standing(
        learner=attempt.learner,
        page_key=attempt.page_key,
        block_id=attempt.block_id,
        quiz=quiz,
    )
    revealed = answers_revealed(quiz, now)
    ordered = ordered_questions(
        quiz,
        learner_id=attempt.learner_id,
        page_key=attempt.page_key,
        block_id=attempt.block_id,
        number=attempt.number,
    )
    _percent, results = score(quiz, attempt.answers or {}, ordered)
    if not revealed:
        for result in results:
            for option in result.options:
                option["correct"] = False
    title = quiz.get("title") or (page.title if page is not None else "")
    return AttemptResult(attempt, page, title, results, revealed, now)
