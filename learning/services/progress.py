"""Progress: lessons done, and the recomputation of an enrolment's figures.

A recomputation stores figures only; what follows from a finished module or programme is
decided in `completion.settle_completions`.
"""

from dataclasses import replace

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import LessonPage, ModulePage
from lms.queueing import enqueue_on_commit

from .. import statements, tasks
from ..errors import LearningError
from ..models import (
    Enrolment,
    EnrolmentProgress,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Submission,
)
from . import completion
from .eligibility import check_module_scope, check_prerequisites
from .figures import ModuleFigures, ProgressFigures


def queue_refresh(*, enrolment_id: int) -> None:
    """Mark an enrolment's progress out of date and queue its recomputation after commit.

    The mark survives a lost task (a broker down at that moment): a periodic sweep
    recomputes progress rows still marked after a minute.
    """
    EnrolmentProgress.objects.filter(enrolment_id=enrolment_id).update(stale=True)
    enqueue_on_commit(tasks.refresh_progress, enrolment_id=enrolment_id)


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
    check_prerequisites(learner=learner, module=module.specific)
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
    check_module_scope(enrolment=enrolment, module=module)
    completion, created = LessonCompletion.objects.get_or_create(
        learner=learner,
        lesson_key=lesson.translation_key,
        defaults={
            "module_key": module.translation_key,
            "programme_key": programme.translation_key,
        },
    )
    if created:
        statements.record(
            learner=learner,
            verb="completed",
            kind="lesson",
            key=lesson.translation_key,
            name=lesson.title,
            registration=enrolment.registration,
            language=lesson.locale.language_code,
        )
        queue_refresh(enrolment_id=enrolment.pk)
    return completion


@transaction.atomic
def recalculate_progress(*, enrolment: Enrolment) -> EnrolmentProgress:
    """Recompute an enrolment's progress from its records. Running it twice changes nothing.

    Steps are the programme's lessons, each module's final quiz and its assignment (when
    it has one). The figures are stored, then handed to `completion.settle_completions`.
    """
    figures = progress_figures(enrolment)
    progress, _ = EnrolmentProgress.objects.select_for_update().get_or_create(
        enrolment=enrolment
    )
    was_completed = progress.completed_at is not None
    progress.modules = [
        {
            "key": str(module.page.translation_key),
            "done": module.done,
            "total": module.total,
            "completed": module.completed,
            "lessons_left": len(module.lessons_left),
            "quiz_left": bool(module.quiz_left),
            "assignment": module.assignment,
            "locked_by": [str(key) for key in module.locked_by],
            "next": module.next_step(),
        }
        for module in figures.modules
    ]
    progress.stale = False
    progress.lessons_total = figures.total
    progress.lessons_completed = figures.done
    progress.percent = figures.percent
    progress.last_activity_at = figures.last_activity_at
    progress.next_lesson_key = figures.next_lesson_key
    if figures.completed:
        progress.completed_at = progress.completed_at or figures.last_activity_at
    else:
        progress.completed_at = None
    progress.save()
    completion.settle_completions(
        enrolment=enrolment, figures=figures, was_completed=was_completed
    )
    return progress


def progress_figures(enrolment: Enrolment) -> ProgressFigures:
    """Steps done and to do for an enrolment, read from its records."""
    learner_id = enrolment.learner_id
    modules, lessons = [], []
    if enrolment.programme_id:
        modules = list(
            ModulePage.objects.live()
            .child_of(enrolment.programme)
            .order_by("path")
            .prefetch_related(
                "competency_targets__competency", "prerequisites__required_module"
            )
        )
        if enrolment.module_key:  # one module of the programme
            modules = [m for m in modules if m.translation_key == enrolment.module_key]
        lessons = list(
            LessonPage.objects.live()
            .descendant_of(enrolment.programme)
            .order_by("path")
            .values_list("translation_key", "path")
        )
        lessons = [
            (key, path)
            for key, path in lessons
            if any(path.startswith(m.path) for m in modules)
        ]
    completions = dict(
        LessonCompletion.objects.filter(
            learner_id=learner_id, lesson_key__in=[key for key, _path in lessons]
        ).values_list("lesson_key", "completed_at")
    )
    passed: dict = {}
    for key, block_id, submitted_at in QuizAttempt.objects.filter(
        learner_id=learner_id,
        page_key__in=[m.translation_key for m in modules],
        passed=True,
    ).values_list("page_key", "block_id", "submitted_at"):
        passed.setdefault((key, block_id), submitted_at)

    required = {
        module.pk: [
            link.required_module.translation_key for link in module.prerequisites.all()
        ]
        for module in modules
    }
    required_keys = {key for keys in required.values() for key in keys}
    module_keys = [m.translation_key for m in modules]
    assignments: dict = {}
    for key, status, reviewed_at in (
        Submission.objects.filter(
            learner_id=learner_id, module_key__in=[*module_keys, *required_keys]
        )
        .order_by("number")
        .values_list("module_key", "status", "reviewed_at")
    ):
        passed_at = assignments.get(key, {}).get("passed_at")
        if status == Submission.Status.PASSED:
            passed_at = passed_at or reviewed_at
        assignments[key] = {"status": status, "passed_at": passed_at}
    finished_before = (
        set(
            ModuleCompletion.objects.filter(
                learner_id=learner_id, module_key__in=required_keys
            ).values_list("module_key", flat=True)
        )
        if required_keys
        else set()
    )

    total = done = 0
    activity: list = list(completions.values())
    per_module: list[ModuleFigures] = []
    for module in modules:
        steps = [key for key, path in lessons if path.startswith(module.path)]
        step_times = [completions.get(key) for key in steps]
        quiz_left = None
        for block in module.quiz:
            when = passed.get((module.translation_key, block.id))
            step_times.append(when)
            if when is None and quiz_left is None:
                quiz_left = block.id
        assignment = ""
        if (module.assignment_brief or "").strip():
            found = assignments.get(module.translation_key)
            step_times.append(found["passed_at"] if found else None)
            assignment = assignment_state(found)
        total += len(step_times)
        finished = [when for when in step_times if when is not None]
        done += len(finished)
        all_done = bool(step_times) and len(finished) == len(step_times)
        per_module.append(
            ModuleFigures(
                page=module,
                done=len(finished),
                total=len(step_times),
                finished_at=max(finished) if all_done else None,
                lessons_left=tuple(key for key in steps if key not in completions),
                quiz_left=quiz_left,
                assignment=assignment,
            )
        )
        activity += [when for when in step_times[len(steps) :] if when]
    finished_now = finished_before | {
        figures.page.translation_key for figures in per_module if figures.completed
    }
    per_module = [
        replace(
            figures,
            locked_by=tuple(
                key for key in required[figures.page.pk] if key not in finished_now
            ),
        )
        for figures in per_module
    ]
    return ProgressFigures(
        modules=per_module,
        done=done,
        total=total,
        last_activity_at=max(activity, default=None),
        next_lesson_key=next(
            (
                figures.lessons_left[0]
                for figures in per_module
                if figures.lessons_left and not figures.locked_by
            ),
            None,
        ),
    )


def assignment_state(found: dict | None) -> str:
    """A module's assignment as a step: to do, waiting for review, to redo, passed."""
    if found is None:
        return "todo"
    if found["passed_at"] is not None:
        return "passed"
    return {
        Submission.Status.SUBMITTED: "waiting",
        Submission.Status.RESUBMIT: "resubmit",
    }.get(found["status"], "todo")
