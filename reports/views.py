"""The reports in the Wagtail admin (Reports menu), each a Wagtail ReportView with its
filters and Wagtail's own CSV and XLSX export, and the learner's record.

Every queryset starts from reports.permissions, so scope is in the SQL of the page, of
its exports and of the record alike.
"""

import csv

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views.reports import ReportView

from accounts.models import Organisation

from . import record
from .filters import (
    CertificateFilterSet,
    CompetencyFilterSet,
    EnrolmentFilterSet,
    LearnerFilterSet,
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
    LearnerStatus,
    certificate_rows,
    competency_flat_rows,
    competency_rows,
    growth_rows,
    learner_rows,
    organisation_rows,
    programme_rows,
    reportable,
    with_subtotals,
)

STATUS_LABELS = dict(LearnerStatus.choices)
COUNTRY_LABELS = dict(Organisation.Country.choices)
EXPORT_CHUNK = 2000
CSV_LINES_PER_CHUNK = 500


def _label(labels):
    def convert(value):
        return str(labels.get(value, value or ""))

    return convert


class StaffReportView(ReportView):
    """Only staff reach a report; a filter value that does not fit lists nothing (and
    an export asked with one shows the page with the errors instead of a file)."""

    header_icon = "table"
    paginate_by = 50
    url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if self.is_export and self.filters and not self.filters.is_valid():
            self.is_export = False

    @property
    def index_url_name(self):
        return f"reports:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"reports:{self.url_name}_results"

    @property
    def filters_invalid(self) -> bool:
        return bool(self.filters) and not self.filters.is_valid()

    def filter_queryset(self, queryset):
        if self.filters_invalid:
            return queryset.none() if isinstance(queryset, QuerySet) else []
        return super().filter_queryset(queryset)

    def get_filename(self):
        return f"{self.url_name}-{timezone.localdate():%Y-%m-%d}"

    def stream_csv(self, queryset):
        # A queryset is read as plain tuples in chunks from the cursor and written a few
        # hundred lines at a time: a large export is never whole in memory, and no model
        # object is made per row. The file streams after the view returns, so its
        # headings and labels are put in the request's language explicitly.
        language = translation.get_language()
        if isinstance(queryset, QuerySet):
            rows = self._stream_tuples(queryset)
        else:
            rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield from rows

        return in_language()

    def _stream_tuples(self, queryset):
        buffer = _Lines()
        writer = csv.writer(buffer)
        writer.writerow([self.get_heading(queryset, f) for f in self.list_export])
        convert = [self._csv_converter(field) for field in self.list_export]
        values = queryset.values_list(*self.list_export).iterator(
            chunk_size=EXPORT_CHUNK
        )
        for number, row in enumerate(values, start=1):
            writer.writerow([c(v) for c, v in zip(convert, row, strict=True)])
            if number % CSV_LINES_PER_CHUNK == 0:
                yield buffer.take()
        yield buffer.take()

    def _csv_converter(self, field):
        special = self.custom_field_preprocess.get(field, {}).get(self.FORMAT_CSV)
        if special is not None:
            return special
        return _plain

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filters_invalid"] = self.filters_invalid
        context["today"] = timezone.localdate()
        return context


class _Lines:
    """Collects what the csv writer writes until it is taken, as UTF-8 bytes."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def take(self) -> bytes:
        chunk, self.parts = "".join(self.parts).encode("utf-8"), []
        return chunk


def _plain(value):
    """What Wagtail's CSV writes for a value (force_str), without its per-value lookups."""
    if value is None:
        return ""
    return force_str(value)


class LearnersReportView(StaffReportView):
    page_title = gettext_lazy("Learners")
    url_name = "learners"
    results_template_name = "reports/learners_results.html"
    filterset_class = LearnerFilterSet
    default_ordering = [
        "learner__last_name",
        "learner__first_name",
        "programme_title",
        "pk",
    ]
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

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "report_status": {
                self.FORMAT_CSV: _label(STATUS_LABELS),
                self.FORMAT_XLSX: _label(STATUS_LABELS),
            },
        }

    def get_base_queryset(self):
        return learner_rows(enrolments_in_scope(self.request.user))


class AggregateReportView(StaffReportView):
    """A report whose rows are figures computed from the filtered enrolments."""

    filterset_class = EnrolmentFilterSet
    paginate_by = 100

    def get_base_queryset(self):
        return reportable(enrolments_in_scope(self.request.user))

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_queryset(self):
        enrolments = self.filter_queryset(self.get_base_queryset())
        if self.filters_invalid:
            return []
        return self.rows(enrolments)

    def rows(self, enrolments):
        raise NotImplementedError


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

    def rows(self, enrolments):
        return programme_rows(enrolments)


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

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "level": {
                self.FORMAT_CSV: _label(self.LEVELS),
                self.FORMAT_XLSX: _label(self.LEVELS),
            },
            "country": {
                self.FORMAT_CSV: _label(COUNTRY_LABELS),
                self.FORMAT_XLSX: _label(COUNTRY_LABELS),
            },
        }

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
        return context


class GrowthReportView(AggregateReportView):
    page_title = gettext_lazy("Self-assessment growth")
    url_name = "growth"
    results_template_name = "reports/growth_results.html"
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
        raise PermissionDenied
    learner = get_object_or_404(
        people_in_scope(request.user).select_related("organisation"), pk=user_id
    )
    keys = programme_keys_in_scope(request.user, learner)
    if keys is not None and not keys:
        raise PermissionDenied  # not reached: people_in_scope already narrowed
    context = record.learner_record(viewer=request.user, learner=learner, keys=keys)
    context["header_title"] = _("Learner: %(name)s") % {
        "name": learner.get_full_name() or learner.email
    }
    return TemplateResponse(request, "reports/learner_record.html", context)
