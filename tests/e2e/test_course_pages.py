"""Course pages in a real browser: readable, navigable by keyboard, WCAG 2.1 AA."""

import re

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


def test_a_visitor_finds_a_programme_from_the_home_page_and_reaches_sign_in(
    page, course, assert_accessible
):
    programme = course["module"].get_parent()
    page.goto("/lt/")
    page.get_by_role("navigation", name="Pagrindinis meniu").get_by_role(
        "link", name="Programos"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=programme.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(programme.title)
    trail = page.get_by_role("navigation", name="Naršymo kelias")
    expect(trail.get_by_role("link", name="Programos")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("main").get_by_role("link", name="Prisijunkite").click()
    expect(page).to_have_url(re.compile(r"/lt/accounts/login/\?next="))
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_the_norwegian_lesson_page_is_norwegian(page, course, assert_accessible):
    from wagtail.actions.convert_alias import ConvertAliasPageAction
    from wagtail.models import Locale, Page

    lesson = course["module"].get_children().first().specific
    nb = Locale.objects.get(language_code="nb")
    translated = Page.objects.filter(translation_key=lesson.translation_key, locale=nb)
    if translated.exists():  # the synchronised tree made an alias: own it
        alias = translated.get()
        ConvertAliasPageAction(alias, log_action=None).execute(
            skip_permission_checks=True
        )
        norwegian = Page.objects.get(pk=alias.pk).specific
    else:
        norwegian = lesson.copy_for_translation(nb, copy_parents=True).specific
    norwegian.title = "Tema 1 på norsk"
    norwegian.body = [
        {"type": "paragraph", "value": "<p>Samarbeid mellom sektorer i kommunen.</p>"}
    ]
    norwegian.save_revision().publish()

    page.goto(norwegian.url)
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tema 1 på norsk")
    expect(page.get_by_text("Samarbeid mellom sektorer i kommunen.")).to_be_visible()
    # The lesson's own text is Norwegian; only the trail's untranslated catalogue,
    # programme and module (aliases of the Lithuanian ones) are marked Lithuanian.
    marked = page.locator("main [lang]")
    assert marked.count() == page.locator(".breadcrumbs a[lang=lt]").count() == 3
    expect(page.locator(".notice--language")).to_have_count(0)
    assert_accessible(page)
