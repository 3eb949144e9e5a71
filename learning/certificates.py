"""Certificates of completed programmes: the record, its PDF, its public check."""

import base64
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from courses.localisation import pages_in_language
from courses.models import ModulePage, ProgrammePage
from lms.context_processors import site_name
from notifications.services import recipient_language

from . import selectors
from .models import Certificate, CertificateSettings, Enrolment

# Sent inside the transaction that records a certificate, with `certificate`: what other
# apps make of a new certificate (credentials/ signs an Open Badges credential) hangs on
# it, so that learning needs to know none of them.
certificate_recorded = Signal()


def verification_url(certificate: Certificate) -> str:
    with translation.override(certificate.language):
        path = reverse("learning:verify_certificate", args=[certificate.code])
    return settings.SITE_URL + path


@transaction.atomic
def record_certificate(
    *, enrolment: Enrolment, completed_at
) -> tuple[Certificate, bool]:
    """Make the certificate of a completed enrolment, in the learner's language, with
    the programme's hours and the levels reached. Safe to repeat: one per enrolment;
    says whether it was made now."""
    scope = str(enrolment.module_key) if enrolment.module_key else "programme"
    if existing := Certificate.objects.filter(enrolment=enrolment, scope=scope).first():
        return existing, False
    learner = enrolment.learner
    language = recipient_language(learner)
    with translation.override(language):
        profile = selectors.competency_profile(learner, [enrolment])
        programme = pages_in_language(ProgrammePage, [enrolment.programme_key]).get(
            enrolment.programme_key
        )
    hours = Decimal(0)
    title = programme.title if programme else enrolment.programme_title
    if enrolment.programme_id:
        modules = ModulePage.objects.live().child_of(enrolment.programme)
        if enrolment.module_key:  # one module: its title, hours and competencies
            modules = modules.filter(translation_key=enrolment.module_key)
            module = modules.first()
            with translation.override(language):
                localised = pages_in_language(ModulePage, [enrolment.module_key]).get(
                    enrolment.module_key
                )
            title = localised.title if localised else enrolment.module_title
            keys = set(
                module.competency_targets.values_list(
                    "competency__translation_key", flat=True
                )
                if module
                else []
            )
            profile = [row for row in profile if row["key"] in keys]
        hours = modules.aggregate(total=Sum("estimated_hours"))["total"] or Decimal(0)
    certificate = Certificate.objects.create(
        enrolment=enrolment,
        scope=scope,
        learner=learner,
        learner_name=learner.get_full_name() or learner.email,
        programme_key=enrolment.programme_key,
        programme_title=title,
        language=language,
        completed_on=timezone.localdate(completed_at),
        hours=hours,
        competencies=[
            {
                "key": str(row["key"]),
                "code": row["code"],
                "title": row["title"],
                "level": row["achieved"],
            }
            for row in profile
            if row["achieved"]
        ],
    )
    certificate_recorded.send(sender=Certificate, certificate=certificate)
    return certificate, True


def qr_code_svg(data: str) -> str:
    """A QR code of `data` as an SVG document, drawn locally (no network)."""
    import qrcode
    from qrcode.image.svg import SvgPathImage

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=0,
        image_factory=SvgPathImage,
    )
    code.add_data(data)
    code.make(fit=True)
    return code.make_image().to_string(encoding="unicode")


# Up to this many competencies fit one column; more are split into two.
ONE_COLUMN = 7


def competency_columns(competencies: list[dict]) -> list[list[dict]]:
    if len(competencies) <= ONE_COLUMN:
        return [competencies] if competencies else []
    half = (len(competencies) + 1) // 2
    return [competencies[:half], competencies[half:]]


def render_pdf(certificate: Certificate) -> bytes:
    """The certificate on one A4 landscape page, tagged for screen readers (PDF/UA):
    issuer and signature line from the certificate settings, the verification address
    as a link and as a QR code."""
    from weasyprint import HTML

    url = verification_url(certificate)
    issuer = CertificateSettings.load()
    qr = base64.b64encode(qr_code_svg(url).encode()).decode()
    with translation.override(certificate.language):
        html = render_to_string(
            "learning/certificate_pdf.html",
            {
                "certificate": certificate,
                "columns": competency_columns(certificate.competencies),
                "verification_url": url,
                "qr_code": f"data:image/svg+xml;base64,{qr}",
                "site_name": site_name(),
                "issuer": issuer,
                "issuer_name": issuer.issuer_name or site_name(),
                "LANGUAGE_CODE": certificate.language,
            },
        )
    # PDF/UA: tagged, with a title and language, for screen readers.
    return HTML(string=html, base_url=settings.SITE_URL).write_pdf(
        pdf_variant="pdf/ua-1"
    )


def generate_pdf(*, certificate_id: int) -> Certificate | None:
    """Render and store a certificate's PDF once. Safe to repeat."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None or certificate.pdf:
        return certificate
    content = render_pdf(certificate)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate_id)
        if locked.pdf:  # another worker finished first
            return locked
        locked.pdf.save(f"{locked.code}.pdf", ContentFile(content), save=True)
    return locked


def certificates_without_pdf(*, older_than_seconds: int = 120) -> list[int]:
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Certificate.objects.filter(pdf="", issued_at__lt=cutoff).values_list(
            "pk", flat=True
        )[:500]
    )


def revoke(*, certificate: Certificate) -> bool:
    """Mark a certificate no longer valid (issued in error). False if it already was."""
    return bool(
        Certificate.objects.filter(pk=certificate.pk, revoked_at=None).update(
            revoked_at=timezone.now()
        )
    )
