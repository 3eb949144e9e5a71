import math

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.internal.ratelimit import parse_rate

from lms.context_processors import from_address, site_name

from . import services


class _NamedSite:
    """A Site that answers with another name, everything else its own."""

    def __init__(self, site, name: str) -> None:
        self._site, self.name = site, name

    def __getattr__(self, attribute):
        return getattr(self._site, attribute)

    def __str__(self) -> str:
        return self.name


def login_pause_minutes() -> int:
    """How long, at most, a run of failed sign-ins keeps an account closed."""
    rates = settings.ACCOUNT_RATE_LIMITS.get("login_failed") or ""
    seconds = max(
        (parse_rate(rate).duration for rate in rates.split(",") if rate.strip()),
        default=60,
    )
    return max(1, math.ceil(seconds / 60))


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.organisation = data.get("organisation")
        user.preferred_language = (
            data.get("preferred_language") or user.preferred_language
        )
        if commit:
            user.save()
            services.make_learner(user=user)
        return user

    def validation_error(self, code, *args):
        if code == "too_many_login_attempts":
            # allauth's "Try again later." leaves people guessing for how long.
            return ValidationError(
                _(
                    "Too many failed sign-in attempts. Signing in is paused for up to "
                    "%(minutes)s minutes; try again then, or reset your password to "
                    "sign in at once."
                )
                % {"minutes": login_pause_minutes()},
                code=code,
            )
        return super().validation_error(code, *args)

    def get_login_redirect_url(self, request):
        """Without a `next` address, land on the home page in the person's own language."""
        language = getattr(request.user, "preferred_language", None)
        if not language:
            return super().get_login_redirect_url(request)
        with translation.override(language):
            return reverse("wagtail_serve", args=[""])

    def get_signup_redirect_url(self, request):
        return self.get_login_redirect_url(request)

    def get_logout_redirect_url(self, request):
        """The home page in the language the person was reading, where the "signed
        out" message (written in that language) is shown; "/" would pick a language
        from the browser's preferences instead."""
        return reverse("wagtail_serve", args=[""])

    def send_mail(self, template_prefix, email, context):
        """allauth's emails in the person's own language (at sign-up: the one chosen on
        the form), from the platform's name in that language."""
        user = context.get("user")
        language = (
            getattr(user, "preferred_language", None) or translation.get_language()
        )
        with translation.override(language):
            # allauth's templates greet with the Site's name, one stored text: the
            # platform's name in the reader's language instead.
            site = context.get("current_site") or get_current_site(
                allauth_context.request
            )
            context = {**context, "current_site": _NamedSite(site, site_name())}
            super().send_mail(template_prefix, email, context)

    def get_from_email(self):
        return from_address()
