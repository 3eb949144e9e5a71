from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from courses.exchange.identifiers import case_identifier
from courses.frameworks import (
    FrameworkStateError,
    copy_framework_as_new_version,
    publish_framework,
    retire_framework,
)
from courses.models import Competency, CompetencyFramework, FrameworkStatus

from .factories import framework_data, make_framework

pytestmark = pytest.mark.django_db


def edit_url(obj):
    return f"/admin/snippets/courses/{obj._meta.model_name}/edit/{obj.pk}/"


def test_publishing_fixes_the_status_in_every_language():
    framework = make_framework()
    english_data = framework_data(language="en")
    english_data.key = framework.translation_key
    from courses.exchange.build import create_framework

    english = create_framework(english_data)

    publish_framework(framework=framework)

    english.refresh_from_db()
    assert framework.status == english.status == FrameworkStatus.PUBLISHED
    assert framework.published_at is not None
    with pytest.raises(FrameworkStateError):
        publish_framework(framework=framework)


def test_retiring_needs_a_published_framework():
    framework = make_framework()
    with pytest.raises(FrameworkStateError):
        retire_framework(framework=framework)

    publish_framework(framework=framework)
    retire_framework(framework=framework)

    assert framework.status == FrameworkStatus.RETIRED


def test_a_new_version_is_a_draft_copy_with_new_identities():
    framework = make_framework(status="published")

    copy = copy_framework_as_new_version(framework=framework, version="1.1")

    assert copy.version == "1.1" and copy.status == FrameworkStatus.DRAFT
    assert copy.translation_key != framework.translation_key
    assert Competency.objects.filter(area__framework=copy).count() == 4
    assert set(
        Competency.objects.filter(area__framework=copy).values_list("code", flat=True)
    ) == set(
        Competency.objects.filter(area__framework=framework).values_list(
            "code", flat=True
        )
    )


def framework_post(framework, **changes):
    """The edit form's data for a framework as it is, with some fields changed."""
    data = {
        "code": framework.code,
        "version": framework.version,
        "title": framework.title,
        "description": framework.description,
        "status": framework.status,
    }
    for prefix, rows, fields in [
        ("levels", framework.levels.all(), ["number", "name", "description"]),
        ("areas", framework.areas.all(), ["code", "title", "description"]),
    ]:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": len(rows),
                f"{prefix}-INITIAL_FORMS": len(rows),
                f"{prefix}-MIN_NUM_FORMS": 0,
                f"{prefix}-MAX_NUM_FORMS": 1000,
            }
        )
        for i, row in enumerate(rows):
            data[f"{prefix}-{i}-id"] = row.pk
            data[f"{prefix}-{i}-ORDER"] = i + 1
            data[f"{prefix}-{i}-DELETE"] = ""
            for field in fields:
                data[f"{prefix}-{i}-{field}"] = getattr(row, field)
    data.update(changes)
    return data


def test_an_admin_may_fix_the_wording_of_a_published_framework(client, admin_user):
    framework = make_framework(status="published")
    client.force_login(admin_user)

    response = client.post(
        edit_url(framework), framework_post(framework, title="Geresnis pavadinimas")
    )

    assert response.status_code == 302, response.context["form"].errors
    framework.refresh_from_db()
    assert framework.title == "Geresnis pavadinimas"
    assert framework.revisions.count() == 1  # the change is recorded, not silent


@pytest.mark.parametrize(
    "changes",
    [
        {"code": "XX"},
        {"levels-0-number": 7},
        {"areas-1-code": "SC-9"},
        {"areas-1-DELETE": "1"},
        {"status": "draft"},
    ],
)
def test_the_structure_of_a_published_framework_cannot_change(
    client, admin_user, changes
):
    framework = make_framework(status="published")
    client.force_login(admin_user)

    response = client.post(edit_url(framework), framework_post(framework, **changes))

    assert response.status_code == 200
    framework.refresh_from_db()
    assert framework.code == "SC"
    assert sorted(framework.areas.values_list("code", flat=True)) == ["SC-1", "SC-2"]
    assert list(framework.levels.values_list("number", flat=True)) == [1, 2, 3, 4]


def test_a_new_competency_cannot_join_a_published_framework(client, admin_user):
    framework = make_framework(status="published")
    area = framework.areas.first()
    client.force_login(admin_user)

    response = client.post(
        "/admin/snippets/courses/competency/add/",
        {
            "area": area.pk,
            "code": "SC-1.9",
            "title": "Nauja",
            "description": "",
            "sort_order": 9,
            "levels-TOTAL_FORMS": 1,
            "levels-INITIAL_FORMS": 0,
            "levels-MIN_NUM_FORMS": 0,
            "levels-MAX_NUM_FORMS": 1000,
            "levels-0-number": 1,
            "levels-0-description": "Aprašas",
            "levels-0-indicators": "",
            "levels-0-ORDER": 1,
            "levels-0-DELETE": "",
        },
    )

    assert response.status_code == 200
    assert not Competency.objects.filter(code="SC-1.9").exists()


def test_admins_import_a_csv_in_the_admin_and_see_line_numbered_errors(
    client, admin_user
):
    client.force_login(admin_user)
    bad = SimpleUploadedFile(
        "model.csv",
        b"framework_code,framework_version,framework_title,language,area_code,area_title,"
        b"competency_code,competency_title,level,level_name,level_description\n"
        b"SC,1.0,Model,lt,SC-1,A,SC-1.1,B,x,Supratimas,Y\n",
    )

    response = client.post(
        "/admin/frameworks/import/", {"file": bad}, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 400
    assert "Line 2: level must be a whole number" in response.content.decode()
    assert not CompetencyFramework.objects.exists()


def test_the_admin_export_downloads_case_json(client, trainer):
    framework = make_framework()
    client.force_login(trainer)

    response = client.get(f"/admin/frameworks/{framework.pk}/case.json")

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('SC-1.0-lt.case.json"')
    assert response.json()["CFDocument"]["identifier"] == case_identifier(framework)


def test_trainers_may_read_but_not_import_publish_or_edit_frameworks(client, trainer):
    framework = make_framework()
    client.force_login(trainer)

    assert client.get("/admin/snippets/courses/competencyframework/").status_code == 200
    assert client.get("/admin/frameworks/import/").status_code in (302, 403)
    assert client.post(f"/admin/frameworks/{framework.pk}/publish/").status_code in (
        302,
        403,
    )
    framework.refresh_from_db()
    assert framework.status == FrameworkStatus.DRAFT
    assert client.get(edit_url(framework)).status_code in (302, 403)


def test_an_admin_publishes_through_the_confirmation_page(client, admin_user):
    framework = make_framework()
    client.force_login(admin_user)

    assert client.get(f"/admin/frameworks/{framework.pk}/publish/").status_code == 200
    response = client.post(f"/admin/frameworks/{framework.pk}/publish/")

    assert response.status_code == 302
    framework.refresh_from_db()
    assert framework.is_published
