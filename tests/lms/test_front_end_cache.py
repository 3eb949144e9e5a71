"""A front-end cache in front of the platform (Varnish, a CDN) is purged whenever the
page cache behind it retires its pages, once per burst of changes, after the commit;
the pages it may keep say so, and nothing happens without one configured."""

from django.core.cache import cache

from wagtail.contrib.frontend_cache.backends import BaseBackend

import pytest

from courses.models import Competency
from lms import front_end_cache, tasks

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = pytest.mark.django_db

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url) -> None:
        PURGED.append(url)


@pytest.fixture
def front_end(settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": f"{__name__}.RecordingBackend"}
    }
    settings.PAGE_CACHE_SECONDS = 600
    queued = []
    monkeypatch.setattr(
        tasks.purge_front_end_cache,
        "apply_async",
        lambda **options: queued.append(options),
    )
    PURGED.clear()
    return queued


@pytest.fixture
def course(site_content):
    programme = programme_under(catalogue_under(site_content))
    return {"programme": programme, "module": module_under(programme, lessons=1)}


def test_a_publish_queues_one_purge_of_every_live_page_after_the_commit(
    front_end, course, django_capture_on_commit_callbacks
):
    module = course["module"]
    with django_capture_on_commit_callbacks(execute=True):
        module.title = "Naujas modulis"
        publish(module)
        publish(course["programme"])  # the same burst: one purge
    assert front_end == [{"countdown": front_end_cache.DELAY_SECONDS}]
    PURGED.clear()

    purged = tasks.purge_front_end_cache()

    assert 0 < purged <= len(PURGED)  # Wagtail adds each language's prefix
    assert any(url.endswith(module.url) for url in PURGED)
    assert any(url.endswith("/lt/") for url in PURGED)  # the home page's header
    with django_capture_on_commit_callbacks(execute=True):
        publish(module)  # after the purge started: a purge of its own
    assert len(front_end) == 2


def test_a_record_the_pages_show_queues_a_purge(
    front_end, site_content, django_capture_on_commit_callbacks
):
    make_framework(status="published")
    cache.delete(front_end_cache.QUEUED_KEY)
    front_end.clear()
    competency = Competency.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        competency.title = "Pasitikėjimas"
        competency.save()
    assert len(front_end) == 1


def test_the_stored_pages_tell_a_shared_cache_to_keep_them_apart_from_cookies(
    front_end, client, course, learner
):
    response = client.get(course["module"].url)
    assert response["X-Page-Cache"] == "miss"
    assert "public" in response["Cache-Control"]
    assert "s-maxage=600" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert "public" in client.get(course["module"].url)["Cache-Control"]  # a hit too

    client.force_login(learner)
    assert "public" not in client.get(course["module"].url).get("Cache-Control", "")


def test_nothing_is_queued_or_marked_without_a_front_end_cache(
    settings, client, course, monkeypatch, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    queued = []
    monkeypatch.setattr(
        tasks.purge_front_end_cache, "apply_async", lambda **o: queued.append(o)
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(course["module"])
    assert queued == []
    assert "public" not in client.get(course["module"].url).get("Cache-Control", "")
