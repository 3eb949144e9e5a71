"""A learner's record for staff: what their reports show of one person, in full.

`keys` is reports.permissions.programme_keys_in_scope: ALL (None) for administrators and
the learner's coordinator, else the trainer's programmes the learner is in; every list
below is narrowed to it in its query. A fixed number of queries whatever the history.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.models import Page

from courses.localisation import pages_in_language
from courses.models import Competency, ModulePage
from learning.models import (
    Certificate,
    CompetencyAttainment,
    Enrolment,
    LearningStatement,
    QuizAttempt,
    SelfAssessment,
    Submission,
)
from learning.permissions import submissions_visible_to

from .selectors import _structure, learner_rows, with_titles_in_language

RECENT_STATEMENTS = 20


@dataclass(frozen=True)
class ProgrammeRecord:
    """One enrolment, annotated by `reports.selectors.learner_rows` (report_status,
    steps_done, steps_total, percent, cohort_name, cohort_deadline, last_activity_at,
    completed_at), with its modules' figures titled in the reader's language."""

    enrolment: Enrolment
    modules: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class AttemptRecord:
    attempt: QuizAttempt
    page_title: str
    module_title: str


@dataclass(frozen=True)
class SubmissionRecord:
    submission: Submission
    # Whether the viewer may open the work and read its feedback.
    readable: bool


@dataclass(frozen=True)
class AttainmentRecord:
    attainment: CompetencyAttainment
    competency: Competency | None
    evidence: ModulePage | None


def competency_names(keys) -> dict:
    """{translation_key: competency} in the active language where translated."""
    language = translation.get_language()
    names: dict = {}
    for competency in Competency.objects.filter(
        translation_key__in=set(keys),
        locale__language_code__in=[language, settings.LANGUAGE_CODE],
    ).select_related("locale"):
        if (
            competency.translation_key not in names
            or competency.locale.language_code == language
        ):
            names[competency.translation_key] = competency
    return names


def learner_record(*, viewer, learner, keys) -> dict[str, Any]:
    def in_scope(queryset, field="programme_key"):
        return queryset if keys is None else queryset.filter(**{f"{field}__in": keys})

    enrolments = with_titles_in_language(
        list(
            learner_rows(in_scope(Enrolment.objects.filter(learner=learner)))
            .select_related("progress")
            .order_by("-enrolled_at")
        )
    )
    programme_keys = {e.programme_key for e in enrolments}
    _programmes, _modules, page_module = _structure(programme_keys)
    module_titles = pages_in_language(
        ModulePage,
        [
            uuid.UUID(row["key"])
            for e in enrolments
            if hasattr(e, "progress")
            for row in e.progress.modules or []
        ],
    )
    programmes = [
        ProgrammeRecord(
            enrolment=enrolment,
            modules=[
                {
                    **row,
                    "title": getattr(
                        module_titles.get(uuid.UUID(row["key"])), "title", ""
                    ),
                }
                for row in (progress.modules if progress else [])
            ],
        )
        for enrolment in enrolments
        for progress in [getattr(enrolment, "progress", None)]
    ]

    attempts = QuizAttempt.objects.filter(learner=learner).order_by("-submitted_at")
    if keys is not None:
        attempts = attempts.filter(page_key__in=list(page_module))
    latest_attempts = list(attempts[:200])
    pages = pages_in_language(Page, {a.page_key for a in latest_attempts})
    attempt_records = [
        AttemptRecord(
            attempt=attempt,
            page_title=getattr(pages.get(attempt.page_key), "title", ""),
            module_title=(page_module.get(attempt.page_key) or {}).get("title", ""),
        )
        for attempt in latest_attempts
    ]

    submissions = list(
        in_scope(Submission.objects.filter(learner=learner))
        .select_related("reviewed_by")
        .order_by("module_title", "number")
    )
    readable = set(
        submissions_visible_to(viewer)
        .filter(pk__in=[s.pk for s in submissions])
        .values_list("pk", flat=True)
    )
    submission_records = [
        SubmissionRecord(submission=submission, readable=submission.pk in readable)
        for submission in submissions
    ]

    attained = CompetencyAttainment.objects.filter(learner=learner)
    if keys is not None:
        attained = attained.filter(module_key__in=list(page_module))
    attainments = list(attained)
    ratings = list(in_scope(SelfAssessment.objects.filter(learner=learner)))
    names = competency_names(
        [a.competency_key for a in attainments] + [r.competency_key for r in ratings]
    )
    evidence = pages_in_language(ModulePage, {a.module_key for a in attainments})
    attainment_records = sorted(
        (
            AttainmentRecord(
                attainment=attainment,
                competency=names.get(attainment.competency_key),
                evidence=evidence.get(attainment.module_key),
            )
            for attainment in attainments
        ),
        key=lambda record: getattr(record.competency, "code", ""),
    )

    by_competency: dict = {}
    for rating in ratings:
        row = by_competency.setdefault(
            (rating.programme_key, rating.competency_key),
            {
                "competency": names.get(rating.competency_key),
                "before": None,
                "after": None,
            },
        )
        row[rating.stage] = rating.level
    self_ratings = sorted(
        by_competency.values(), key=lambda row: getattr(row["competency"], "code", "")
    )

    certificates = list(
        in_scope(Certificate.objects.filter(learner=learner)).order_by("-issued_at")
    )

    statements = LearningStatement.objects.filter(learner=learner)
    if keys is not None:
        mentioned = Q(pk__in=[])
        for key in {*map(str, keys), *map(str, page_module)}:
            mentioned |= Q(object_id__endswith=f"/{key}") | Q(
                object_id__contains=f"/{key}/"
            )
        statements = statements.filter(mentioned)
    statements = list(statements.order_by("-timestamp")[:RECENT_STATEMENTS])

    return {
        "learner": learner,
        "programmes": programmes,
        "attempts": attempt_records,
        "submissions": submission_records,
        "attainments": attainment_records,
        "self_ratings": self_ratings,
        "certificates": certificates,
        "statements": statements,
        "full_scope": keys is None,
    }
