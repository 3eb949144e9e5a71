import pytest

from courses.demo import seed_site

pytestmark = pytest.mark.django_db


def test_the_root_address_sends_visitors_to_the_lithuanian_home_page(
    client, site_content
):
    response = client.get("/")

    assert response.status_code == 302
    assert response.url == "/lt/"


@pytest.mark.parametrize(
    ("path", "language", "title"),
    [
        ("/lt/", "lt", "Socialinė klasterystė viešajame sektoriuje"),
        ("/en/", "en", "Social clustering in the public sector"),
        ("/nb/", "nb", "Sosial klyngeutvikling i offentlig sektor"),
    ],
)
def test_the_home_page_is_served_in_each_language(
    client, site_content, path, language, title
):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h1>{title}</h1>" in html
    assert "Biržų rajono savivaldybė" in html  # the partners


def test_every_page_has_a_skip_link_landmarks_and_a_language_switcher(
    client, site_content
):
    html = client.get("/en/").content.decode()

    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'href="/lt/" hreflang="lt" lang="lt"' in html
    assert 'href="/nb/" hreflang="nb" lang="nb"' in html
    assert 'href="/en/" hreflang="en" lang="en" aria-current="true"' in html


def test_the_language_switcher_keeps_the_page_outside_wagtail(client, site_content):
    html = client.get("/en/accounts/login/").content.decode()

    assert 'href="/lt/accounts/login/" hreflang="lt"' in html
    assert 'href="/nb/accounts/login/" hreflang="nb"' in html


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/en/no-such-page/", "en", "Page not found"),
        ("/lt/no-such-page/", "lt", "Puslapis nerastas"),
    ],
)
def test_unknown_addresses_get_a_designed_404_in_the_right_language(
    client, site_content, path, language, heading
):
    response = client.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html


def test_server_errors_get_a_designed_500(client, site_content, monkeypatch):
    from courses.models import HomePage

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client.raise_request_exception = False

    response = client.get("/en/")

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_static_files_are_self_contained(client, site_content):
    html = client.get("/lt/").content.decode()

    assert "https://" not in html.split("<body")[0], "no CDN in <head>"


def test_seeding_twice_changes_nothing(organisation):
    from wagtail.models import Page, Revision

    seed_site(site_url="http://testserver")
    pages, revisions = Page.objects.count(), Revision.objects.count()

    seed_site(site_url="http://testserver")

    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_unknown_addresses_outside_the_language_prefixes_stay_404(
    client, admin_user, site_content
):
    client.force_login(admin_user)

    assert client.get("/admin/no-such-area/").status_code == 404
    assert client.get("/no-such-page/").status_code == 302  # pages live under /lt/


@pytest.mark.parametrize(
    ("language", "go_back"),
    [("en", "Go to Wagtail admin"), ("nb", "Gå til Wagtail admin")],
)
def test_a_missing_admin_address_answers_in_the_admins_language(
    client, in_admin, admin_user, site_content, language, go_back
):
    # Wagtail renders its admin 404 after its view's language switch is undone.
    in_admin(admin_user, language)

    for path in ("/admin/no-such-area/", "/admin/pages/999999/edit/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="lt")

        assert response.status_code == 404, path
        html = response.content.decode()
        assert f'<html lang="{language}" dir="ltr"' in html, path
        assert go_back in html, path
