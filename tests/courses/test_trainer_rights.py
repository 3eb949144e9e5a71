import pytest

from accounts.roles import Role
from courses.models import LessonPage, ProgrammeTrainer
from courses.permissions import ensure_review_workflow, sync_programme_trainers

from ..factories import UserFactory
from .pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_admin(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def setup(site_content, trainer):
    catalogue = catalogue_under(site_content)
    ensure_review_workflow(page=catalogue)
    other_trainer = UserFactory(email="other.trainer@example.org", role=Role.TRAINER)
    mine = programme_under(catalogue, slug="mano")
    theirs = programme_under(catalogue, slug="ju")
    ProgrammeTrainer.objects.create(programme=mine, user=trainer)
    ProgrammeTrainer.objects.create(programme=theirs, user=other_trainer)
    sync_programme_trainers(programme=mine)
    sync_programme_trainers(programme=theirs)
    my_module = module_under(mine, slug="mano-modulis", lessons=1, quiz=False)
    their_module = module_under(theirs, slug="ju-modulis", lessons=1, quiz=False)
    return {
        "mine": mine,
        "theirs": theirs,
        "my_lesson": my_module.get_children().first().specific,
        "their_lesson": their_module.get_children().first().specific,
        "my_module": my_module,
        "their_module": their_module,
    }


def assert_refused(response):
    """A refused page action is a 403, on the page that was asked for, with Wagtail's
    message in the admin's look (lms.middleware.AdminPermissionDeniedMiddleware)."""
    assert response.status_code == 403, response.status_code
    # An old URL may first redirect to the view that checks; never to the dashboard.
    hops = [url for url, _status in getattr(response, "redirect_chain", [])]
    assert "/admin/" not in hops
    if response.get("Content-Type", "").startswith("text/html") and response.content:
        assert "Sorry, you do not have permission" in response.content.decode()


def lesson_form(lesson, **extra):
    data = {
        "title": lesson.title,
        "slug": lesson.slug,
        "estimated_minutes": lesson.estimated_minutes,
        "body-count": 1,
        "body-0-type": "heading",
        "body-0-deleted": "",
        "body-0-order": 0,
        "body-0-id": "",
        "body-0-value-text": "Skyrius",
        "body-0-value-level": "h2",
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
        "comments-MIN_NUM_FORMS": 0,
        "comments-MAX_NUM_FORMS": 1000,
    }
    data.update(extra)
    return data


def test_a_trainer_edits_their_own_programmes_pages(client, trainer, setup):
    client.force_login(trainer)
    lesson = setup["my_lesson"]

    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    response = client.post(
        f"/admin/pages/{lesson.pk}/edit/", lesson_form(lesson, title="Nauja tema")
    )

    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.get_latest_revision().as_object().title == "Nauja tema"
    assert lesson.title == "Tema 1"  # a draft: trainers do not publish


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/admin/pages/{their_lesson}/edit/"),
        ("post", "/admin/pages/{their_lesson}/edit/"),
        ("get", "/admin/pages/{their_lesson}/revisions/"),
        ("get", "/admin/pages/{their_lesson}/history/"),
        ("get", "/admin/pages/{their_lesson}/copy/"),
        ("get", "/admin/pages/{their_lesson}/move/"),
        ("post", "/admin/pages/{my_lesson}/move/{their_module}/confirm/"),
        ("get", "/admin/pages/{their_module}/add_subpage/"),
        ("get", "/admin/pages/{their_lesson}/delete/"),
        ("post", "/admin/pages/{their_lesson}/unpublish/"),
    ],
)
def test_a_trainer_is_refused_everything_on_another_trainers_programme(
    client, trainer, setup, method, url
):
    client.force_login(trainer)
    ids = {name: page.pk for name, page in setup.items()}
    their_lesson = setup["their_lesson"]
    data = lesson_form(their_lesson, title="Užgrobta") if method == "post" else None

    response = getattr(client, method)(url.format(**ids), data, follow=True)
    assert_refused(response)
    xhr = getattr(client, method)(
        url.format(**ids), data, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    if xhr.status_code == 302:  # a redirect to the view that does the checking
        xhr = client.get(xhr["Location"], HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert xhr.status_code == 403
    their_lesson.refresh_from_db()
    assert their_lesson.title == "Tema 1" and their_lesson.live
    assert their_lesson.get_parent().pk == setup["their_module"].pk


def test_a_trainer_cannot_copy_their_page_into_another_trainers_programme(
    client, trainer, setup
):
    client.force_login(trainer)
    lesson = setup["my_lesson"]

    response = client.post(
        f"/admin/pages/{lesson.pk}/copy/",
        {
            "new_title": "Kopija",
            "new_slug": "kopija",
            "new_parent_page": setup["their_module"].pk,
            "copy_subpages": False,
            "publish_copies": False,
            "alias": False,
        },
    )

    assert response.status_code in (200, 403)
    assert not LessonPage.objects.filter(slug="kopija").exists()


def test_a_trainer_cannot_publish_even_their_own_pages(client, trainer, setup):
    client.force_login(trainer)
    lesson = setup["my_lesson"]

    client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_form(lesson, title="Paskelbta?", **{"action-publish": "1"}),
    )

    lesson.refresh_from_db()
    assert lesson.title == "Tema 1"


def test_changes_go_through_review_and_an_administrator_publishes_them(
    client, trainer, admin_user, setup
):
    lesson = setup["my_lesson"]
    client.force_login(trainer)
    client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        lesson_form(lesson, title="Peržiūrėta tema", **{"action-submit": "1"}),
    )
    lesson.refresh_from_db()
    state = lesson.current_workflow_state
    assert state is not None and state.status == "in_progress"

    client.force_login(admin_user)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Peržiūrėta tema"


def test_administrators_may_edit_every_programme(client, admin_user, setup):
    client.force_login(admin_user)

    assert (
        client.get(f"/admin/pages/{setup['their_lesson'].pk}/edit/").status_code == 200
    )
    assert client.get(f"/admin/pages/{setup['my_lesson'].pk}/edit/").status_code == 200


def test_removing_a_trainer_takes_their_rights_away(client, trainer, setup):
    ProgrammeTrainer.objects.filter(user=trainer).delete()
    sync_programme_trainers(programme=setup["mine"])
    client.force_login(trainer)

    assert_refused(
        client.get(f"/admin/pages/{setup['my_lesson'].pk}/edit/", follow=True)
    )


def test_a_lesson_made_in_the_admin_appears_in_every_language_until_translated(
    client, admin_user, setup
):
    module = setup["my_module"]
    client.force_login(admin_user)
    new = LessonPage(title="Nauja tema", slug="nauja-tema", estimated_minutes=15)

    response = client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form(new, **{"action-publish": "1"}),
    )

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="nauja-tema", locale__language_code="lt")
    copies = LessonPage.objects.filter(translation_key=lesson.translation_key)
    assert {page.locale.language_code for page in copies} == {"lt", "en", "nb"}
    assert all(page.alias_of_id == lesson.pk for page in copies if page.pk != lesson.pk)


def test_coordinators_read_the_model_and_the_programmes_but_edit_nothing(
    client, coordinator, setup
):
    from django.urls import reverse

    from .factories import make_framework

    framework = make_framework(status="published")
    lesson = setup["my_lesson"]
    client.force_login(coordinator)

    listing = client.get(reverse("wagtailsnippets_courses_competencyframework:list"))
    assert listing.status_code == 200
    assert framework.title in listing.content.decode()
    for path in (setup["mine"].url, lesson.get_parent().url, lesson.url):
        assert client.get(path).status_code == 200
    for method, url in [
        (
            "get",
            reverse(
                "wagtailsnippets_courses_competencyframework:edit", args=[framework.pk]
            ),
        ),
        ("get", f"/admin/pages/{lesson.pk}/edit/"),
        ("post", f"/admin/pages/{lesson.pk}/edit/"),
        ("get", f"/admin/pages/{setup['my_module'].pk}/add_subpage/"),
    ]:
        assert_refused(getattr(client, method)(url, follow=True))
