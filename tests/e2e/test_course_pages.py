"""Course pages in a real browser: readable, navigable by keyboard, WCAG 2.1 AA."""

import pytest
from playwright.sync_api import expect

from courses.models import CompetencyModelPage

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def course(site_content):
    framework = make_framework(status="published")
    model_page = site_content.add_child(
        instance=CompetencyModelPage(
            title="Kompetencijų modelis", slug="modelis", framework=framework
        )
    )
    model_page.save_revision().publish()
    catalogue = catalogue_under(site_content)
    competency = framework.areas.first().competencies.first()
    module = module_under(programme_under(catalogue), lessons=3, competency=competency)
    return {"catalogue": catalogue, "module": module, "model": model_page}


def test_course_pages_meet_wcag_aa(page, course, assert_accessible):
    lesson = course["module"].get_children().first()
    for url in [
        course["catalogue"].url,
        course["catalogue"].url + "?q=tekstas",
        course["catalogue"].url + "?competency=XX",
        course["module"].url,
        lesson.url,
        course["model"].url,
    ]:
        page.goto(url)
        assert_accessible(page)


def test_a_learner_moves_through_a_module_by_its_outline_and_pager(page, course):
    module = course["module"]
    page.goto(module.url)
    page.get_by_role("link", name="Tema 1").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tema 1")
    outline = page.get_by_role("navigation", name="Modulio turinys")
    expect(outline.locator("[aria-current=page]")).to_have_text("Tema 1")
    page.locator("a[rel=next]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tema 2")
    page.locator("a[rel=prev]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tema 1")
