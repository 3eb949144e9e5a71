import copy
import json

from django.core.management import CommandError, call_command

import pytest

from courses.exchange import FrameworkImportError, export_case, import_case, import_csv
from courses.exchange.build import create_framework
from courses.exchange.build import framework_data as framework_data_of
from courses.exchange.case import validate_case
from courses.exchange.identifiers import case_identifier
from courses.models import Competency, CompetencyFramework, CompetencyLevel

from .factories import framework_data, make_framework

pytestmark = pytest.mark.django_db

CSV_HEADER = (
    "framework_code,framework_version,framework_title,language,area_code,area_title,"
    "competency_code,competency_title,level,level_name,level_description,indicators\n"
)


def without_timestamps(value):
    if isinstance(value, dict):
        return {
            k: without_timestamps(v)
            for k, v in value.items()
            if k != "lastChangeDateTime"
        }
    if isinstance(value, list):
        return [without_timestamps(v) for v in value]
    return value


def empty_database():
    Competency.objects.all().delete()
    CompetencyFramework.objects.all().delete()


def test_the_export_has_every_field_case_1_1_requires():
    framework = make_framework()

    package = export_case(framework, creator="https://mokymai.example.lt")

    assert validate_case(package) == []
    document = package["CFDocument"]
    assert document["identifier"] == case_identifier(framework)
    assert document["language"] == "lt"
    items = {item["identifier"]: item for item in package["CFItems"]}
    kinds = [item["CFItemType"] for item in items.values()]
    assert kinds.count("Competency Area") == 2
    assert kinds.count("Competency") == 4
    assert len(kinds) == 6  # the scale is no item: it is CFConcepts and rubric levels
    scale = package["CFDefinitions"]["CFConcepts"]
    assert [(c["hierarchyCode"], c["title"]) for c in scale][:2] == [
        ("1", "Awareness"),
        ("2", "Practice"),
    ]
    for association in package["CFAssociations"]:
        assert association["associationType"] in {"isChildOf", "hasSkillLevel"}
        assert association["originNodeURI"]["identifier"] in items
    levels = len(scale)
    assert [a["associationType"] for a in package["CFAssociations"]].count(
        "hasSkillLevel"
    ) == 4 * levels
    criteria = package["CFRubrics"][0]["CFRubricCriteria"]
    assert len(criteria) == 4
    assert [level["score"] for level in criteria[0]["CFRubricCriterionLevels"]] == [
        1,
        2,
        3,
        4,
    ]
    assert criteria[0]["CFRubricCriterionLevels"][1]["quality"] == "Practice"
    json.dumps(package)  # plain JSON all through


def test_export_then_import_into_an_empty_database_gives_the_same_framework():
    framework = make_framework(status="published")
    exported = export_case(framework, creator="x")
    empty_database()
    assert not CompetencyLevel.objects.exists()

    imported = import_case(copy.deepcopy(exported))

    assert without_timestamps(export_case(imported, creator="x")) == without_timestamps(
        exported
    )
    assert imported.case_identifier == case_identifier(framework)
    assert imported.is_published


def test_importing_the_english_package_adds_a_translation_with_the_same_identities():
    lithuanian = make_framework()
    english_data = framework_data(language="en")
    english_data.key = lithuanian.translation_key
    for ours, theirs in zip(
        english_data.areas, framework_data_of(lithuanian).areas, strict=True
    ):
        ours.key = theirs.key
        for competency, their_competency in zip(
            ours.competencies, theirs.competencies, strict=True
        ):
            competency.key = their_competency.key
    package = export_case(create_framework(english_data), creator="x")
    Competency.objects.filter(locale__language_code="en").delete()
    CompetencyFramework.objects.filter(locale__language_code="en").delete()
    assert any(
        a["associationType"] == "isTranslationOf" for a in package["CFAssociations"]
    )

    english = import_case(package)

    assert english.locale.language_code == "en"
    assert english.get_translation(lithuanian.locale) == lithuanian
    assert {
        c.translation_key for c in Competency.objects.filter(locale=english.locale)
    } == {
        c.translation_key for c in Competency.objects.filter(locale=lithuanian.locale)
    }


def test_a_package_missing_required_fields_is_refused_naming_each_item():
    package = export_case(make_framework(), creator="x")
    empty_database()
    broken = copy.deepcopy(package)
    del broken["CFItems"][5]["fullStatement"]
    del broken["CFAssociations"][2]["associationType"]

    with pytest.raises(FrameworkImportError) as error:
        import_case(broken)

    problems = error.value.problems
    assert any("CFItems[5]" in p and "fullStatement" in p for p in problems)
    assert any("CFAssociations[2]" in p and "associationType" in p for p in problems)
    assert not CompetencyFramework.objects.exists()


def test_a_competency_missing_a_level_is_refused_and_nothing_is_half_imported():
    package = export_case(make_framework(), creator="x")
    empty_database()
    criteria = package["CFRubrics"][0]["CFRubricCriteria"]
    criteria[-1]["CFRubricCriterionLevels"].pop()

    with pytest.raises(FrameworkImportError) as error:
        import_case(package)

    assert "SC-2.2" in " ".join(error.value.problems)
    assert not CompetencyFramework.objects.exists()
    assert not Competency.objects.exists()


def test_importing_the_same_framework_twice_is_refused():
    framework = make_framework()

    with pytest.raises(FrameworkImportError, match="exists already"):
        import_case(export_case(framework, creator="x"))


def csv_rows(*rows):
    return CSV_HEADER + "".join(row + "\n" for row in rows)


VALID_ROWS = [
    f"SC,1.0,Model,lt,SC-1,Partnerystė,SC-1.1,Susitarimai,{n},{name},Aprašas {n},Rodiklis A | Rodiklis B"
    for n, name in [(1, "Supratimas"), (2, "Taikymas")]
]


def test_a_valid_csv_imports_one_framework():
    framework = import_csv(csv_rows(*VALID_ROWS))

    competency = Competency.objects.get(code="SC-1.1", locale=framework.locale)
    assert [level.number for level in competency.levels.all()] == [1, 2]
    assert competency.levels.get(number=2).indicator_list == [
        "Rodiklis A",
        "Rodiklis B",
    ]
    assert [level.name for level in framework.levels.all()] == [
        "Supratimas",
        "Taikymas",
    ]


def test_a_broken_csv_gets_line_numbered_errors_and_imports_nothing():
    text = csv_rows(
        VALID_ROWS[0],
        "SC,1.0,Model,lt,SC-1,Partnerystė,SC-1.2,Paslaugos,seven,Taikymas,Aprašas,",
        "SC,1.0,Model,lt,SC-1,Partnerystė,,Paslaugos,2,Taikymas,Aprašas,",
        "SC,1.0,Model,lt,SC-1,Partnerystė,SC-1.1,Susitarimai,1,Supratimas,Vėl,",
    )

    with pytest.raises(FrameworkImportError) as error:
        import_csv(text)

    problems = error.value.problems
    assert problems[0].startswith("Line 3: level must be a whole number")
    assert problems[1] == "Line 4: empty competency_code."
    assert problems[2] == "Line 5: competency SC-1.1 has level 1 twice."
    assert not CompetencyFramework.objects.exists()


def test_a_csv_without_the_required_columns_is_refused():
    with pytest.raises(FrameworkImportError, match="Line 1: missing column"):
        import_csv("code,title\nSC,Model\n")


def test_the_management_commands_export_and_import(tmp_path):
    framework = make_framework()
    path = tmp_path / "sc.case.json"
    call_command(
        "export_framework", "SC", "1.0", "--language", "lt", "--output", str(path)
    )
    empty_database()

    call_command("import_framework", str(path))

    assert CompetencyFramework.objects.get().case_identifier == case_identifier(
        framework
    )


def test_the_import_command_reports_problems_without_a_traceback(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"CFDocument": ')

    with pytest.raises(CommandError, match="Line 1: not valid JSON"):
        call_command("import_framework", str(path))
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_rows("SC,1.0,Model,lt,SC-1,A,SC-1.1,B,0,X,Y,"))
    with pytest.raises(CommandError, match="Line 2"):
        call_command("import_framework", str(bad))
