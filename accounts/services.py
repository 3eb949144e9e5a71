from django.db import transaction
from django.utils import timezone

from wagtail.models import APIToken

from .models import User
from .roles import Role, assign_role


@transaction.atomic
def make_learner(*, user: User) -> User:
    """Give a newly signed-up person the learner role. Safe to repeat."""
    assign_role(user, Role.LEARNER)
    return user


@transaction.atomic
def revoke_credentials(*, user: User) -> int:
    """Revoke every API token of a person whose password changed or was reset, and
    return how many were revoked. Safe to repeat.

    Their other sessions end by themselves: Django checks each session against a hash of
    the password, and allauth renews only the session that made the change.
    """
    return APIToken.objects.filter(user=user, revoked_at=None).update(
        revoked_at=timezone.now()
    )
