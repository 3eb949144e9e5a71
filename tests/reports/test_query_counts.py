"""Each report, its export and the record cost the same number of queries with 2 and 20
more enrolments: figures are SQL aggregates, never a loop over rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from learning import services
from learning.models import Enrolment

from ..factories import UserFactory
from .conftest import lessons

pytestmark = pytest.mark.django_db

URLS = [
    ("/admin/reports/learners/", {}),
    ("/admin/reports/learners/", {"export": "csv"}),
    ("/admin/reports/learners/", {"export": "xlsx"}),
    ("/admin/reports/learners/", {"status": "in_progress"}),
    ("/admin/reports/programmes/", {}),
    ("/admin/reports/programmes/", {"export": "csv"}),
    ("/admin/reports/organisations/", {}),
    ("/admin/reports/organisations/", {"export": "xlsx"}),
    ("/admin/reports/competencies/", {}),
    ("/admin/reports/competencies/", {"rows": "programme", "export": "csv"}),
    ("/admin/reports/growth/", {}),
    ("/admin/reports/certificates/", {"export": "csv"}),
    ("/api/v1/reports/learners", {}),
    ("/api/v1/reports/competencies", {}),
    ("/api/v1/reports/programmes", {}),
    ("/api/v1/reports/organisations", {"country": "LT"}),
]


def add_learners(world, count):
    m1 = world["modules"]["m1"]
    for number in range(count):
        person = UserFactory(organisation=world["organisations"]["a"])
        enrolment = services.enrol_learner(
            learner=person, programme=world["programmes"]["p1"], cohort=world["cohort"]
        )
        if number % 2:
            services.complete_lesson(learner=person, lesson=lessons(m1)[0])
        services.recalculate_progress(enrolment=Enrolment.objects.get(pk=enrolment.pk))


def count_queries(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("who", ["admin", "coordinator_a", "trainer_x"])
def test_queries_do_not_grow_with_enrolments(client, world, who):
    client.force_login(world["people"][who])
    m1, m2 = world["modules"]["m1"].pk, world["modules"]["m2"].pk
    urls = [
        *URLS,
        ("/admin/reports/learners/", {"module": m1}),
        ("/admin/reports/learners/", {"module": m1, "export": "csv"}),
        ("/admin/reports/programmes/", {"module": m2}),
        ("/api/v1/reports/learners", {"module": m1}),
    ]
    add_learners(world, 2)
    for url, params in urls:  # warm: content types, site, caches
        count_queries(client, url, params)
    small = {
        (url, str(params)): count_queries(client, url, params) for url, params in urls
    }
    add_learners(world, 18)
    large = {
        (url, str(params)): count_queries(client, url, params) for url, params in urls
    }
    assert small == large
