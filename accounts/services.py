from django.db import transaction

from .models import User
from .roles import Role, assign_role


@transaction.atomic
def make_learner(*, user: User) -> User:
    """Give a newly signed-up person the learner role. Safe to repeat."""
    assign_role(user, Role.LEARNER)
    return user
