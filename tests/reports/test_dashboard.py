from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from learning import questions
from learning.models import Submission

from .helpers import cells

pytestmark = pytest.mark.django_db


def figures(html, panel):
    part = html[html.index(f'class="{panel}"') :]
    part = part[: part.index("</table>")]
    return {row[0]: row[1] for row in cells(part, 'data-figure="\\w+"')}


def test_a_coordinator_sees_their_organisation_and_its_overdue_learners(client, world):
    client.force_login(world["people"]["coordinator_a"])
    html = client.get("/admin/").content.decode()
    assert figures(html, "reports-coordinator") == {
        "Enrolled": "4",
        "In progress": "0",
        "Completed": "2",
        "Overdue": "1",
    }
    overdue = html[html.index('class="overdue-learners"') :]
    overdue = overdue[: overdue.index("</ul>")]
    assert "A2 Test" in overdue and "B1" not in overdue
    organisation = world["organisations"]["a"].pk
    assert f"{reverse('reports:learners')}?organisation={organisation}" in html
    assert f"{reverse('reports:programmes')}?organisation={organisation}" in html
    assert '<svg class="report-chart" role="img"' in html
    assert "reports-trainer" not in html and "reports-admin" not in html


def test_a_trainer_sees_their_programmes_and_the_work_waiting(client, world):
    a1, m1 = world["people"]["a1"], world["modules"]["m1"]
    questions.ask_question(learner=a1, module=m1, subject="Kaip?", text="Kaip?")
    Submission.objects.create(
        learner=a1,
        module_key=m1.translation_key,
        programme_key=world["programmes"]["p1"].translation_key,
        module_title="Modulis",
        number=1,
        text="Tekstas",
    )
    client.force_login(world["people"]["trainer_x"])
    html = client.get("/admin/").content.decode()
    assert figures(html, "reports-trainer") == {
        "Enrolled": "4",
        "In progress": "1",
        "Completed": "1",
        "Overdue": "1",
        "Assignments waiting for review": "1",
        "Questions waiting for an answer": "1",
    }
    assert reverse("submissions:index") in html
    assert reverse("questions:index") in html

    client.force_login(world["people"]["trainer_y"])
    html = client.get("/admin/").content.decode()
    assert figures(html, "reports-trainer") == {
        "Enrolled": "1",
        "In progress": "0",
        "Completed": "1",
        "Overdue": "0",
        "Assignments waiting for review": "0",
        "Questions waiting for an answer": "0",
    }


def test_an_administrator_sees_all_organisations(client, world):
    client.force_login(world["people"]["admin"])
    html = client.get("/admin/").content.decode()
    assert figures(html, "reports-admin") == {
        "Enrolled": "5",
        "In progress": "1",
        "Completed": "2",
        "Overdue": "1",
    }
    table = html[html.index('id="reports-admin-organisations"') :]
    rows = {row[0]: row[1:] for row in cells(table, 'data-organisation="\\d+"')}
    assert rows["Org A"] == ["4", "2", "50%"]
    assert rows["Org B"] == ["1", "0", "0%"]


def test_the_dashboard_costs_the_same_queries_with_more_learners(client, world):
    from .test_query_counts import add_learners

    client.force_login(world["people"]["coordinator_a"])
    client.get("/admin/")
    with CaptureQueriesContext(connection) as small:
        client.get("/admin/")
    add_learners(world, 10)
    with CaptureQueriesContext(connection) as large:
        client.get("/admin/")
    assert len(small) == len(large)
