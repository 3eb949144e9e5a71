"""Wagtail's own listings and reports name pages (and sites) in their language: on an
admin in another language each title says its own (`lang`, WCAG 3.1.2), as the page
explorer's does. The page type usage and search lists (their parent column), the aging
pages, page types usage and site history reports, the sites and redirects listings, the
comparison of two revisions, the snippet chooser's list, and a page chosen in a form."""

import re

from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageLogEntry, Site

import pytest

from courses.models import Competency
from lms.admin_objects import logged_object_languages

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, programme_under, publish
from ..events.pages import translate
from ..factories import UserFactory
from ..learning.test_cohorts import make_cohort
from .test_object_views_in_language import get

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


def test_the_page_type_usage_list_marks_each_parents_title(
    client, english_admin, programme
):
    page = get(client, "/admin/pages/usage/courses/programmepage/")

    parent = programme.get_parent()
    assert re.search(
        rf'<a href="/admin/pages/{parent.pk}/" lang="lt">\s*Programos', page
    )


def test_the_aging_pages_report_marks_each_title(client, english_admin, programme):
    page = get(client, reverse("wagtailadmin_reports:aging_pages"))

    assert re.search(
        rf'<a href="/admin/pages/{programme.pk}/edit/" lang="lt">\s*Programa\s*</a>',
        page,
    )


def test_the_site_history_marks_each_name_with_the_language_it_was_logged_in(
    client, english_admin, programme
):
    # A translation starts as a copy of its source, titled as it: the copy's entry
    # names it in Lithuanian, its later ones in Norwegian.
    norwegian = translate(programme, "nb", title="Programmet")

    page = get(client, reverse("wagtailadmin_reports:site_history"))

    assert '<span lang="nb">Programmet</span>' in page
    entries = list(PageLogEntry.objects.filter(page=norwegian).order_by("pk"))
    languages = logged_object_languages(entries)
    assert {
        entry.label: lang for entry, lang in zip(entries, languages, strict=True)
    } == {
        "Programa": "lt",
        "Programmet": "nb",
    }
    # "Edit this item" is the admin's, outside the name's mark.
    assert re.search(
        r'title="Edit this item"><span lang="lt">Programa</span></a>', page
    )


def test_the_site_history_leaves_names_in_the_admins_language_unmarked(
    client, in_admin, admin_user, programme
):
    in_admin(admin_user, "lt")

    page = get(client, reverse("wagtailadmin_reports:site_history"))

    assert ">Programa</" in page.replace('<span lang="lt">', "")
    assert '<span lang="lt">Programa' not in page


def test_the_sites_and_redirects_listings_mark_the_sites_and_pages_names(
    client, in_admin, programme
):
    in_admin(UserFactory(is_superuser=True, is_staff=True))  # sites are theirs
    site = Site.objects.get(is_default_site=True)
    norwegian = translate(programme, "nb", title="Programmet")
    Redirect.objects.create(old_path="/gammel", site=site, redirect_page=norwegian)

    sites = get(client, reverse("wagtailsites:index"))
    redirects = get(client, reverse("wagtailredirects:index"))

    name = f'<span lang="lt">{site.site_name}</span>'
    assert name in sites
    assert f'<span lang="lt">{site.root_page.title}</span>' in sites
    assert f"{name} [default]" in redirects  # Wagtail's "[default]" is the admin's
    assert re.search(
        r'<td class="w-truncate w-max-w-0" lang="nb">\s*<a[^>]*>Programmet', redirects
    )


def test_comparing_two_revisions_marks_the_pages_title_and_its_text(
    client, english_admin, programme
):
    first = programme.latest_revision
    programme.summary = "Apie programą, išsamiau."
    publish(programme)
    url = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[programme.pk, first.pk, programme.latest_revision.pk],
    )

    page = get(client, url)

    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1]
    assert '<span lang="lt">Programa</span>' in h1
    crumbs = re.search(r'<nav[^>]*aria-label="Breadcrumb".*?</nav>', page, re.S)[0]
    assert '<span lang="lt">Programos</span>' in crumbs
    assert re.search(r'<div lang="lt">[^<]*<span class="(deletion|addition)">', page)
    assert "Fields" in page and "Changes" in page  # the table's own, unmarked


def test_the_snippet_chooser_marks_each_title_with_its_locales_language(
    client, english_admin
):
    competency = make_framework().areas.first().competencies.first()
    chooser = Competency.snippet_viewset.chooser_viewset
    url = reverse(chooser.get_url_name("choose_results"))

    page = get(client, url)

    assert re.search(
        rf'<a data-chooser-modal-choice href="[^"]*">\s*<span lang="lt">{competency}</span>',
        page,
    )


def test_the_page_types_usage_report_marks_the_last_edited_pages_title(
    client, english_admin, programme
):
    page = get(client, reverse("wagtailadmin_reports:page_types_usage"))

    assert re.search(
        rf'<a href="/admin/pages/{programme.pk}/edit/" lang="lt">\s*Programa\s*</a>',
        page,
    )


def test_a_chosen_page_says_its_language_in_a_form(client, english_admin, programme):
    cohort = make_cohort(programme)
    url = reverse("wagtailsnippets_learning_cohort:edit", args=[cohort.pk])

    page = get(client, url)

    assert re.search(
        r'<div class="chooser__title" data-chooser-title id="id_programme-title" '
        r'lang="lt" data-marked-title="Programa">Programa</div>',
        page,
    )
