"""A known data set for the reports: two organisations, two programmes, two trainers.

Organisation A: a1 (P1 completed 10 days after enrolling, P2 completed), a2 (P1 overdue,
1 of 3 steps), a3 (P1 not started), a4 (P2 completed). Organisation B: b1 (P1 in
progress, module 1 done 4 days after enrolling), b2 (P2 withdrawn).
Trainer X is named on P1, trainer Y on P2.
"""

from datetime import timedelta

from django.utils import timezone, translation

import pytest

from accounts.roles import Role
from courses.models import LessonPage, ProgrammeTrainer
from learning import services
from learning.models import Cohort, Enrolment, QuizAttempt

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import OrganisationFactory, UserFactory


@pytest.fixture(autouse=True)
def _english(client):
    """The admin answers in the browser's language; these tests read English."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def lessons(module):
    return list(LessonPage.objects.child_of(module).order_by("path"))


@pytest.fixture
def world(site_content):
    org_a = OrganisationFactory(name="Org A", region="Biržai", country="LT")
    org_b = OrganisationFactory(name="Org B", region="Bodø", country="NO")
    catalogue = catalogue_under(site_content)
    p1 = programme_under(catalogue, slug="programa")
    m1 = module_under(p1, slug="pirmas", lessons=2, quiz=False)
    m2 = module_under(p1, slug="antras", lessons=1, quiz=False)
    p2 = programme_under(catalogue, slug="antra")
    p2.title = "Antra programa"
    p2.save_revision().publish()
    m3 = module_under(p2, slug="trecias", lessons=1, quiz=False)

    def person(name, organisation, role=Role.LEARNER):
        return UserFactory(
            email=f"{name}@example.org",
            first_name=name.upper(),
            last_name="Test",
            organisation=organisation,
            role=role,
            preferred_language="en",
        )

    people = {
        "a1": person("a1", org_a),
        "a2": person("a2", org_a),
        "a3": person("a3", org_a),
        "a4": person("a4", org_a),
        "b1": person("b1", org_b),
        "b2": person("b2", org_b),
        "trainer_x": person("trainer_x", org_a, Role.TRAINER),
        "trainer_y": person("trainer_y", org_b, Role.TRAINER),
        "coordinator_a": person("coordinator_a", org_a, Role.COORDINATOR),
        "coordinator_b": person("coordinator_b", org_b, Role.COORDINATOR),
        "admin": person("admin", org_a, Role.ADMIN),
    }
    ProgrammeTrainer.objects.create(programme=p1, user=people["trainer_x"])
    ProgrammeTrainer.objects.create(programme=p2, user=people["trainer_y"])

    now = timezone.now()
    today = timezone.localdate()

    def enrol(name, programme, days_ago=0):
        enrolment = services.enrol_learner(learner=people[name], programme=programme)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            enrolled_at=now - timedelta(days=days_ago)
        )
        return Enrolment.objects.get(pk=enrolment.pk)

    def done(name, *lesson_pages):
        for lesson in lesson_pages:
            services.complete_lesson(learner=people[name], lesson=lesson)

    e = {
        "a1_p1": enrol("a1", p1, days_ago=10),
        "a2_p1": enrol("a2", p1, days_ago=20),
        "a3_p1": enrol("a3", p1),
        "b1_p1": enrol("b1", p1, days_ago=4),
        "a4_p2": enrol("a4", p2),
        "b2_p2": enrol("b2", p2),
    }
    done("a1", *lessons(m1), *lessons(m2))
    done("a2", lessons(m1)[0])
    done("b1", *lessons(m1))
    done("a4", *lessons(m3))
    services.withdraw_learner(enrolment=e["b2_p2"])
    cohort = Cohort.objects.create(
        programme=p1,
        programme_key=p1.translation_key,
        name="Spring",
        starts_on=today - timedelta(days=60),
        deadline=today - timedelta(days=1),
        ends_on=today + timedelta(days=30),
    )
    Enrolment.objects.filter(pk=e["a2_p1"].pk).update(cohort=cohort)
    for enrolment in e.values():
        services.recalculate_progress(enrolment=Enrolment.objects.get(pk=enrolment.pk))
    # First attempts at a quiz of module 1: a1 and b1 passed, a2 failed; a1's second
    # attempt does not count.
    for name, number, passed in [
        ("a1", 1, True),
        ("a1", 2, True),
        ("a2", 1, False),
        ("b1", 1, True),
    ]:
        QuizAttempt.objects.create(
            learner=people[name],
            page_key=m1.translation_key,
            block_id="quiz",
            number=number,
            answers={},
            score=100 if passed else 0,
            passed=passed,
        )
    return {
        "people": people,
        "enrolments": e,
        "programmes": {"p1": p1, "p2": p2},
        "modules": {"m1": m1, "m2": m2, "m3": m3},
        "organisations": {"a": org_a, "b": org_b},
        "cohort": cohort,
    }
