"""The admin's JavaScript speaks the person's language too: what Wagtail's and
wagtail-localize's djangojs catalogues lack comes from locale/libraries/ (Django
merges LOCALE_PATHS into every JavaScriptCatalog), never English, nor Lithuanian on a
Norwegian page."""

import json
import re

from django.urls import reverse

from wagtail.users.models import UserProfile

import polib
import pytest

from lms import library_messages

pytestmark = pytest.mark.django_db


def served_catalogue(client, person, language: str, url: str) -> dict:
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()
    client.force_login(person)
    response = client.get(url)
    assert response.status_code == 200
    match = re.search(
        r"const newcatalog = (\{.*?\n  \});", response.content.decode(), re.S
    )
    assert match, "the response holds no catalogue"
    return json.loads(match.group(1))


def wagtails_own(language: str, msgid: str) -> str:
    path = library_messages.PACKAGES / "wagtail/admin/locale" / language
    po = polib.pofile(str(path / "LC_MESSAGES" / "djangojs.po"))
    return po.find(msgid).msgstr


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_the_admin_sidebar_strings_come_back_translated(client, admin_user, language):
    catalogue = served_catalogue(
        client, admin_user, language, reverse("wagtailadmin_javascript_catalog")
    )

    ours = polib.pofile(str(library_messages.catalogue_path(language, "djangojs")))
    for msgid in ("(New)", "(%(number)s new items in this menu)"):
        # In this language: in Norwegian, Django would fall back to Lithuanian.
        assert catalogue[msgid] == ours.find(msgid).msgstr != msgid
    assert "%(number)s" in catalogue["(%(number)s new items in this menu)"]
    # Wagtail's own translation stays as Wagtail has it.
    assert catalogue["Actions"] == wagtails_own(language, "Actions")
    assert catalogue["Actions"] != "Actions"


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_every_filled_gap_is_served_with_all_its_plural_forms(
    client, admin_user, language
):
    catalogue = served_catalogue(
        client, admin_user, language, reverse("wagtailadmin_javascript_catalog")
    )
    ours = polib.pofile(str(library_messages.catalogue_path(language, "djangojs")))

    for entry in ours:
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            assert catalogue[entry.msgid] == forms, entry.msgid
        else:
            assert catalogue[entry.msgid] == entry.msgstr, entry.msgid
    nplurals = 4 if language == "lt" else 2
    assert len(catalogue["%(num)s error"]) == nplurals


def test_the_norwegian_admin_script_strings_are_not_lithuanian(client, admin_user):
    """Django falls back to the default language (lt) for what nb lacks."""
    url = reverse("wagtailadmin_javascript_catalog")
    lithuanian = served_catalogue(client, admin_user, "lt", url)
    norwegian = served_catalogue(client, admin_user, "nb", url)

    same = sorted(
        msgid
        for msgid, text in norwegian.items()
        if text == lithuanian.get(msgid) and text != msgid
    )
    assert same == []


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_the_translation_editor_script_strings_come_back_translated(
    client, admin_user, language
):
    catalogue = served_catalogue(
        client, admin_user, language, reverse("wagtail_localize:javascript_catalog")
    )

    assert catalogue["Stop Synced translation"] != "Stop Synced translation"
    assert catalogue["Applying editor lock"] != "Applying editor lock"
