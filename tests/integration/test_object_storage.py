"""STORAGE_BACKEND=s3 against a local S3 server (moto's, started here): uploads,
certificates, exports and images go through the buckets, and private files come back
only through the platform."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model

import boto3
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image

from courses.models import ProgrammeTrainer
from learning import certificates, services
from learning.models import Certificate, Submission
from notifications.sink import free_port
from privacy import services as privacy
from privacy.models import DataExport

from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

MEDIA, PRIVATE = "lms-media", "lms-private"
KEYS = {"access_key": "testing", "secret_key": "testing"}


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def buckets(s3_server, settings):
    """Fresh buckets, and the platform's STORAGES as STORAGE_BACKEND=s3 makes them."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    for name in (MEDIA, PRIVATE):
        client.create_bucket(Bucket=name)
    common = {
        **KEYS,
        "endpoint_url": s3_server,
        "region_name": "us-east-1",
        "addressing_style": "path",
        "signature_version": "s3v4",
        "default_acl": None,
        "file_overwrite": False,
        "max_memory_size": 5 * 1024 * 1024,
    }
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "lms.storage_s3.MediaS3Storage",
            "OPTIONS": {**common, "bucket_name": MEDIA, "querystring_auth": False},
        },
        "private": {
            "BACKEND": "lms.storage_s3.PrivateS3Storage",
            "OPTIONS": {**common, "bucket_name": PRIVATE},
        },
    }

    def keys(bucket: str) -> list[str]:
        listing = client.list_objects_v2(Bucket=bucket)
        return [item["Key"] for item in listing.get("Contents", [])]

    def read(bucket: str, key: str) -> bytes:
        return client.get_object(Bucket=bucket, Key=key)["Body"].read()

    yield type("Buckets", (), {"keys": staticmethod(keys), "read": staticmethod(read)})
    for name in (MEDIA, PRIVATE):
        for key in keys(name):
            client.delete_object(Bucket=name, Key=key)
        client.delete_bucket(Bucket=name)


@pytest.fixture
def module(site_content, trainer):
    programme = programme_under(catalogue_under(site_content))
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    module = module_under(programme, lessons=0, quiz=False)
    module.assignment_brief = "<p>Aprašykite partnerystę.</p>"
    return publish(module)


@pytest.fixture
def enrolment(learner, module):
    return services.enrol_learner(
        learner=learner, programme=module.get_parent().specific
    )


def test_an_assignment_goes_to_the_private_bucket_and_back_to_its_trainer(
    buckets, client, learner, trainer, outsider, enrolment, module
):
    content = b"%PDF-1.4\n" + b"partnerystes ataskaita " * 400
    client.force_login(learner)

    client.post(
        reverse("learning:submit_assignment", args=[module.pk]),
        {
            "text": "Bendradarbiaujame.",
            "file": SimpleUploadedFile("ataskaita.pdf", content, "application/pdf"),
        },
    )

    submission = Submission.objects.get()
    assert buckets.keys(PRIVATE) == [submission.file.name]
    assert buckets.read(PRIVATE, submission.file.name) == content
    assert buckets.keys(MEDIA) == []
    with pytest.raises(ValueError):
        submission.file.url  # noqa: B018 - no address, signed or not
    url = reverse("learning:submission_file", args=[submission.pk])
    client.force_login(trainer)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    client.force_login(outsider)
    assert client.get(url).status_code == 404


def test_a_certificate_pdf_is_stored_in_the_private_bucket_and_downloaded(
    buckets, client, learner, enrolment
):
    certificate = Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona Onaitė",
        programme_key=enrolment.programme_key,
        programme_title="Programa",
        language="lt",
        completed_on=timezone.localdate(),
    )

    certificates.generate_pdf(certificate_id=certificate.pk)

    certificate.refresh_from_db()
    assert buckets.keys(PRIVATE) == [certificate.pdf.name]
    stored = buckets.read(PRIVATE, certificate.pdf.name)
    assert stored.startswith(b"%PDF")
    client.force_login(learner)
    response = client.get(reverse("learning:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored


def test_a_data_export_is_built_into_the_private_bucket_and_downloaded(
    buckets, client, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        export = privacy.request_export(user=learner)

    privacy.build_export(export_id=export.pk)

    export.refresh_from_db()
    assert export.status == DataExport.Status.READY
    assert buckets.keys(PRIVATE) == [export.file.name]
    client.force_login(learner)
    response = client.get(reverse("privacy:download_export", args=[export.pk]))
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist()

    privacy.delete_expired_exports(now=export.expires_at + timezone.timedelta(days=1))
    assert buckets.keys(PRIVATE) == []


def test_images_and_renditions_go_to_the_media_bucket_and_are_served(buckets, client):
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(picture, "PNG")
    image = get_image_model().objects.create(
        title="Partnerystė",
        file=SimpleUploadedFile("partneryste.png", picture.getvalue(), "image/png"),
    )

    rendition = image.get_rendition("fill-32x32")

    stored = set(buckets.keys(MEDIA))
    assert {image.file.name, rendition.file.name} <= stored
    assert buckets.keys(PRIVATE) == []
    assert rendition.url.startswith("/media/images/")
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == buckets.read(
        MEDIA, rendition.file.name
    )


def test_a_document_goes_to_the_media_bucket_and_is_streamed_by_wagtails_view(
    buckets, client
):
    from wagtail.documents import get_document_model

    content = b"%PDF-1.4\n" + b"gaires " * 300
    document = get_document_model().objects.create(
        title="Gairės",
        file=SimpleUploadedFile("gaires.pdf", content, "application/pdf"),
    )

    assert buckets.keys(MEDIA) == [document.file.name]
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
