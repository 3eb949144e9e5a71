"""Issuing a certificate's Open Badges 3.0 credential."""

import secrets

from django.db import IntegrityError, transaction

from learning.models import Certificate
from lms.queueing import enqueue_on_commit

from . import documents, jose
from .models import STATUS_LIST_SIZE, CertificateCredential

# A list takes credentials until half its bits are used, then the next list starts:
# random indices stay cheap to find and every list keeps a crowd to hide in.
FILL_PER_LIST = STATUS_LIST_SIZE // 2
ATTEMPTS = 50


def queue_credential(*, certificate: Certificate) -> None:
    """Issue the credential once the certificate is committed (a task; the download
    and the nightly sweep issue it too if the task is lost)."""
    from . import tasks

    enqueue_on_commit(tasks.issue_credential, certificate_id=certificate.pk)


def _free_slot() -> tuple[int, int]:
    number = CertificateCredential.objects.count() // FILL_PER_LIST
    return number, secrets.randbelow(STATUS_LIST_SIZE)


def issue_credential(*, certificate: Certificate) -> CertificateCredential | None:
    """The certificate's signed credential, made on first call. Safe to repeat and to
    race: the certificate and the status bit are both unique. None for a revoked
    certificate that never had one (nothing valid is left to issue)."""
    existing = CertificateCredential.objects.filter(certificate=certificate).first()
    if existing is not None:
        return existing
    if certificate.revoked_at is not None:
        return None
    for _attempt in range(ATTEMPTS):
        number, index = _free_slot()
        credential = CertificateCredential(
            certificate=certificate,
            status_list=number,
            status_index=index,
            salt=secrets.token_hex(16),
        )
        document = documents.open_badge_credential(certificate, credential)
        credential.jws = jose.sign(document)
        credential.kid = jose.header_of(credential.jws)["kid"]
        try:
            with transaction.atomic():
                credential.save()
            return credential
        except IntegrityError:
            # Either another process issued this certificate's credential, or the
            # random bit was taken: take the first, retry the second.
            existing = CertificateCredential.objects.filter(
                certificate=certificate
            ).first()
            if existing is not None:
                return existing
    raise RuntimeError("No free status list index found.")


def issue_missing_credentials(*, limit: int = 500) -> int:
    """Issue the credentials of valid certificates that have none (a lost task, or
    certificates from before credentials existed). Returns how many."""
    missing = Certificate.objects.filter(
        revoked_at=None, credential__isnull=True
    ).select_related("learner")[:limit]
    return sum(
        1 for certificate in missing if issue_credential(certificate=certificate)
    )
