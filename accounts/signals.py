"""Receivers for allauth's events, each handing straight to a service."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed

from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.signals import authenticator_added

from . import services
from .middleware import confirm_second_factor
from .roles import forget_roles_of_members


def revoke_credentials_after_password_change(sender, request, user, **kwargs):
    services.revoke_credentials(user=user)


def count_new_authenticator_for_this_session(sender, request, user, **kwargs):
    if request is not None:
        confirm_second_factor(request, user)


def connect() -> None:
    for signal in (password_changed, password_reset, password_set):
        signal.connect(
            revoke_credentials_after_password_change,
            dispatch_uid="accounts.revoke_credentials",
        )
    authenticator_added.connect(
        count_new_authenticator_for_this_session,
        dispatch_uid="accounts.count_new_authenticator",
    )
    m2m_changed.connect(
        forget_roles_of_members,
        sender=get_user_model().groups.through,
        dispatch_uid="accounts.forget_roles_of_members",
    )
