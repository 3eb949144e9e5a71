"""Where files live: the local file system (the embedded default) or S3-compatible
object storage (STORAGE_BACKEND=s3), shared by every web and worker machine.

Two storages: `default` for Wagtail's images, renditions and documents, and `private`
for learners' work, certificates and data exports. Private files never have a URL: the
platform streams them after its access check.
"""

import mimetypes
import posixpath

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.http import FileResponse, Http404
from django.utils.functional import LazyObject, empty
from django.views.decorators.http import require_GET

# What /media/ serves from the default storage: Wagtail's images and renditions.
# Documents have their own view (Wagtail's, which checks a collection's privacy).
PUBLIC_MEDIA_FOLDERS = ("original_images/", "images/")


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages["private"]


# FileFields keep the storage they were given when the models load; this one follows
# STORAGES when tests change it.
private = _PrivateStorage()


def _forget_storages(*, setting, **kwargs):
    if setting == "STORAGES":
        private._wrapped = empty


setting_changed.connect(_forget_storages, dispatch_uid="lms.storage.private")


@require_GET
def media(request, name: str):
    """Stream an image or rendition from the default storage (local or bucket)."""
    name = posixpath.normpath(name)
    if name.startswith(("/", "..")) or not name.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404
    storage = storages["default"]
    try:
        handle = storage.open(name, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    content_type, _ = mimetypes.guess_type(name)
    if not (content_type or "").startswith("image/"):
        handle.close()
        raise Http404
    response = FileResponse(handle, content_type=content_type)
    # Wagtail gives a changed image a new file name, so a name's bytes never change.
    response["Cache-Control"] = "public, max-age=86400"
    response["Content-Security-Policy"] = "sandbox"
    return response
