from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import APIToken

from lms.converters import parse_id

from .forms import ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    action = request.POST.get("action", "") if request.method == "POST" else ""
    new_token = None
    if action == "create-token":
        name = request.POST.get("token_name", "").strip()[:100]
        if name:
            _token, new_token = APIToken.create_token(user=request.user, name=name)
        else:
            messages.error(
                request, _("Give the token a name, e.g. the system using it.")
            )
    elif action == "revoke-token":
        token = APIToken.objects.filter(
            pk=parse_id(request.POST.get("token_id", "")) or 0,
            user=request.user,
            revoked_at=None,
        ).first()
        if token is not None:
            token.revoke()
            messages.success(request, _("The token is revoked."))
        return redirect("account_profile")
    editing = request.method == "POST" and not action
    form = ProfileForm(request.POST if editing else None, instance=request.user)
    if editing and form.is_valid():
        user = form.save()
        # Resolve the URL in the language it was asked in, then answer in the new one.
        next_url = translate_url(request.path, user.preferred_language)
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        return redirect(next_url)
    tokens = APIToken.objects.filter(user=request.user).order_by("-created")
    return render(
        request,
        "account/profile.html",
        {"form": form, "tokens": tokens, "new_token": new_token},
    )


@require_http_methods(["GET", "POST"])
def admin_login(request):
    """/admin/login/: the admin has no sign-in of its own. People sign in on the site's
    (allauth's), whose attempt limits then hold for both; what is posted here is never
    read. Someone signed in without admin access is told so here."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")
    if not request.user.is_authenticated:
        return redirect_to_login(next_url, login_url=reverse("account_login"))
    if request.user.has_perm("wagtailadmin.access_admin"):
        return redirect(next_url)
    return render(request, "account/admin_refused.html", status=403)
