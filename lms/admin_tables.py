"""Admin listings of translatable snippets, whose rows come in every locale: the cells
of the fields written in the row's language (its title) say which language that is."""

from typing import Any

from django.utils.functional import cached_property

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView


class RowLanguageMixin:
    """Gives the cell template the row's language code as `lang`."""

    @cached_property
    def language_codes(self) -> dict[int, str]:
        # One query per listing: Wagtail builds the columns for each request.
        return dict(Locale.objects.values_list("pk", "language_code"))

    def get_cell_context_data(self, instance, parent_context) -> dict[str, Any]:
        context = super().get_cell_context_data(instance, parent_context)  # type: ignore[misc]
        context["lang"] = self.language_codes.get(instance.locale_id)
        return context


class LocalisedColumn(RowLanguageMixin, Column):
    cell_template_name = "includes/admin/localised_cell.html"


class LocalisedTitleColumn(RowLanguageMixin, TitleColumn):
    """The linked first column; its buttons stay in the admin's language."""

    cell_template_name = "includes/admin/localised_title_cell.html"


class LocalisedIndexView(IndexView):
    """A snippet listing whose `localised_fields` columns carry the row's `lang`."""

    localised_fields: tuple[str, ...] = ("title",)

    # Wagtail builds the columns of list_display's field names in these two methods;
    # naming the class here keeps its labels, sorting, link and buttons.
    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name in self.localised_fields:
            column_class = LocalisedTitleColumn
        return super()._get_title_column(field_name, column_class, **kwargs)

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        if field_name in self.localised_fields and column_class is Column:
            column_class = LocalisedColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)
