"""Wagtail admin: administrators export or erase a person's data on their request."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.roles import Role, has_role
from lms.admin_pages import admin_page

from . import services
from .models import ClosedAccount, DataExport


class AdminCloseForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "The person asked for this. Close their account and erase their personal "
            "data for good."
        )
    )


def _person(request, user_id: int):
    if not has_role(request.user, Role.ADMIN):
        raise PermissionDenied
    return get_object_or_404(get_user_model(), pk=user_id)


def person_privacy(request, user_id: int):
    person = _person(request, user_id)
    form = AdminCloseForm(request.POST or None)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "export":
        services.request_export(user=person)
        messages.success(request, _("The export is being prepared; it appears below."))
        return redirect("privacy_person", person.pk)
    if action == "close":
        if person.pk == request.user.pk:
            messages.error(request, _("Close your own account from your profile."))
        elif services.is_closed(person):
            messages.error(request, _("This account is closed already."))
        elif form.is_valid():
            services.close_account(
                user=person, initiative=ClosedAccount.Initiative.ADMINISTRATOR
            )
            messages.success(request, _("The account is closed and its data erased."))
            return redirect("privacy_person", person.pk)
    return TemplateResponse(
        request,
        "privacy/admin/person.html",
        {
            "person": person,
            "closed": ClosedAccount.objects.filter(user_id=person.pk).first(),
            "exports": DataExport.objects.filter(user=person)[:10],
            "form": form,
            **admin_page(
                _("Personal data of %(person)s") % {"person": person},
                (reverse("wagtailusers_users:index"), _("Users")),
                (reverse("wagtailusers_users:edit", args=[person.pk]), str(person)),
            ),
        },
    )


def download_export(request, user_id: int, export_id: int):
    person = _person(request, user_id)
    export = get_object_or_404(
        DataExport, pk=export_id, user=person, status=DataExport.Status.READY
    )
    if not export.file:
        raise Http404(_("This export has expired."))
    response = FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"data-{person.pk}-{export.ready_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response
