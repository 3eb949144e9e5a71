"""The admin's own furniture in Chromium, in each language: no side-menu label is cut
off with an ellipsis, the account page's time-zone select raises nothing, the editor's
learning outcomes are labelled inputs, the multiple upload is one named control with
its real limit, and the new user form's "Roles" button is a link, not a stray tab."""

import re

import pytest
from playwright.sync_api import expect

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..reports.helpers import translate
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CUT_LABELS = """() => [...document.querySelectorAll('.sidebar-main-menu .menuitem-label')]
    .filter(label => label.offsetParent !== null && label.scrollWidth > label.clientWidth)
    .map(label => label.textContent.trim())"""


def sign_in_to_admin(page, person, language: str) -> None:
    sign_in(page, person, language=language, next_url="/admin/")
    expect(page.locator(".sidebar-main-menu .menuitem-label").first).to_be_visible()


def cut_labels(page) -> set[str]:
    """The labels wider than their box, in the main menu and in each submenu opened."""
    cut = set(page.evaluate(CUT_LABELS))
    submenus = page.locator(".sidebar-main-menu button[aria-haspopup=menu]")
    for index in range(submenus.count()):
        submenu = submenus.nth(index)
        submenu.click()
        expect(submenu).to_have_attribute("aria-expanded", "true")
        expect(
            page.locator(".sidebar-sub-menu-item--open .sidebar-sub-menu-panel")
        ).to_be_visible()
        cut |= set(page.evaluate(CUT_LABELS))
        submenu.click()
    return cut


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_no_admin_menu_label_is_cut_off(
    page, site_content, admin_user, coordinator, language
):
    for person in (admin_user, coordinator):
        page.context.clear_cookies()
        sign_in_to_admin(page, person, language)
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert cut_labels(page) == set(), person.email


def test_the_account_page_raises_no_script_error(page, site_content, admin_user):
    errors = []
    page.on("pageerror", lambda error: errors.append(error.message))
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    sign_in_to_admin(page, admin_user, "en")

    page.goto("/admin/account/")
    # The select's script names every zone it offers through Intl.DateTimeFormat.
    zones = page.get_by_label("Current time zone")
    expect(zones.locator("option[value='Europe/Oslo']")).to_be_attached()
    page.wait_for_load_state("load")

    assert errors == []


def test_each_learning_outcome_in_the_editor_is_a_labelled_input(
    page, site_content, admin_user, assert_accessible
):
    module = module_under(programme_under(catalogue_under(site_content)), lessons=0)
    module.learning_outcomes = [
        ("outcome", {"text": "Paaiškina, kas kuria pasitikėjimą."})
    ]
    publish(module)
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{module.pk}/edit/")

    # The label marks the field as required ("Outcome*").
    outcome = page.get_by_label(re.compile(r"^Outcome\*?$"))
    expect(outcome).to_have_value("Paaiškina, kas kuria pasitikėjimą.")
    assert_accessible(page, within="[data-contentpath='learning_outcomes']")


def test_each_rich_text_editor_is_named_by_its_label_or_block(
    page, site_content, admin_user, assert_accessible
):
    module = module_under(programme_under(catalogue_under(site_content)), lessons=1)
    lesson = module.get_children().first()
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{module.pk}/edit/")
    expect(page.get_by_role("textbox", name="Assignment", exact=True)).to_have_count(1)
    assert_accessible(page, within="[data-contentpath='assignment_brief']")

    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    # A rich text block of the lesson's stream is named by its heading.
    expect(page.get_by_role("textbox", name=re.compile(r"^Rich text"))).to_have_count(1)


def test_a_page_in_another_language_is_edited_in_fields_that_say_it(
    page, site_content, admin_user
):
    programme = programme_under(catalogue_under(site_content))
    norwegian = translate(programme, "nb", "Sosial klyngeutvikling")
    sign_in_to_admin(page, admin_user, "en")

    page.goto(f"/admin/pages/{norwegian.pk}/edit/")
    expect(page.locator("#id_title")).to_have_attribute("lang", "nb")
    # Its label stays in the admin's language.
    expect(page.locator('label[for="id_title"]')).not_to_have_attribute("lang", "nb")

    page.goto(f"/admin/pages/{programme.pk}/edit/")
    expect(page.locator("#id_title")).to_have_attribute("lang", "lt")


@pytest.mark.parametrize(
    "path, limit",
    [("/admin/documents/multiple/add/", "200"), ("/admin/images/multiple/add/", "10")],
)
def test_the_multiple_upload_is_one_named_control_that_states_the_real_limit(
    page, site_content, admin_user, assert_accessible, path, limit
):
    sign_in_to_admin(page, admin_user, "nb")

    page.goto(path)

    upload = page.locator("#fileupload")
    expect(upload).to_have_attribute("aria-label", re.compile(r"\S"))
    expect(page.get_by_text(re.compile(rf"\b{limit}(,0)?\s*MB\b"))).to_be_visible()
    assert upload.get_attribute("data-max-file-size").isdigit()
    # The button the input lies over is shown, not reached by Tab as well.
    expect(page.locator(".replace-file-input button")).to_have_attribute(
        "tabindex", "-1"
    )
    assert_accessible(page, within="main")


def test_the_new_user_forms_roles_button_is_a_link_that_opens_the_roles_tab(
    page, site_content, admin_user, assert_accessible
):
    sign_in_to_admin(page, admin_user, "en")
    page.goto("/admin/users/new/")

    # Wagtail marks it as a tab outside the tab list; it is a link to that tab.
    assert page.locator('section [role="tab"]').count() == 0
    assert_accessible(page, within="main")
    page.locator("#tab-account").get_by_role("link", name="Roles").click()

    expect(page.locator("#tab-roles")).to_be_visible()
    expect(page.get_by_role("tab", name="Roles")).to_have_attribute(
        "aria-selected", "true"
    )
    expect(page.get_by_role("tab", name="Roles")).to_be_focused()
