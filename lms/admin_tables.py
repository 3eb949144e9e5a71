"""Admin listings of translatable snippets, whose rows come in every locale: the cells
of the fields written in the row's language (its title) say which language that is."""

from collections.abc import Callable
from typing import Any

from django.utils.functional import cached_property

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView

from .languages import in_language, lang_to_mark
from .widgets import OwnLanguageSelect


class OwnLanguageMixin:
    """Gives the cell template `lang`: the column's own language, fixed (a field
    written in one language whatever the row) or read from the row by a function."""

    def __init__(self, *args, language_of: str | Callable[[Any], str] = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.language_of = language_of

    def get_cell_context_data(self, instance, parent_context) -> dict[str, Any]:
        context = super().get_cell_context_data(instance, parent_context)  # type: ignore[misc]
        language = self.language_of
        context["lang"] = language(instance) if callable(language) else language
        return context


class RowLanguageMixin(OwnLanguageMixin):
    """The row's own language: its locale's (translatable snippets)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, language_of=self.row_language, **kwargs)

    @cached_property
    def language_codes(self) -> dict[int, str]:
        # One query per listing: Wagtail builds the columns for each request.
        return dict(Locale.objects.values_list("pk", "language_code"))

    def row_language(self, instance) -> str:
        return self.language_codes.get(instance.locale_id, "")


class LocalisedColumn(RowLanguageMixin, Column):
    cell_template_name = "includes/admin/localised_cell.html"


class LocalisedTitleColumn(RowLanguageMixin, TitleColumn):
    """The linked first column; its buttons stay in the admin's language."""

    cell_template_name = "includes/admin/localised_title_cell.html"


class OwnLanguageColumn(OwnLanguageMixin, Column):
    cell_template_name = "includes/admin/localised_cell.html"


class OwnLanguageTitleColumn(OwnLanguageMixin, TitleColumn):
    """The linked first column; its buttons stay in the admin's language."""

    cell_template_name = "includes/admin/localised_title_cell.html"


class OwnLanguageIndexMixin:
    """A listing whose `own_language_fields` ({field name: its language, or a function
    reading it from the row}) columns carry that `lang`. Reading it must cost no
    query per row."""

    own_language_fields: dict[str, str | Callable[[Any], str]] = {}

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name in self.own_language_fields and column_class is TitleColumn:
            column_class = OwnLanguageTitleColumn
            kwargs["language_of"] = self.own_language_fields[field_name]
        return super()._get_title_column(field_name, column_class, **kwargs)

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        if field_name in self.own_language_fields and column_class is Column:
            column_class = OwnLanguageColumn
            kwargs["language_of"] = self.own_language_fields[field_name]
        return super()._get_custom_column(field_name, column_class, **kwargs)


class LocalisedIndexView(IndexView):
    """A snippet listing whose `localised_fields` columns carry the row's `lang`."""

    localised_fields: tuple[str, ...] = ("title",)

    def get_base_queryset(self):
        # The locale column names each row's locale: read with the rows.
        return super().get_base_queryset().select_related("locale")

    # Wagtail builds the columns of list_display's field names in these two methods;
    # naming the class here keeps its labels, sorting, link and buttons.
    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name in self.localised_fields:
            column_class = LocalisedTitleColumn
        return super()._get_title_column(field_name, column_class, **kwargs)

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        # The locale column names a locale in the admin's language (its
        # WAGTAIL_CONTENT_LANGUAGES name), which needs no mark.
        if field_name in self.localised_fields and column_class is Column:
            column_class = LocalisedColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)


class FiltersInLanguageMixin:
    """A listing whose active filters (the pills above it) name a chosen choice in its
    own language, as the filter's `OwnLanguageSelect` options do."""

    @cached_property
    def active_filters(self):
        filters = super().active_filters
        if not filters:
            return filters
        form = self.filters.form
        fields = {form[name].auto_id: name for name in form.fields}
        marked = []
        for active in filters:
            name = fields.get(active.auto_id)
            widget = form.fields[name].widget if name else None
            if isinstance(widget, OwnLanguageSelect):
                # A model choice's value is its object; a choice's pill, its label.
                value = form.cleaned_data.get(name)
                language = widget.language_of_choice(
                    value if hasattr(value, "pk") else None, active.value
                )
                if lang_to_mark(language):
                    active = active._replace(value=in_language(active.value, language))
            marked.append(active)
        return marked
