"""Requests waiting for a decision (enrolments, event registrations) in the Wagtail admin:
Wagtail's own listing (search, filters, ordering, pagination, CSV and XLSX export) with
a column of Approve and Reject buttons that post to the app's decision view.

Which rows a person sees, and whether they may decide, stays with each app's permissions
module; this module only draws the listing."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView

from .admin_reports import AdminExportMixin


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

    def get_edit_url(self, instance) -> None:
        return None

    def get_context_data(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(*args, **kwargs)
        context["no_results_message"] = self.no_results_message
        return context
