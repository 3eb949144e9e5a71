"""The admin speaks the language each member of staff chose: Wagtail's own strings
included (what its catalogues lack is in locale/libraries/), never English on a
Lithuanian page nor, through Django's fallback to the default language, Lithuanian on a
Norwegian one."""

from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from ..language_check import wrong_language_text

pytestmark = pytest.mark.django_db


def admin_pages(site_content) -> list[str]:
    home = site_content.pk
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[home]),
        reverse("wagtailadmin_pages:edit", args=[home]),
        reverse("wagtailadmin_account"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailusers_users:index"),
        reverse("pending_enrolments:index"),
        reverse("learning_bulk_enrol"),
    ]


@pytest.mark.parametrize("language", ["lt", "nb", "en"])
def test_every_admin_page_is_in_the_persons_language(
    client, site_content, admin_user, coordinator, language
):
    wrong = {}
    for person in (admin_user, coordinator):
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = language
        profile.save()
        client.force_login(person)
        for url in admin_pages(site_content):
            response = client.get(url)
            if response.status_code != 200:
                continue  # not this person's page (the route matrix checks who)
            if found := wrong_language_text(response.content.decode(), language):
                wrong[(person.email, url)] = found
    assert wrong == {}
