import json

from django.test import Client
from django.urls import reverse

from wagtail.models import APIToken

import pytest

from courses.models import LessonPage
from learning import services
from learning.models import Enrolment, QuizAttempt

from ..courses.pages import catalogue_under, module_under, programme_under
from ..learning.test_quizzes import quiz_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, lessons=2, quiz=True)
    module_under(programme, slug="be-testo", lessons=1, quiz=False)
    return programme


@pytest.fixture
def token(learner):
    _token, plaintext = APIToken.create_token(user=learner, name="Moodle")
    return plaintext


def api(client, method, path, token=None, **data):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    call = getattr(client, method)
    if method == "get":
        return call(f"/api/v1{path}", **headers)
    return call(
        f"/api/v1{path}",
        data=json.dumps(data),
        content_type="application/json",
        **headers,
    )


def test_the_openapi_document_lists_every_endpoint(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    paths = set(response.json()["paths"])
    assert {
        "/api/v1/catalogue",
        "/api/v1/me/enrolments",
        "/api/v1/programmes/{programme_id}/enrol",
        "/api/v1/enrolments/{enrolment_id}/withdraw",
        "/api/v1/lessons/{lesson_id}/complete",
        "/api/v1/quizzes/{page_id}/{block_id}/attempts",
        "/api/v1/me/progress",
        "/api/v1/me/competencies",
        "/api/v1/me/statements",
    } <= paths


def test_the_catalogue_is_public(client, programme):
    response = api(client, "get", "/catalogue?language=lt")

    assert response.status_code == 200
    [listed] = response.json()
    assert listed["key"] == str(programme.translation_key)
    assert len(listed["modules"]) == 2


def test_a_token_enrols_completes_a_lesson_and_submits_a_quiz(
    client, learner, programme, token
):
    enrolled = api(client, "post", f"/programmes/{programme.pk}/enrol", token)
    assert enrolled.status_code == 200, enrolled.content
    assert enrolled.json()["status"] == "active"

    plain = LessonPage.objects.child_of(programme.get_children().last()).first()
    done = api(client, "post", f"/lessons/{plain.pk}/complete", token)
    assert done.status_code == 200

    quiz_lesson = LessonPage.objects.descendant_of(programme).first()
    block, question, right, _wrong = quiz_ids(quiz_lesson)
    attempt = api(
        client,
        "post",
        f"/quizzes/{quiz_lesson.pk}/{block}/attempts",
        token,
        answers={question: [right]},
    )
    assert attempt.status_code == 200
    assert attempt.json()["passed"] is True

    mine = api(client, "get", "/me/enrolments", token).json()
    assert [e["programme_key"] for e in mine] == [str(programme.translation_key)]
    statements = api(client, "get", "/me/statements", token).json()["statements"]
    assert {s["verb"]["display"]["en-US"] for s in statements} >= {
        "registered",
        "completed",
        "passed",
    }


def test_tampered_or_wrong_input_is_a_json_4xx_and_changes_nothing(
    client, learner, programme, token
):
    quiz_lesson = LessonPage.objects.descendant_of(programme).first()
    block, question, right, _wrong = quiz_ids(quiz_lesson)
    cases = [
        (
            "post",
            f"/quizzes/{quiz_lesson.pk}/{block}/attempts",
            {"answers": {question: [right]}},
        ),  # not enrolled
        ("post", "/programmes/999999/enrol", {}),
        ("post", f"/programmes/{programme.pk}/enrol", {"cohort_id": 424242}),
        ("post", "/lessons/abc/complete", {}),
        (
            "post",
            f"/quizzes/{quiz_lesson.pk}/{block}/attempts",
            {"answers": "nonsense"},
        ),
        ("post", f"/quizzes/{quiz_lesson.pk}/nera/attempts", {"answers": {}}),
        ("post", "/enrolments/1/withdraw", {}),
        ("post", "/programmes/99999999999999999999999/enrol", {}),
        ("post", "/lessons/-1/complete", {}),
    ]
    for method, path, data in cases:
        response = api(client, method, path, token, **data)
        assert 400 <= response.status_code < 500, (path, response.status_code)
        assert response["Content-Type"].startswith("application/json"), path
        assert response.json().get("detail"), path
    assert not Enrolment.objects.exists()
    assert not QuizAttempt.objects.exists()


def test_a_learner_cannot_reach_another_learners_enrolment(
    client, learner, outsider, programme, token
):
    theirs = services.enrol_learner(learner=outsider, programme=programme)

    response = api(client, "post", f"/enrolments/{theirs.pk}/withdraw", token)

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Enrolment.Status.ACTIVE


def test_no_token_a_revoked_token_or_a_bad_token_is_refused(client, learner, token):
    revoked, plaintext = APIToken.create_token(user=learner, name="Sena")
    revoked.revoke()

    for bad in (None, plaintext, "wagtail_nonsense", "x" * 5000):
        response = api(client, "get", "/me/enrolments", bad)
        assert response.status_code == 401
        assert response.json()["detail"]


def test_the_session_works_for_the_site_and_needs_csrf_for_writes(learner, programme):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)

    read = api(browser, "get", "/me/enrolments")
    write = api(browser, "post", f"/programmes/{programme.pk}/enrol")

    assert read.status_code == 200
    assert write.status_code == 403
    assert not Enrolment.objects.exists()


def test_tokens_are_made_and_revoked_on_the_profile_page(client, learner, site_content):
    client.force_login(learner)
    url = reverse("account_profile")

    made = client.post(url, {"action": "create-token", "token_name": "Moodle"})
    plaintext = made.context["new_token"]
    assert plaintext.startswith("wagtail_")
    assert plaintext in made.content.decode()
    token = APIToken.objects.get(user=learner)
    assert plaintext not in (token.key_hash, token.prefix)

    client.post(url, {"action": "revoke-token", "token_id": token.pk})
    token.refresh_from_db()
    assert token.revoked_at is not None
    client.logout()
    assert api(client, "get", "/me/enrolments", plaintext).status_code == 401


def test_the_catalogue_costs_the_same_for_one_programme_or_several(
    client, programme, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        api(client, "get", "/catalogue")
    for slug in ("antra", "trecia"):
        module_under(
            programme_under(programme.get_parent().specific, slug=slug),
            slug=f"m-{slug}",
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(api(client, "get", "/catalogue").json()) == 3
