"""The Wagtail admin's document form, refusing files whose bytes lie about their type.

Set as WAGTAILDOCS_DOCUMENT_FORM_BASE, so single and multiple uploads both use it.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm

from lms.uploads import content_matches


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            extension = Path(upload.name).suffix.lower().lstrip(".")
            if not content_matches(upload, extension):
                raise ValidationError(
                    _(
                        "This file is not really a .%(extension)s file: its content "
                        "is of another kind. Save it again in that format and upload "
                        "it again."
                    )
                    % {"extension": extension}
                )
        return upload
