"""Storage settings, and the /media/ view that serves images from either storage."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import storages

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def png() -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(picture, "PNG")
    return picture.getvalue()


@pytest.fixture
def stored():
    default = storages["default"]
    names = {
        "image": default.save("images/kelias.png", ContentFile(png())),
        "document": default.save("documents/planas.png", ContentFile(png())),
        "text": default.save("images/notes.html", ContentFile(b"<script>")),
    }
    yield names
    for name in names.values():
        default.delete(name)


def test_an_image_is_served_from_the_default_storage(client, stored):
    response = client.get(f"/media/{stored['image']}")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png()
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "documents/planas.png",  # Wagtail's view checks a document's collection
        "images/notes.html",  # only images
        "images/missing.png",
        "images/../documents/planas.png",
        "../private/x.png",
    ],
)
def test_anything_else_is_not_found(client, stored, path):
    assert client.get(f"/media/{path}").status_code == 404


def settings_with(**environment) -> subprocess.CompletedProcess:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND']); "
        "print(settings.STORAGES['private']['BACKEND']); "
        "print(settings.STORAGES['private'].get('OPTIONS', {}).get('bucket_name'))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_file_system_is_the_default():
    result = settings_with()

    assert result.stdout.split() == [
        "django.core.files.storage.FileSystemStorage",
        "django.core.files.storage.FileSystemStorage",
        "None",
    ]


def test_storage_backend_s3_puts_media_and_private_files_in_two_buckets():
    result = settings_with(
        STORAGE_BACKEND="s3", AWS_PRIVATE_STORAGE_BUCKET_NAME="lms-private-files"
    )

    assert result.stdout.split() == [
        "lms.storage_s3.MediaS3Storage",
        "lms.storage_s3.PrivateS3Storage",
        "lms-private-files",
    ]


def test_an_unknown_storage_backend_stops_start_up():
    result = settings_with(STORAGE_BACKEND="ftp")

    assert result.returncode != 0
    assert "STORAGE_BACKEND must be local or s3." in result.stderr


def test_production_refuses_private_files_in_the_media_bucket():
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DJANGO_SECRET_KEY": "k" * 30 + "abcdefghijklmnopqrstuvwxyz",
            "DATABASE_URL": "postgres://lms@127.0.0.1:5432/lms",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "DJANGO_ALLOWED_HOSTS": "example.org",
            "SITE_URL": "https://example.org",
            "STORAGE_BACKEND": "s3",
            "AWS_STORAGE_BUCKET_NAME": "one",
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": "one",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "private files need a bucket of their own" in result.stderr
