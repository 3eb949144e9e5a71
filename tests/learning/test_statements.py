import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.conf import settings as django_settings
from django.db import transaction
from django.urls import reverse

import pytest

from courses.models import LessonPage
from learning import services, statements, tasks
from learning.models import LearningStatement, LrsSettings

from ..courses.pages import catalogue_under, module_under, programme_under
from .test_quizzes import quiz_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, lessons=2, quiz=True)
    return programme


def verbs(learner):
    return list(
        LearningStatement.objects.filter(learner=learner)
        .order_by("stored", "timestamp")
        .values_list("verb", "object_kind")
    )


def test_enrolling_opening_failing_and_passing_write_statements(
    client, learner, programme
):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lesson = LessonPage.objects.descendant_of(programme).first()
    client.force_login(learner)
    client.get(lesson.url)
    client.get(lesson.url)  # once a day is enough
    block_id, question, _right, wrong = quiz_ids(lesson)
    client.post(
        f"/lt/learning/quizzes/{lesson.pk}/{block_id}/attempt/",
        {f"question-{question}": [wrong]},
    )

    assert enrolment.status == "active"
    assert verbs(learner)[:3] == [
        ("registered", "programme"),
        ("launched", "lesson"),
        ("failed", "quiz"),
    ]
    failed = LearningStatement.objects.get(verb="failed")
    assert failed.result["success"] is False
    assert failed.object_id.endswith(f"/quiz/{lesson.translation_key}/{block_id}")


def test_a_statement_is_written_in_the_same_transaction_as_its_event(
    learner, programme
):
    with pytest.raises(RuntimeError), transaction.atomic():
        services.enrol_learner(learner=learner, programme=programme)
        raise RuntimeError("rolled back")

    assert not LearningStatement.objects.exists()


def test_completing_lessons_gives_completed_statements(learner, site_content):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    enrolment = services.enrol_learner(learner=learner, programme=programme)

    services.complete_lesson(
        learner=learner, lesson=module.get_children().first().specific
    )
    services.recalculate_progress(enrolment=enrolment)
    services.recalculate_progress(enrolment=enrolment)

    completed = [kind for verb, kind in verbs(learner) if verb == "completed"]
    assert sorted(completed) == ["lesson", "module", "programme"]


def test_the_learner_exports_only_their_own_statements_as_xapi(
    client, learner, outsider, programme
):
    services.enrol_learner(learner=learner, programme=programme)
    services.enrol_learner(learner=outsider, programme=programme)
    client.force_login(learner)

    response = client.get(reverse("learning:my_statements"))

    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == "1.0.3"
    data = json.loads(response.content)
    [statement] = data["statements"]
    assert statement["actor"]["account"]["name"] == str(learner.public_id)
    assert str(outsider.public_id) not in response.content.decode()
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/registered"
    assert statement["object"]["definition"]["type"].endswith("/activities/course")
    assert {"id", "timestamp", "stored", "version"} <= statement.keys()


class LrsStub(BaseHTTPRequestHandler):
    answers: list[int] = []
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        status = self.answers.pop(0) if self.answers else 200
        if status == 200:
            type(self).received.append(
                (self.path, self.headers["X-Experience-API-Version"], json.loads(body))
            )
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, *args):
        pass


@pytest.fixture
def lrs():
    LrsStub.answers, LrsStub.received = [], []
    server = HTTPServer(("127.0.0.1", 0), LrsStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/xapi/"
    server.shutdown()


def test_statements_are_forwarded_in_batches_and_retried_when_the_lrs_is_down(
    learner, programme, lrs
):
    settings = LrsSettings.load()
    settings.enabled, settings.endpoint = True, lrs
    settings.username, settings.password = "key", "secret"
    settings.save()
    services.enrol_learner(learner=learner, programme=programme)
    for n in range(4):
        statements.record(
            learner=learner, verb="launched", kind="lesson", key=f"k{n}", name="Tema"
        )
    LrsStub.answers = [503]

    with pytest.raises(statements.LrsUnavailable):
        statements.forward_batch(limit=3)
    assert not LearningStatement.objects.filter(forwarded_at__isnull=False).exists()

    assert statements.forward_batch(limit=3) == 3
    assert statements.forward_batch(limit=3) == 2
    assert statements.forward_batch(limit=3) == 0
    sent = [s["id"] for _path, _version, batch in LrsStub.received for s in batch]
    assert len(sent) == len(set(sent)) == 5
    assert LrsStub.received[0][:2] == ("/xapi/statements", "1.0.3")
    registered = LrsStub.received[0][2][0]
    enrolment = learner.enrolments.get()
    # The new form: the person's public UUID, the enrolment as the registration, the
    # platform; `stored` is left to the LRS.
    assert registered["actor"]["account"] == {
        "homePage": django_settings.XAPI_ACCOUNT_HOMEPAGE,
        "name": str(learner.public_id),
    }
    assert registered["context"]["registration"] == str(enrolment.registration)
    assert registered["context"]["platform"]
    assert registered["object"]["definition"]["name"] == {"lt": "Programa"}
    assert "stored" not in registered


def test_nothing_is_forwarded_without_an_lrs(learner, programme):
    services.enrol_learner(learner=learner, programme=programme)

    assert tasks.forward_statements() == 0
    assert LearningStatement.objects.filter(forwarded_at__isnull=True).count() == 1


def test_an_lrs_that_refuses_the_batch_leaves_it_for_an_admin(learner, programme, lrs):
    settings = LrsSettings.load()
    settings.enabled, settings.endpoint = True, lrs
    settings.save()
    services.enrol_learner(learner=learner, programme=programme)
    LrsStub.answers = [401]

    assert statements.forward_batch() == 0
    assert LearningStatement.objects.filter(forwarded_at__isnull=True).count() == 1


def test_a_statement_the_lrs_refuses_is_set_aside_and_the_rest_go(
    learner, programme, lrs
):
    settings = LrsSettings.load()
    settings.enabled, settings.endpoint = True, lrs
    settings.save()
    services.enrol_learner(learner=learner, programme=programme)
    statements.record(
        learner=learner, verb="launched", kind="lesson", key="k", name="T"
    )
    # The batch of two is refused, then the first alone is refused, the second taken.
    LrsStub.answers = [400, 400, 200]

    assert statements.forward_batch() == 1
    refused = LearningStatement.objects.exclude(forward_error="")
    assert refused.count() == 1
    assert statements.forward_batch() == 0  # nothing left that may go
