"""Reads: the status lists, and whether a credential verifies."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from learning.models import Certificate

from . import documents, jose
from .models import CertificateCredential


def revoked_indices(number: int) -> list[int]:
    """The bits set in status list `number`: credentials whose certificate was revoked
    or withdrawn, read from the certificates themselves."""
    return list(
        CertificateCredential.objects.filter(status_list=number)
        .filter(Q(certificate__revoked_at__isnull=False))
        .values_list("status_index", flat=True)
    )


def status_list_exists(number: int) -> bool:
    return (
        number == 0 or CertificateCredential.objects.filter(status_list=number).exists()
    )


def signed_status_list(number: int) -> str:
    """The status list credential, signed now (it changes with every revocation)."""
    document = documents.status_list_credential(
        number, revoked_indices(number), timezone.now()
    )
    return jose.sign(document)


def credential_of(certificate: Certificate) -> CertificateCredential | None:
    return CertificateCredential.objects.filter(certificate=certificate).first()


@dataclass(frozen=True)
class Verification:
    credential: CertificateCredential
    signature_valid: bool
    revoked: bool
    payload: dict

    @property
    def url(self) -> str:
        return documents.credential_id(self.credential.public_id)


def verify(credential: CertificateCredential) -> Verification:
    """Check a stored credential as an outside verifier would: its signature against
    the published keys, then its bit in the signed status list it points to."""
    try:
        payload = jose.verify(credential.jws)
    except jose.InvalidToken:
        return Verification(credential, False, False, {})
    status = payload.get("credentialStatus") or {}
    listed = jose.verify(signed_status_list(credential.status_list))
    bits = documents.decode_bits(listed["credentialSubject"]["encodedList"])
    revoked = documents.bit_is_set(bits, credential.status_index)
    # The signature must cover this very credential and its place in the list.
    matches = payload.get("id") == documents.credential_id(
        credential.public_id
    ) and status.get("statusListIndex") == str(credential.status_index)
    return Verification(credential, matches, revoked, payload)


def verification_of(certificate: Certificate) -> Verification | None:
    credential = credential_of(certificate)
    if credential is None or not credential.jws:
        return None
    return verify(credential)
