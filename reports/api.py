"""The reports as JSON under /api/v1/reports/, for a funder's or a municipality's BI tool.

The same filters (reports.filters, so a value that does not fit is a 400 naming the
field) and the same scope (reports.permissions) as the admin pages. Authentication as in
the rest of the API: the site's session or a personal token. Learners get a 403.
"""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from ninja import Field, Query, Router, Schema

from .filters import (
    CompetencyFilterSet,
    EnrolmentFilterSet,
    LearnerFilterSet,
    ModuleFilterSet,
)
from .permissions import (
    enrolments_in_scope,
    may_see_reports,
    members_in_scope,
    organisations_in_scope,
)
from .selectors import (
    LEARNER_ORDER,
    LearnerStatus,
    competency_flat_rows,
    competency_rows,
    learner_page,
    learner_statuses,
    of_module,
    organisation_rows,
    programme_rows,
    reportable,
    with_subtotals,
)

router = Router(tags=["reports"])

PAGE_SIZE = 100


class ReportError(Exception):
    """Filter values that do not fit; `errors` names each field."""

    def __init__(self, errors: dict):
        super().__init__(_("Some filters do not fit."))
        self.errors = errors

    def body(self) -> dict:
        return {"detail": str(self), "errors": self.errors}


class FilterError(Schema):
    detail: str
    errors: dict[str, list[str]]


class Message(Schema):
    detail: str


class FiltersIn(Schema):
    programme: int | None = Field(None, description="A programme page's id")
    cohort: int | None = Field(None, description="A cohort's id")
    organisation: int | None = Field(None, description="An organisation's id")
    region: str | None = Field(None, description="Municipality or region")
    country: str | None = Field(None, description="LT or NO")
    enrolled_from: date | None = None
    enrolled_to: date | None = None


class ModuleFiltersIn(FiltersIn):
    module: int | None = Field(None, description="A module page's id")


class LearnerFiltersIn(ModuleFiltersIn):
    status: LearnerStatus | None = None
    completed_from: date | None = None
    completed_to: date | None = None
    page: int = Field(1, ge=1, le=1_000_000)


class LearnerRowOut(Schema):
    enrolment_id: int
    learner_id: int
    name: str
    email: str
    organisation: str | None
    programme_key: str
    programme: str
    module_only: str | None
    cohort: str | None
    status: str
    steps_done: int
    steps_total: int
    percent: int
    last_activity_at: datetime | None
    completed_at: datetime | None
    certificate_code: str | None


class LearnersOut(Schema):
    count: int
    page: int
    pages: int
    results: list[LearnerRowOut]


class ProgrammeRowOut(Schema):
    level: str
    programme_key: str
    module_key: str | None
    programme: str
    module: str
    enrolled: int
    active_last_30_days: int
    completed: int
    overdue: int
    completion_rate: int | None
    median_days_to_complete: float | None
    first_attempt_quiz_pass_rate: int | None
    first_attempts: int


class CompetencyFiltersIn(FiltersIn):
    rows: str | None = Field(None, description="organisation (default) or programme")


class CompetencyRowOut(Schema):
    group: str
    competency: str
    target: int
    learners: int
    reached: int
    percent: int | None
    level_1: int
    level_2: int
    level_3: int
    level_4: int


class OrganisationRowOut(Schema):
    level: str
    organisation_id: int | None
    organisation: str
    region: str
    country: str
    staff_with_account: int
    enrolled: int
    completed: int
    completion_rate: int | None
    certificates: int


def _filtered(request, filterset_class, queryset):
    if not may_see_reports(request.user):
        raise PermissionDenied
    filters = filterset_class(data=request.GET, queryset=queryset, request=request)
    if not filters.is_valid():
        raise ReportError(
            {name: [str(e) for e in errors] for name, errors in filters.errors.items()}
        )
    return filters, filters.qs


@router.get(
    "/reports/learners",
    response={200: LearnersOut, 400: FilterError, 403: Message},
    summary="Learners: one row per learner and programme",
)
def learners(request, filters: Query[LearnerFiltersIn]):
    scope = enrolments_in_scope(request.user)
    try:
        _f, rows = _filtered(request, LearnerFilterSet, learner_statuses(scope))
    except ReportError as error:
        return 400, error.body()
    # A page is chosen by its ids alone, then only its rows are read whole.
    paginator = Paginator(
        rows.order_by(*LEARNER_ORDER).values_list("pk", flat=True), PAGE_SIZE
    )
    page = paginator.get_page(filters.page)
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "results": [
            {
                "enrolment_id": row.pk,
                "learner_id": row.learner_id,
                "name": row.learner_name,
                "email": row.learner_email,
                "organisation": row.organisation_name,
                "programme_key": str(row.programme_key),
                "programme": row.programme_title,
                "module_only": row.module_title or None,
                "cohort": row.cohort_name,
                "status": row.report_status,
                "steps_done": row.steps_done or 0,
                "steps_total": row.steps_total or 0,
                "percent": row.percent or 0,
                "last_activity_at": row.last_activity_at,
                "completed_at": row.completed_at,
                "certificate_code": row.certificate_code,
            }
            for row in learner_page(scope, page.object_list)
        ],
    }


@router.get(
    "/reports/programmes",
    response={200: list[ProgrammeRowOut], 400: FilterError, 403: Message},
    summary="Programmes and modules: enrolled, active, completed, overdue and rates",
)
def programmes(request, filters: Query[ModuleFiltersIn]):
    try:
        found, enrolments = _filtered(
            request, ModuleFilterSet, reportable(enrolments_in_scope(request.user))
        )
    except ReportError as error:
        return 400, error.body()
    rows = programme_rows(enrolments)
    if module := found.chosen_module():
        rows = of_module(rows, **module)
    return [
        {
            **row,
            "programme_key": str(row["programme_key"]),
            "module_key": str(row["module_key"]) if row["module_key"] else None,
            "active_last_30_days": row["active"],
            "median_days_to_complete": row["median_days"],
            "first_attempt_quiz_pass_rate": row["quiz_pass_rate"],
            "first_attempts": row["quiz_attempts"],
        }
        for row in rows
    ]


@router.get(
    "/reports/organisations",
    response={200: list[OrganisationRowOut], 400: FilterError, 403: Message},
    summary="Organisations, with subtotals per municipality or region and country",
)
def organisations(request, filters: Query[FiltersIn]):
    try:
        found, enrolments = _filtered(
            request, EnrolmentFilterSet, reportable(enrolments_in_scope(request.user))
        )
    except ReportError as error:
        return 400, error.body()
    user = request.user
    rows = with_subtotals(
        organisation_rows(
            organisations_in_scope(user).filter(**found.organisation_filters()),
            members_in_scope(user),
            enrolments,
        )
    )
    return [
        {
            **row,
            "organisation_id": row.get("organisation_id"),
            "staff_with_account": row["staff"],
        }
        for row in rows
    ]


@router.get(
    "/reports/competencies",
    response={200: list[CompetencyRowOut], 400: FilterError, 403: Message},
    summary="Competencies: learners who reached each target level, per organisation "
    "or programme",
)
def competencies(request, filters: Query[CompetencyFiltersIn]):
    try:
        found, enrolments = _filtered(
            request, CompetencyFilterSet, reportable(enrolments_in_scope(request.user))
        )
    except ReportError as error:
        return 400, error.body()
    return competency_flat_rows(competency_rows(enrolments, by=found.grouping()))
