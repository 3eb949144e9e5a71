from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from accounts.roles import Role, has_role

from . import admin_views


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path(
            "privacy/people/<id:user_id>/",
            admin_views.person_privacy,
            name="privacy_person",
        ),
        path(
            "privacy/people/<id:user_id>/exports/<id:export_id>/",
            admin_views.download_export,
            name="privacy_download_export",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def register_personal_data_button(user, request_user):
    if has_role(request_user, Role.ADMIN):
        yield ListingButton(
            _("Personal data"),
            reverse("privacy_person", args=[user.pk]),
            icon_name="doc-full",
            priority=50,
        )
