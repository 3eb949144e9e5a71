"""The CASE 1.1 REST endpoints, mounted at /ims/case/v1p1/ outside the language prefixes.

Identifiers are matched as paths: an imported identifier may be any string.
"""

from django.urls import path

from . import case_api

OBJECT_ENDPOINTS = [
    "CFItems",
    "CFAssociations",
    "CFRubrics",
    "CFRubricCriteria",
    "CFRubricCriterionLevels",
    "CFItemTypes",
    "CFConcepts",
    "CFSubjects",
    "CFLicenses",
    "CFAssociationGroupings",
]

urlpatterns = [
    path("CFDocuments", case_api.documents, name="case_documents"),
    path("CFDocuments/<path:identifier>", case_api.document, name="case_document"),
    path("CFPackages/<path:identifier>", case_api.package, name="case_package"),
    path(
        "CFItemAssociations/<path:identifier>",
        case_api.item_associations,
        name="case_item_associations",
    ),
    *(
        path(
            f"{endpoint}/<path:identifier>",
            case_api.object_view(endpoint),
            name=f"case_{endpoint}",
        )
        for endpoint in OBJECT_ENDPOINTS
    ),
    path("<path:rest>", case_api.unknown_endpoint, name="case_unknown"),
]
