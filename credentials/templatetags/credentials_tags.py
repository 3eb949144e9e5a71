"""What the certificate pages of `learning` show of a certificate's credential, without
`learning` importing this app: the templates ask."""

from django import template

from learning.models import Certificate

from ..selectors import Verification, verification_of

register = template.Library()


@register.simple_tag
def credential_verification(certificate: Certificate | None) -> Verification | None:
    """The certificate's Open Badges credential, checked as an outside verifier would
    (signature, then its bit in the status list); None when it has none yet."""
    return verification_of(certificate) if certificate is not None else None
