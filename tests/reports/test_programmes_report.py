import pytest

from .helpers import cells, csv_rows, numbers_alike, xlsx_rows

pytestmark = pytest.mark.django_db

URL = "/admin/reports/programmes/"
HEADINGS = [
    "Programme",
    "Module",
    "Enrolled",
    "Active in the last 30 days",
    "Completed",
    "Overdue",
    "Completion rate (%)",
    "Median days to complete",
    "Quizzes passed at the first attempt (%)",
]
# name, enrolled, active, completed, overdue, rate, median days, first-attempt passes
P2 = [
    ["Antra programa", "1", "1", "1", "0", "100%", "0.0", "—"],
    ["Modulis", "1", "1", "1", "0", "100%", "0.0", "—"],
]
P1 = [
    ["Programa", "4", "3", "1", "1", "25%", "10.0", "67% (first attempts: 3)"],
    ["Modulis", "4", "3", "2", "1", "50%", "7.0", "67% (first attempts: 3)"],
    ["Modulis", "4", "1", "1", "1", "25%", "10.0", "—"],
]
P1_ORG_A = [
    ["Programa", "3", "2", "1", "1", "33%", "10.0", "50% (first attempts: 2)"],
    ["Modulis", "3", "2", "1", "1", "33%", "10.0", "50% (first attempts: 2)"],
    ["Modulis", "3", "1", "1", "1", "33%", "10.0", "—"],
]


def page_rows(client, params=None):
    html = client.get(URL, params or {}).content.decode()
    return cells(html, 'data-level="\\w+"')


@pytest.mark.parametrize(
    "who, expected",
    [
        ("admin", P2 + P1),
        ("trainer_x", P1),
        ("trainer_y", P2),
        ("coordinator_a", P2 + P1_ORG_A),
    ],
)
def test_figures_per_programme_and_module_in_each_scope(client, world, who, expected):
    client.force_login(world["people"][who])
    assert page_rows(client) == expected


def test_exports_have_the_pages_rows(client, world):
    client.force_login(world["people"]["trainer_x"])
    for export in (
        csv_rows(client.get(URL, {"export": "csv"})),
        xlsx_rows(client.get(URL, {"export": "xlsx"})),
    ):
        assert export[0] == HEADINGS
        assert numbers_alike(export[1:]) == [
            ["Programa", "", "4", "3", "1", "1", "25", "10", "67"],
            ["Programa", "Modulis", "4", "3", "2", "1", "50", "7", "67"],
            ["Programa", "Modulis", "4", "1", "1", "1", "25", "10", ""],
        ]


def test_filters_apply_to_the_figures(client, world):
    client.force_login(world["people"]["admin"])
    norway = page_rows(client, {"country": "NO"})
    assert norway == [
        ["Programa", "1", "1", "0", "0", "0%", "—", "100% (first attempts: 1)"],
        ["Modulis", "1", "1", "1", "0", "100%", "4.0", "100% (first attempts: 1)"],
        ["Modulis", "1", "0", "0", "0", "0%", "—", "—"],
    ]
    cohort = page_rows(client, {"cohort": world["cohort"].pk})
    assert cohort[0] == [
        "Programa",
        "1",
        "1",
        "0",
        "1",
        "0%",
        "—",
        "0% (first attempts: 1)",
    ]


@pytest.mark.parametrize(
    "params",
    [{"programme": "x"}, {"enrolled_from": "yesterday"}, {"region": "Atlantis"}],
)
def test_bad_filter_values_are_form_errors(client, world, params):
    client.force_login(world["people"]["admin"])
    response = client.get(URL, params)
    assert response.status_code == 200
    assert 'id="report-filter-errors"' in response.content.decode()
    assert page_rows(client, params) == []


def test_learners_are_refused(client, world):
    client.force_login(world["people"]["b1"])
    assert client.get(URL).status_code == 302
