import copy
import json
import uuid
from pathlib import Path

import pytest

from courses.exchange import FrameworkImportError
from courses.exchange.case import export_case, import_case
from courses.exchange.case_import import ItemRole, read_tree
from courses.models import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
)

from .factories import make_framework

pytestmark = pytest.mark.django_db

PACKAGES = Path(__file__).parent / "case_packages"


def load(name):
    return json.loads((PACKAGES / f"{name}.json").read_text())


def inner(package):
    return package.get("CFPackage", package)


def associations(package):
    return {
        (
            a["identifier"],
            a["associationType"],
            str(a["originNodeURI"]["identifier"]),
            str(a["destinationNodeURI"]["identifier"]),
        )
        for a in inner(package)["CFAssociations"]
    }


def items(package):
    return {(i["identifier"], i["fullStatement"]) for i in inner(package)["CFItems"]}


@pytest.mark.parametrize(
    "name",
    [
        "opensalt_grade3_math",
        "casenetwork_workplace_skills",
        "custom_tool_non_uuid",
        "opensalt_untyped_outline",
    ],
)
def test_other_tools_packages_round_trip_with_every_item_and_association(name):
    package = load(name)

    framework = import_case(copy.deepcopy(package))
    exported = export_case(framework, creator="x")

    assert len(exported["CFItems"]) == len(inner(package)["CFItems"])
    assert len(exported["CFAssociations"]) == len(inner(package)["CFAssociations"])
    assert items(exported) == items(package)
    assert associations(exported) == associations(package)
    assert (
        exported["CFDocument"]["identifier"]
        == inner(package)["CFDocument"]["identifier"]
    )


def test_a_deep_opensalt_tree_maps_domains_to_areas_and_flattens_the_rest():
    framework = import_case(load("opensalt_grade3_math"))

    areas = CompetencyArea.objects.filter(framework=framework)
    assert [a.code for a in areas] == ["3.OA", "3.NF"]
    assert [a.case_item_type for a in areas] == ["Domain", "Domain"]
    competencies = Competency.objects.filter(area__framework=framework)
    assert competencies.count() == 2 * (2 + 4 + 2)  # clusters, standards, components
    standard = competencies.get(code="3.OA.A.1")
    assert standard.case_item_type == "Standard"
    assert len(standard.title) <= 255  # a long statement is cut, and kept whole
    assert [level.name for level in framework.levels.all()] == [
        "Foundation",
        "Intermediate",
        "Advanced",
        "Expert",
    ]
    kept = CaseRecord.objects.filter(framework=framework)
    assert set(kept.values_list("association_type", flat=True)) >= {
        "precedes",
        "isRelatedTo",
        "exactMatchOf",
    }
    assert kept.filter(kind="item").count() == 1  # the item outside the tree
    exported = export_case(framework, creator="x")
    assert "CFRubrics" not in exported  # the package had none
    assert exported["CFDocument"]["publisher"] == "State Department of Education"
    long_statement = next(
        i
        for i in load("opensalt_grade3_math")["CFItems"]
        if i["humanCodingScheme"] == "3.OA.A.1"
    )["fullStatement"]
    assert long_statement in {i["fullStatement"] for i in exported["CFItems"]}


def test_the_admin_can_skip_an_item_type_and_nothing_is_lost():
    package = load("opensalt_grade3_math")

    framework = import_case(
        copy.deepcopy(package),
        mapping={"Domain": ItemRole.AREA, "Cluster": ItemRole.SKIP},
    )

    assert not Competency.objects.filter(
        area__framework=framework, case_item_type="Cluster"
    ).exists()
    assert CaseRecord.objects.filter(framework=framework, kind="item").count() == 5
    exported = export_case(framework, creator="x")
    assert items(exported) == items(package)
    assert associations(exported) == associations(package)


def test_a_rubric_with_scores_from_zero_gives_the_scale_and_descriptors():
    framework = import_case(load("casenetwork_workplace_skills"))

    assert framework.locale.language_code == "en"
    assert framework.status == "draft"
    assert [(level.number, level.name) for level in framework.levels.all()] == [
        (1, "Beginning"),
        (2, "Developing"),
        (3, "Proficient"),
        (4, "Advanced"),
    ]
    skill = Competency.objects.get(area__framework=framework, code="WS.1.2")
    assert skill.levels.get(number=3).description == "Proficient at skill 1.2."
    assert (
        CompetencyLevel.objects.filter(competency__area__framework=framework).count()
        == 36
    )


def test_non_uuid_identifiers_are_kept_and_served(client):
    framework = import_case(load("custom_tool_non_uuid"))
    framework.status = "published"
    framework.save()

    exported = export_case(framework, creator="x")
    item = next(i for i in exported["CFItems"] if i["identifier"] == "DIG-002/a")
    response = client.get(item["uri"].removeprefix("http://testserver"))

    assert response.status_code == 200
    assert response.json()["CFItem"]["identifier"] == "DIG-002/a"
    assert "humanCodingScheme" not in item  # the package gave none
    assert framework.code == "DSFSW"


def test_the_preview_tree_counts_types_and_proposes_a_mapping():
    tree = read_tree(load("opensalt_grade3_math"))

    assert tree.type_counts == {
        "Domain": 2,
        "Cluster": 4,
        "Standard": 8,
        "Component": 4,
    }
    assert tree.default_mapping()["Domain"] == ItemRole.AREA
    assert tree.default_mapping()["Standard"] == ItemRole.COMPETENCY
    assert len(tree.detached) == 1
    assert [depth for depth, _node in tree.flat()][:4] == [0, 1, 2, 3]


def test_a_broken_package_is_refused_with_every_problem_at_once():
    package = load("opensalt_grade3_math")
    del package["CFItems"][2]["fullStatement"]
    package["CFItems"][4]["identifier"] = package["CFItems"][3]["identifier"]
    package["CFAssociations"][1]["destinationNodeURI"]["identifier"] = "nowhere"
    del package["CFAssociations"][5]["associationType"]

    with pytest.raises(FrameworkImportError) as error:
        import_case(package)

    problems = error.value.problems
    assert any("CFItems[2]" in p and "fullStatement" in p for p in problems)
    assert any("is used by 2 items" in p for p in problems)
    assert any("CFAssociations[1]" in p and "nowhere" in p for p in problems)
    assert any("CFAssociations[5]" in p and "associationType" in p for p in problems)
    assert not CompetencyFramework.objects.filter(title="Grade 3 Mathematics").exists()


def test_not_json_objects_are_refused_without_a_traceback():
    document = {"identifier": "d", "title": "t"}
    for package in [
        [],
        {"CFDocument": "x"},
        {"CFDocument": {}, "CFItems": "x"},
        {"CFDocument": document, "CFDefinitions": []},
        {"CFDocument": document, "CFRubrics": [{"CFRubricCriteria": 5}]},
        {
            "CFDocument": document,
            "CFRubrics": [{"CFRubricCriteria": [{"CFRubricCriterionLevels": 1}]}],
        },
        {"CFDocument": document, "CFItems": [{"identifier": 1, "fullStatement": 2}]},
        {
            "CFDocument": document,
            "CFAssociations": [
                {
                    "identifier": "a",
                    "associationType": "isChildOf",
                    "originNodeURI": "x",
                    "destinationNodeURI": {"identifier": "d"},
                    "sequenceNumber": "1",
                }
            ],
        },
    ]:
        with pytest.raises(FrameworkImportError):
            import_case(package)


def test_reusing_item_identifiers_under_another_document_is_a_clear_error():
    package = load("custom_tool_non_uuid")
    import_case(copy.deepcopy(package))
    package["CFDocument"]["identifier"] = "urn:x-skills:framework:other"
    package["CFDocument"]["version"] = "9"
    for association in package["CFAssociations"]:
        if association["destinationNodeURI"]["identifier"].startswith("urn:"):
            association["destinationNodeURI"]["identifier"] = (
                "urn:x-skills:framework:other"
            )

    with pytest.raises(FrameworkImportError) as error:
        import_case(package)

    assert any("DIG-001" in p and "another document" in p for p in error.value.problems)
    assert CompetencyFramework.objects.count() == 1


def test_a_newer_version_of_the_same_document_becomes_a_new_framework_version():
    package = load("opensalt_grade3_math")
    first = import_case(copy.deepcopy(package))
    package["CFDocument"]["version"] = "2019"
    package["CFItems"][0]["fullStatement"] = (
        "Operations and algebraic thinking (revised)"
    )

    second = import_case(package)

    assert second.pk != first.pk
    assert (second.code, second.version) == (first.code, "2019")
    assert CompetencyArea.objects.filter(framework=first).count() == 2
    with pytest.raises(FrameworkImportError, match="exists already"):
        import_case(load("opensalt_grade3_math"))


def test_our_own_export_still_imports_with_its_scale_and_codes():
    framework = make_framework(code="QQ")
    package = export_case(framework, creator="x")
    Competency.objects.all().delete()
    CompetencyFramework.objects.all().delete()

    imported = import_case(package)

    assert imported.code == "QQ"
    assert [level.name for level in imported.levels.all()][:2] == [
        "Awareness",
        "Practice",
    ]
    again = export_case(imported, creator="x")["CFItems"]
    assert [without_time(i) for i in again] == [
        without_time(i) for i in package["CFItems"]
    ]


def without_time(item):
    return {k: v for k, v in item.items() if k != "lastChangeDateTime"}


def test_a_rubrics_identifiers_come_back_as_given():
    package = inner(load("casenetwork_workplace_skills"))

    exported = export_case(import_case(copy.deepcopy(package)), creator="x")

    given, again = package["CFRubrics"][0], exported["CFRubrics"][0]
    assert again["identifier"] == given["identifier"]
    assert {c["identifier"] for c in again["CFRubricCriteria"]} == {
        c["identifier"] for c in given["CFRubricCriteria"]
    }
    assert {
        level["identifier"]
        for c in again["CFRubricCriteria"]
        for level in c["CFRubricCriterionLevels"]
    } == {
        level["identifier"]
        for c in given["CFRubricCriteria"]
        for level in c["CFRubricCriterionLevels"]
    }


def test_problems_of_every_kind_are_reported_together():
    package = load("casenetwork_workplace_skills")
    import_case(copy.deepcopy(package))
    package["CFPackage"]["CFDocument"]["identifier"] = (
        "3a5e2c1b-0000-4000-8000-000000000001"
    )
    for association in package["CFPackage"]["CFAssociations"]:
        destination = association["destinationNodeURI"]
        if destination["title"] == "Workplace skills":
            destination["identifier"] = "3a5e2c1b-0000-4000-8000-000000000001"
    criteria = package["CFPackage"]["CFRubrics"][0]["CFRubricCriteria"]
    criteria[0]["CFRubricCriterionLevels"].pop()

    with pytest.raises(FrameworkImportError) as error:
        import_case(package)

    problems = " ".join(error.value.problems)
    assert "the rubric gives no level 4" in problems
    assert "another document" in problems


def uuid_for(name):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def rubric_counts(package):
    criteria = [c for r in package.get("CFRubrics", []) for c in r["CFRubricCriteria"]]
    return len(criteria), sum(len(c["CFRubricCriterionLevels"]) for c in criteria)


def with_criteria_on_an_area_and_a_skipped_item():
    """The CASE Network package, with criteria for a strand and for a skipped note."""
    package = inner(load("casenetwork_workplace_skills"))
    strand, note_parent = package["CFItems"][0], package["CFItems"][4]
    note = {
        **copy.deepcopy(package["CFItems"][5]),
        "identifier": uuid_for("note"),
        "fullStatement": "A note on strand 2",
        "humanCodingScheme": "N.2",
        "CFItemType": "Note",
    }
    package["CFItems"].append(note)
    package["CFAssociations"].append(
        {
            **copy.deepcopy(package["CFAssociations"][5]),
            "identifier": uuid_for("note-child-of"),
            "sequenceNumber": 4,
            "originNodeURI": {
                "title": "N.2",
                "identifier": note["identifier"],
                "uri": note["uri"],
            },
            "destinationNodeURI": {
                "title": "Strand 2",
                "identifier": note_parent["identifier"],
                "uri": note_parent["uri"],
            },
        }
    )
    criteria = package["CFRubrics"][0]["CFRubricCriteria"]
    for number, item in enumerate((strand, note)):
        criterion = copy.deepcopy(criteria[0])
        criterion["identifier"] = uuid_for(f"criterion-{number}")
        criterion["CFItemURI"] = {
            "title": item["fullStatement"],
            "identifier": item["identifier"],
            "uri": item["uri"],
        }
        for level in criterion["CFRubricCriterionLevels"]:
            level["identifier"] = uuid_for(
                f"{criterion['identifier']}-{level['score']}"
            )
            level["rubricCriterionId"] = criterion["identifier"]
        criteria.append(criterion)
    return package


def test_criteria_of_areas_and_skipped_items_round_trip():
    from .test_case_export import schema_errors

    package = with_criteria_on_an_area_and_a_skipped_item()

    framework = import_case(
        copy.deepcopy(package),
        mapping={"Strand": ItemRole.AREA, "Skill": ItemRole.COMPETENCY, "Note": "skip"},
    )
    exported = export_case(framework, creator="x")

    assert rubric_counts(exported) == rubric_counts(package) == (11, 44)
    given = {c["identifier"] for c in package["CFRubrics"][0]["CFRubricCriteria"]}
    again = {c["identifier"] for c in exported["CFRubrics"][0]["CFRubricCriteria"]}
    assert again == given
    levels = {
        level["identifier"]
        for c in exported["CFRubrics"][0]["CFRubricCriteria"]
        for level in c["CFRubricCriterionLevels"]
    }
    assert uuid_for(f"{uuid_for('criterion-1')}-3") in levels
    assert items(exported) == items(package)
    assert associations(exported) == associations(package)
    assert schema_errors(exported) == []
    reimported = export_case(
        import_case(
            {**exported, "CFDocument": {**exported["CFDocument"], "version": "2.0"}}
        ),
        creator="x",
    )
    assert rubric_counts(reimported) == (11, 44)


def test_an_untyped_outline_as_opensalt_writes_it_imports_every_level():
    """No item types, a tree three deep, abbreviated statements beside full ones,
    sequenceNumbers and an education level written as text, lettered enumerations."""
    from .test_case_export import schema_errors

    package = load("opensalt_untyped_outline")

    framework = import_case(copy.deepcopy(package))

    areas = CompetencyArea.objects.filter(framework=framework).order_by("sort_order")
    assert [a.title for a in areas] == ["Strand 1", "Strand 2", "Crosscutting concepts"]
    competencies = Competency.objects.filter(area__framework=framework)
    assert competencies.count() == 4 + 8  # topics and skills, each in its strand
    assert competencies.filter(area=areas[0]).count() == 6
    exported = export_case(framework, creator="x")
    assert schema_errors(exported) == []
    given = {i["identifier"]: i for i in package["CFItems"]}
    for item in exported["CFItems"]:
        source = given[item["identifier"]]
        assert item["fullStatement"] == source["fullStatement"]
        assert item.get("abbreviatedStatement") == source.get("abbreviatedStatement")
        assert item["listEnumeration"] == source["listEnumeration"]
        if "educationalLevel" in source:
            assert item["educationLevel"] == ["06", "07"]
    sequences = {
        a["identifier"]: a.get("sequenceNumber") for a in exported["CFAssociations"]
    }
    for association in package["CFAssociations"]:
        if "sequenceNumber" in association:
            assert sequences[association["identifier"]] == int(
                association["sequenceNumber"]
            )


def test_a_package_without_items_says_so():
    package = load("opensalt_untyped_outline")
    package["CFItems"], package["CFAssociations"] = [], []

    with pytest.raises(FrameworkImportError) as refused:
        import_case(package)

    assert refused.value.problems == [
        "The package has no CFItems: there is nothing to import."
    ]
