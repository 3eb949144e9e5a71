"""The reports' filters (django-filter), shared by the admin pages, their exports and the
API. A value that does not fit is a form error: the report then lists nothing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

import django_filters

from accounts.models import Organisation
from courses.models import ProgrammePage
from learning.models import Cohort, Enrolment

from .permissions import organisations_in_scope
from .selectors import LearnerStatus

RANGES = ("enrolled", "completed")
MAX_ID = 2**63 - 1


class IdChoiceField(django_filters.fields.ModelChoiceField):
    """A model choice whose value must be a database id: anything else (letters, a
    number past 64 bits) is "not one of the choices" before the database is asked."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_ID:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(text)


class IdChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = IdChoiceField


class ReportFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        for name in RANGES:
            value = cleaned.get(name)
            if value and value.start and value.stop and value.start > value.stop:
                self.add_error(name, _("The first date must not be after the second."))
        return cleaned


def programmes(request):
    return ProgrammePage.objects.filter(locale=Locale.get_default()).order_by("title")


def cohorts(request):
    return Cohort.objects.order_by("-starts_on", "name")


def organisations(request):
    return organisations_in_scope(request.user).order_by("name")


def regions():
    values = (
        Organisation.objects.exclude(region="")
        .order_by("region")
        .values_list("region", flat=True)
        .distinct()
    )
    return [(value, value) for value in values]


class EnrolmentFilterSet(WagtailFilterSet):
    """Programme, cohort, organisation, municipality/region, country and the dates."""

    programme = IdChoiceFilter(
        label=_("Programme"),
        queryset=programmes,
        method="filter_programme",
        empty_label=_("All"),
    )
    cohort = IdChoiceFilter(label=_("Cohort"), queryset=cohorts, empty_label=_("All"))
    organisation = IdChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name="learner__organisation",
        empty_label=_("All"),
    )
    region = django_filters.ChoiceFilter(
        label=_("Municipality or region"),
        choices=regions,
        field_name="learner__organisation__region",
        empty_label=_("All"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=Organisation.Country.choices,
        field_name="learner__organisation__country",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    enrolled = django_filters.DateFromToRangeFilter(
        label=_("Enrolled between"),
        field_name="enrolled_at",
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = Enrolment
        fields = []
        form = ReportFilterForm

    def filter_programme(self, queryset, name, value):
        return queryset.filter(programme_key=value.translation_key)

    def organisation_filters(self) -> dict:
        """The filters that narrow the organisations themselves (organisations report)."""
        data = self.form.cleaned_data
        lookups = {}
        if data.get("organisation"):
            lookups["pk"] = data["organisation"].pk
        if data.get("region"):
            lookups["region"] = data["region"]
        if data.get("country"):
            lookups["country"] = data["country"]
        return lookups


class LearnerFilterSet(EnrolmentFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=LearnerStatus.choices,
        field_name="report_status",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    completed = django_filters.DateFromToRangeFilter(
        label=_("Completed between"),
        field_name="progress__completed_at",
        widget=DateRangePickerWidget,
    )

    class Meta(EnrolmentFilterSet.Meta):
        pass


class CompetencyFilterSet(EnrolmentFilterSet):
    rows = django_filters.ChoiceFilter(
        label=_("Rows"),
        choices=[
            ("organisation", _("Organisations")),
            ("programme", _("Programmes")),
        ],
        method="keep",
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(EnrolmentFilterSet.Meta):
        pass

    def keep(self, queryset, name, value):
        return queryset  # chooses the rows of the matrix, filters nothing

    def grouping(self) -> str:
        return self.form.cleaned_data.get("rows") or "organisation"


class CertificateFilterSet(EnrolmentFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Per"),
        choices=[("month", _("Month")), ("year", _("Year"))],
        method="keep",
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(EnrolmentFilterSet.Meta):
        pass

    def keep(self, queryset, name, value):
        return queryset  # chooses the periods, filters nothing

    def grouping(self) -> str:
        return self.form.cleaned_data.get("period") or "month"
