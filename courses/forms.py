from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.forms import WagtailAdminModelForm

from lms.widgets import LanguageSelect, OwnLanguageSelect, locale_language

from .models import CompetencyFramework, FrameworkStatus

PUBLISHED_STRUCTURE_MESSAGE = _(
    "This framework version is published, so its structure (codes, levels, areas and "
    "competencies) cannot change. Make a new version to change it."
)


def _structure_changed(formset, fields: set[str]) -> bool:
    """Whether rows were added, deleted or re-coded. Runs before the formsets are cleaned."""
    for form in formset.forms:
        deleted = forms.CheckboxInput().value_from_datadict(
            form.data, form.files, form.add_prefix("DELETE")
        )
        if form.instance.pk is not None and deleted:
            return True
        if not form.has_changed():
            continue
        if form.instance.pk is None:
            return True
        if fields & set(form.changed_data):
            return True
    return False


class FrameworkForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None:
            return cleaned_data
        stored = CompetencyFramework.objects.get(pk=self.instance.pk)
        if stored.status == FrameworkStatus.DRAFT:
            return cleaned_data
        if cleaned_data.get("status") == FrameworkStatus.DRAFT:
            self.add_error(
                "status", _("A published framework cannot become a draft again.")
            )
        if {"code", "version"} & set(self.changed_data) or any(
            _structure_changed(formset, {"code", "number"})
            for formset in self.formsets.values()
        ):
            raise ValidationError(PUBLISHED_STRUCTURE_MESSAGE)
        return cleaned_data


class CompetencyForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The areas of every locale, each option saying its language.
        area = self.fields["area"]
        area.widget = OwnLanguageSelect(language_of=locale_language)
        area.queryset = area.queryset.select_related(
            "locale"
        )  # gives the widget its choices

    def clean(self):
        cleaned_data = super().clean()
        area = cleaned_data.get("area")
        frameworks_involved = (
            [area] if self.instance.pk is None else [area, self.instance.area]
        )
        locked = any(
            a is not None and a.framework.status != FrameworkStatus.DRAFT
            for a in frameworks_involved
        )
        if not locked:
            return cleaned_data
        if (
            self.instance.pk is None
            or {"area", "code"} & set(self.changed_data)
            or _structure_changed(self.formsets["levels"], {"number"})
        ):
            raise ValidationError(PUBLISHED_STRUCTURE_MESSAGE)
        return cleaned_data


class FrameworkImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A CASE 1.1 JSON package (.json) or a CSV file with one row per level (.csv)."
        ),
    )

    MAX_BYTES = 5 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        name = upload.name.lower()
        if not name.endswith((".json", ".csv")):
            raise ValidationError(_("Upload a .json (CASE) or a .csv file."))
        try:
            upload.text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(_("The file is not UTF-8 text.")) from None
        return upload


class CaseMappingForm(forms.Form):
    """How a CASE package's item types become areas and competencies, before import.

    One choice per item type found in the package's tree, proposed by
    Tree.default_mapping; the framework's code and language, proposed from the package.
    """

    code = forms.CharField(
        label=_("Framework code"),
        max_length=32,
        help_text=_(
            "A short code for the framework, such as SC. A newer version of a "
            "framework that is here already keeps that framework's code."
        ),
    )
    language = forms.ChoiceField(label=_("Language"))

    def __init__(self, *args, tree, code: str, language: str, **kwargs):
        from wagtail.models import Locale

        from .exchange.case_import import ItemRole

        super().__init__(*args, **kwargs)
        self.fields["code"].initial = code
        self.fields["language"].choices = [  # type: ignore[attr-defined]
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.order_by("language_code")
        ]
        self.fields["language"].initial = language
        self.type_fields = []
        self.defaults = defaults = tree.default_mapping()
        for index, (item_type, count) in enumerate(sorted(tree.type_counts.items())):
            name = f"type_{index}"
            self.fields[name] = forms.ChoiceField(
                label=item_type,
                choices=ItemRole.CHOICES,
                initial=defaults[item_type],
                required=False,
                help_text=ngettext(
                    "%(count)s item, the highest at depth %(depth)s.",
                    "%(count)s items, the highest at depth %(depth)s.",
                    count,
                )
                % {"count": count, "depth": tree.type_depths[item_type]},
            )
            self.type_fields.append((name, item_type))

    def mapping(self) -> dict[str, str]:
        return {
            item_type: self.cleaned_data[name] or self.defaults[item_type]
            for name, item_type in self.type_fields
        }

    def type_bound_fields(self) -> list:
        return [self[name] for name, _item_type in self.type_fields]


__all__ = ["CaseMappingForm", "CompetencyForm", "FrameworkForm", "FrameworkImportForm"]


class CatalogueFilterForm(forms.Form):
    """Search and filters of the catalogue. Unknown values are form errors, not 500s."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    competency = forms.ChoiceField(label=_("Competency"), required=False)
    area = forms.ChoiceField(label=_("Competency area"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(
        label=_("Available in"), required=False, widget=LanguageSelect
    )

    def __init__(self, *args, catalogue, **kwargs):
        from django.conf import settings

        from .selectors import catalogue_filter_choices

        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        choices = catalogue_filter_choices(catalogue.locale_id)
        self.fields["competency"].choices = any_choice + choices["competency"]
        self.fields["area"].choices = any_choice + choices["area"]
        self.fields["topic"].choices = any_choice + choices["topic"]
        self.fields["language"].choices = any_choice + list(settings.LANGUAGES)

    def has_filters(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)
