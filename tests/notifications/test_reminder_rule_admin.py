"""The reminder rule form in the admin's language, whoever opened it first."""

from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/notifications/reminderrule/add/"


def chooser_text(language: str) -> str:
    with translation.override(language):
        return "{} ({})".format(
            translation.gettext("Choose a page"), translation.gettext("Programme")
        )


def test_the_programme_chooser_names_the_page_type_in_each_admins_language(
    in_admin, admin_user, site_content
):
    # Lithuanian first: Wagtail would have kept the process's first language.
    lithuanian = in_admin(admin_user, "lt").get(ADD).content.decode()
    english = in_admin(admin_user, "en").get(ADD).content.decode()
    norwegian = in_admin(admin_user, "nb").get(ADD).content.decode()

    assert chooser_text("lt") in lithuanian
    assert chooser_text("en") == "Choose a page (Programme)"
    assert chooser_text("en") in english
    assert chooser_text("nb") in norwegian and chooser_text("lt") not in norwegian
