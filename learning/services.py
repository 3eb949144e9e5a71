"""Writes of the learning records. Each runs in one transaction and queues its follow-ups."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from accounts.models import User
from courses.models import LessonPage, ModulePage, ProgrammePage
from lms.queueing import enqueue_on_commit
from notifications import messages as emails

from . import statements, tasks
from .models import (
    Cohort,
    CompetencyAttainment,
    Enrolment,
    EnrolmentProgress,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    ReflectionNote,
    Submission,
)


class LearningError(Exception):
    """A learner's action that the rules do not allow; the message says what to do."""


def source_page(page: Page) -> Page:
    """The page in the default language, which records refer to."""
    return (page.get_translation_or_none(Locale.get_default()) or page).specific


def open_cohorts(programme: ProgrammePage):
    """Cohorts of a programme that learners may still join."""
    return Cohort.objects.filter(
        programme_key=source_page(programme).translation_key,
        enrolment_open=True,
        ends_on__gte=timezone.localdate(),
    )


@transaction.atomic
def enrol_learner(
    *,
    learner: User,
    programme: ProgrammePage,
    cohort: Cohort | None = None,
    module: ModulePage | None = None,
    approved: bool = False,
    notify: bool = True,
) -> Enrolment:
    """Enrol a learner, or ask for approval where the programme needs it. Safe to repeat.

    A programme that has open cohorts is joined through one of them. `approved` is for
    staff enrolling someone: no approval step. `notify=False` leaves the confirmation to
    the caller (an invitation says it instead).
    """
    source = source_page(programme)
    current = Enrolment.objects.current().filter(
        learner=learner, programme_key=source.translation_key
    )
    if module is not None and not source.allows_module_enrolment:
        raise LearningError(
            _("This programme is taken as a whole, not module by module.")
        )
    if existing := current.first():
        if existing.module_key and (
            module is None or module.translation_key != existing.module_key
        ):
            # A second module, or the whole programme: the enrolment widens to it.
            existing.module_key, existing.module_title = None, ""
            existing.save(update_fields=["module_key", "module_title"])
            # Finished the module, not yet the programme it now covers.
            EnrolmentProgress.objects.filter(enrolment=existing).update(
                completed_at=None
            )
            queue_refresh(enrolment_id=existing.pk)
        return existing
    cohorts = open_cohorts(source)
    if cohort is None and cohorts.exists():
        raise LearningError(_("Choose the cohort you want to join."))
    if cohort is not None and not cohorts.filter(pk=cohort.pk).exists():
        raise LearningError(_("This cohort is not open for enrolment."))
    pending = source.needs_approval and not approved
    status = Enrolment.Status.PENDING if pending else Enrolment.Status.ACTIVE
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                learner=learner,
                programme_key=source.translation_key,
                programme=source,
                programme_title=source.title,
                module_key=module.translation_key if module else None,
                module_title=source_page(module).title if module else "",
                cohort=cohort,
                status=status,
                decided_at=timezone.now() if approved else None,
            )
    except IntegrityError:  # a parallel request enrolled the learner first
        return current.get()
    EnrolmentProgress.objects.create(enrolment=enrolment)
    if enrolment.status == Enrolment.Status.ACTIVE:
        record_registration(enrolment)
    if notify:
        emails.queue_enrolment_message(enrolment=enrolment)
    queue_refresh(enrolment_id=enrolment.pk)
    return enrolment


@transaction.atomic
def decide_enrolment(*, enrolment: Enrolment, approve: bool) -> Enrolment:
    """Approve or reject an enrolment awaiting approval. Deciding again changes nothing."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.PENDING:
        return enrolment
    enrolment.status = Enrolment.Status.ACTIVE if approve else Enrolment.Status.REJECTED
    enrolment.decided_at = timezone.now()
    enrolment.save(update_fields=["status", "decided_at"])
    emails.queue_decision_message(enrolment=enrolment)
    if approve:
        record_registration(enrolment)
    if approve:
        queue_refresh(enrolment_id=enrolment.pk)
    return enrolment


@transaction.atomic
def withdraw_learner(*, enrolment: Enrolment) -> Enrolment:
    """Withdraw from a programme. The records stay; enrolling again picks them up."""
    if enrolment.status in Enrolment.CURRENT:
        enrolment.status = Enrolment.Status.WITHDRAWN
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


def enrolment_covering(
    *, learner: User, module: Page, refusal: str, prerequisites: bool = True
) -> Enrolment:
    """The learner's active enrolment that covers `module`, or LearningError.

    `refusal` is the message when there is none, with %(programme)s in it. With
    `prerequisites`, the modules to finish first are checked too.
    """
    programme = module.get_parent()
    enrolment = Enrolment.objects.active_in(
        learner=learner, programme=programme
    ).first()
    if enrolment is None:
        raise LearningError(refusal % {"programme": programme.title})
    check_module_scope(enrolment=enrolment, module=module)
    if prerequisites:
        check_prerequisites(learner=learner, module=module)
    return enrolment


def check_module_scope(*, enrolment: Enrolment, module: Page) -> None:
    """Raise LearningError when a module-only enrolment is used for another module."""
    if enrolment.module_key and enrolment.module_key != module.translation_key:
        raise LearningError(
            _("Enrol in the module “%(module)s” before you work on it.")
            % {"module": module.title}
        )


def queue_refresh(*, enrolment_id: int) -> None:
    """Mark an enrolment's progress out of date and queue its recomputation after commit.

    The mark survives a lost task (a broker down at that moment): a periodic sweep
    recomputes progress rows still marked after a minute.
    """
    EnrolmentProgress.objects.filter(enrolment_id=enrolment_id).update(stale=True)
    enqueue_on_commit(tasks.refresh_progress, enrolment_id=enrolment_id)


def record_registration(enrolment: Enrolment) -> None:
    statements.record(
        learner=enrolment.learner_id,
        verb="registered",
        kind="programme",
        key=enrolment.programme_key,
        name=enrolment.programme_title,
    )


def check_prerequisites(*, learner: User, module: ModulePage) -> None:
    """Raise LearningError naming the modules to finish before this one."""
    required = list(
        module.prerequisites.select_related("required_module").values_list(
            "required_module__translation_key", "required_module__title"
        )
    )
    if not required:
        return
    finished = set(
        ModuleCompletion.objects.filter(
            learner=learner, module_key__in=[key for key, _title in required]
        ).values_list("module_key", flat=True)
    )
    missing = [title for key, title in required if key not in finished]
    if missing:
        raise LearningError(
            _("Finish these modules first: %(modules)s.")
            % {"modules": ", ".join(missing)}
        )


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
        )
        queue_refresh(enrolment_id=enrolment.pk)
    return completion


@transaction.atomic
def recalculate_progress(*, enrolment: Enrolment) -> EnrolmentProgress:
    """Recompute an enrolment's progress from its records. Running it twice changes nothing.

    Steps are the programme's lessons, each module's final quiz and its assignment (when
    it has one). A module whose steps are all done is completed, and awards its
    competencies' target levels.
    """
    learner_id = enrolment.learner_id
    modules, lessons = [], []
    if enrolment.programme_id:
        modules = list(
            ModulePage.objects.live()
            .child_of(enrolment.programme)
            .order_by("path")
            .prefetch_related("competency_targets__competency")
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
    passed = {}
    for key, block_id, submitted_at in QuizAttempt.objects.filter(
        learner_id=learner_id,
        page_key__in=[m.translation_key for m in modules],
        passed=True,
    ).values_list("page_key", "block_id", "submitted_at"):
        passed.setdefault((key, block_id), submitted_at)

    assignments_passed = dict(
        Submission.objects.filter(
            learner_id=learner_id,
            module_key__in=[m.translation_key for m in modules],
            status=Submission.Status.PASSED,
        ).values_list("module_key", "reviewed_at")
    )

    total = done = 0
    activity: list = list(completions.values())
    per_module: list[dict] = []
    for module in modules:
        steps = [key for key, path in lessons if path.startswith(module.path)]
        step_times = [completions.get(key) for key in steps]
        for block in module.quiz:
            step_times.append(passed.get((module.translation_key, block.id)))
        if (module.assignment_brief or "").strip():
            step_times.append(assignments_passed.get(module.translation_key))
        total += len(step_times)
        finished = [when for when in step_times if when is not None]
        done += len(finished)
        per_module.append(
            {
                "key": str(module.translation_key),
                "done": len(finished),
                "total": len(step_times),
                "completed": bool(step_times) and len(finished) == len(step_times),
            }
        )
        activity += [when for when in step_times[len(steps) :] if when]
        if step_times and len(finished) == len(step_times):
            complete_module(
                learner_id=learner_id, module=module, completed_at=max(finished)
            )

    progress, _ = EnrolmentProgress.objects.select_for_update().get_or_create(
        enrolment=enrolment
    )
    progress.modules = per_module
    progress.stale = False
    progress.lessons_total = total
    progress.lessons_completed = done
    progress.percent = round(100 * done / total) if total else 0
    progress.last_activity_at = max(activity, default=None)
    progress.next_lesson_key = next(
        (key for key, _path in lessons if key not in completions), None
    )
    if total and done == total:
        if progress.completed_at is None:
            complete_programme(
                enrolment=enrolment,
                completed_at=progress.last_activity_at or timezone.now(),
            )
        progress.completed_at = progress.completed_at or progress.last_activity_at
    else:
        progress.completed_at = None
    progress.save()
    return progress


def complete_programme(*, enrolment: Enrolment, completed_at) -> None:
    """Certificate, congratulations and the PDF's rendering. Each happens once."""
    from . import certificates

    certificate, created = certificates.record_certificate(
        enrolment=enrolment, completed_at=completed_at
    )
    if created:
        statements.record(
            learner=enrolment.learner_id,
            verb="completed",
            kind="programme",
            key=enrolment.programme_key,
            name=enrolment.programme_title,
            timestamp=completed_at,
        )
    emails.queue_programme_completed(
        enrolment=enrolment,
        scope=certificate.scope,
        certificate_url=settings.SITE_URL
        + reverse("learning:certificate_pdf", args=[certificate.code]),
        verification_url=certificates.verification_url(certificate),
    )
    enqueue_on_commit(tasks.generate_certificate, certificate_id=certificate.pk)


def complete_module(*, learner_id: int, module: ModulePage, completed_at) -> None:
    """Record a finished module and award its target levels. Idempotent."""
    programme_key = module.get_parent().translation_key
    _completion, created = ModuleCompletion.objects.get_or_create(
        learner_id=learner_id,
        module_key=module.translation_key,
        defaults={"programme_key": programme_key, "completed_at": completed_at},
    )
    if created:
        statements.record(
            learner=learner_id,
            verb="completed",
            kind="module",
            key=module.translation_key,
            name=module.title,
            timestamp=completed_at,
        )
        emails.queue_module_completed(
            learner=User.objects.get(pk=learner_id),
            module=module,
            programme_key=programme_key,
        )
    for target in module.competency_targets.all():
        award_competency(
            learner_id=learner_id,
            competency_key=target.competency.translation_key,
            level=target.target_level,
            module_key=module.translation_key,
            achieved_at=completed_at,
        )


def award_competency(
    *, learner_id: int, competency_key, level: int, module_key, achieved_at
) -> None:
    """Keep the highest level reached in a competency, with the module that showed it."""
    attainment = (
        CompetencyAttainment.objects.select_for_update()
        .filter(learner_id=learner_id, competency_key=competency_key)
        .first()
    )
    if attainment is None:
        CompetencyAttainment.objects.create(
            learner_id=learner_id,
            competency_key=competency_key,
            level=level,
            module_key=module_key,
            achieved_at=achieved_at,
        )
    elif level > attainment.level:
        attainment.level, attainment.module_key, attainment.achieved_at = (
            level,
            module_key,
            achieved_at,
        )
        attainment.save(update_fields=["level", "module_key", "achieved_at"])


REFLECTION_MAX_LENGTH = 10_000


@transaction.atomic
def save_reflection(
    *, learner: User, lesson: LessonPage, block_id: str, text: str
) -> ReflectionNote | None:
    """Keep a learner's private note on a reflection prompt; an empty note deletes it.

    Raises LearningError when the prompt is not in the lesson or the note is too long.
    """
    if not any(
        block.id == block_id and block.block_type == "reflection"
        for block in lesson.body
    ):
        raise LearningError(_("This lesson has no such reflection prompt."))
    text = text.strip()
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            _("A note can be at most %(max)s characters long.")
            % {"max": REFLECTION_MAX_LENGTH}
        )
    page_key = lesson.translation_key  # the same in every language
    if not text:
        ReflectionNote.objects.filter(
            learner=learner, page_key=page_key, block_id=block_id
        ).delete()
        return None
    note, _created = ReflectionNote.objects.update_or_create(
        learner=learner, page_key=page_key, block_id=block_id, defaults={"text": text}
    )
    return note
