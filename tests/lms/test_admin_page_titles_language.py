"""Wagtail's page explorer and editor name each page in its own language: a title in
another language than the admin's says which (`lang`, WCAG 3.1.2), in the listing and
the breadcrumbs alike; one in the admin's language is left as it is."""

import re

from django.urls import reverse

import pytest

from ..courses.pages import catalogue_under, programme_under
from ..reports.helpers import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


def breadcrumbs(html: str) -> str:
    return html.split('class="w-breadcrumbs', 1)[1].split("</nav>", 1)[0]


@pytest.mark.parametrize(("language", "marked"), [("nb", ' lang="lt"'), ("lt", "")])
def test_the_explorer_marks_titles_in_another_language_than_the_admins(
    in_admin, admin_user, programme, language, marked
):
    client = in_admin(admin_user, language)

    html = client.get(
        reverse("wagtailadmin_explore", args=[programme.get_parent().pk])
    ).content.decode()

    assert re.search(
        rf'<span id="page_{programme.pk}_title"{marked}>(\s|<[^>]+>)*Programa', html
    )


@pytest.mark.parametrize("view", ["wagtailadmin_pages:edit", "wagtailadmin_explore"])
def test_the_breadcrumbs_mark_each_page_of_another_language(
    in_admin, admin_user, programme, view
):
    client = in_admin(admin_user, "en")

    html = client.get(reverse(view, args=[programme.pk])).content.decode()

    crumbs = breadcrumbs(html)
    assert '<span lang="lt">Programa</span>' in crumbs
    assert f'<span lang="lt">{programme.get_parent().title}</span>' in crumbs


def test_the_breadcrumbs_of_a_translation_are_in_its_language(
    in_admin, admin_user, programme
):
    english = translate(programme, "en", "Social clustering")
    client = in_admin(admin_user, "en")

    html = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    crumbs = breadcrumbs(html.content.decode())
    assert "Social clustering" in crumbs
    assert 'lang="' not in crumbs


def test_a_new_pages_breadcrumbs_end_in_the_admins_words_unmarked(
    in_admin, admin_user, programme
):
    client = in_admin(admin_user, "en")

    html = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["courses", "modulepage", programme.pk],
        )
    ).content.decode()

    crumbs = breadcrumbs(html)
    assert '<span lang="lt">Programa</span>' in crumbs
    last = crumbs.rsplit("<li", 1)[1]
    assert "New: Module" in last and "lang=" not in last


def test_the_page_chooser_marks_titles_and_crumbs_but_not_the_root(
    in_admin, admin_user, programme
):
    client = in_admin(admin_user, "nb")
    catalogue = programme.get_parent()

    response = client.get(
        reverse("wagtailadmin_choose_page_child", args=[catalogue.pk])
    )

    html = response.json()["html"]
    assert '<span lang="lt">Programa</span>' in html
    home = catalogue.get_parent()
    assert f'<span lang="lt">{home.title}</span>' in breadcrumbs(html)
    assert 'lang="lt">Root' not in html


def test_the_editors_heading_marks_the_pages_title(in_admin, admin_user, programme):
    client = in_admin(admin_user, "en")

    html = client.get(reverse("wagtailadmin_pages:edit", args=[programme.pk]))

    heading = html.content.decode().split("<h1", 1)[1].split("</h1>", 1)[0]
    assert re.sub(r"\s+", " ", heading).endswith(
        '>Editing Programme: <span lang="lt">Programa</span>'
    )


def test_the_explorers_heading_marks_the_pages_title(in_admin, admin_user, programme):
    client = in_admin(admin_user, "en")

    html = client.get(reverse("wagtailadmin_explore", args=[programme.pk]))

    heading = html.content.decode().split("<h1", 1)[1].split("</h1>", 1)[0]
    assert re.sub(r"\s+", " ", heading).endswith(': <span lang="lt">Programa</span>')
