"""Writes of the learning records. Each runs in one transaction and queues its follow-ups."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from accounts.models import User
from courses.models import LessonPage, ModulePage, ProgrammePage

from . import tasks
from .models import Enrolment, EnrolmentProgress, LessonCompletion, QuizAttempt


class LearningError(Exception):
    """A learner's action that the rules do not allow; the message says what to do."""


def source_page(page: Page) -> Page:
    """The page in the default language, which records refer to."""
    return (page.get_translation_or_none(Locale.get_default()) or page).specific


@transaction.atomic
def enrol_learner(*, learner: User, programme: ProgrammePage) -> Enrolment:
    """Enrol a learner, or ask for approval where the programme needs it. Safe to repeat."""
    source = source_page(programme)
    current = Enrolment.objects.current().filter(
        learner=learner, programme_key=source.translation_key
    )
    if existing := current.first():
        return existing
    status = (
        Enrolment.Status.PENDING if source.needs_approval else Enrolment.Status.ACTIVE
    )
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                learner=learner,
                programme_key=source.translation_key,
                programme=source,
                programme_title=source.title,
                status=status,
            )
    except IntegrityError:  # a parallel request enrolled the learner first
        return current.get()
    EnrolmentProgress.objects.create(enrolment=enrolment)
    tasks.refresh_progress.delay_on_commit(enrolment_id=enrolment.pk)
    return enrolment


@transaction.atomic
def withdraw_learner(*, enrolment: Enrolment) -> Enrolment:
    """Withdraw from a programme. The records stay; enrolling again picks them up."""
    if enrolment.status in Enrolment.CURRENT:
        enrolment.status = Enrolment.Status.WITHDRAWN
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


def has_quiz(lesson: LessonPage) -> bool:
    return any(block.block_type == "quiz" for block in lesson.body)


@transaction.atomic
def complete_lesson(
    *, learner: User, lesson: LessonPage, quiz_passed: bool = False
) -> LessonCompletion:
    """Mark a lesson done for a learner enrolled in its programme. Records it once.

    A lesson with a quiz is done when its quiz is passed, not by saying so.
    """
    if has_quiz(lesson) and not quiz_passed:
        raise LearningError(_("Pass this lesson's quiz to finish it."))
    module = lesson.get_parent()
    programme = module.get_parent()
    enrolment = (
        Enrolment.objects.filter(
            learner=learner,
            programme_key=programme.translation_key,
            status=Enrolment.Status.ACTIVE,
        )
        .select_for_update()
        .first()
    )
    if enrolment is None:
        raise LearningError(
            _(
                "Enrol in the programme “%(programme)s” before you mark its lessons done."
            )
            % {"programme": programme.title}
        )
    completion, created = LessonCompletion.objects.get_or_create(
        learner=learner,
        lesson_key=lesson.translation_key,
        defaults={
            "module_key": module.translation_key,
            "programme_key": programme.translation_key,
        },
    )
    if created:
        tasks.refresh_progress.delay_on_commit(enrolment_id=enrolment.pk)
    return completion


@transaction.atomic
def recalculate_progress(*, enrolment: Enrolment) -> EnrolmentProgress:
    """Recompute an enrolment's progress from its records. Running it twice changes nothing."""
    lesson_keys = []
    if enrolment.programme_id:
        lesson_keys = list(
            LessonPage.objects.live()
            .descendant_of(enrolment.programme)
            .order_by("path")
            .values_list("translation_key", flat=True)
        )
    completions = dict(
        LessonCompletion.objects.filter(
            learner_id=enrolment.learner_id, lesson_key__in=lesson_keys
        ).values_list("lesson_key", "completed_at")
    )
    # A module's final quiz counts as one more step, done when passed.
    final_quizzes = []
    if enrolment.programme_id:
        for module in (
            ModulePage.objects.live()
            .child_of(enrolment.programme)
            .only("id", "translation_key", "quiz")
        ):
            final_quizzes += [
                (module.translation_key, block.id) for block in module.quiz
            ]
    steps = set(final_quizzes)
    passed = {}
    for key, block_id, submitted_at in QuizAttempt.objects.filter(
        learner_id=enrolment.learner_id,
        page_key__in=[key for key, _block in final_quizzes],
        passed=True,
    ).values_list("page_key", "block_id", "submitted_at"):
        if (key, block_id) in steps:
            passed.setdefault((key, block_id), submitted_at)
    done = len(completions) + len(passed)
    total = len(lesson_keys) + len(final_quizzes)
    progress, _ = EnrolmentProgress.objects.select_for_update().get_or_create(
        enrolment=enrolment
    )
    progress.lessons_total = total
    progress.lessons_completed = done
    progress.percent = round(100 * done / total) if total else 0
    progress.last_activity_at = max(
        [*completions.values(), *passed.values()], default=None
    )
    progress.next_lesson_key = next(
        (k for k in lesson_keys if k not in completions), None
    )
    if total and done == total:
        progress.completed_at = progress.completed_at or progress.last_activity_at
    else:
        progress.completed_at = None
    progress.save()
    return progress
