"""allauth's sign-up, handed to the service that records the consent it required."""

from django.dispatch import receiver
from django.utils.translation import get_language

from allauth.account.signals import user_signed_up

from . import services


@receiver(user_signed_up, dispatch_uid="privacy.record_consent")
def record_consent_at_sign_up(sender, request, user, **kwargs):
    services.record_consent(
        user=user, language=getattr(user, "preferred_language", "") or get_language()
    )
