"""Wagtail's own admin pages say which language each name is in, name no one as
"None", and have no link without a name."""

import re

import pytest

from ..reports.helpers import h1_texts

pytestmark = pytest.mark.django_db


def test_the_account_page_names_each_admin_language_in_itself(in_admin, admin_user):
    html = in_admin(admin_user, "nb").get("/admin/account/").content.decode()

    select = re.search(
        r'<select name="locale-preferred_language".*?</select>', html, re.S
    )
    assert select, "the preferred language select"
    options = dict(re.findall(r'<option value="(\w+)"[^>]*?lang="(\w+)"', select[0]))
    assert options == {"en": "en", "lt": "lt", "nb": "nb"}


@pytest.mark.parametrize(
    "language, default",
    [
        ("nb", "Bruk serverens språk: Litauisk"),
        ("en", "Use server language: Lithuanian"),
        ("lt", "Naudoti serverio kalbą: Lietuvių"),
    ],
)
def test_the_server_language_option_is_worded_in_the_admins_language(
    in_admin, admin_user, language, default
):
    # Wagtail's "Use server language: Lietuviškai" mixes two languages in one option.
    html = in_admin(admin_user, language).get("/admin/account/").content.decode()

    select = re.search(
        r'<select name="locale-preferred_language".*?</select>', html, re.S
    )[0]
    first = re.search(r'<option value=""[^>]*>(.*?)</option>', select, re.S)
    assert first and first[1].strip() == default


def test_a_page_published_by_no_one_was_published_by_the_system(
    in_admin, admin_user, site_content
):
    # The demo's seed, like a scheduled publish, publishes with no user.
    client = in_admin(admin_user, "lt")

    html = client.get("/admin/reports/aging-pages/").content.decode()

    cells = re.findall(
        r'<span\s+class="avatar small"\s*>.*?</span>\s*(\S+)', html, re.S
    )
    assert cells and set(cells) == {"Sistema"}
    assert "None" not in re.sub(r'class="[^"]*"', "", html)


@pytest.mark.parametrize("path", ["/admin/locales/new/", "/admin/locales/edit/{pk}/"])
def test_the_locale_forms_have_no_nameless_link_in_their_header(
    in_admin, admin_user, site_content, path
):
    from wagtail.models import Locale

    url = path.format(pk=Locale.objects.get(language_code="en").pk)
    html = in_admin(admin_user).get(url).content.decode()

    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    links = re.findall(r"<a [^>]*>(.*?)</a>", header, re.S)
    assert all(re.sub(r"<[^>]+>|\s", "", link) for link in links)


@pytest.mark.parametrize("language, text", [("en", "Edit any image"), ("nb", None)])
def test_the_group_forms_permission_labels_follow_the_admins_language(
    in_admin, admin_user, language, text
):
    from django.utils import translation

    from lms.wagtail_hooks import LAZY_PERMISSION_LABELS

    with translation.override(language):
        expected = text or str(translation.gettext("Edit any image"))
    with translation.override("lt"):
        frozen = translation.gettext("Edit any image")
    admin_user.is_superuser = True  # groups are the site owner's
    admin_user.save()
    html = in_admin(admin_user, language).get("/admin/groups/new/").content.decode()

    assert expected in html and frozen not in html
    for formset, labels in LAZY_PERMISSION_LABELS.items():
        assert formset.permission_types == labels  # Wagtail's list is still ours


@pytest.mark.parametrize(
    "language, heading",
    [("lt", "Pridėti lokalę Lokalė"), ("nb", "Legg til språk Språk")],
)
def test_the_locale_pages_speak_the_admins_language(
    in_admin, admin_user, site_content, language, heading
):
    # wagtail-localize's locales app uses Wagtail's locale views, whose catalogue
    # Django would not load (wagtail.locales is not installed); the subtitle is the
    # model's name, which Wagtail does not declare.
    html = in_admin(admin_user, language).get("/admin/locales/new/").content.decode()

    assert h1_texts(html) == [heading]


@pytest.mark.parametrize("language, label", [("lt", "Puslapis"), ("nb", "Side")])
def test_the_workflow_forms_page_field_is_labelled_in_the_admins_language(
    in_admin, site_content, language, label
):
    from django.urls import reverse

    from courses.permissions import ensure_review_workflow

    from ..factories import UserFactory

    workflow = ensure_review_workflow(page=site_content)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client = in_admin(superuser, language)

    html = client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk]))

    labels = re.findall(r"<label[^>]*>\s*([^<]*?)\s*<", html.content.decode())
    assert label in labels
    assert "Page" not in labels
