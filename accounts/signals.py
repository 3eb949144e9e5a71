"""Receivers for allauth's events, each handing straight to a service."""

from allauth.account.signals import password_changed, password_reset, password_set

from . import services


def revoke_credentials_after_password_change(sender, request, user, **kwargs):
    services.revoke_credentials(user=user)


def connect() -> None:
    for signal in (password_changed, password_reset, password_set):
        signal.connect(
            revoke_credentials_after_password_change,
            dispatch_uid="accounts.revoke_credentials",
        )
