import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Locale

import pytest
from jsonschema import Draft7Validator

from courses.exchange.case import export_case
from courses.frameworks import publish_framework, retire_framework
from courses.models import Competency

from .factories import make_framework

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (Path(__file__).parent / "case_schema" / "endpoints.schema.json").read_text()
)


def errors(instance, definition):
    validator = Draft7Validator(
        {**SCHEMA, "$ref": f"#/definitions/{definition}"},
        format_checker=Draft7Validator.FORMAT_CHECKER,
    )
    return [error.message for error in validator.iter_errors(instance)]


@pytest.fixture
def demo_framework():
    from courses.demo import DEMO_LANGUAGES, seed_framework

    for language in DEMO_LANGUAGES:
        Locale.objects.get_or_create(language_code=language)
    return seed_framework()


def uris(value, found=None):
    """Every (uri, identifier) of an object or link in a package."""
    found = [] if found is None else found
    if isinstance(value, dict):
        if "uri" in value and "identifier" in value:
            found.append((value["uri"], str(value["identifier"])))
        for child in value.values():
            uris(child, found)
    elif isinstance(value, list):
        for child in value:
            uris(child, found)
    return found


def get(client, uri):
    assert uri.startswith(settings.IDENTIFIER_BASE_URL + "/ims/case/v1p1/")
    return client.get(urlsplit(uri).path)


def test_every_uri_in_every_language_resolves_to_its_own_json(client, demo_framework):
    for framework in demo_framework.get_translations(inclusive=True):
        package = export_case(framework, creator=settings.SITE_URL)
        links = set(uris(package))
        assert len(links) > 40
        for uri, identifier in links:
            response = get(client, uri)
            assert response.status_code == 200, uri
            assert response["Content-Type"] == "application/json"
            (name, body), *_rest = response.json().items()
            assert body["identifier"] == identifier, uri
            assert errors(body, name) == [] if name in SCHEMA["definitions"] else True


def test_each_endpoint_answers_what_the_package_holds(client, demo_framework):
    package = export_case(demo_framework, creator=settings.SITE_URL)
    document = package["CFDocument"]
    item = package["CFItems"][3]
    association = package["CFAssociations"][0]

    served_package = get(client, document["uri"].replace("CFDocuments", "CFPackages"))
    served_document = get(client, document["uri"]).json()["CFDocument"]
    served_item = get(client, item["uri"]).json()["CFItem"]
    served_association = get(client, association["uri"]).json()["CFAssociation"]

    assert served_package.json()["CFPackage"] == package
    assert errors(served_package.json()["CFPackage"], "CFPackage") == []
    assert served_document["CFPackageURI"]["uri"].endswith(
        f"/CFPackages/{document['identifier']}"
    )
    assert errors(served_document, "CFDocument") == []
    assert {k: v for k, v in served_item.items() if k != "CFDocumentURI"} == item
    assert served_item["CFDocumentURI"]["identifier"] == document["identifier"]
    assert errors(served_item, "CFItem") == []
    assert errors(served_association, "CFAssociation") == []
    listing = client.get("/ims/case/v1p1/CFDocuments").json()["CFDocuments"]
    assert document["identifier"] in {d["identifier"] for d in listing}
    assert all(errors(d, "CFDocument") == [] for d in listing)


def test_a_draft_is_never_served(client):
    draft = make_framework(code="DR")
    package = export_case(draft, creator="x")

    listing = client.get("/ims/case/v1p1/CFDocuments").json()["CFDocuments"]
    document = get(client, package["CFDocument"]["uri"])
    item = get(client, package["CFItems"][0]["uri"])

    assert package["CFDocument"]["identifier"] not in {d["identifier"] for d in listing}
    assert document.status_code == item.status_code == 404
    publish_framework(framework=draft)
    assert get(client, package["CFItems"][0]["uri"]).status_code == 200


def test_unknown_identifiers_get_a_status_info_404(client):
    response = client.get("/ims/case/v1p1/CFItems/no-such-item")
    wrong_endpoint = client.get("/ims/case/v1p1/CFWhatever/1")

    assert response.status_code == 404
    body = response.json()
    assert body["imsx_codeMajor"] == "failure"
    assert body["imsx_severity"] == "error"
    field = body["imsx_codeMinor"]["imsx_codeMinorField"][0]
    assert field["imsx_codeMinorFieldValue"] == "unknownobject"
    assert wrong_endpoint.status_code == 404
    assert "imsx_codeMajor" in wrong_endpoint.json()


def test_the_service_is_read_only(client, demo_framework):
    response = client.post("/ims/case/v1p1/CFDocuments")

    assert response.status_code == 405
    assert response.json()["imsx_codeMajor"] == "failure"


@pytest.mark.parametrize("size", [(2, 2), (6, 5)])
def test_query_counts_do_not_grow_with_the_framework(
    client, django_assert_max_num_queries, size
):
    areas, per_area = size
    framework = make_framework(status="published", areas=areas, per_area=per_area)
    package = export_case(framework, creator="x")

    # Ten for the packages, whatever their size; the rest is the site's middleware.
    with django_assert_max_num_queries(15):
        response = get(
            client, package["CFDocument"]["uri"].replace("CFDocuments", "CFPackages")
        )
    with django_assert_max_num_queries(15):
        item = get(client, package["CFItems"][-1]["uri"])

    assert response.status_code == item.status_code == 200
    assert len(response.json()["CFPackage"]["CFItems"]) == areas * (per_area + 1)


def test_a_walk_through_the_uris_is_served_from_the_cache_and_changes_show_at_once(
    client, django_assert_max_num_queries
):
    framework = make_framework(status="published", areas=3, per_area=4)
    package = export_case(framework, creator="x")
    item = package["CFItems"][-1]
    get(client, item["uri"])  # builds the index once

    # One query for the fingerprint; the rest is the site's middleware.
    with django_assert_max_num_queries(5):
        cached = get(client, package["CFAssociations"][-1]["uri"])
    assert cached.status_code == 200

    competency = Competency.objects.get(
        area__framework=framework, code=item["humanCodingScheme"]
    )
    competency.title = "A renamed competency"
    competency.save()
    assert get(client, item["uri"]).json()["CFItem"]["fullStatement"] == (
        "A renamed competency"
    )
    competency.delete()
    assert get(client, item["uri"]).status_code == 404

    retire_framework(framework=framework)
    document = get(client, package["CFDocument"]["uri"]).json()["CFDocument"]
    assert document["adoptionStatus"] == "Deprecated"
    association = get(client, package["CFAssociations"][0]["uri"]).json()
    assert (
        association["CFAssociation"]["CFDocumentURI"]["identifier"]
        == (document["identifier"])
    )
