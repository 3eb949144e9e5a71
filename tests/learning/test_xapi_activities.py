"""Activity ids resolve: the xAPI activity definition as JSON to a client that asks for
it, the page in the visitor's language to everyone else, and nothing for what is not
published."""

import pytest

from courses.models import LessonPage
from learning import services, statements

from ..courses.pages import catalogue_under, module_under, programme_under
from ..events.pages import translate
from .test_quizzes import quiz_ids

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, lessons=2, quiz=True)
    return programme


@pytest.fixture
def lesson(programme):
    return LessonPage.objects.descendant_of(programme).order_by("path").first()


def path_of(kind, key, part=""):
    return statements.activity_id(kind, key, part).removeprefix("http://testserver")


def test_a_client_asking_for_json_gets_the_activity_definition(client, lesson):
    translate(lesson, "nb", title="Tema på norsk")

    response = client.get(path_of("lesson", lesson.translation_key), **JSON)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert "Accept" in response["Vary"]
    data = response.json()
    assert data["objectType"] == "Activity"
    assert data["id"] == statements.activity_id("lesson", lesson.translation_key)
    definition = data["definition"]
    assert definition["type"] == "http://adlnet.gov/expapi/activities/lesson"
    assert definition["name"] == {"lt": "Tema 1", "nb": "Tema på norsk"}
    assert definition["moreInfo"] == "http://testserver" + lesson.url


def test_the_id_in_a_statement_answers_with_the_same_definition(
    client, learner, programme
):
    services.enrol_learner(learner=learner, programme=programme)
    [statement] = statements.export(learner)["statements"]

    response = client.get(
        statement["object"]["id"].removeprefix("http://testserver"), **JSON
    )

    assert response.status_code == 200
    definition = response.json()["definition"]
    assert definition["name"] == statement["object"]["definition"]["name"]
    assert definition["description"] == {"lt": "Apie programą."}


def test_the_definition_tells_nothing_about_learners(client, learner, programme):
    services.enrol_learner(learner=learner, programme=programme)

    response = client.get(path_of("programme", programme.translation_key), **JSON)

    body = response.content.decode()
    assert learner.email not in body
    assert str(learner.public_id) not in body
    assert str(learner.enrolments.get().registration) not in body
    assert set(response.json()) == {"objectType", "id", "definition"}


def test_a_person_is_sent_to_the_page_in_their_language(client, lesson):
    norwegian = translate(lesson, "nb", title="Tema på norsk")

    default = client.get(path_of("lesson", lesson.translation_key))
    asked = client.get(
        path_of("lesson", lesson.translation_key),
        HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8",
        HTTP_ACCEPT_LANGUAGE="nb",
    )
    untranslated = client.get(
        path_of("lesson", lesson.translation_key), HTTP_ACCEPT_LANGUAGE="en"
    )

    assert default.status_code == 302
    assert default["Location"] == lesson.url
    assert asked.status_code == 302
    assert asked["Location"] == norwegian.url
    assert untranslated["Location"] == lesson.url


def test_a_quiz_resolves_to_its_definition_and_its_page(client, lesson):
    block_id, *_ = quiz_ids(lesson)

    data = client.get(path_of("quiz", lesson.translation_key, block_id), **JSON)
    page = client.get(path_of("quiz", lesson.translation_key, block_id))

    assert data.status_code == 200
    assert data.json()["definition"]["name"] == {"lt": "Patikrinkite save"}
    assert data.json()["definition"]["type"].endswith("/activities/assessment")
    assert page["Location"] == lesson.url


@pytest.mark.parametrize(
    "path",
    [
        "/xapi/activities/lesson/not-a-key",
        "/xapi/activities/lesson/6f1c2e4a-0b7d-4c1e-9a3f-2d5e8b7c9a10",  # no such key
        "/xapi/activities/course/{key}",  # not a kind of ours
        "/xapi/activities/module/{key}",  # a lesson's key as a module
        "/xapi/activities/lesson/{key}/extra",  # a lesson has no parts
        "/xapi/activities/quiz/{key}/no-such-block",
        "/xapi/activities/quiz/{key}",
    ],
)
def test_what_is_no_activity_of_ours_is_a_404(client, lesson, path):
    for accept in ({}, JSON):
        response = client.get(path.format(key=lesson.translation_key), **accept)

        assert response.status_code == 404


def test_unpublished_content_is_a_404(client, lesson):
    lesson.unpublish()

    for accept in ({}, JSON):
        response = client.get(path_of("lesson", lesson.translation_key), **accept)

        assert response.status_code == 404


def test_only_reading_is_allowed(client, lesson):
    response = client.post(path_of("lesson", lesson.translation_key), **JSON)

    assert response.status_code == 405
