"""Wagtail admin actions on one outbox row: retry a failed email, cancel a queued one."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .models import OutboxMessage


@require_POST
def act_on_message(request, pk: int, action: str):
    if not request.user.has_perm("notifications.change_outboxmessage"):
        raise PermissionDenied
    message = get_object_or_404(OutboxMessage, pk=pk)
    if action == "retry":
        if services.retry_message(message=message):
            messages.success(request, _("The email is queued again."))
        else:
            messages.error(request, _("Only a failed email can be retried."))
    elif action == "cancel":
        if services.cancel_message(message=message):
            messages.success(request, _("The email is cancelled and will not be sent."))
        else:
            messages.error(request, _("Only a queued email can be cancelled."))
    else:
        raise PermissionDenied
    return redirect("outbox:inspect", pk)
