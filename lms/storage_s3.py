"""The S3-compatible storages named in STORAGES when STORAGE_BACKEND=s3 (lms/storage.py)."""

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """The private bucket. No file in it has a URL, signed or not."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("This file is not accessible via a URL.")


class MediaS3Storage(S3Storage):
    """The media bucket. Without a public domain in front of it (AWS_S3_CUSTOM_DOMAIN),
    files are served by the platform under MEDIA_URL, so that the bucket need not be
    public and pages need no other origin."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        if self.custom_domain:
            return super().url(name, parameters, expire, http_method)
        return settings.MEDIA_URL + filepath_to_uri(name.lstrip("/"))
