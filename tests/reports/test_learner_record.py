from django.urls import reverse

import pytest

from learning.models import Certificate, SelfAssessment

pytestmark = pytest.mark.django_db


def record_url(person):
    return reverse("reports:learner_record", args=[person.pk])


def test_a_row_of_the_learners_report_opens_the_record(client, world):
    client.force_login(world["people"]["coordinator_a"])
    a2 = world["people"]["a2"]
    html = client.get("/admin/reports/learners/").content.decode()
    assert f'href="{record_url(a2)}"' in html

    record = client.get(record_url(a2))
    assert record.status_code == 200
    page = record.content.decode()
    assert "a2@example.org" in page and "Org A" in page
    assert "Overdue" in page
    assert "1 of 3 steps (33%)" in page
    # Module by module (untranslated: marked Lithuanian), and the failed first quiz
    # attempt.
    module = (
        '<th scope="row" style="font-weight: normal"><span lang="lt">Modulis</span>'
    )
    assert page.count(module) == 2
    assert "0%" in page


def test_the_record_shows_certificates_attainments_and_ratings(client, world):
    a1 = world["people"]["a1"]
    SelfAssessment.objects.create(
        learner=a1,
        programme_key=world["programmes"]["p1"].translation_key,
        competency_key=world["programmes"]["p1"].translation_key,
        stage="before",
        level=2,
    )
    client.force_login(world["people"]["admin"])
    page = client.get(record_url(a1)).content.decode()
    code = Certificate.objects.get(learner=a1).code
    assert code in page
    assert "No self-ratings." not in page
    assert "completed" in page  # a learning statement


@pytest.mark.parametrize(
    "viewer, learner, reaches",
    [
        ("admin", "b2", True),
        ("coordinator_a", "a3", True),
        ("coordinator_a", "b1", False),
        ("coordinator_b", "b1", True),
        ("coordinator_b", "a1", False),
        ("trainer_x", "b1", True),
        ("trainer_x", "a4", False),
        ("trainer_y", "a4", True),
        ("trainer_y", "a1", False),
    ],
)
def test_only_staff_whose_reports_include_the_learner_reach_the_record(
    client, world, viewer, learner, reaches
):
    client.force_login(world["people"][viewer])
    response = client.get(record_url(world["people"][learner]))
    assert response.status_code == (200 if reaches else 404)


def test_a_trainer_sees_only_their_programmes_on_the_record(client, world):
    a1 = world["people"]["a1"]
    from learning import services

    services.enrol_learner(learner=a1, programme=world["programmes"]["p2"])
    client.force_login(world["people"]["trainer_y"])
    page = client.get(record_url(a1)).content.decode()
    assert "Antra programa" in page
    assert '<h3 class="w-h4">Programa</h3>' not in page
    assert Certificate.objects.get(learner=a1).code not in page


def test_learners_do_not_reach_records(client, world):
    client.force_login(world["people"]["a1"])
    response = client.get(record_url(world["people"]["a1"]))
    assert response.status_code == 302


def test_the_record_costs_the_same_queries_whatever_the_history(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from learning.models import QuizAttempt

    a1 = world["people"]["a1"]
    client.force_login(world["people"]["trainer_x"])
    client.get(record_url(a1))
    with CaptureQueriesContext(connection) as before:
        client.get(record_url(a1))
    for number in range(3, 13):
        QuizAttempt.objects.create(
            learner=a1,
            page_key=world["modules"]["m1"].translation_key,
            block_id="quiz",
            number=number,
            answers={},
            score=50,
            passed=False,
        )
    with CaptureQueriesContext(connection) as after:
        client.get(record_url(a1))
    assert len(before) == len(after)
