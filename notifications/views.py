from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from accounts.permissions import has_role
from accounts.roles import Role

from . import services
from .forms import PREFERENCES_HELP, PreferencesForm
from .models import REMINDER_KINDS, Kind, Unsubscription


@login_required
def preferences(request):
    unsubscribed = set(
        Unsubscription.objects.filter(user=request.user).values_list("kind", flat=True)
    )
    # Unticking every box posts nothing, so the form is bound on the method, not the data.
    data = request.POST if request.method == "POST" else None
    kinds = list(REMINDER_KINDS)
    if has_role(request.user, Role.COORDINATOR):
        kinds.append(Kind.COORDINATOR_DIGEST)
    if has_role(request.user, Role.TRAINER):
        kinds.append(Kind.TRAINER_DIGEST)
    form = PreferencesForm(data, unsubscribed=unsubscribed, kinds=kinds)
    if request.method == "POST" and form.is_valid():
        services.set_preferences(user=request.user, wanted=form.wanted())
        messages.success(request, _("Your email preferences have been saved."))
        return redirect("notifications:preferences")
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "help_text": PREFERENCES_HELP},
    )


# The signed token is the credential: it works without signing in, and mail clients
# POST to it for one-click unsubscribe (RFC 8058) without a CSRF token.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        user_id, kind = services.read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    done = request.method == "POST"
    if done:
        services.unsubscribe(user_id=user.pk, kind=kind)
    return render(
        request,
        "notifications/unsubscribe.html",
        {"kind_label": Kind(kind).label, "done": done, "email": user.email},
    )
