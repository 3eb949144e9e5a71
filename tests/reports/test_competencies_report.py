from django.utils import timezone

import pytest

from courses.models import Competency, ModuleCompetency
from learning.models import CompetencyAttainment

from ..courses.factories import make_framework
from .helpers import cells, csv_rows, numbers_alike, xlsx_rows

pytestmark = pytest.mark.django_db

URL = "/admin/reports/competencies/"


@pytest.fixture
def targets(world):
    """Module 1 targets competency 1 at level 2, module 3 competency 2 at level 3."""
    make_framework(status="published")
    first, second = Competency.objects.order_by("code")[:2]
    modules, people = world["modules"], world["people"]
    ModuleCompetency.objects.create(
        module=modules["m1"], competency=first, target_level=2
    )
    ModuleCompetency.objects.create(
        module=modules["m3"], competency=second, target_level=3
    )
    for name, competency, level, module in [
        ("a1", first, 2, "m1"),
        ("b1", first, 2, "m1"),
        ("a2", first, 1, "m1"),
        ("a4", second, 3, "m3"),
    ]:
        CompetencyAttainment.objects.create(
            learner=people[name],
            competency_key=competency.translation_key,
            level=level,
            module_key=modules[module].translation_key,
            achieved_at=timezone.now(),
        )
    return first, second


def matrix(client, params=None):
    html = client.get(URL, params or {}).content.decode()
    return {row[0]: row[1:] for row in cells(html, 'data-group="[^"]+"')}


def test_each_cell_has_the_number_and_the_share(client, world, targets):
    client.force_login(world["people"]["admin"])
    found = matrix(client)
    assert found["Org A"] == ["1/3 33%", "1/1 100%"]
    assert found["Org B"] == ["1/1 100%", "—"]
    html = client.get(URL).content.decode()
    assert "target 2" in html and "target 3" in html
    assert 'class="heat heat-1"' in html  # the shade repeats the share, never alone


def test_the_same_per_programme(client, world, targets):
    client.force_login(world["people"]["admin"])
    found = matrix(client, {"rows": "programme"})
    assert found == {"Antra programa": ["—", "1/1 100%"], "Programa": ["2/4 50%", "—"]}


def test_scope_and_exports(client, world, targets):
    client.force_login(world["people"]["coordinator_a"])
    assert matrix(client) == {"Org A": ["1/3 33%", "1/1 100%"]}
    first, second = targets
    expected = [
        [
            "Organisation or programme",
            "Competency",
            "Target level",
            "Learners",
            "Reached the target",
            "Reached the target (%)",
            "At level 1",
            "At level 2",
            "At level 3",
            "At level 4",
        ],
        [
            "Org A",
            f"{first.code} {first.title}",
            "2",
            "3",
            "1",
            "33",
            "1",
            "1",
            "0",
            "0",
        ],
        [
            "Org A",
            f"{second.code} {second.title}",
            "3",
            "1",
            "1",
            "100",
            "0",
            "0",
            "1",
            "0",
        ],
    ]
    assert numbers_alike(csv_rows(client.get(URL, {"export": "csv"}))) == numbers_alike(
        expected
    )
    assert numbers_alike(
        xlsx_rows(client.get(URL, {"export": "xlsx"}))
    ) == numbers_alike(expected)
    client.force_login(world["people"]["trainer_y"])
    # Only P2 is theirs: its one competency, and only organisations with learners in it.
    assert matrix(client) == {"Org A": ["1/1 100%"]}


def test_a_bad_rows_value_is_a_form_error(client, world, targets):
    client.force_login(world["people"]["admin"])
    response = client.get(URL, {"rows": "competencies"})
    assert response.status_code == 200
    assert 'id="report-filter-errors"' in response.content.decode()


def test_the_api_has_the_same_figures(client, world, targets):
    client.force_login(world["people"]["coordinator_a"])
    rows = client.get("/api/v1/reports/competencies").json()
    assert [(r["group"], r["target"], r["learners"], r["reached"]) for r in rows] == [
        ("Org A", 2, 3, 1),
        ("Org A", 3, 1, 1),
    ]
    assert client.get("/api/v1/reports/competencies", {"rows": "x"}).status_code == 400
