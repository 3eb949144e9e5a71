"""A new version of an imported framework exports everything its import kept."""

import copy

import pytest

from courses.exchange.case import export_case, import_case
from courses.frameworks import copy_framework_as_new_version
from courses.models import CaseRecord

from .test_case_export import schema_errors
from .test_case_import import (
    inner,
    load,
    rubric_counts,
    with_criteria_on_an_area_and_a_skipped_item,
)

pytestmark = pytest.mark.django_db


def identifiers(package):
    """Every identifier an object of the package has (not the ones it refers to)."""
    found = {package["CFDocument"]["identifier"]}
    found |= {i["identifier"] for i in package["CFItems"]}
    found |= {a["identifier"] for a in package["CFAssociations"]}
    for rubric in package.get("CFRubrics", []):
        found.add(rubric["identifier"])
        for criterion in rubric["CFRubricCriteria"]:
            found.add(criterion["identifier"])
            found |= {
                level["identifier"] for level in criterion["CFRubricCriterionLevels"]
            }
    return found


def shape(package):
    """The package's links, each end named by its item's statement, not identifier."""
    statements = {i["identifier"]: i["fullStatement"] for i in package["CFItems"]}
    statements[package["CFDocument"]["identifier"]] = "(document)"

    def name(node):
        return statements.get(node["identifier"], node["identifier"])

    return sorted(
        (
            a["associationType"],
            name(a["originNodeURI"]),
            name(a["destinationNodeURI"]),
        )
        for a in package["CFAssociations"]
    )


def test_a_new_version_of_the_opensalt_import_exports_the_same_package():
    package = load("opensalt_grade3_math")
    original = import_case(copy.deepcopy(package))
    kept = CaseRecord.objects.filter(framework=original).count()

    version = copy_framework_as_new_version(framework=original, version="2.0")

    assert CaseRecord.objects.filter(framework=version).count() == kept > 0
    before = export_case(original, creator="x")
    after = export_case(version, creator="x")
    assert len(after["CFItems"]) == len(before["CFItems"]) == len(package["CFItems"])
    assert (
        len(after["CFAssociations"])
        == len(before["CFAssociations"])
        == len(package["CFAssociations"])
    )
    assert {i["CFItemType"] for i in after["CFItems"]} == {
        i["CFItemType"] for i in before["CFItems"]
    }
    assert shape(after) == shape(before)
    assert {i["fullStatement"] for i in after["CFItems"]} == {
        i["fullStatement"] for i in before["CFItems"]
    }
    # A document of its own: none of the original's identifiers, every URI home.
    assert not identifiers(after) & identifiers(before)
    assert after["CFDocument"]["version"] == "2.0"
    assert schema_errors(after) == []


def test_a_new_version_keeps_the_criteria_of_areas_and_skipped_items():
    package = with_criteria_on_an_area_and_a_skipped_item()
    original = import_case(
        copy.deepcopy(package), mapping={"Strand": "area", "Note": "skip"}
    )

    version = copy_framework_as_new_version(framework=original, version="2.0")

    before = export_case(original, creator="x")
    after = export_case(version, creator="x")
    assert rubric_counts(after) == rubric_counts(before) == rubric_counts(package)
    assert len(after["CFItems"]) == len(inner(package)["CFItems"])
    assert shape(after) == shape(before)
    assert not identifiers(after) & identifiers(before)
    items = {i["identifier"] for i in after["CFItems"]}
    for criterion in after["CFRubrics"][0]["CFRubricCriteria"]:
        assert criterion["CFItemURI"]["identifier"] in items
        for level in criterion["CFRubricCriterionLevels"]:
            assert level["rubricCriterionId"] == criterion["identifier"]
    assert schema_errors(after) == []


def test_a_new_version_of_an_imported_export_points_its_skill_levels_at_its_own_scale():
    from courses.models import Competency, CompetencyFramework

    from .factories import make_framework

    package = export_case(make_framework(code="SL"), creator="x")
    Competency.objects.all().delete()
    CompetencyFramework.objects.all().delete()
    imported = import_case(copy.deepcopy(package))

    newer = export_case(
        copy_framework_as_new_version(framework=imported, version="2.0"), creator="x"
    )

    concepts = {c["identifier"] for c in newer["CFDefinitions"]["CFConcepts"]}
    items = {i["identifier"] for i in newer["CFItems"]}
    skill_levels = [
        a for a in newer["CFAssociations"] if a["associationType"] == "hasSkillLevel"
    ]
    assert len(skill_levels) == len(
        [
            a
            for a in package["CFAssociations"]
            if a["associationType"] == "hasSkillLevel"
        ]
    )
    for association in skill_levels:
        assert association["originNodeURI"]["identifier"] in items
        assert association["destinationNodeURI"]["identifier"] in concepts
    assert schema_errors(newer) == []
