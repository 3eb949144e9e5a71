"""Reads of learning records for pages: a fixed number of queries whatever the history."""

import uuid

from django.conf import settings
from django.utils import translation

from courses.localisation import pages_in_language
from courses.models import LessonPage, ModulePage, ProgrammePage

from .models import (
    CompetencyAttainment,
    Enrolment,
    LessonCompletion,
    Question,
    ReflectionNote,
    Submission,
)


def enrolments_of(learner) -> list[Enrolment]:
    """The learner's current enrolments, each with its progress and where to continue."""
    enrolments = list(
        Enrolment.objects.current()
        .filter(learner=learner)
        .select_related("progress", "programme", "cohort")
        .prefetch_related("certificates")
        .order_by("-enrolled_at")
    )
    progresses = [getattr(e, "progress", None) for e in enrolments]
    lessons = pages_in_language(
        LessonPage, [p.next_lesson_key for p in progresses if p and p.next_lesson_key]
    )
    programmes = pages_in_language(ProgrammePage, [e.programme_key for e in enrolments])
    module_pages = pages_in_language(
        ModulePage,
        [row["key"] for p in progresses if p for row in p.modules or []],
    )
    for enrolment, progress in zip(enrolments, progresses, strict=True):
        enrolment.continue_lesson = (
            lessons.get(progress.next_lesson_key) if progress else None
        )
        enrolment.programme_page = programmes.get(enrolment.programme_key)
        # The newest: a widened module-only enrolment ends with the programme's.
        enrolment.certificate = max(
            enrolment.certificates.all(), key=lambda c: c.issued_at, default=None
        )
        enrolment.module_rows = [
            {**row, "page": module_pages.get(uuid.UUID(row["key"]))}
            for row in (progress.modules if progress else [])
        ]
    return enrolments


def enrolment_for(learner, programme) -> Enrolment | None:
    if not learner.is_authenticated:
        return None
    return (
        Enrolment.objects.current()
        .filter(learner=learner, programme_key=programme.translation_key)
        .select_related("progress")
        .first()
    )


def lesson_completed(learner, lesson) -> bool:
    if not learner.is_authenticated:
        return False
    return LessonCompletion.objects.filter(
        learner=learner, lesson_key=lesson.translation_key
    ).exists()


def competency_profile(learner, enrolments: list[Enrolment]) -> list[dict]:
    """For each competency the learner's programmes develop: target and achieved level.

    Three queries whatever the number of programmes.
    """
    from django.db.models import Max, Q

    from courses.models import Competency, ModuleCompetency

    programmes = [e.programme for e in enrolments if e.programme_id]
    if not programmes:
        return []
    in_programmes = Q(pk__in=[])
    for programme in programmes:
        in_programmes |= Q(module__path__startswith=programme.path)
    targets = dict(
        ModuleCompetency.objects.filter(in_programmes, module__live=True)
        .values("competency__translation_key")
        .annotate(level=Max("target_level"))
        .values_list("competency__translation_key", "level")
    )
    achieved = dict(
        CompetencyAttainment.objects.filter(
            learner=learner, competency_key__in=targets
        ).values_list("competency_key", "level")
    )
    language = translation.get_language()
    names = {}
    for competency in Competency.objects.filter(
        translation_key__in=targets,
        locale__language_code__in=[language, settings.LANGUAGE_CODE],
    ).select_related("locale"):
        if (
            competency.translation_key not in names
            or competency.locale.language_code == language
        ):
            names[competency.translation_key] = competency
    rows = [
        {
            "key": key,
            "code": names[key].code,
            "title": names[key].title,
            "target": level,
            "achieved": achieved.get(key, 0),
        }
        for key, level in targets.items()
        if key in names
    ]
    return sorted(rows, key=lambda row: row["code"])


def reflection_notes(learner, page) -> dict[str, str]:
    """The learner's notes on a lesson's reflection prompts, by block id."""
    return dict(
        ReflectionNote.objects.filter(
            learner=learner, page_key=page.translation_key
        ).values_list("block_id", "text")
    )


def questions_of(learner, module) -> list[Question]:
    """A learner's questions on a module with their messages (two queries)."""
    return list(
        Question.objects.filter(learner=learner, module_key=module.translation_key)
        .prefetch_related("messages__author")
        .order_by("-created_at")
    )


def submissions_of(learner, module) -> list[Submission]:
    return list(
        Submission.objects.filter(learner=learner, module_key=module.translation_key)
        .select_related("reviewed_by")
        .order_by("-number")
    )
