"""Certificates issued at completion."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .enrolment import Enrolment
from .storage import private_storage


def new_certificate_code() -> str:
    """Twelve characters without look-alikes, grouped for reading aloud: ABCD-EFGH-JKLM."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Certificate(models.Model):
    """Proof that a learner completed a programme. The row is made with the completion;
    a Celery task renders its PDF. Anyone with the code can check that it is valid."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="certificates"
    )
    # What was completed: "programme", or the key of the one module taken alone. A
    # module-only enrolment later widened to the programme earns a second certificate.
    scope = models.CharField(_("scope"), max_length=40, default="programme")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(
        _("code"), max_length=14, unique=True, default=new_certificate_code
    )
    learner_name = models.CharField(_("name"), max_length=300)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    programme_title = models.CharField(_("programme"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1, default=0)
    competencies = models.JSONField(_("competencies and levels"), default=list)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    pdf = models.FileField(
        _("PDF"), storage=private_storage, upload_to="certificates/", blank=True
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    # Revoked because its holder closed their account, not because it was issued in error.
    withdrawn_by_holder = models.BooleanField(
        _("withdrawn by the holder"), default=False
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "scope"], name="one_certificate_per_scope"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.learner_name} · {self.programme_title}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """Who issues the certificates and who signs them, printed on every certificate."""

    issuer_name = models.CharField(
        _("issuer"),
        max_length=200,
        blank=True,
        help_text=_(
            "The organisation that issues the certificates, as printed on them. "
            "Empty: the platform's name."
        ),
    )
    signatory_name = models.CharField(
        _("signatory's name"),
        max_length=200,
        blank=True,
        help_text=_("Printed under the signature line. Empty: a line without a name."),
    )
    signatory_role = models.CharField(
        _("signatory's position"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Head of the training programme”."),
    )

    class Meta:
        verbose_name = _("certificates")
