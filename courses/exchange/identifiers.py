"""CASE identifiers and URIs: one place that says what every exported object is called.

An object imported from a CASE package keeps the identifier it came with, in the
language it came in. Every other object's identifier is derived from its translation
key and its language, so each language version of a framework is a document of its
own, with identifiers of its own, that stay the same from one export to the next.
URIs are the CASE REST endpoints under settings.IDENTIFIER_BASE_URL (never the
request's host), so they resolve and do not change when the site moves behind a proxy.
"""

import uuid
from urllib.parse import quote

from django.conf import settings

from ..models.competencies import CaseIdentified

CASE_PATH = "/ims/case/v1p1/"
# Names derived identifiers of objects that have no translation key of their own
# (rubrics, criteria, associations, item types). Never change it: identifiers would.
NAMESPACE = uuid.UUID("6d1f4b2e-9c43-5f0a-8e61-3b7a2c9d4e10")


def case_identifier(obj: CaseIdentified, language: str | None = None) -> str:
    """The identifier `obj` has in the CASE package of its language."""
    language = language or obj.locale.language_code  # type: ignore[attr-defined]
    if obj.case_identifier and obj.case_language == language:
        return obj.case_identifier
    return str(uuid.uuid5(obj.translation_key, language))  # type: ignore[attr-defined]


def derived_identifier(*parts: str) -> str:
    """A stable UUID for an object named by the identifiers it hangs on."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def case_uri(endpoint: str, identifier: str) -> str:
    """The absolute URL of an object at its CASE REST endpoint, e.g. CFItems."""
    return (
        f"{settings.IDENTIFIER_BASE_URL}{CASE_PATH}{endpoint}/"
        f"{quote(identifier, safe='')}"
    )
