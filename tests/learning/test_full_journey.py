"""The whole learner journey of the issue's "done when", through the site and the API."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import APIToken

import pytest

from courses.models import LessonPage, ProgrammeTrainer
from learning import tasks
from learning.models import Certificate, Enrolment, Submission

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory
from .test_quizzes import quiz_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content, trainer):
    competency = make_framework(status="published").areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=2, quiz=False, competency=competency)
    module.assignment_brief = "<p>Aprašykite partnerystę.</p>"
    publish(module)
    module_under(programme, slug="testas", lessons=1, quiz=True)
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    return programme


def test_enrol_learn_fail_pass_hand_in_get_reviewed_finish_and_prove_it(
    client, learner, trainer, programme
):
    client.force_login(learner)
    client.post(reverse("learning:enrol", args=[programme.pk]))
    enrolment = Enrolment.objects.get(learner=learner)
    first, second = LessonPage.objects.descendant_of(programme).order_by("path")[:2]
    for lesson in (first, second):
        client.post(reverse("learning:complete_lesson", args=[lesson.pk]))
    quiz_module = programme.get_children().last().specific
    quiz_lesson = quiz_module.get_children().first().specific
    block, question, right, wrong = quiz_ids(quiz_lesson)
    attempt_url = f"/lt/learning/quizzes/{quiz_lesson.pk}/{block}/attempt/"
    for answer in (wrong, right):  # each sent, then shown on its result page
        sent = client.post(attempt_url, {f"question-{question}": [answer]})
        assert sent.status_code == 302
        assert client.get(sent["Location"]).status_code == 200
    final_block, final_question, final_right, _ = quiz_ids(quiz_module, stream="quiz")
    client.post(
        f"/lt/learning/quizzes/{quiz_module.pk}/{final_block}/attempt/",
        {f"question-{final_question}": [final_right]},
    )
    module = first.get_parent().specific
    client.post(
        reverse("learning:submit_assignment", args=[module.pk]),
        {"text": "Partnerystė", "file": SimpleUploadedFile("darbas.pdf", b"%PDF-1.4")},
    )

    client.force_login(trainer)
    client.post(
        reverse("learning_submission", args=[Submission.objects.get().pk]),
        {"decision": "pass", "feedback": "Gerai."},
    )
    tasks.refresh_progress(enrolment_id=enrolment.pk)
    certificate = Certificate.objects.get(learner=learner)
    tasks.generate_certificate(certificate_id=certificate.pk)

    client.force_login(learner)
    lithuanian = client.get("/lt/my-learning/")
    english = client.get("/en/my-learning/")
    for page in (lithuanian, english):
        [shown] = page.context["enrolments"]
        assert shown.enrolment.progress.percent == 100
        assert all(row["completed"] for row in shown.modules)
        assert [row["achieved"] for row in page.context["profile"]] == [2]
        assert certificate.code in page.content.decode()
    pdf = client.get(reverse("learning:certificate_pdf", args=[certificate.code]))
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    client.logout()
    check = client.get(reverse("learning:verify_certificate", args=[certificate.code]))
    assert check.status_code == 200
    assert certificate.learner_name in check.content.decode()


def test_the_same_journey_through_the_api_and_another_token_reaches_none_of_it(
    client, learner, programme
):
    _token, mine = APIToken.create_token(user=learner, name="Integracija")
    _token, theirs = APIToken.create_token(user=UserFactory(), name="Kita")

    def call(method, path, token, **data):
        import json

        kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
        if method == "get":
            return client.get(f"/api/v1{path}", **kwargs)
        return client.post(
            f"/api/v1{path}",
            json.dumps(data),
            content_type="application/json",
            **kwargs,
        )

    enrolment = call("post", f"/programmes/{programme.pk}/enrol", mine).json()
    for lesson in LessonPage.objects.descendant_of(programme).order_by("path")[:2]:
        assert call("post", f"/lessons/{lesson.pk}/complete", mine).status_code == 200
    quiz_lesson = LessonPage.objects.descendant_of(programme).order_by("path").last()
    block, question, right, wrong = quiz_ids(quiz_lesson)
    path = f"/quizzes/{quiz_lesson.pk}/{block}/attempts"
    assert (
        call("post", path, mine, answers={question: [wrong]}).json()["passed"] is False
    )
    assert (
        call("post", path, mine, answers={question: [right]}).json()["passed"] is True
    )

    tasks.refresh_progress(enrolment_id=enrolment["id"])
    [progress] = call("get", "/me/progress", mine).json()
    assert progress["progress"]["steps_done"] == 3

    assert call("get", "/me/enrolments", theirs).json() == []
    assert call("get", "/me/statements", theirs).json()["statements"] == []
    refused = call("post", f"/enrolments/{enrolment['id']}/withdraw", theirs)
    assert refused.status_code == 404
    assert Enrolment.objects.get(pk=enrolment["id"]).status == "active"
