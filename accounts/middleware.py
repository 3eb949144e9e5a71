from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator

from .permissions import is_staff_member

# Set when a person proves a new authenticator in this session (allauth records a second
# factor only when it is used to sign in or re-authenticate).
CONFIRMED_SESSION_KEY = "accounts_second_factor_confirmed"
# Leaving must stay possible; /admin/login/ sends signed-in people on by itself.
_OPEN = ("/admin/logout/", "/admin/login/")
_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=_FACTORS).exists()


def session_used_second_factor(request) -> bool:
    records = get_authentication_records(request, request.user)
    return request.session.get(CONFIRMED_SESSION_KEY) == request.user.pk or any(
        record.get("method") == "mfa" for record in records
    )


class StaffSecondFactorMiddleware:
    """With MFA_REQUIRED_FOR_STAFF, trainers, coordinators and administrators enter
    /admin/ only after signing in with a second factor: those without one are sent to
    set up an authenticator app, those who signed in without it to confirm a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.MFA_REQUIRED_FOR_STAFF
            and request.path_info.startswith("/admin/")
            and not request.path_info.startswith(_OPEN)
            and request.user.is_authenticated
            and is_staff_member(request.user)
        ):
            if not has_second_factor(request.user):
                messages.info(
                    request,
                    _(
                        "The administration needs two-factor authentication. Set up "
                        "an authenticator app on your phone to continue."
                    ),
                )
                return redirect("mfa_activate_totp")
            if not session_used_second_factor(request):
                return redirect_to_login(
                    request.get_full_path(), login_url=reverse("mfa_reauthenticate")
                )
        return self.get_response(request)


def confirm_second_factor(request, user) -> None:
    """Count an authenticator just proven by a code as this session's second factor."""
    request.session[CONFIRMED_SESSION_KEY] = user.pk
