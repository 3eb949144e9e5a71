from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # Resolve the URL in the language it was asked in, then answer in the new one.
        next_url = translate_url(request.path, user.preferred_language)
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        return redirect(next_url)
    return render(request, "account/profile.html", {"form": form})
