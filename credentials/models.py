"""The Open Badges 3.0 credential issued for each certificate."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

# Bits in one Bitstring Status List: the specification's minimum of 16 KB, which hides
# one credential among 131,072 (https://www.w3.org/TR/vc-bitstring-status-list/).
STATUS_LIST_SIZE = 16 * 1024 * 8


class CertificateCredential(models.Model):
    """A certificate's signed OpenBadgeCredential, as issued (a credential never changes
    once signed), and its place in the revocation status list.

    Whether it is revoked is not stored here: the status list reads it from the
    certificate, so every path that revokes a certificate revokes its credential."""

    certificate = models.OneToOneField(
        "learning.Certificate",
        on_delete=models.CASCADE,
        related_name="credential",
        verbose_name=_("certificate"),
    )
    public_id = models.UUIDField(
        _("public identifier"), default=uuid.uuid4, unique=True
    )
    status_list = models.PositiveIntegerField(_("status list"), default=0)
    status_index = models.PositiveIntegerField(_("status list index"))
    salt = models.CharField(_("salt of the learner's identifier"), max_length=64)
    kid = models.CharField(_("signing key"), max_length=300)
    jws = models.TextField(_("signed credential (compact JWS)"), blank=True)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)

    class Meta:
        verbose_name = _("digital credential")
        verbose_name_plural = _("digital credentials")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_credential_per_bit"
            )
        ]

    def __str__(self) -> str:
        return str(self.public_id)
