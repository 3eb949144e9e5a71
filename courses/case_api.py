"""The CASE 1.1 REST endpoints, read-only and public, for published and retired frameworks.

Each object is served exactly as the package export writes it (courses.exchange.case),
so every `uri` in a package resolves to the JSON of its own object. Drafts are never
served: their identifiers answer 404 like unknown ones. When several versions of a
document share identifiers (a newer version imported over an older one), the newest
version answers. Errors use CASE's imsx_StatusInfo shape.

The index of every public object is built once and kept in the cache under a
fingerprint of the competency tables (row counts and latest change), so a client that
walks a framework's URIs does not make each request export every framework again.
Spec: https://www.imsglobal.org/spec/case/v1p1/
"""

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _

from .exchange.case import DEFINITION_ENDPOINTS, PUBLIC_STATUSES, export_packages
from .exchange.identifiers import case_identifier, case_uri
from .models import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
    ProficiencyLevel,
)

JSON_OPTIONS = {"ensure_ascii": False}

# The singular name of the object each endpoint returns, as the REST binding wraps it.
SINGULAR = {
    "CFItemTypes": "CFItemType",
    "CFConcepts": "CFConcept",
    "CFSubjects": "CFSubject",
    "CFLicenses": "CFLicense",
    "CFAssociationGroupings": "CFAssociationGrouping",
}


def status_info(
    status: int, description: str, minor: str = "unknownobject"
) -> JsonResponse:
    return JsonResponse(
        {
            "imsx_codeMajor": "failure",
            "imsx_severity": "error",
            "imsx_description": description,
            "imsx_codeMinor": {
                "imsx_codeMinorField": [
                    {
                        "imsx_codeMinorFieldName": "sourcedId",
                        "imsx_codeMinorFieldValue": minor,
                    }
                ]
            },
        },
        status=status,
        json_dumps_params=JSON_OPTIONS,
    )


def _read_only(view: Callable[..., JsonResponse]) -> Callable[..., JsonResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
        if request.method not in ("GET", "HEAD"):
            response = status_info(
                405, _("The CASE service is read-only."), "invalid_selection_field"
            )
            response["Allow"] = "GET, HEAD"
            return response
        return view(request, *args, **kwargs)

    return wrapper


def _ok(payload: dict[str, Any]) -> JsonResponse:
    return JsonResponse(payload, json_dumps_params=JSON_OPTIONS)


def _not_found(request: HttpRequest, response: JsonResponse) -> JsonResponse:
    # LocaleMiddleware turns a 404 outside the language prefixes into a redirect to
    # /<language>/... when that path resolves, and Wagtail's catch-all resolves every
    # path. Answering from this module's own URLconf keeps the 404 a 404.
    request.urlconf = "courses.case_urls"
    return response


def _unknown(request: HttpRequest, identifier: str) -> JsonResponse:
    return _not_found(
        request,
        status_info(
            404, _("Unknown object: %(identifier)s.") % {"identifier": identifier}
        ),
    )


def _public() -> Any:
    return CompetencyFramework.objects.filter(status__in=PUBLIC_STATUSES).order_by("pk")


def _packages(queryset: Any = None) -> list[tuple[CompetencyFramework, dict]]:
    return export_packages(
        _public() if queryset is None else queryset,
        creator=settings.SITE_URL,
        public_only=True,
    )


def _document(package: dict) -> dict[str, Any]:
    document = dict(package["CFDocument"])
    document["CFPackageURI"] = {
        "title": document["title"],
        "identifier": document["identifier"],
        "uri": case_uri("CFPackages", document["identifier"]),
    }
    return document


def _document_link(package: dict) -> dict[str, str]:
    document = package["CFDocument"]
    return {
        "title": document["title"],
        "identifier": document["identifier"],
        "uri": document["uri"],
    }


def _framework_package(identifier: str) -> dict | None:
    """The package whose document has `identifier`, loading only that framework."""
    frameworks = list(_public().select_related("locale"))
    matching = [f.pk for f in frameworks if case_identifier(f) == identifier]
    if not matching:
        return None
    return _packages(CompetencyFramework.objects.filter(pk=matching[-1]))[0][1]


INDEX_SECONDS = 60 * 60


def _fingerprint() -> str:
    """What the index depends on, in one query: each table's rows and latest change.

    Every save through the ORM or the admin moves a table's latest `updated_at` (the
    framework services set it when they change a status in bulk), and every delete its
    count; case records are only ever added or deleted.
    """
    tables = [
        model._meta.db_table
        for model in (CompetencyFramework, ProficiencyLevel, CompetencyArea)
        + (Competency, CompetencyLevel)
    ]
    # Only the models' own table names go into the statement.
    parts = [
        f"(SELECT COUNT(*) FROM {table}), (SELECT MAX(updated_at) FROM {table})"  # noqa: S608
        for table in tables
    ]
    records = CaseRecord._meta.db_table
    parts.append(f"(SELECT COUNT(*) FROM {records}), (SELECT MAX(id) FROM {records})")  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return "|".join(str(value) for value in row)


def _index() -> dict[tuple[str, str], dict[str, Any]]:
    """Every public object by (endpoint, identifier), from the cache when unchanged."""
    state = f"{settings.IDENTIFIER_BASE_URL}|{_fingerprint()}"
    key = "case-index:" + hashlib.sha256(state.encode()).hexdigest()
    index = cache.get(key)
    if index is None:
        index = _build_index()
        cache.set(key, index, INDEX_SECONDS)
    return index


def _build_index() -> dict[tuple[str, str], dict[str, Any]]:
    """Every public object by (endpoint, identifier); newer versions win."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for _framework, package in _packages():
        document_link = _document_link(package)
        for item in package["CFItems"]:
            index["CFItems", str(item["identifier"])] = {
                "CFItem": {**item, "CFDocumentURI": document_link},
                "package": package,
            }
        for association in package["CFAssociations"]:
            index["CFAssociations", str(association["identifier"])] = {
                "CFAssociation": {**association, "CFDocumentURI": document_link}
            }
        for rubric in package.get("CFRubrics", []):
            index["CFRubrics", str(rubric["identifier"])] = {"CFRubric": rubric}
            for criterion in rubric.get("CFRubricCriteria", []):
                index["CFRubricCriteria", str(criterion["identifier"])] = {
                    "CFRubricCriterion": criterion
                }
                for level in criterion.get("CFRubricCriterionLevels", []):
                    index["CFRubricCriterionLevels", str(level["identifier"])] = {
                        "CFRubricCriterionLevel": level
                    }
        for name in DEFINITION_ENDPOINTS:
            for definition in package.get("CFDefinitions", {}).get(name, []):
                index[name, str(definition["identifier"])] = {
                    SINGULAR[name]: definition
                }
    return index


@_read_only
def documents(request: HttpRequest) -> JsonResponse:
    return _ok({"CFDocuments": [_document(package) for _f, package in _packages()]})


@_read_only
def document(request: HttpRequest, identifier: str) -> JsonResponse:
    package = _framework_package(identifier)
    if package is None:
        return _unknown(request, identifier)
    return _ok({"CFDocument": _document(package)})


@_read_only
def package(request: HttpRequest, identifier: str) -> JsonResponse:
    found = _framework_package(identifier)
    if found is None:
        return _unknown(request, identifier)
    return _ok({"CFPackage": found})


def object_view(endpoint: str) -> Callable[..., JsonResponse]:
    """A view answering one kind of object by its identifier."""

    @_read_only
    def view(request: HttpRequest, identifier: str) -> JsonResponse:
        found = _index().get((endpoint, identifier))
        if found is None:
            return _unknown(request, identifier)
        return _ok({k: v for k, v in found.items() if k != "package"})

    view.__name__ = f"case_{endpoint}"
    return view


@_read_only
def item_associations(request: HttpRequest, identifier: str) -> JsonResponse:
    """An item with every association it takes part in (CFItemAssociations)."""
    found = _index().get(("CFItems", identifier))
    if found is None:
        return _unknown(request, identifier)
    package = found["package"]
    document_link = _document_link(package)
    return _ok(
        {
            "CFItem": found["CFItem"],
            "CFAssociations": [
                {**association, "CFDocumentURI": document_link}
                for association in package["CFAssociations"]
                if identifier
                in (
                    str(association["originNodeURI"]["identifier"]),
                    str(association["destinationNodeURI"]["identifier"]),
                )
            ],
        }
    )


def unknown_endpoint(request: HttpRequest, rest: str) -> JsonResponse:
    return _not_found(
        request,
        status_info(404, _("No such CASE endpoint."), "invalid_selection_field"),
    )
