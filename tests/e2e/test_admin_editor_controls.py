"""Wagtail's editor controls in Chromium, mended (lms/static/js/admin-controls.js,
admin-editor.js): a module's topics are a named field whose tags say they are in the
site's language, on a page in any language; a competency chosen for it says the
page's language, and so do the side panel's entries for its blocks; the collapsed side
panel can be scrolled by keyboard; another editor's avatar button names them
(templates/wagtailadmin/shared/editing_sessions/); a chosen page says its language
until another is chosen."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.admin.models import EditingSession
from wagtail.models import Page

import pytest
from playwright.sync_api import expect

from courses.models import TopicTag

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory
from ..learning.test_cohorts import make_cohort
from ..reports.helpers import translate
from .test_admin_chrome import sign_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def module(site_content):
    framework = make_framework()
    competency = framework.areas.first().competencies.first()
    module = module_under(
        programme_under(catalogue_under(site_content)), lessons=0, competency=competency
    )
    module.topics.add(
        TopicTag.objects.create(
            name="Partnerystė", slug="partneryste", name_en="Partnership"
        )
    )
    module.learning_outcomes = [
        ("outcome", {"text": "Paaiškina, kas kuria pasitikėjimą."})
    ]
    publish(module)
    return module


def test_a_modules_topics_and_competencies_say_their_language(
    page, module, admin_user, assert_accessible
):
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{module.pk}/edit/")

    tags = page.locator("[data-contentpath='topics'] ul.tagit")
    expect(tags).to_have_attribute("lang", "lt")
    expect(tags.locator(".tagit-label")).to_have_text("Partnerystė")
    expect(page.get_by_role("textbox", name="Topics")).to_have_count(1)
    assert_accessible(page, within="[data-contentpath='topics']")

    chosen = page.locator("[data-contentpath='competency'] [data-chooser-title]").first
    expect(chosen).to_have_attribute("lang", "lt")

    # The side panel: an outcome's entry in the page's language, a field's in the admin's.
    outcome = page.locator(".w-minimap-item__text", has_text="Paaiškina")
    expect(outcome).to_have_attribute("lang", "lt")
    title = page.locator(".w-minimap-item__text", has_text="Title").first
    expect(title).not_to_have_attribute("lang", "lt")


def test_on_a_norwegian_page_the_topics_stay_in_the_sites_language(
    page, module, admin_user
):
    norwegian = translate(module, "nb", "Partnerskap")
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{norwegian.pk}/edit/")

    expect(page.locator("#id_title")).to_have_attribute("lang", "nb")
    tags = page.locator("[data-contentpath='topics'] ul.tagit")
    expect(tags).to_have_attribute("lang", "lt")
    expect(tags.locator("input")).not_to_have_attribute("lang", "nb")


def test_the_collapsed_side_panel_can_be_scrolled_by_keyboard(page, module, admin_user):
    sign_in_to_admin(page, admin_user, "en")
    page.goto(f"/admin/pages/{module.pk}/edit/")

    minimap = page.locator("ol.w-minimap__list")
    toggle = page.locator("#w-minimap-toggle")
    if toggle.get_attribute("aria-expanded") == "true":
        toggle.click()
    # Collapsed, its links are out of the tab order and the list takes the focus.
    expect(minimap).to_have_attribute("tabindex", "0")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(minimap).not_to_have_attribute("tabindex", "0")


def test_another_editors_avatar_button_names_them(page, module, admin_user):
    colleague = UserFactory(first_name="Rūta", last_name="Rūtaitė")
    EditingSession.objects.create(
        user=colleague,
        content_type=ContentType.objects.get_for_model(Page),  # as Wagtail's, for pages
        object_id=str(module.pk),
        last_seen_at=timezone.now(),
    )
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{module.pk}/edit/")

    # Listed once the editor's first "still here" call has answered.
    avatar = page.locator("button.w-editing-sessions__session").first
    expect(avatar).to_have_attribute("aria-label", "Rūta Rūtaitė: Currently viewing")


def test_a_chosen_pages_mark_goes_when_another_is_chosen(
    page, site_content, admin_user
):
    programme = programme_under(catalogue_under(site_content))
    cohort = make_cohort(programme)
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/snippets/learning/cohort/edit/{cohort.pk}/")

    title = page.locator("#id_programme-title")
    expect(title).to_have_attribute("lang", "lt")
    # As Wagtail's chooser writes the newly chosen page's title, whose language the
    # page does not know.
    title.evaluate("element => { element.textContent = 'Another programme'; }")
    expect(title).not_to_have_attribute("lang", "lt")
