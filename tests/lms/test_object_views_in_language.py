"""An object's own admin pages (edit, delete, history, usage, inspect) name it in the
language its name is written in: an organisation's or a cohort's `name_language`, a
framework's locale. On an admin in another language the header, the form's heading
and the last crumb mark that name (WCAG 3.1.2); the <title>, text only, has the same
words unmarked."""

import html as html_lib
import re

from django.urls import reverse

import pytest

from courses.models import CompetencyFramework
from tests.courses.factories import make_framework
from tests.reports.helpers import breadcrumbs

from ..courses.pages import catalogue_under, programme_under
from ..factories import OrganisationFactory
from ..learning.test_cohorts import make_cohort

pytestmark = pytest.mark.django_db

VIEWS = ["edit", "delete", "history", "usage"]


def title_of(page: str) -> str:
    return html_lib.unescape(re.search(r"<title>(.*?)</title>", page, re.S)[1]).strip()


def h1_of(page: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1]


def get(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def norwegian(db):
    return OrganisationFactory(name="Bodø & Salten kulturhus", country="NO")


@pytest.mark.parametrize("view", VIEWS + ["inspect"])
def test_an_organisations_pages_mark_its_name(client, english_admin, norwegian, view):
    page = get(client, reverse(f"organisations:{view}", args=[norwegian.pk]))

    marked = '<span lang="nb">Bodø &amp; Salten kulturhus</span>'
    assert marked in h1_of(page)
    assert title_of(page).endswith(": Bodø & Salten kulturhus - Wagtail")
    assert "&lt;span" not in page  # marked once, never escaped markup


def test_the_edit_forms_heading_and_last_crumb_mark_the_name(
    client, english_admin, norwegian
):
    page = get(client, reverse("organisations:edit", args=[norwegian.pk]))

    heading = re.search(r'<h2[^>]*id="header-title"[^>]*>(.*?)</h2>', page, re.S)[1]
    assert '<span lang="nb">Bodø &amp; Salten kulturhus</span>' in heading
    assert html_lib.unescape(breadcrumbs(page)[-1][1]) == "Bodø & Salten kulturhus"
    crumbs = re.search(r"<nav[^>]*breadcrumb.*?</nav>", page, re.S | re.I)
    assert crumbs and '<span lang="nb">Bodø' in crumbs[0]


def test_on_an_admin_in_the_names_language_nothing_is_marked(
    client, in_admin, admin_user
):
    ours = OrganisationFactory(name="Biržų rajono savivaldybė")
    in_admin(admin_user, "lt")

    page = get(client, reverse("organisations:edit", args=[ours.pk]))

    assert "Biržų rajono savivaldybė" in page
    assert 'lang="lt">Biržų' not in page


@pytest.mark.parametrize("view", VIEWS)
def test_a_cohorts_pages_mark_its_name(client, english_admin, site_content, view):
    cohort = make_cohort(programme_under(catalogue_under(site_content)))

    page = get(
        client, reverse(f"wagtailsnippets_learning_cohort:{view}", args=[cohort.pk])
    )

    assert '<span lang="lt">Ruduo (' in h1_of(page)
    assert ": Ruduo (" in title_of(page)


@pytest.mark.parametrize("view", VIEWS)
def test_a_frameworks_pages_mark_its_title_with_its_locale(client, english_admin, view):
    framework = make_framework()
    assert framework.locale.language_code == "lt"
    url = reverse(
        f"wagtailsnippets_courses_competencyframework:{view}", args=[framework.pk]
    )

    page = get(client, url)

    assert f'<span lang="lt">{framework}</span>' in h1_of(page)
    assert CompetencyFramework.objects.count() == 1


@pytest.mark.parametrize("view", ["history", "usage"])
def test_a_pages_history_and_usage_mark_its_title_and_its_ancestors(
    client, english_admin, site_content, view
):
    programme = programme_under(catalogue_under(site_content))

    page = get(client, reverse(f"wagtailadmin_pages:{view}", args=[programme.pk]))

    assert f'<span lang="lt">{programme.title}</span>' in h1_of(page)
    assert title_of(page).endswith(f": {programme.title} - Wagtail")
    crumbs = re.search(r'<nav[^>]*aria-label="Breadcrumb".*?</nav>', page, re.S)[0]
    labels = [
        re.sub(r"\s+", " ", label).strip()
        for label in re.findall(r"<a [^>]*>(.*?)</a>", crumbs, re.S)
    ]
    assert labels[0] == "Root"  # Wagtail's, in the admin's language
    *pages, own = labels[1:]
    assert pages and all(label.startswith('<span lang="lt">') for label in pages)
    # The view's own crumb ("History"), the page's title its marked sublabel.
    assert own.startswith(view.capitalize())
    assert f'<span lang="lt">{programme.title}</span>' in own


def test_a_snippets_first_crumb_is_in_each_admins_language(
    client, in_admin, admin_user
):
    # Wagtail translates it once, when it makes its URLs: in one language for all.
    framework = make_framework()
    url = reverse(
        "wagtailsnippets_courses_competencyframework:edit", args=[framework.pk]
    )

    homes = {}
    for language in ("en", "lt", "nb"):
        in_admin(admin_user, language)
        homes[language] = html_lib.unescape(breadcrumbs(get(client, url))[0][1])

    assert homes == {"en": "Home", "lt": "Pradžia", "nb": "Forside"}
