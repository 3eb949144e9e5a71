"""The base of the admin's reports: a Wagtail ReportView with who may open it, filters
whose bad values are form errors (never a 500, never a file of everything), and exports
that stream.

Two shapes: a report whose rows are a queryset (`FilteredReportView`, paginated in the
database, its CSV streamed as plain tuples from the cursor), and a report whose rows are
figures computed from the filtered queryset (`FiguresReportView`, a short list).
Both export as `AdminExportMixin` does, and so do the admin's listings of records.
"""

import csv
import datetime
import zoneinfo
from collections.abc import Callable, Mapping
from itertools import islice

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.urls import URLPattern, path
from django.utils import timezone, translation

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports import ReportView

EXPORT_CHUNK = 2000
CSV_LINES_PER_CHUNK = 500


def report_paths(route: str, view: type[ReportView], name: str) -> list[URLPattern]:
    """A report's two routes: its page at `route` and the results fragment Wagtail's
    filters load at `route` + "results/" (named `name` + "_results")."""
    return [
        path(route, view.as_view(), name=name),
        path(
            f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"
        ),
    ]


def _converter(how: Mapping | Callable) -> Callable:
    if callable(how):
        return how

    def label(value):
        return str(how.get(value, value or ""))

    return label


def export_datetime(value: datetime.datetime) -> datetime.datetime:
    """A date-time as the admin shows it, for a file: in TIME_ZONE, to the second, and
    naive (a spreadsheet's cell has no time zone; Wagtail's would be UTC)."""
    if timezone.is_aware(value):
        value = value.astimezone(zoneinfo.ZoneInfo(settings.TIME_ZONE))
    return value.replace(tzinfo=None, microsecond=0)


def _datetime_cell(value):
    return export_datetime(value) if isinstance(value, datetime.datetime) else value


class AdminExportMixin(SpreadsheetExportMixin):
    """Exports of a Wagtail listing (SpreadsheetExportMixin) as the page shows them:
    date-times by `export_datetime`, and the headings and labels of a CSV in the
    admin's language, which the response says (Content-Language).

    A CSV streams after the view returned, when Wagtail's switch to the person's admin
    language has ended (wagtail.admin.localization.get_localized_response).
    """

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: export_datetime,
            SpreadsheetExportMixin.FORMAT_XLSX: export_datetime,
        },
    }

    def write_csv_response(self, queryset):
        language = translation.get_language()
        response = super().write_csv_response(queryset)
        lines = response.streaming_content

        def in_language():
            with translation.override(language):
                yield from lines

        response.streaming_content = in_language()
        return response

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if response is not None:
            response["Content-Language"] = translation.get_language()
        return response


class _Lines:
    """Collects what the csv writer writes until it is taken, as UTF-8 bytes."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def take(self) -> bytes:
        chunk, self.parts = "".join(self.parts).encode("utf-8"), []
        return chunk


class _Rows:
    """Exported tuples as dicts, for Wagtail's XLSX writer (which asks for .model)."""

    def __init__(self, model, fields, tuples):
        self.model = model
        self.fields = fields
        self.tuples = tuples

    def __iter__(self):
        for row in self.tuples:
            yield dict(zip(self.fields, row, strict=True))


class FilteredReportView(AdminExportMixin, ReportView):
    """A report over a queryset, for the people `may_view` admits.

    Subclasses name their routes with `url_prefix` + `url_name` (the results fragment
    is the same name + "_results"), and may give `export_values`: per exported field, a
    mapping from stored value to label, or a function, applied in CSV and XLSX alike.
    """

    header_icon = "table"
    paginate_by = 50
    url_prefix = ""
    url_name = ""
    export_values: dict = {}

    def may_view(self, user) -> bool:
        raise NotImplementedError

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        converters = {
            field: _converter(how) for field, how in self.export_values.items()
        }
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            **{
                field: {self.FORMAT_CSV: convert, self.FORMAT_XLSX: convert}
                for field, convert in converters.items()
            },
        }

    def dispatch(self, request, *args, **kwargs):
        if not self.may_view(request.user):
            return self.refuse(request)
        return super().dispatch(request, *args, **kwargs)

    def refuse(self, request):
        """The answer to someone in the admin whom `may_view` does not admit."""
        raise PermissionDenied

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # An export asked with filters that do not fit shows the page with the errors.
        if self.is_export and self.filters_invalid:
            self.is_export = False

    @property
    def index_url_name(self):
        return f"{self.url_prefix}{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"{self.url_prefix}{self.url_name}_results"

    @property
    def filters_invalid(self) -> bool:
        return bool(self.filters) and not self.filters.is_valid()

    def get_filtered_queryset(self):
        # BaseListingView.get_queryset has filtered already; ReportView would again.
        return self.get_queryset()

    def filter_queryset(self, queryset):
        if self.filters_invalid:
            return queryset.none() if isinstance(queryset, QuerySet) else []
        return super().filter_queryset(queryset)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Straight to the file: the listing's context would count, and read, every
            # row once more before the export does.
            return self.as_spreadsheet(
                self.get_filtered_queryset(), request.GET.get("export")
            )
        return super().get(request, *args, **kwargs)

    def get_filename(self):
        name = self.url_name.replace("_", "-")
        return f"{name}-{timezone.localdate():%Y-%m-%d}"

    def stream_csv(self, queryset):
        if isinstance(queryset, QuerySet):
            return self._stream_tuples(queryset)
        return super().stream_csv(queryset)

    def export_tuples(self, queryset: QuerySet):
        """The exported rows of a queryset, as tuples in the order of list_export, read
        from the cursor in chunks."""
        return queryset.values_list(*self.list_export).iterator(chunk_size=EXPORT_CHUNK)

    def _stream_tuples(self, queryset):
        # Written a few hundred lines at a time: a large export is never whole in
        # memory, and no model object is made per row. The csv module writes None as
        # "" and anything else as str(), as Wagtail's force_str would; only the fields
        # with labels, and the columns of date-times, are converted.
        buffer = _Lines()
        writer = csv.writer(buffer)
        writer.writerow([self.get_heading(queryset, f) for f in self.list_export])
        yield buffer.take()
        special = [
            (index, convert)
            for index, field in enumerate(self.list_export)
            if (convert := self._csv_converter(field)) is not None
        ]
        # Labels are translated once per file, not once per row.
        for field, how in self.export_values.items():
            if isinstance(how, Mapping) and field in self.list_export:
                index = self.list_export.index(field)
                special = [(i, c) for i, c in special if i != index]
                special.append((index, _converter({k: str(v) for k, v in how.items()})))
        # A column holds date-times when its first value that is not None is one.
        undecided = set(range(len(self.list_export))) - {i for i, _c in special}
        rows = iter(self.export_tuples(queryset))
        while chunk := list(islice(rows, CSV_LINES_PER_CHUNK)):
            for row in chunk if undecided else ():
                for index in [i for i in undecided if row[i] is not None]:
                    undecided.discard(index)
                    if isinstance(row[index], datetime.datetime):
                        special.append((index, _datetime_cell))
                if not undecided:
                    break
            if special:
                chunk = [list(row) for row in chunk]
                for row in chunk:
                    for index, convert in special:
                        row[index] = convert(row[index])
            writer.writerows(chunk)
            yield buffer.take()

    def _csv_converter(self, field):
        return self.custom_field_preprocess.get(field, {}).get(self.FORMAT_CSV)

    def write_xlsx(self, queryset, output):
        if isinstance(queryset, QuerySet):
            queryset = _Rows(
                queryset.model, self.list_export, self.export_tuples(queryset)
            )
        return super().write_xlsx(queryset, output)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filters_invalid"] = self.filters_invalid
        context["today"] = timezone.localdate()
        return context


class FiguresReportView(FilteredReportView):
    """A report whose rows are figures computed by `rows()` from the filtered queryset:
    nothing is computed while a filter does not fit."""

    paginate_by = 100

    def get_queryset(self):
        filtered = self.filter_queryset(self.get_base_queryset())
        if self.filters_invalid:
            return []
        return self.rows(filtered)

    def rows(self, filtered) -> list[dict]:
        raise NotImplementedError
