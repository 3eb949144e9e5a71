"""The admin's own furniture in the admin's language: short menu labels of their own,
Wagtail's menu labels translated for every request, the strings Wagtail's templates
hard-code in English, time zones a browser accepts, and snippet rows of other locales
marked with their language."""

import json
import re
import runpy
from unittest import mock

from django.urls import reverse

from wagtail.admin.menu import help_menu, reports_menu
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail.utils.version import get_main_version

import pytest

from events.models import FunderActivity, SurveyQuestionSet
from lms.settings import base

from ..courses.factories import make_framework
from ..language_check import _VisibleText

pytestmark = pytest.mark.django_db


def admin_in(client, person, language: str):
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()
    client.force_login(person)
    return client


def runs(html: str, language: str) -> list[tuple[str, str]]:
    """Each text, attribute text and button value with the language it is marked in."""
    parser = _VisibleText(language)
    parser.feed(html)
    return [(lang, " ".join(text.split())) for lang, text in parser.runs]


def menu_labels(html: str) -> set[str]:
    """The labels of the side menu's items, submenus' included."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.DOTALL,
    )
    assert props
    labels = set()

    def collect(node):
        if isinstance(node, dict):
            if "label" in node:
                labels.add(node["label"])
            node = list(node.values())
        if isinstance(node, list):
            for child in node:
                collect(child)

    collect(json.loads(props.group(1)))
    return labels


def test_the_long_titled_admin_pages_have_short_menu_labels_of_their_own(
    client, site_content, coordinator
):
    admin_in(client, coordinator, "en")

    labels = menu_labels(client.get(reverse("wagtailadmin_home")).content.decode())

    assert {
        "Competencies",
        "Enrolment requests",
        "Event requests",
        "Register staff",
    } <= labels
    assert not labels & {
        "Competency model",
        "Enrolments to approve",
        "Event registrations to approve",
        "Register staff for an event",
    }


def test_wagtails_translations_and_whats_new_labels_follow_each_admins_language(
    client, site_content, admin_user, coordinator
):
    # As in a fresh process whose first admin request is in English.
    for menu in (reports_menu, help_menu):
        menu.__dict__.pop("registered_menu_items", None)
    admin_in(client, admin_user, "en").get(reverse("wagtailadmin_home"))

    seen = {}
    for language in ("lt", "nb"):
        html = admin_in(client, coordinator, language).get(reverse("wagtailadmin_home"))
        seen[language] = html.content.decode()

    version = get_main_version(include_patch=False)
    assert "Vertimai" in seen["lt"]
    assert f"Kas naujo Wagtail {version}" in seen["lt"]
    assert "Oversettelser" in seen["nb"]
    assert f"Nytt i Wagtail {version}" in seen["nb"]
    for html in seen.values():
        assert '"Translations"' not in html
        assert "new in Wagtail" not in html


@pytest.mark.parametrize(
    ("language", "search", "actions"),
    [("lt", "Paieška", "Veiksmai"), ("nb", "Søk", "Handlinger")],
)
def test_wagtails_search_buttons_and_actions_bar_are_in_the_admins_language(
    client, site_content, admin_user, language, search, actions
):
    admin_in(client, admin_user, language)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    chooser = json.loads(client.get(reverse("wagtailadmin_choose_page")).content)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[site_content.pk]))

    for html in (home, chooser["html"]):
        assert (language, search) in runs(html, language)
        assert (language, "Search") not in runs(html, language)
    assert f'<nav aria-label="{actions}" id="w-slim-header-buttons"' in (
        edit.content.decode()
    )


def test_the_time_zones_offered_leave_out_what_browsers_refuse():
    # Names Chromium's Intl.DateTimeFormat refuses (RangeError), as Debian's zoneinfo
    # folder may hold them, beside ones it accepts.
    refused = {"localtime", "posixrules", "posix/Europe/Oslo", "right/UTC"}
    accepted = {"Europe/Vilnius", "Europe/Oslo", "UTC", "Factory", "Etc/GMT+5"}
    with mock.patch("zoneinfo.available_timezones", return_value=refused | accepted):
        zones = runpy.run_path(base.__file__)["WAGTAIL_USER_TIME_ZONES"]

    assert zones == sorted(accepted)


@pytest.mark.parametrize(
    ("url", "english_title"),
    [
        (
            "/admin/snippets/courses/competencyframework/",
            "Social clustering model (en)",
        ),
        ("/admin/snippets/courses/competency/", "Competency 1.1"),
        ("/admin/snippets/events/funderactivity/", "Training events for staff"),
        ("/admin/snippets/events/surveyquestionset/", "Satisfaction survey"),
    ],
)
def test_snippet_rows_of_another_locale_carry_their_language(
    client, site_content, admin_user, url, english_title
):
    make_framework(language="lt", areas=1, per_area=1)
    make_framework(code="EN", language="en", areas=1, per_area=1)
    FunderActivity.objects.create(
        code="1.1.2", title="Mokymo renginiai darbuotojams", target_participants=120
    )
    english = Locale.objects.get(language_code="en")
    FunderActivity.objects.create(
        code="1.1.2",
        title="Training events for staff",
        target_participants=120,
        locale=english,
    )
    SurveyQuestionSet.objects.create(name="Satisfaction survey", locale=english)
    admin_in(client, admin_user, "lt")

    response = client.get(url)

    assert response.status_code == 200
    assert ("en", english_title) in runs(response.content.decode(), "lt")
