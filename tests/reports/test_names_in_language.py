"""Organisations' and municipalities' names are proper names in their country's
language: wherever the reports show one to someone reading another language, it says
its own (`lang`, WCAG 3.1.2)."""

import pytest

from ..language_check import organisation_names, wrong_language_text

pytestmark = pytest.mark.django_db

REPORTS = [
    "/admin/reports/learners/",
    "/admin/reports/organisations/",
    "/admin/reports/competencies/",
    "/admin/reports/growth/",
    "/admin/reports/certificates/",
]


@pytest.fixture
def named(world):
    """Org A and Org B under names in their own languages."""
    org_a, org_b = world["organisations"]["a"], world["organisations"]["b"]
    org_a.name, org_a.region = "Rokiškio kultūros centras", "Biržų rajonas"
    org_b.name, org_b.region = "Bodø kulturhus", "Nordland fylke"
    org_a.save()
    org_b.save()
    return world


def unmarked(html: str) -> list[str]:
    names = organisation_names()
    # Municipalities' names are Lithuanian; a Norwegian region only says its language
    # beside its organisation.
    names["Biržų rajonas"] = "lt"
    return wrong_language_text(html, "en", names=names)


@pytest.mark.parametrize("url", REPORTS)
def test_reports_mark_the_language_of_organisation_names(client, in_admin, named, url):
    in_admin(named["people"]["admin"])

    html = client.get(url).content.decode()

    assert "Bodø kulturhus" in html
    assert unmarked(html) == []


def test_organisations_report_marks_regions_in_their_country_language(
    client, in_admin, named
):
    in_admin(named["people"]["admin"])

    html = client.get("/admin/reports/organisations/").content.decode()

    assert '<td lang="nb">Nordland fylke</td>' in html
    assert '<span lang="nb">Nordland fylke</span>' in html


def test_competencies_by_organisation_mark_the_names(client, in_admin, named):
    in_admin(named["people"]["admin"])

    html = client.get(
        "/admin/reports/competencies/", {"rows": "organisation"}
    ).content.decode()

    assert unmarked(html) == []


def test_a_chosen_organisation_is_marked_too(client, in_admin, named):
    in_admin(named["people"]["admin"])
    organisation = named["organisations"]["a"]

    html = client.get(
        "/admin/reports/learners/",
        {"organisation": organisation.pk, "region": "Biržų rajonas"},
    ).content.decode()

    assert unmarked(html) == []


def test_a_region_shared_by_two_countries_says_no_language(client, in_admin, named):
    org_b = named["organisations"]["b"]
    org_b.region = "Biržų rajonas"
    org_b.save()
    in_admin(named["people"]["admin"])

    html = client.get("/admin/reports/learners/").content.decode()

    assert '<option value="Biržų rajonas">' in html


@pytest.mark.parametrize("who", ["admin", "coordinator_a"])
def test_the_dashboard_marks_the_language_of_organisation_names(
    client, in_admin, named, who
):
    in_admin(named["people"][who])

    html = client.get("/admin/").content.decode()

    assert "Rokiškio kultūros centras" in html
    assert unmarked(html) == []
