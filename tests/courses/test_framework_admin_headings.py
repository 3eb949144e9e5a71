"""The framework import, preview and action pages are headed by their title, with
breadcrumbs back through the frameworks' listing."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest

from tests.reports.helpers import breadcrumbs, h1_texts

from .factories import make_framework

pytestmark = pytest.mark.django_db

PACKAGE = Path(__file__).parent / "case_packages" / "opensalt_grade3_math.json"


def heading(client, url):
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="lt").content.decode()
    return h1_texts(html), breadcrumbs(html)


def test_the_import_page_has_its_title_and_breadcrumbs(client, admin_user):
    client.force_login(admin_user)
    with translation.override("lt"):
        title = translation.gettext("Import a competency framework")
        frameworks = translation.gettext("competency frameworks").capitalize()

    headings, crumbs = heading(client, reverse("framework_import"))

    assert headings == [title]
    assert crumbs[0][0] == reverse("wagtailadmin_home")
    assert crumbs[1:] == [
        ("/admin/snippets/courses/competencyframework/", frameworks),
        ("", title),
    ]


def test_the_import_preview_has_its_title_and_breadcrumbs(client, admin_user):
    client.force_login(admin_user)
    uploaded = client.post(
        reverse("framework_import"),
        {"file": SimpleUploadedFile("grade3.json", PACKAGE.read_bytes())},
    )

    headings, crumbs = heading(client, uploaded["Location"])

    assert len(headings) == 1 and headings[0]
    assert [href for href, _label in crumbs][1:] == [
        "/admin/snippets/courses/competencyframework/",
        reverse("framework_import"),
        "",
    ]
    assert crumbs[-1][1] == headings[0]


@pytest.mark.parametrize("action", ["publish", "retire", "new-version"])
def test_a_framework_action_has_its_title_and_breadcrumbs(client, admin_user, action):
    framework = make_framework()
    client.force_login(admin_user)

    headings, crumbs = heading(
        client, reverse("framework_action", args=[framework.pk, action])
    )

    assert len(headings) == 1 and headings[0]
    assert crumbs[-2] == (
        f"/admin/snippets/courses/competencyframework/edit/{framework.pk}/",
        str(framework),
    )
    assert crumbs[-1] == ("", headings[0])


@pytest.mark.parametrize("action", ["retire", "new-version"])
def test_a_framework_action_names_the_framework_in_its_own_language(
    in_admin, admin_user, action
):
    framework = make_framework(language="lt")
    client = in_admin(admin_user, "en")

    html = client.get(reverse("framework_action", args=[framework.pk, action]))

    assert f'<span lang="lt">{framework}</span>' in html.content.decode()
    assert '<span lang="lt">' not in (
        in_admin(admin_user, "lt")
        .get(reverse("framework_action", args=[framework.pk, action]))
        .content.decode()
    )
