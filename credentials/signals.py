"""Receivers: a certificate recorded by learning gets its credential (a task, after
commit)."""

from django.dispatch import receiver

from learning.certificates import certificate_recorded

from . import services


@receiver(certificate_recorded)
def issue_for_new_certificate(sender, certificate, **kwargs) -> None:
    services.queue_credential(certificate=certificate)
