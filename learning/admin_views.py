"""Wagtail admin: enrolments awaiting approval, decided by the people who may see them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .models import Enrolment
from .permissions import can_decide, enrolments_visible_to


def pending_enrolments(request):
    enrolments = (
        enrolments_visible_to(request.user)
        .filter(status=Enrolment.Status.PENDING)
        .exclude(learner=request.user)
        .select_related("learner__organisation")
        .order_by("enrolled_at")
    )
    return TemplateResponse(
        request,
        "learning/admin/pending_enrolments.html",
        {"enrolments": enrolments, "header_title": _("Enrolments awaiting approval")},
    )


@require_POST
def decide_enrolment(request, enrolment_id: int, decision: str):
    # Enrolments the user may not see are not found, whatever their id.
    enrolment = get_object_or_404(enrolments_visible_to(request.user), pk=enrolment_id)
    if decision not in ("approve", "reject") or not can_decide(request.user, enrolment):
        raise PermissionDenied
    services.decide_enrolment(enrolment=enrolment, approve=decision == "approve")
    if decision == "approve":
        messages.success(
            request, _("Approved: %(learner)s.") % {"learner": enrolment.learner}
        )
    else:
        messages.success(
            request, _("Rejected: %(learner)s.") % {"learner": enrolment.learner}
        )
    return redirect("learning_pending_enrolments")
