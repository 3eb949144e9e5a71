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
        # the browser asks for another language: the admin's own choice wins
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en" if language == "lt" else "lt"
        for url in admin_pages(site_content):
            response = client.get(url)
            if response.status_code != 200:
                continue  # not this person's page (the route matrix checks who)
            if found := wrong_language_text(response.content.decode(), language):
                wrong[(person.email, url)] = found
            if response["Content-Language"] != language:
                wrong[(person.email, url)] = response["Content-Language"]
    assert wrong == {}


@pytest.mark.parametrize("language", ["lt", "nb", "en"])
def test_every_admin_screen_without_parameters_is_in_the_persons_language(
    client, site_content, admin_user, language
):
    """All of Wagtail's and our admin screens an administrator opens from the menu
    (every admin route without parameters), not only the ones above."""
    from ..security.routes import all_routes

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)
    urls = sorted(
        {
            route.placeholder_url()
            for route in all_routes()
            if route.is_admin
            and "<" not in route.pattern
            and route.placeholder_url()
            and not route.pattern.endswith(
                ("logout/", "login/", "jsi18n/", "failwhale/")
            )
        }
    )
    assert len(urls) > 40  # the sweep really walks the admin
    wrong = {}
    for url in urls:
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        if found := wrong_language_text(response.content.decode(), language):
            wrong[url] = found
    assert wrong == {}


@pytest.mark.parametrize("language", ["en", "nb"])
def test_the_admin_names_the_platform_in_its_own_language(client, admin_user, language):
    from django.utils import translation as _translation

    from lms.context_processors import site_name

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)

    html = client.get("/admin/").content.decode()

    with _translation.override(language):
        assert site_name() in html
    assert "Socialinė klasterystė" not in html
