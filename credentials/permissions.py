"""Who may take a credential away: its holder, and nobody else (not even staff, who
check certificates on the public page). Views ask here."""

from django.db.models import QuerySet

from accounts.types import Person
from learning.models import Certificate


def certificates_held_by(user: Person) -> QuerySet[Certificate]:
    """The certificates whose credentials `user` may download: their own."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(learner_id=user.pk)
