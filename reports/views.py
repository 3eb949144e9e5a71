"""The reports in the Wagtail admin (Reports menu), each a Wagtail ReportView with its
filters and Wagtail's own CSV and XLSX export, and the learner's record.

Every queryset starts from reports.permissions, so scope is in the SQL of the page, of
its exports and of the record alike.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Organisation
from lms.admin_pages import admin_page
from lms.admin_reports import FiguresReportView, FilteredReportView
from lms.admin_tables import FiltersInLanguageMixin

from . import record
from .filters import (
    CertificateFilterSet,
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
    people_in_scope,
    programme_keys_in_scope,
)
from .selectors import (
    LEARNER_ORDER,
    LearnerStatus,
    certificate_codes,
    certificate_rows,
    competency_flat_rows,
    competency_rows,
    enrolment_titles,
    growth_rows,
    learner_columns,
    learner_page,
    learner_statuses,
    of_module,
    organisation_rows,
    programme_rows,
    reportable,
    with_subtotals,
)

STATUS_LABELS = dict(LearnerStatus.choices)
COUNTRY_LABELS = dict(Organisation.Country.choices)


def country_language(country: str) -> str:
    """The language of the names (organisations', municipalities') in a country."""
    return Organisation(country=country).name_language


def name_languages(names) -> dict[str, str]:
    """{name: its language} of the organisations of these names (one query), so that a
    report's cell says the language of the name it shows (`lang`, WCAG 3.1.2)."""
    return {
        name: country_language(country)
        for name, country in Organisation.objects.filter(
            name__in=set(names)
        ).values_list("name", "country")
    }


def with_organisation_languages(rows, field: str):
    """The rows (dicts or objects), each with the language of the organisation's name
    it shows in `field` as its `organisation_lang`."""
    rows = list(rows)
    if not rows:
        return rows
    value = dict.get if isinstance(rows[0], dict) else getattr
    languages = name_languages(value(row, field, "") for row in rows)
    for row in rows:
        language = languages.get(value(row, field, ""), "")
        if isinstance(row, dict):
            row["organisation_lang"] = language
        else:
            row.organisation_lang = language
    return rows


def refused(request):
    """A 403 that says why, for someone in the admin without a staff role. (Learners
    never get this far: Wagtail sends them to the admin's sign-in, which answers 403
    with "No access to the administration".)"""
    return TemplateResponse(
        request,
        "reports/refused.html",
        admin_page(_("Reports are for staff")),
        status=403,
    )


class StaffReportView(FiltersInLanguageMixin, FilteredReportView):
    """Only staff reach a report (reports.permissions)."""

    url_prefix = "reports:"
    # The rows' field holding an organisation's name, whose cell says its language.
    organisation_field = ""

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.organisation_field:
            context["object_list"] = with_organisation_languages(
                context["object_list"], self.organisation_field
            )
        return context

    def may_view(self, user) -> bool:
        return may_see_reports(user)

    def refuse(self, request):
        return refused(request)


class AggregateReportView(FiguresReportView, StaffReportView):
    """A report whose rows are figures computed from the filtered enrolments."""

    filterset_class = EnrolmentFilterSet

    def get_base_queryset(self):
        return reportable(enrolments_in_scope(self.request.user))


class LearnersReportView(StaffReportView):
    page_title = gettext_lazy("Learners")
    url_name = "learners"
    results_template_name = "reports/learners_results.html"
    filterset_class = LearnerFilterSet
    default_ordering = LEARNER_ORDER
    list_export = [
        "learner_name",
        "learner_email",
        "organisation_name",
        "programme_title",
        "module_title",
        "cohort_name",
        "report_status",
        "steps_done",
        "steps_total",
        "percent",
        "last_activity_at",
        "completed_at",
        "certificate_code",
    ]
    export_headings = {
        "learner_name": gettext_lazy("Name"),
        "learner_email": gettext_lazy("Email"),
        "organisation_name": gettext_lazy("Organisation"),
        "programme_title": gettext_lazy("Programme"),
        "module_title": gettext_lazy("Module only"),
        "cohort_name": gettext_lazy("Cohort"),
        "report_status": gettext_lazy("Status"),
        "steps_done": gettext_lazy("Steps done"),
        "steps_total": gettext_lazy("Steps in all"),
        "percent": gettext_lazy("Percent"),
        "last_activity_at": gettext_lazy("Last activity"),
        "completed_at": gettext_lazy("Completed at"),
        "certificate_code": gettext_lazy("Certificate"),
    }

    export_values = {"report_status": STATUS_LABELS}

    def get_base_queryset(self):
        return learner_statuses(enrolments_in_scope(self.request.user))

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.is_export:
            return learner_columns(queryset, certificate=False)
        return queryset

    def export_tuples(self, queryset):
        codes = certificate_codes(queryset)
        titles = enrolment_titles(queryset)
        fields = [f for f in self.list_export if f != "certificate_code"]
        at = self.list_export.index("certificate_code")
        programme_at = fields.index("programme_title")
        module_at = fields.index("module_title")
        for pk, programme_key, module_key, *row in queryset.values_list(
            "pk", "programme_key", "module_key", *fields
        ).iterator(chunk_size=2000):
            row[programme_at] = titles.get(programme_key, row[programme_at])
            if module_key:
                row[module_at] = titles.get(module_key, row[module_at])
            row.insert(at, codes.get(pk))
            yield row

    def paginate_queryset(self, queryset, page_size):
        # The page is chosen by its ids alone; decorate_paginated_queryset reads them.
        return super().paginate_queryset(
            queryset.values_list("pk", flat=True), page_size
        )

    def decorate_paginated_queryset(self, object_list):
        return with_organisation_languages(
            learner_page(enrolments_in_scope(self.request.user), object_list),
            "organisation_name",
        )


class ProgrammesReportView(AggregateReportView):
    page_title = gettext_lazy("Programmes and modules")
    url_name = "programmes"
    results_template_name = "reports/programmes_results.html"
    list_export = [
        "programme",
        "module",
        "enrolled",
        "active",
        "completed",
        "overdue",
        "completion_rate",
        "median_days",
        "quiz_pass_rate",
    ]
    export_headings = {
        "programme": gettext_lazy("Programme"),
        "module": gettext_lazy("Module"),
        "enrolled": gettext_lazy("Enrolled"),
        "active": gettext_lazy("Active in the last 30 days"),
        "completed": gettext_lazy("Completed"),
        "overdue": gettext_lazy("Overdue"),
        "completion_rate": gettext_lazy("Completion rate (%)"),
        "median_days": gettext_lazy("Median days to complete"),
        "quiz_pass_rate": gettext_lazy("Quizzes passed at the first attempt (%)"),
    }

    filterset_class = ModuleFilterSet

    def rows(self, enrolments):
        rows = programme_rows(enrolments)
        if module := self.filters.chosen_module():
            return of_module(rows, **module)
        return rows


class OrganisationsReportView(AggregateReportView):
    page_title = gettext_lazy("Organisations")
    url_name = "organisations"
    results_template_name = "reports/organisations_results.html"
    list_export = [
        "level",
        "country",
        "region",
        "organisation",
        "staff",
        "enrolled",
        "completed",
        "completion_rate",
        "certificates",
    ]
    export_headings = {
        "level": gettext_lazy("Row"),
        "country": gettext_lazy("Country"),
        "region": gettext_lazy("Municipality or region"),
        "organisation": gettext_lazy("Organisation"),
        "staff": gettext_lazy("Staff with an account"),
        "enrolled": gettext_lazy("Enrolled"),
        "completed": gettext_lazy("Completed"),
        "completion_rate": gettext_lazy("Completion rate (%)"),
        "certificates": gettext_lazy("Certificates"),
    }
    LEVELS = {
        "organisation": gettext_lazy("Organisation"),
        "region": gettext_lazy("Municipality or region"),
        "country": gettext_lazy("Country"),
        "total": gettext_lazy("All"),
    }

    export_values = {"level": LEVELS, "country": COUNTRY_LABELS}

    def rows(self, enrolments):
        user = self.request.user
        organisations = organisations_in_scope(user).filter(
            **self.filters.organisation_filters()
        )
        return with_subtotals(
            organisation_rows(organisations, members_in_scope(user), enrolments)
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["country_labels"] = COUNTRY_LABELS
        for row in context["object_list"]:
            # A region's subtotal is of one country's organisations.
            row["organisation_lang"] = country_language(row["country"])
        return context


class CompetenciesReportView(AggregateReportView):
    page_title = gettext_lazy("Competencies")
    url_name = "competencies"
    results_template_name = "reports/competencies_results.html"
    filterset_class = CompetencyFilterSet
    paginate_by = None
    matrix = None
    list_export = [
        "group",
        "competency",
        "target",
        "learners",
        "reached",
        "percent",
        "level_1",
        "level_2",
        "level_3",
        "level_4",
    ]
    export_headings = {
        "group": gettext_lazy("Organisation or programme"),
        "competency": gettext_lazy("Competency"),
        "target": gettext_lazy("Target level"),
        "learners": gettext_lazy("Learners"),
        "reached": gettext_lazy("Reached the target"),
        "percent": gettext_lazy("Reached the target (%)"),
        "level_1": gettext_lazy("At level 1"),
        "level_2": gettext_lazy("At level 2"),
        "level_3": gettext_lazy("At level 3"),
        "level_4": gettext_lazy("At level 4"),
    }

    def rows(self, enrolments):
        self.matrix = competency_rows(enrolments, by=self.filters.grouping())
        return competency_flat_rows(self.matrix)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["matrix"] = self.matrix or {"competencies": [], "rows": []}
        if self.filters.grouping() == "organisation":
            with_organisation_languages(context["matrix"]["rows"], "name")
        return context


class GrowthReportView(AggregateReportView):
    page_title = gettext_lazy("Self-assessment growth")
    url_name = "growth"
    results_template_name = "reports/growth_results.html"
    organisation_field = "organisation"
    list_export = [
        "organisation",
        "code",
        "competency",
        "pairs",
        "before",
        "after",
        "growth",
        "attained",
    ]
    export_headings = {
        "organisation": gettext_lazy("Organisation"),
        "code": gettext_lazy("Code"),
        "competency": gettext_lazy("Competency"),
        "pairs": gettext_lazy("Pairs of ratings"),
        "before": gettext_lazy("Mean rating before"),
        "after": gettext_lazy("Mean rating after"),
        "growth": gettext_lazy("Growth"),
        "attained": gettext_lazy("Mean level attained"),
    }

    def rows(self, enrolments):
        return growth_rows(enrolments)


class CertificatesReportView(AggregateReportView):
    page_title = gettext_lazy("Certificates issued")
    url_name = "certificates"
    results_template_name = "reports/certificates_results.html"
    filterset_class = CertificateFilterSet
    organisation_field = "organisation"
    list_export = ["period", "programme", "organisation", "certificates"]
    export_headings = {
        "period": gettext_lazy("Period"),
        "programme": gettext_lazy("Programme"),
        "organisation": gettext_lazy("Organisation"),
        "certificates": gettext_lazy("Certificates"),
    }

    def rows(self, enrolments):
        return certificate_rows(enrolments, period=self.filters.grouping())


def learner_record(request, user_id: int):
    """A learner's record, read-only, for staff whose reports include them; anyone else
    is told it does not exist."""
    if not may_see_reports(request.user):
        return refused(request)
    learner = get_object_or_404(
        people_in_scope(request.user).select_related("organisation"), pk=user_id
    )
    keys = programme_keys_in_scope(request.user, learner)
    if keys is not None and not keys:
        raise PermissionDenied  # not reached: people_in_scope already narrowed
    context = record.learner_record(viewer=request.user, learner=learner, keys=keys)
    title = _("Learner: %(name)s") % {"name": learner.get_full_name() or learner.email}
    context.update(admin_page(title, (reverse("reports:learners"), _("Learners"))))
    return TemplateResponse(request, "reports/learner_record.html", context)
