"""A learner's record for staff: what their reports show of one person, in full.

`keys` is reports.permissions.programme_keys_in_scope: ALL (None) for administrators and
the learner's coordinator, else the trainer's programmes the learner is in; every list
below is narrowed to it in its query. A fixed number of queries whatever the history.
"""

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import pgettext_lazy

from wagtail.models import Page

from courses.localisation import pages_in_language
from courses.models import Competency
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
from lms.languages import in_language

from .selectors import _structure, learner_rows

RECENT_STATEMENTS = 20
# The verbs learning.statements.VERBS records, as the record names them.
VERB_LABELS = {
    "registered": pgettext_lazy("learning statement", "registered"),
    "launched": pgettext_lazy("learning statement", "opened"),
    "completed": pgettext_lazy("learning statement", "completed"),
    "passed": pgettext_lazy("learning statement", "passed"),
    "failed": pgettext_lazy("learning statement", "failed"),
    "submitted": pgettext_lazy("learning statement", "submitted"),
    "attended": pgettext_lazy("learning statement", "attended"),
}
ACTIVITY_KEY = re.compile(
    r"/xapi/activities/[a-z]+/(?P<key>[0-9a-fA-F-]{36})(?:/(?P<part>[^/]+))?/?$"
)


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
class CertificateRecord:
    certificate: Certificate
    title: str


@dataclass(frozen=True)
class StatementRecord:
    statement: LearningStatement
    verb: str
    name: str


@dataclass(frozen=True)
class SubmissionRecord:
    submission: Submission
    # Whether the viewer may open the work and read its feedback.
    readable: bool
    module_title: str


@dataclass(frozen=True)
class AttainmentRecord:
    attainment: CompetencyAttainment
    competency: Competency | None
    evidence: str


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


def titled(pages: dict, key, *, stored_title: str = "", stored_language: str = ""):
    """The title of the page with this key from `pages_in_language`, else the stored
    one, either marked with its language when it is not the active one."""
    page = pages.get(key)
    if page is not None:
        return in_language(page.title, page.locale.language_code)
    return in_language(stored_title, stored_language or settings.LANGUAGE_CODE)


def statement_key(statement: LearningStatement) -> tuple[uuid.UUID | None, str]:
    """The translation key of a statement's page, and the part of it (a quiz's block)."""
    found = ACTIVITY_KEY.search(statement.object_id)
    if found is None:
        return None, ""
    return uuid.UUID(found["key"]), found["part"] or ""


def stored_language(statement: LearningStatement) -> str:
    """The language of a statement's `object_name`: the one its definition names it in
    (the context's language first), else the default language."""
    names = (statement.definition or {}).get("name") or {}
    spoken = (statement.context or {}).get("language", "")
    for tag in sorted(names, key=lambda tag: tag != spoken):
        if tag != "und" and str(names[tag])[:255] == statement.object_name:
            return tag
    return settings.LANGUAGE_CODE


def statement_record(statement: LearningStatement, pages: dict) -> StatementRecord:
    """A statement's verb and activity in the reader's language: the page's title where
    it is translated, else the name its definition gave in that language, else the
    stored name marked with its own. A quiz is named by its block, not its page."""
    verb = VERB_LABELS.get(statement.verb) or in_language(statement.verb, "en")
    language = translation.get_language()
    key, part = statement_key(statement)
    page = pages.get(key)
    if not part and page is not None and page.locale.language_code == language:
        return StatementRecord(statement=statement, verb=verb, name=page.title)
    names = {
        tag.lower(): name
        for tag, name in ((statement.definition or {}).get("name") or {}).items()
    }
    if name := names.get(language):
        return StatementRecord(statement=statement, verb=verb, name=name)
    return StatementRecord(
        statement=statement,
        verb=verb,
        name=in_language(statement.object_name, stored_language(statement)),
    )


def learner_record(*, viewer, learner, keys) -> dict[str, Any]:
    """Everything staff may see of one learner; every page title in the reader's
    language where the page is translated, else marked with its own (one query for all
    of them)."""

    def in_scope(queryset, field="programme_key"):
        return queryset if keys is None else queryset.filter(**{f"{field}__in": keys})

    enrolments = list(
        learner_rows(in_scope(Enrolment.objects.filter(learner=learner)))
        .select_related("progress")
        .order_by("-enrolled_at")
    )
    programme_keys = {e.programme_key for e in enrolments}
    _programmes, _modules, page_module = _structure(programme_keys)

    attempts = QuizAttempt.objects.filter(learner=learner).order_by("-submitted_at")
    if keys is not None:
        attempts = attempts.filter(page_key__in=list(page_module))
    latest_attempts = list(attempts[:200])

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

    attained = CompetencyAttainment.objects.filter(learner=learner)
    if keys is not None:
        attained = attained.filter(module_key__in=list(page_module))
    attainments = list(attained)
    ratings = list(in_scope(SelfAssessment.objects.filter(learner=learner)))
    names = competency_names(
        [a.competency_key for a in attainments] + [r.competency_key for r in ratings]
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

    def certificate_key(certificate):
        if certificate.scope == "programme":
            return certificate.programme_key
        try:
            return uuid.UUID(certificate.scope)
        except ValueError:
            return certificate.programme_key

    module_rows = {
        enrolment.pk: enrolment.progress.modules or []
        for enrolment in enrolments
        if hasattr(enrolment, "progress")
    }
    pages = pages_in_language(
        Page,
        {
            *programme_keys,
            *(e.module_key for e in enrolments if e.module_key),
            *(uuid.UUID(row["key"]) for rows in module_rows.values() for row in rows),
            *(a.page_key for a in latest_attempts),
            *(
                module["translation_key"]
                for a in latest_attempts
                if (module := page_module.get(a.page_key))
            ),
            *(s.module_key for s in submissions),
            *(a.module_key for a in attainments),
            *(certificate_key(c) for c in certificates),
            *(key for s in statements if (key := statement_key(s)[0])),
        },
    )

    # Titles stored with an enrolment are the default language's (source_page).
    for enrolment in enrolments:
        enrolment.programme_title = titled(
            pages, enrolment.programme_key, stored_title=enrolment.programme_title
        )
        if enrolment.module_key:
            enrolment.module_title = titled(
                pages, enrolment.module_key, stored_title=enrolment.module_title
            )
    programmes = [
        ProgrammeRecord(
            enrolment=enrolment,
            modules=[
                {**row, "title": titled(pages, uuid.UUID(row["key"]))}
                for row in module_rows.get(enrolment.pk, [])
            ],
        )
        for enrolment in enrolments
    ]
    attempt_records = [
        AttemptRecord(
            attempt=attempt,
            page_title=titled(pages, attempt.page_key),
            module_title=titled(
                pages,
                module.get("translation_key"),
                stored_title=module.get("title", ""),
            ),
        )
        for attempt in latest_attempts
        for module in [page_module.get(attempt.page_key) or {}]
    ]
    submission_records = [
        SubmissionRecord(
            submission=submission,
            readable=submission.pk in readable,
            module_title=titled(
                pages, submission.module_key, stored_title=submission.module_title
            ),
        )
        for submission in submissions
    ]
    attainment_records = sorted(
        (
            AttainmentRecord(
                attainment=attainment,
                competency=names.get(attainment.competency_key),
                evidence=titled(pages, attainment.module_key),
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

    # A certificate's title was its language's where the page was translated then.
    certificate_records = [
        CertificateRecord(
            certificate=certificate,
            title=titled(
                pages,
                certificate_key(certificate),
                stored_title=certificate.programme_title,
                stored_language=certificate.language,
            ),
        )
        for certificate in certificates
    ]

    return {
        "learner": learner,
        "programmes": programmes,
        "attempts": attempt_records,
        "submissions": submission_records,
        "attainments": attainment_records,
        "self_ratings": self_ratings,
        "certificates": certificate_records,
        "statements": [statement_record(s, pages) for s in statements],
        "full_scope": keys is None,
    }
