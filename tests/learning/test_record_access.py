"""Who may reach whose records, URL by URL: the learner themselves, trainers named on the
programme, coordinators of the learner's organisation, administrators, and nobody else."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.roles import Role
from courses.models import ProgrammeTrainer
from learning import assignments, questions, services
from learning.models import Certificate, Enrolment, EnrolmentProgress, QuizAttempt

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

ALLOWED, DENIED = "allowed", "denied"


@pytest.fixture
def world(
    learner,
    trainer,
    coordinator,
    admin_user,
    outsider,
    other_organisation,
    site_content,
):
    programme = programme_under(catalogue_under(site_content))
    programme.needs_approval = True
    publish(programme)
    competency = make_framework(status="published").areas.first().competencies.first()
    module = module_under(programme, lessons=1, quiz=False, competency=competency)
    module.assignment_brief = "<p>Aprašykite partnerystę.</p>"
    publish(module)
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    pending = services.enrol_learner(learner=learner, programme=programme)
    services.decide_enrolment(enrolment=pending, approve=True)
    enrolment = Enrolment.objects.get(pk=pending.pk)
    submission = assignments.submit_assignment(
        learner=learner,
        module=module,
        text="Tekstas",
        upload=SimpleUploadedFile("darbas.pdf", b"%PDF-1.4 test"),
    )
    question = questions.ask_question(
        learner=learner, module=module, subject="Klausimas", text="Kaip?"
    )
    certificate = Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona",
        programme_key=enrolment.programme_key,
        programme_title="Programa",
        language="lt",
        completed_on="2026-11-01",
    )
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        completed_at=timezone.now(), lessons_total=1, lessons_completed=1, percent=100
    )
    attempt = QuizAttempt.objects.create(
        learner=learner,
        page_key=module.translation_key,
        block_id="x",
        number=1,
        answers={},
        score=0,
        passed=False,
    )
    waiting = services.enrol_learner(
        learner=UserFactory(organisation=learner.organisation), programme=programme
    )
    return {
        "people": {
            "learner": learner,
            "other learner": outsider,
            "named trainer": trainer,
            "other trainer": UserFactory(
                role=Role.TRAINER, organisation=other_organisation
            ),
            "coordinator": coordinator,
            "other coordinator": UserFactory(
                role=Role.COORDINATOR, organisation=other_organisation
            ),
            "admin": admin_user,
        },
        "enrolment": enrolment,
        "waiting": waiting,
        "submission": submission,
        "question": question,
        "certificate": certificate,
        "attempt": attempt,
    }


def reached(response) -> str:
    if response.status_code == 200:
        return ALLOWED
    assert response.status_code in (302, 403, 404), response.status_code
    return DENIED


# (what, method, url builder, who may)
CASES = [
    (
        "the assignment file",
        "get",
        lambda w: reverse("learning:submission_file", args=[w["submission"].pk]),
        {"learner", "named trainer", "admin"},
    ),
    (
        "the certificate PDF",
        "get",
        lambda w: reverse("learning:certificate_pdf", args=[w["certificate"].code]),
        {"learner", "admin"},
    ),
    (
        "a quiz result",
        "get",
        lambda w: reverse("learning:quiz_result", args=[w["attempt"].pk]),
        {"learner"},
    ),
    (
        "the self-assessment",
        "get",
        lambda w: reverse("learning:rate_myself", args=[w["enrolment"].pk, "after"]),
        {"learner"},
    ),
    (
        "the assignment review",
        "get",
        lambda w: reverse("learning_submission", args=[w["submission"].pk]),
        {"named trainer", "admin"},
    ),
    (
        "the question thread in the admin",
        "get",
        lambda w: reverse("learning_question", args=[w["question"].pk]),
        {"named trainer", "admin"},
    ),
]


@pytest.mark.parametrize("what, method, url, allowed", CASES, ids=[c[0] for c in CASES])
def test_only_the_right_people_reach_a_record(
    client, world, what, method, url, allowed
):
    outcomes = {}
    for name, person in world["people"].items():
        client.force_login(person)
        outcomes[name] = reached(getattr(client, method)(url(world)))

    expected = {name: ALLOWED if name in allowed else DENIED for name in outcomes}
    assert outcomes == expected


def test_approval_is_for_named_trainers_own_coordinators_and_admins(client, world):
    waiting = world["waiting"]
    deciders = {"named trainer", "coordinator", "admin"}
    for name, person in world["people"].items():
        client.force_login(person)
        listing = client.get(reverse("pending_enrolments:index"))
        sees = (
            listing.status_code == 200
            and waiting.learner.email in listing.content.decode()
        )
        assert sees == (name in deciders), name


def test_writes_on_anothers_records_change_nothing(client, world):
    question, enrolment = world["question"], world["enrolment"]
    for name, person in world["people"].items():
        if name == "learner":
            continue
        client.force_login(person)
        client.post(reverse("learning:follow_up", args=[question.pk]), {"text": "X"})
        client.post(reverse("learning:withdraw", args=[enrolment.pk]))
    assert question.messages.count() == 1
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE


def test_my_learning_and_the_api_show_only_the_signed_in_learners_records(
    client, world
):
    learner = world["people"]["learner"]
    for name, person in world["people"].items():
        client.force_login(person)
        page = client.get(reverse("learning:my_learning")).content.decode()
        api = client.get("/api/v1/me/enrolments").json()
        mine = person == learner
        assert (world["certificate"].code in page) == mine, name
        assert bool(api) == mine, name
