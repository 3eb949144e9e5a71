from django.utils import timezone

import pytest

from courses.models import Competency
from learning.models import CompetencyAttainment, SelfAssessment

from ..courses.factories import make_framework
from .helpers import cells, csv_rows, numbers_alike

pytestmark = pytest.mark.django_db

URL = "/admin/reports/growth/"


@pytest.fixture
def ratings(world):
    make_framework(status="published")
    competency = Competency.objects.order_by("code").first()
    p1 = world["programmes"]["p1"].translation_key
    people = world["people"]
    # a1: 1 -> 3, attained 2; a2: 2 -> 3, none attained; b1: 2 -> 4; a3 only before.
    for name, before, after in [
        ("a1", 1, 3),
        ("a2", 2, 3),
        ("b1", 2, 4),
        ("a3", 2, None),
    ]:
        for stage, level in (("before", before), ("after", after)):
            if level:
                SelfAssessment.objects.create(
                    learner=people[name],
                    programme_key=p1,
                    competency_key=competency.translation_key,
                    stage=stage,
                    level=level,
                )
    CompetencyAttainment.objects.create(
        learner=people["a1"],
        competency_key=competency.translation_key,
        level=2,
        module_key=world["modules"]["m1"].translation_key,
        achieved_at=timezone.now(),
    )
    return competency


def test_mean_ratings_before_and_after_per_organisation(client, world, ratings):
    client.force_login(world["people"]["admin"])
    html = client.get(URL).content.decode()
    label = f"{ratings.code} {ratings.title}"
    assert cells(html, 'data-row="[^"]+"') == [
        ["Org A", label, "2", "1.50", "3.00", "+1.50", "1.00"],
        ["Org B", label, "1", "2.00", "4.00", "+2.00", "0.00"],
    ]


def test_scope_and_export(client, world, ratings):
    client.force_login(world["people"]["coordinator_b"])
    rows = csv_rows(client.get(URL, {"export": "csv"}))
    assert numbers_alike(rows[1:]) == numbers_alike(
        [["Org B", ratings.code, ratings.title, "1", "2.0", "4.0", "2.0", "0.0"]]
    )
    client.force_login(world["people"]["trainer_y"])
    assert cells(client.get(URL).content.decode(), 'data-row="[^"]+"') == []
