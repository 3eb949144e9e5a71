import json
import uuid
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

import pytest
from jsonschema import Draft7Validator

from courses.exchange.case import case_document_uri, case_item_uri, export_case
from courses.models import Competency

from .factories import make_framework

pytestmark = pytest.mark.django_db

BASE = f"{settings.IDENTIFIER_BASE_URL}/ims/case/v1p1/"


def test_each_language_version_has_identifiers_of_its_own():
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()

    item_uri = case_item_uri(competency)
    document_uri = case_document_uri(framework)

    assert item_uri.startswith(BASE + "CFItems/")
    assert document_uri.startswith(BASE + "CFDocuments/")
    expected = uuid.uuid5(competency.translation_key, "lt")
    assert item_uri == f"{BASE}CFItems/{expected}"
    assert case_item_uri(competency) == item_uri  # stable


def test_an_imported_identifier_is_kept_in_its_own_language_only():
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()
    competency.case_identifier, competency.case_language = "SC:2/1", "lt"
    competency.save()

    assert case_item_uri(competency) == f"{BASE}CFItems/SC%3A2%2F1"
    competency.case_language = "en"
    assert "SC" not in case_item_uri(competency)


SCHEMA_DIR = Path(__file__).parent / "case_schema"


def schema_errors(package, definition=None):
    schema = json.loads((SCHEMA_DIR / "cfpackage.schema.json").read_text())
    if definition:
        schema = {**schema, "$ref": f"#/definitions/{definition}"}
    validator = Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(package)
    ]


@pytest.fixture
def demo_framework():
    from courses.demo import DEMO_LANGUAGES, seed_framework

    for language in DEMO_LANGUAGES:
        Locale.objects.get_or_create(language_code=language)
    return seed_framework()


def test_the_demo_framework_validates_in_every_language(demo_framework):
    translations = list(demo_framework.get_translations(inclusive=True))
    assert len(translations) >= 2

    packages = [
        export_case(f, creator="https://mokymai.example.lt") for f in translations
    ]

    for package in packages:
        assert schema_errors(package) == []
    identifiers = [p["CFDocument"]["identifier"] for p in packages]
    assert len(set(identifiers)) == len(identifiers)
    item_ids = [{i["identifier"] for i in p["CFItems"]} for p in packages]
    assert not item_ids[0] & item_ids[1]


def test_the_schema_refuses_the_old_export_defects():
    package = export_case(make_framework(), creator="x")
    document = package["CFDocument"]
    broken = json.loads(json.dumps(package))
    broken["CFDocument"]["CFPackageURI"] = {
        "title": "x",
        "identifier": document["identifier"],
        "uri": document["uri"],
    }
    broken["CFDocument"]["humanCodingScheme"] = "SC"
    broken["CFItems"][0]["CFDocumentURI"] = broken["CFDocument"]["CFPackageURI"]
    broken["CFItems"][1]["uri"] = f"urn:uuid:{uuid.uuid4()}x y"
    broken["CFAssociations"][0]["associationType"] = "isTheParentOf"

    problems = schema_errors(broken)

    assert len(problems) == 4
    assert any("CFPackageURI" in p and "humanCodingScheme" in p for p in problems)
    assert any("CFDocumentURI" in p for p in problems)
    assert any("associationType" in p or "isTheParentOf" in p for p in problems)


def test_every_uri_is_under_the_identifier_base_and_each_object_has_its_own_time():
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()
    Competency.objects.filter(pk=competency.pk).update(
        updated_at="2020-01-02T03:04:05Z"
    )

    package = export_case(framework, creator="x")

    for value in json.dumps(package).split('"uri": "')[1:]:
        assert value.startswith(BASE)
    item = next(
        i
        for i in package["CFItems"]
        if i["identifier"].endswith(
            str(uuid.uuid5(competency.translation_key, "lt"))[-12:]
        )
    )
    assert item["lastChangeDateTime"] == "2020-01-02T03:04:05Z"
    assert package["CFDocument"]["lastChangeDateTime"] != item["lastChangeDateTime"]


def test_each_competency_has_each_level_of_the_scale_as_a_skill_level(demo_framework):
    package = export_case(demo_framework, creator="x")
    concepts = {c["identifier"]: c for c in package["CFDefinitions"]["CFConcepts"]}
    competencies = [i for i in package["CFItems"] if i["CFItemType"] == "Competency"]
    skill_levels = [
        a for a in package["CFAssociations"] if a["associationType"] == "hasSkillLevel"
    ]

    assert len(concepts) == demo_framework.levels.count() >= 4
    assert len(skill_levels) == len(competencies) * len(concepts)
    for association in skill_levels:
        concept = concepts[association["destinationNodeURI"]["identifier"]]
        assert association["destinationNodeURI"]["uri"] == concept["uri"]
        assert association["sequenceNumber"] == int(concept["hierarchyCode"])
        assert association["destinationNodeURI"]["title"] == concept["title"]
    by_competency = {}
    for association in skill_levels:
        origin = association["originNodeURI"]["identifier"]
        by_competency.setdefault(origin, set()).add(association["sequenceNumber"])
    assert set(by_competency) == {c["identifier"] for c in competencies}
    assert all(levels == {1, 2, 3, 4, 5} & levels for levels in by_competency.values())
    assert len({a["identifier"] for a in skill_levels}) == len(skill_levels)


def test_language_versions_are_linked_as_translations_both_ways(demo_framework):
    lithuanian = export_case(demo_framework, creator="x")
    english = export_case(
        demo_framework.get_translation(Locale.objects.get(language_code="en")),
        creator="x",
    )

    def translation_links(package):
        return {
            (a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"])
            for a in package["CFAssociations"]
            if a["associationType"] == "isTranslationOf"
        }

    there, back = translation_links(lithuanian), translation_links(english)
    assert (
        lithuanian["CFDocument"]["identifier"],
        english["CFDocument"]["identifier"],
    ) in there
    assert {
        (b, a)
        for a, b in there
        if b
        in {i["identifier"] for i in english["CFItems"]}
        | {english["CFDocument"]["identifier"]}
    } <= back
    assert not any(
        a["associationType"] == "exactMatchOf" for a in lithuanian["CFAssociations"]
    )
