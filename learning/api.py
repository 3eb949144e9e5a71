"""The learner's side of the JSON API. Every endpoint acts for the signed-in user (a
session with CSRF, or a personal token) and on their own records only."""

from datetime import date, datetime
from typing import Annotated

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wagtail.models import Page

from ninja import Path as NinjaPath
from ninja import Router, Schema

from courses.models import LessonPage, ProgrammePage

from . import quizzes, selectors, services, statements
from .models import Cohort, Enrolment

router = Router(tags=["learning"])

# A database id: a larger number is a 422, not a database overflow.
Id = Annotated[int, NinjaPath(ge=1, le=2**63 - 1)]


class ProgressOut(Schema):
    steps_total: int
    steps_done: int
    percent: int
    last_activity_at: datetime | None
    completed_at: datetime | None


class EnrolmentOut(Schema):
    id: int
    programme_key: str
    programme_title: str
    status: str
    cohort: str | None
    deadline: date | None
    overdue: bool
    enrolled_at: datetime
    progress: ProgressOut | None
    certificate_code: str | None


class EnrolIn(Schema):
    cohort_id: int | None = None


class AttemptIn(Schema):
    answers: dict[str, list[str]]


class AttemptOut(Schema):
    number: int
    score: int
    passed: bool


class CompetencyOut(Schema):
    code: str
    title: str
    target: int
    achieved: int


class Message(Schema):
    detail: str


def enrolment_out(enrolment: Enrolment) -> dict:
    progress = getattr(enrolment, "progress", None)
    certificate = _certificate_or_none(enrolment)
    return {
        "id": enrolment.pk,
        "programme_key": str(enrolment.programme_key),
        "programme_title": enrolment.programme_title,
        "status": enrolment.status,
        "cohort": enrolment.cohort.name if enrolment.cohort else None,
        "deadline": enrolment.deadline,
        "overdue": enrolment.overdue,
        "enrolled_at": enrolment.enrolled_at,
        "progress": {
            "steps_total": progress.lessons_total,
            "steps_done": progress.lessons_completed,
            "percent": progress.percent,
            "last_activity_at": progress.last_activity_at,
            "completed_at": progress.completed_at,
        }
        if progress
        else None,
        "certificate_code": certificate.code if certificate else None,
    }


def _certificate_or_none(enrolment):
    """The newest certificate of an enrolment: from the prefetched certificates when the
    enrolment came with them (selectors.enrolments_of), else one query."""
    return max(enrolment.certificates.all(), key=lambda c: c.issued_at, default=None)


@router.get("/me/enrolments", response=list[EnrolmentOut], summary="My enrolments")
def my_enrolments(request):
    return [enrolment_out(o.enrolment) for o in selectors.enrolments_of(request.user)]


@router.get("/me/progress", response=list[EnrolmentOut], summary="My progress")
def my_progress(request):
    return [
        enrolment_out(o.enrolment)
        for o in selectors.enrolments_of(request.user)
        if o.enrolment.status == Enrolment.Status.ACTIVE
    ]


@router.post(
    "/programmes/{programme_id}/enrol",
    response={200: EnrolmentOut, 400: Message, 404: Message},
    summary="Enrol in a programme (or ask to)",
)
def enrol(request, programme_id: Id, payload: EnrolIn | None = None):
    programme = get_object_or_404(ProgrammePage.objects.live(), pk=programme_id)
    cohort = None
    if payload and payload.cohort_id is not None:
        cohort = Cohort.objects.filter(pk=payload.cohort_id).first()
        if cohort is None:
            raise services.LearningError(_("This cohort is not open for enrolment."))
    enrolment = services.enrol_learner(
        learner=request.user, programme=programme, cohort=cohort
    )
    return enrolment_out(
        Enrolment.objects.select_related("progress", "cohort").get(pk=enrolment.pk)
    )


@router.post(
    "/enrolments/{enrolment_id}/withdraw",
    response={200: EnrolmentOut, 404: Message},
    summary="Withdraw from a programme",
)
def withdraw(request, enrolment_id: Id):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, learner=request.user)
    return enrolment_out(services.withdraw_learner(enrolment=enrolment))


@router.post(
    "/lessons/{lesson_id}/complete",
    response={200: Message, 400: Message, 404: Message},
    summary="Mark a lesson done",
)
def complete_lesson(request, lesson_id: Id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    services.complete_lesson(learner=request.user, lesson=lesson)
    return {"detail": "done"}


@router.post(
    "/quizzes/{page_id}/{block_id}/attempts",
    response={200: AttemptOut, 400: Message, 404: Message},
    summary="Submit a quiz attempt; scored on the server",
)
def attempt_quiz(request, page_id: Id, block_id: str, payload: AttemptIn):
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    attempt, _results = quizzes.submit_attempt(
        learner=request.user, page=page, block_id=block_id[:64], answers=payload.answers
    )
    return {"number": attempt.number, "score": attempt.score, "passed": attempt.passed}


@router.get(
    "/me/competencies", response=list[CompetencyOut], summary="My competency profile"
)
def my_competencies(request):
    enrolments = [o.enrolment for o in selectors.enrolments_of(request.user)]
    return selectors.competency_profile(request.user, enrolments)


@router.get("/me/statements", summary="My learning statements (xAPI 1.0.3)")
def my_statements(request, response: HttpResponse):
    response["X-Experience-API-Version"] = statements.XAPI_VERSION
    return statements.export(request.user)
