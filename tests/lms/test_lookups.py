"""The Site, Locale, route and view restrictions a page request needs come from the
process's memory (lms/lookups.py), and a change to any of them takes effect on the next
request: made here (its signal) or by another process (the shared content version)."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction, Site

import pytest

from courses.models import LessonPage
from lms import lookups, navigation

from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings):
    # The page cache too: a change must reach the pages it stored.
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def lesson(site_content):
    module = module_under(programme_under(catalogue_under(site_content)), lessons=1)
    return module.get_children().first()


def another_process_changed_the_content() -> None:
    """What another process's signal does here: raise the shared content version."""
    navigation.invalidate()


def served_site(client, url: str = "/lt/") -> Site:
    response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    assert response.status_code == 200
    return response.wsgi_request._wagtail_site


def test_a_warm_page_asks_nothing_of_the_site_or_locale_tables(client, lesson):
    client.get(lesson.url, HTTP_CACHE_CONTROL="no-cache")
    with CaptureQueriesContext(connection) as captured:
        client.get(lesson.url, HTTP_CACHE_CONTROL="no-cache")
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert 'FROM "wagtailcore_site"' not in sql
    assert 'FROM "wagtailcore_locale"' not in sql
    assert 'FROM "wagtailcore_pageviewrestriction"' not in sql


def test_a_saved_site_is_read_again_at_once(client, lesson):
    site = Site.objects.get(is_default_site=True)
    assert served_site(client).site_name != "Pervadinta"

    site.site_name = "Pervadinta"
    site.save()

    assert served_site(client).site_name == "Pervadinta"


def test_a_site_changed_by_another_process_is_read_again_on_its_signal(client, lesson):
    served_site(client)
    Site.objects.filter(is_default_site=True).update(site_name="Kitur pakeista")
    assert served_site(client).site_name != "Kitur pakeista"  # still remembered

    another_process_changed_the_content()

    assert served_site(client).site_name == "Kitur pakeista"


def test_each_language_gets_its_own_home_page_as_the_root(client, lesson):
    assert served_site(client, "/lt/").root_page.locale.language_code == "lt"
    assert served_site(client, "/nb/").root_page.locale.language_code == "nb"
    # The site's own root stays the site's.
    assert served_site(client, "/nb/").root_page_id == Site.objects.get().root_page_id


def test_a_saved_or_changed_locale_is_read_again(lesson):
    with translation.override("lt"):
        first = lookups.active_locale()
        assert lookups.active_locale() is first
        Locale.objects.get(language_code="lt").save()
        saved = lookups.active_locale()
        assert saved is not first and saved.language_code == "lt"
        another_process_changed_the_content()
        assert lookups.active_locale() is not saved


def test_a_view_restriction_takes_effect_at_once_and_when_removed(client, lesson):
    module = lesson.get_parent()
    assert client.get(lesson.url).status_code == 200
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"

    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.LOGIN
    )
    refused = client.get(lesson.url)
    assert refused.status_code == 302
    assert refused["Location"].endswith(f"?next={lesson.url}")

    restriction.delete()
    assert client.get(lesson.url).status_code == 200


def test_a_view_restriction_made_by_another_process_takes_effect_on_its_signal(
    client, lesson
):
    module = lesson.get_parent()
    client.get(lesson.url, HTTP_CACHE_CONTROL="no-cache")
    PageViewRestriction.objects.bulk_create(  # no signal here, as in another process
        [PageViewRestriction(page=module, restriction_type=PageViewRestriction.LOGIN)]
    )

    another_process_changed_the_content()

    assert client.get(lesson.url, HTTP_CACHE_CONTROL="no-cache").status_code == 302


def test_a_flushed_cache_forgets_what_the_process_remembered(client, lesson):
    served_site(client)
    Site.objects.filter(is_default_site=True).update(site_name="Po išvalymo")
    cache.clear()  # a new content version, never one seen before

    assert served_site(client).site_name == "Po išvalymo"


def test_a_renamed_page_is_routed_at_its_new_address(client, lesson):
    lesson = lesson.specific
    old = lesson.url
    assert client.get(old).status_code == 200
    lesson.slug = "nauja-tema"
    lesson.save_revision().publish()

    renamed = LessonPage.objects.get(pk=lesson.pk)
    assert renamed.url != old
    assert client.get(old).status_code == 404
    assert client.get(renamed.url).status_code == 200


def test_hosts_and_paths_a_visitor_makes_up_do_not_fill_the_memory(
    client, lesson, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    client.get(lesson.url, HTTP_CACHE_CONTROL="no-cache")
    before = len(lookups._remembered[navigation.version()])
    for number in range(5):
        client.get(f"/lt/nera-{number}/", HTTP_CACHE_CONTROL="no-cache")
        client.get(
            lesson.url, HTTP_HOST=f"h{number}.example", HTTP_CACHE_CONTROL="no-cache"
        )

    kept = lookups._remembered[navigation.version()]
    assert len(kept) <= before + 1  # the made-up hosts' one entry: the default site
    assert not any(
        key[0] == "route" and "nera" in key[2] for key in kept if isinstance(key, tuple)
    )


def test_a_request_reads_the_content_version_once(client, lesson, monkeypatch):
    reads = []
    real_get_or_set, real_get_many = cache.get_or_set, cache.get_many

    def get_or_set(key, *args, **kwargs):
        reads.append(key)
        return real_get_or_set(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        reads.extend(keys)
        return real_get_many(keys, *args, **kwargs)

    client.get(lesson.url)  # stored by the page cache
    monkeypatch.setattr(cache, "get_or_set", get_or_set)
    monkeypatch.setattr(cache, "get_many", get_many)
    for headers in ({"HTTP_CACHE_CONTROL": "no-cache"}, {}):  # rendered, then a hit
        reads.clear()
        assert client.get(lesson.url, **headers).status_code == 200
        assert reads.count(navigation.VERSION_KEY) == 1, reads


def test_within_a_request_a_change_it_makes_is_seen_at_once():
    from django.http import HttpResponse

    seen = []

    def view(request):
        seen.append(navigation.version())
        navigation.invalidate()
        seen.append(navigation.version())
        return HttpResponse()

    navigation.ContentVersionMiddleware(view)(None)

    assert seen[1] == seen[0] + 1
    assert navigation.version() == seen[1]  # outside a request: read afresh
