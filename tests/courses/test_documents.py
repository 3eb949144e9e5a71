"""Documents uploaded in the Wagtail admin (methodical toolkits) are checked by their
bytes, as assignments are."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model

import pytest

pytestmark = pytest.mark.django_db

EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def upload(client, name: str, content: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_trainer_uploads_a_real_pdf(client, trainer, site_content):
    client.force_login(trainer)

    response = upload(client, "toolkit.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")

    assert response.status_code == 302
    assert get_document_model().objects.filter(title="toolkit.pdf").exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("toolkit.pdf", EXECUTABLE),
        ("toolkit.docx", b"PK\x03\x04 not really an office file"),
        ("notes.txt", EXECUTABLE),
    ],
)
def test_a_file_whose_bytes_lie_is_refused_with_a_clear_message(
    client, trainer, site_content, name, content
):
    client.force_login(trainer)

    response = upload(client, name, content)

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()
