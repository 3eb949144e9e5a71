"""The authoring journey in a real browser: a trainer adds a module to their programme in
the Wagtail admin and submits it for review; an administrator approves and publishes it;
the public page shows it in Lithuanian and, until translated, in English."""

from django.apps import apps as django_apps

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect
from wagtail_localize.models import LocaleSynchronization

from accounts.roles import sync_role_groups
from courses.models import ModulePage, ProgrammeTrainer
from courses.permissions import ensure_review_workflow, sync_programme_trainers

from ..courses.pages import catalogue_under, programme_under
from ..factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, user):
    UserProfile.objects.update_or_create(
        user=user, defaults={"preferred_language": "en"}
    )
    page.goto("/admin/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page).to_have_url("/admin/", timeout=15_000)


def test_a_trainer_submits_a_module_and_an_administrator_publishes_it(
    browser, live_server, site_content, trainer, admin_user, assert_accessible
):
    # site_content first: it restores the role groups a transactional test flushed.
    sync_role_groups(django_apps)
    # ...and what migration courses.0007 made, so that new pages get their aliases.
    source = Locale.objects.get(language_code="lt")
    for other in Locale.objects.exclude(pk=source.pk):
        LocaleSynchronization.objects.get_or_create(
            locale=other, defaults={"sync_from": source}
        )
    catalogue = catalogue_under(site_content)
    ensure_review_workflow(page=catalogue)
    programme = programme_under(catalogue)
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    sync_programme_trainers(programme=programme)

    trainer_context = browser.new_context(base_url=live_server.url)
    page = trainer_context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, trainer)
    page.goto(f"/admin/pages/add/courses/modulepage/{programme.pk}/")
    page.locator("#id_title").fill("Pasitikėjimo kūrimas")
    page.locator("#id_summary").fill("Kaip kurti pasitikėjimą tarp sektorių.")
    page.locator("#id_estimated_hours").fill("6")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Programme review").click()
    expect(page.get_by_role("status")).to_contain_text("submitted for moderation")
    trainer_context.close()

    module = ModulePage.objects.get(
        title="Pasitikėjimo kūrimas", locale__language_code="lt"
    )
    assert not module.live

    admin_context = browser.new_context(base_url=live_server.url)
    page = admin_context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, admin_user)
    page.goto(f"/admin/pages/{module.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish").click()
    expect(page.get_by_role("link", name="Current page status: live")).to_be_visible()
    admin_context.close()

    module.refresh_from_db()
    assert module.live
    visitor = browser.new_context(base_url=live_server.url).new_page()
    visitor.goto(module.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Pasitikėjimo kūrimas")
    assert_accessible(visitor)
    english = ModulePage.objects.get(
        translation_key=module.translation_key, locale__language_code="en"
    )
    visitor.goto(english.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Pasitikėjimo kūrimas")
