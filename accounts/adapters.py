from django.urls import reverse
from django.utils import translation

from allauth.account.adapter import DefaultAccountAdapter

from . import services


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

    def get_login_redirect_url(self, request):
        """Without a `next` address, land on the home page in the person's own language."""
        language = getattr(request.user, "preferred_language", None)
        if not language:
            return super().get_login_redirect_url(request)
        with translation.override(language):
            return reverse("wagtail_serve", args=[""])

    def get_signup_redirect_url(self, request):
        return self.get_login_redirect_url(request)
