"""The certificate PDF: one A4 landscape page whatever the number of competencies, the
issuer and signature line from the settings, the verification address as a link and a
QR code."""

import logging
import re
import zlib

import pytest

from learning import certificates
from learning.models import Certificate, CertificateSettings

from .test_record_access import world  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.django_db

LONG = "Gebėjimas inicijuoti, koordinuoti ir vertinti tarpsektorinį bendradarbiavimą"


def pdf_objects(data: bytes) -> list[bytes]:
    """The PDF's bytes and every compressed stream, inflated (object streams hold the
    page objects)."""
    parts = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        # Up to the next "endstream": the inflater stops at the stream's own end, so
        # a stream whose last byte is a CR or LF is read whole (a pattern ending in
        # "\r?\nendstream" took that byte for the line end, and the page count was 0).
        end = data.find(b"endstream", match.end())
        try:
            parts.append(zlib.decompressobj().decompress(data[match.end() : end]))
        except zlib.error:
            continue
    return parts


def page_count(data: bytes) -> int:
    return sum(
        len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", part))
        for part in pdf_objects(data)
    )


def certificate_with(world, count: int) -> Certificate:  # noqa: F811
    certificate = world["certificate"]
    certificate.learner_name = "Ona Onaitė-Petraitienė"
    certificate.programme_title = (
        "Socialinės klasterystės kompetencijos viešajame sektoriuje"
    )
    certificate.competencies = [
        {"code": f"SK-{n // 4 + 1}.{n % 4 + 1}", "title": f"{LONG} {n}", "level": 3}
        for n in range(count)
    ]
    certificate.save()
    return certificate


@pytest.mark.parametrize("count", [0, 3, 14, 20])
def test_the_certificate_is_one_a4_landscape_page(world, count):  # noqa: F811
    data = certificates.render_pdf(certificate_with(world, count))

    assert data.startswith(b"%PDF-")
    assert page_count(data) == 1
    boxes = re.findall(
        rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", b"".join(pdf_objects(data))
    )
    width, height = (float(n) for n in boxes[0])
    assert (round(width), round(height)) == (842, 595)  # A4 landscape in points


def test_the_counter_counts_pages():
    from weasyprint import HTML

    two = HTML(string='<p>1</p><p style="break-before: page">2</p>').write_pdf()

    assert page_count(two) == 2


def test_issuer_signature_link_and_qr_code_are_on_it(
    world,  # noqa: F811
    settings,
    caplog,
):
    settings.SITE_URL = "https://mokymai.example.lt"
    CertificateSettings.objects.update_or_create(
        pk=CertificateSettings.load().pk,
        defaults={
            "issuer_name": "Lietuvos savivaldybių asociacija",
            "signatory_name": "Rūta Rūtaitė",
            "signatory_role": "Programos vadovė",
        },
    )
    certificate = certificate_with(world, 14)
    url = certificates.verification_url(certificate)

    html = certificates.render_to_string(
        "learning/certificate_pdf.html",
        {
            "certificate": certificate,
            "columns": certificates.competency_columns(certificate.competencies),
            "verification_url": url,
            "qr_code": "data:x",
            "issuer": CertificateSettings.load(),
            "issuer_name": "Lietuvos savivaldybių asociacija",
            "site_name": "Platforma",
        },
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        data = certificates.render_pdf(certificate)
    everything = b"".join(pdf_objects(data))

    assert url.startswith("https://mokymai.example.lt/")
    assert f'<a href="{url}">{url}</a>' in html
    assert "Rūta Rūtaitė" in html and "Programos vadovė" in html
    assert '<img src="data:image/svg+xml;base64,' in certificates.render_to_string(
        "learning/certificate_pdf.html",
        {"certificate": certificate, "qr_code": "data:image/svg+xml;base64,AA"},
    )
    assert html.count("<table>") == 2  # fourteen competencies: two columns
    assert b"/URI" in everything and url.encode() in everything  # a live link
    assert not [r for r in caplog.records if "Failed to load" in r.getMessage()]


def test_the_qr_code_is_an_svg_of_the_address():
    svg = certificates.qr_code_svg("https://mokymai.example.lt/lt/certificates/X/")

    assert svg.lstrip().startswith("<?xml") or "<svg" in svg[:200]
    assert "<path" in svg
