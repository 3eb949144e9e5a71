"""The reports' filters (django-filter), shared by the admin pages, their exports and the
API. A value that does not fit is a form error: the report then lists nothing."""

from operator import attrgetter

from django import forms
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale, Page

import django_filters

from accounts.models import Organisation
from courses.localisation import pages_in_language
from courses.models import ModulePage, ProgrammePage
from learning.models import Cohort, Enrolment
from lms.widgets import InLanguage, OwnLanguageSelect

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
        module, programme = cleaned.get("module"), cleaned.get("programme")
        if module and programme and not module.path.startswith(programme.path):
            self.add_error("module", _("This module is not part of that programme."))
        return cleaned


class PageChoiceField(IdChoiceField):
    """A page of the default language (the reports count a page with its
    translations), named in the reader's language where it is translated: one query
    for the titles of all the choices."""

    parent_key: tuple[str, ...] = ()  # the field naming the parent page's key, if any

    def label_from_instance(self, obj):
        return self.titles.get(obj.translation_key, obj.title)

    @cached_property
    def titles(self) -> dict:
        keys = set()
        for key, *parent in self.queryset.values_list(
            "translation_key", *self.parent_key
        ):
            keys |= {key, *parent}
        pages = pages_in_language(Page, keys - {None})
        return {key: page.title for key, page in pages.items()}


class PageChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = PageChoiceField


class ModuleChoiceField(PageChoiceField):
    """A module, shown with its programme: modules of two programmes may share a title."""

    parent_key = ("programme_key",)

    def label_from_instance(self, obj):
        programme = self.titles.get(obj.programme_key, obj.programme_title)
        return f"{programme} › {super().label_from_instance(obj)}"


class ModuleChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ModuleChoiceField


def programmes(request):
    return ProgrammePage.objects.filter(locale=Locale.get_default()).order_by("title")


def modules(request):
    """The default language's modules, with their programme's title (one query)."""
    parent = ProgrammePage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - ModulePage.steplen)
    )
    return (
        ModulePage.objects.filter(locale=Locale.get_default())
        .annotate(
            programme_title=Subquery(parent.values("title")[:1]),
            programme_key=Subquery(parent.values("translation_key")[:1]),
        )
        .order_by("path")
    )


def cohorts(request):
    return Cohort.objects.order_by("-starts_on", "name")


def organisations(request):
    return organisations_in_scope(request.user).order_by("name")


def regions():
    """The municipalities and regions, each in Lithuanian where all the organisations
    there are Lithuanian (one query)."""
    countries: dict[str, set[str]] = {}
    for region, country in (
        Organisation.objects.exclude(region="")
        .order_by("region")
        .values_list("region", "country")
        .distinct()
    ):
        countries.setdefault(region, set()).add(country)
    lithuanian = {Organisation.Country.LITHUANIA}
    return [
        (region, InLanguage(region, "lt" if found == lithuanian else ""))
        for region, found in countries.items()
    ]


class EnrolmentFilterSet(WagtailFilterSet):
    """Programme, cohort, organisation, municipality/region, country and the dates."""

    programme = PageChoiceFilter(
        label=_("Programme"),
        queryset=programmes,
        method="filter_programme",
        empty_label=_("All"),
    )
    cohort = IdChoiceFilter(
        label=_("Cohort"),
        queryset=cohorts,
        empty_label=_("All"),
        widget=OwnLanguageSelect(language_of=attrgetter("name_language")),
    )
    organisation = IdChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name="learner__organisation",
        empty_label=_("All"),
        widget=OwnLanguageSelect(language_of=attrgetter("name_language")),
    )
    region = django_filters.ChoiceFilter(
        label=_("Municipality or region"),
        choices=regions,
        field_name="learner__organisation__region",
        empty_label=_("All"),
        widget=OwnLanguageSelect,
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


class ModuleFilterSet(EnrolmentFilterSet):
    """The enrolment filters and a module: the learners whose enrolment covers it (the
    whole programme, or that module taken alone)."""

    module = ModuleChoiceFilter(
        label=_("Module"),
        queryset=modules,
        method="filter_module",
        empty_label=_("All"),
    )

    class Meta(EnrolmentFilterSet.Meta):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = list(self.filters)
        names.remove("module")
        names.insert(names.index("programme") + 1, "module")
        self.filters = {name: self.filters[name] for name in names}

    def filter_module(self, queryset, name, value):
        keys = self.chosen_module()
        return queryset.filter(
            Q(module_key__isnull=True) | Q(module_key=keys["module_key"]),
            programme_key=keys["programme_key"],
        )

    @cached_property
    def _module_keys(self):
        module = self.form.cleaned_data.get("module")
        if module is None:
            return None
        return {
            "programme_key": module.get_parent().translation_key,
            "module_key": module.translation_key,
        }

    def chosen_module(self) -> dict | None:
        """{"programme_key", "module_key"} of the module chosen, or None (after the
        form is validated)."""
        return self._module_keys


class LearnerFilterSet(ModuleFilterSet):
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

    class Meta(ModuleFilterSet.Meta):
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
