from wagtail import hooks

from . import services
from .viewsets import OrganisationViewSet


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return OrganisationViewSet("organisations")


@hooks.register("before_edit_user")
def note_password_before_an_administrator_edits_a_user(request, user):
    request.password_before_edit = user.password


@hooks.register("after_edit_user")
def revoke_credentials_when_an_administrator_sets_a_password(request, user):
    if getattr(request, "password_before_edit", user.password) != user.password:
        services.revoke_credentials(user=user)
