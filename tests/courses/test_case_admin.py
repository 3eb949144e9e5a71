import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from courses.models import CaseRecord, Competency, CompetencyFramework

pytestmark = pytest.mark.django_db

PACKAGES = Path(__file__).parent / "case_packages"
IMPORT = "/admin/frameworks/import/"


def upload(client, name="opensalt_grade3_math", content=None):
    content = (
        content if content is not None else (PACKAGES / f"{name}.json").read_bytes()
    )
    return client.post(
        IMPORT,
        {"file": SimpleUploadedFile(f"{name}.json", content)},
        HTTP_ACCEPT_LANGUAGE="en",
    )


def mapping_fields(html):
    """{item type: field name} from the preview's form."""
    return {
        label: name
        for name, label in re.findall(r'for="id_(type_\d+)"[^>]*>\s*([^<]+?)\s*<', html)
    }


def test_an_admin_previews_the_tree_and_chooses_the_mapping_before_anything_is_written(
    client, admin_user
):
    client.force_login(admin_user)

    uploaded = upload(client)
    preview = client.get(uploaded["Location"], HTTP_ACCEPT_LANGUAGE="en")

    assert uploaded.status_code == 302
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "19 items" in html and "21 associations" in html
    assert "no rubric" in html
    assert "3.OA.A.1" in html
    assert not CompetencyFramework.objects.filter(title="Grade 3 Mathematics").exists()
    fields = mapping_fields(html)
    assert set(fields) == {"Cluster", "Component", "Domain", "Standard"}

    response = client.post(
        uploaded["Location"],
        {
            fields["Domain"]: "area",
            fields["Cluster"]: "skip",
            fields["Standard"]: "competency",
            fields["Component"]: "competency",
            "code": "MA3",
            "language": "en",
        },
    )

    assert response.status_code == 302
    framework = CompetencyFramework.objects.get(title="Grade 3 Mathematics")
    assert framework.code == "MA3"
    assert Competency.objects.filter(area__framework=framework).count() == 12
    assert CaseRecord.objects.filter(framework=framework, kind="item").count() == 5
    assert client.get(uploaded["Location"]).status_code == 302  # used up


def test_a_broken_package_lists_every_problem_and_stores_nothing(client, admin_user):
    client.force_login(admin_user)
    content = (PACKAGES / "custom_tool_non_uuid.json").read_text()
    content = content.replace('"fullStatement": "Uses digital tool 1 safely",', "")
    content = content.replace('"associationType": "precedes",', "")

    response = upload(client, "custom_tool_non_uuid", content.encode())

    assert response.status_code == 400
    html = response.content.decode()
    assert "fullStatement" in html and "associationType" in html
    assert not CompetencyFramework.objects.exists()


def test_a_package_that_is_here_already_is_refused_on_the_preview_not_a_500(
    client, admin_user
):
    client.force_login(admin_user)
    first = upload(client)
    client.post(first["Location"], {"code": "MA3", "language": "en"})
    again = upload(client)

    response = client.post(
        again["Location"], {"code": "MA3", "language": "en"}, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code in (200, 400)
    assert "exists already" in response.content.decode()
    assert CompetencyFramework.objects.count() == 1


def test_not_json_is_a_form_error(client, admin_user):
    client.force_login(admin_user)

    response = upload(client, "x", b'{"CFDocument": ')

    assert response.status_code == 400
    assert "not valid JSON" in response.content.decode()


@pytest.mark.parametrize("person", ["learner", "coordinator", "trainer"])
def test_learners_coordinators_and_trainers_cannot_import(
    client, admin_user, person, request
):
    client.force_login(admin_user)
    preview_url = upload(client)["Location"]
    client.force_login(request.getfixturevalue(person))

    tried = upload(client)
    peeked = client.get(preview_url)
    forced = client.post(preview_url, {"code": "X", "language": "en"})

    for response in (tried, peeked, forced):
        assert response.status_code == 403 or "/login/" in response["Location"]
    assert not CompetencyFramework.objects.exists()
