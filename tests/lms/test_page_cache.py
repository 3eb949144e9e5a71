"""Course pages for visitors who are not signed in come from the cache: no query on a
hit, a published change at once, nothing personal ever stored, previews never."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.models import LessonPage
from learning import services as learning

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def course(site_content):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=2, quiz=False)
    return {"programme": programme, "module": module}


def get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_a_second_visit_is_served_from_the_cache_without_a_query(client, course):
    lesson = course["module"].get_children().first()
    for url in ("/lt/", course["programme"].url, course["module"].url, lesson.url):
        first, _ = get(client, url)
        second, queries = get(client, url)
        assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
        assert second.content == first.content
        assert queries == 0
        # The security headers are this request's own, not stored ones.
        assert "Content-Security-Policy" in second


def test_a_published_change_shows_at_once(client, course):
    lesson = LessonPage.objects.get(pk=course["module"].get_children().first().pk)
    client.get(lesson.url)
    lesson.title = "Tema po pakeitimo"
    publish(lesson)

    response = client.get(lesson.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tema po pakeitimo" in response.content.decode()
    # The module's outline shows the new title too.
    assert "Tema po pakeitimo" in client.get(course["module"].url).content.decode()


def test_a_signed_in_learner_never_gets_or_leaves_a_stored_page(client, course):
    learner = UserFactory(first_name="Asmeninė")
    learning.enrol_learner(learner=learner, programme=course["programme"])
    url = course["programme"].url
    client.get(url)  # stored for strangers

    client.force_login(learner)
    personal = client.get(url)
    assert "X-Page-Cache" not in personal
    # The page is the learner's own: it offers them the sign-out form.
    sign_out = f'action="{reverse("account_logout")}"'
    assert sign_out in personal.content.decode()
    client.logout()

    stranger = client.get(url)
    assert stranger["X-Page-Cache"] == "hit"
    assert sign_out not in stranger.content.decode()


def test_a_response_that_sets_a_cookie_or_a_form_token_is_not_stored(client, course):
    url = reverse("account_login")  # a form with a CSRF token, not a shared page
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)

    client.cookies["messages"] = "waiting"  # a message to show: a personal request
    assert "X-Page-Cache" not in client.get("/lt/")


def test_previews_bypass_the_cache(client, course, admin_user):
    lesson = LessonPage.objects.get(pk=course["module"].get_children().first().pk)
    client.get(lesson.url)
    lesson.title = "Juodraštis"
    lesson.save_revision()  # a draft, not published

    client.force_login(admin_user)
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert "Juodraštis" in preview.content.decode()
    client.logout()
    public = client.get(lesson.url)
    assert "Juodraštis" not in public.content.decode()
    assert public["X-Page-Cache"] == "hit"


def test_a_changed_competency_retires_the_stored_pages(client, course):
    from courses.models import Competency

    from ..courses.factories import make_framework

    framework = make_framework()
    client.get("/lt/")
    competency = Competency.objects.filter(area__framework=framework).first()
    competency.title = "Naujas pavadinimas"
    competency.save()
    assert client.get("/lt/")["X-Page-Cache"] == "miss"


def test_a_module_and_lesson_with_a_quiz_are_shared_with_strangers(
    client, site_content
):
    module = module_under(programme_under(catalogue_under(site_content)), lessons=1)
    lesson = module.get_children().first()
    for url in (module.url, lesson.url):
        first = client.get(url)
        assert "csrfmiddlewaretoken" not in first.content.decode()
        assert first["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_registration_retires_the_stored_pages_that_count_seats(client, course):
    from events.models import Registration

    from ..events.pages import event_under

    event = event_under(course["module"], capacity=5)
    client.get(course["module"].url)
    assert client.get(course["module"].url)["X-Page-Cache"] == "hit"
    Registration.objects.create(
        person=UserFactory(),
        event_key=event.translation_key,
        event=event,
        event_title=event.title,
        status=Registration.Status.REGISTERED,
        position=1,
    )
    assert client.get(course["module"].url)["X-Page-Cache"] == "miss"


def test_a_forced_reload_renders_the_page_afresh_and_stores_it(client, course):
    url = course["module"].url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    fresh, queries = get(client, url, HTTP_CACHE_CONTROL="no-cache")
    assert fresh["X-Page-Cache"] == "miss"
    assert queries > 0
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_view_restriction_retires_the_stored_pages(client, course):
    from wagtail.models import PageViewRestriction

    lesson = course["module"].get_children().first()
    client.get(lesson.url)
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(
        page=course["programme"], restriction_type=PageViewRestriction.LOGIN
    )
    refused = client.get(lesson.url)
    assert refused.status_code == 302
    assert "X-Page-Cache" not in refused


def test_a_process_serves_its_own_copy_until_the_content_or_its_time_moves_on(
    client, course, monkeypatch
):
    from django.core.cache import cache

    from lms import page_cache

    url = course["module"].url
    first, _ = get(client, url)
    key = page_cache.cache_key(first.wsgi_request)
    assert key in page_cache._local
    cache.delete(key)  # the shared entry gone: this process still has the page
    assert get(client, url)[0]["X-Page-Cache"] == "hit"

    later = page_cache.time.monotonic() + 601  # past PAGE_CACHE_SECONDS
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    cache.delete(key)
    assert get(client, url)[0]["X-Page-Cache"] == "miss"


def test_a_process_keeps_a_bounded_number_of_pages(client, course, monkeypatch):
    from lms import page_cache

    monkeypatch.setattr(page_cache, "LOCAL_PAGES", 2)
    for query in ("a", "b", "c"):
        assert get(client, f"{course['module'].url}?{query}")[0].status_code == 200
    assert len(page_cache._local) == 2
