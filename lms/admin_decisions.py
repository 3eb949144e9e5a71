"""Requests waiting for a decision (enrolments, event registrations) in the Wagtail admin:
Wagtail's own listing (search, filters, ordering, pagination, CSV and XLSX export) with
a column of Approve and Reject buttons that post to the app's decision view.

Which rows a person sees, and whether they may decide, stays with each app's permissions
module; this module only draws the listing."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.models import Page

from .admin_reports import AdminExportMixin


def title_matches(value: str, stored_title: str, page_key: str) -> Q:
    """Rows whose page title contains `value` in any of the page's languages, or whose
    stored title does (the page may be gone): a listing shows the title in the admin's
    language, so searching what it shows must find the row."""
    pages = Page.objects.filter(title__icontains=value).values("translation_key")
    return Q(**{f"{stored_title}__icontains": value}) | Q(**{f"{page_key}__in": pages})


class DecisionColumn(Column):
    """Approve and Reject, each a small POST form to `url_name(pk, decision)`."""

    cell_template_name = "includes/admin/decision_cell.html"

    def __init__(self, name: str = "decision", *, url_name: str, **kwargs: Any):
        kwargs.setdefault("label", _("Decision"))
        super().__init__(name, **kwargs)
        self.url_name = url_name

    def get_cell_context_data(self, instance, parent_context) -> dict[str, Any]:
        context = super().get_cell_context_data(instance, parent_context)
        context["approve_url"] = reverse(self.url_name, args=[instance.pk, "approve"])
        context["reject_url"] = reverse(self.url_name, args=[instance.pk, "reject"])
        return context

    def render_cell_html(self, instance, parent_context) -> str:
        # With the request, so that the forms carry their CSRF token.
        context = self.get_cell_context_data(instance, parent_context)
        return self.cell_template.render(context, request=context["request"])


class AwaitingDecisionIndexView(AdminExportMixin, IndexView):
    """A listing of requests: rows have no edit view of their own, an empty listing
    says so in the app's words (`no_results_message`), and exports are the admin's."""

    results_template_name = "includes/admin/awaiting_decision_results.html"
    no_results_message = _("Nothing is waiting for your decision.")
    # (stored title field, page translation key field): the search also finds a row by
    # its page's title in any language (`title_matches`).
    page_title_fields: tuple[str, str] | None = None

    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        found = super().search_queryset(queryset)
        if not self.is_searching or self.page_title_fields is None:
            return found
        by_title = title_matches(self.search_query, *self.page_title_fields)
        return found | queryset.filter(by_title)

    def get_edit_url(self, instance) -> None:
        return None

    def get_context_data(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(*args, **kwargs)
        context["no_results_message"] = self.no_results_message
        return context
