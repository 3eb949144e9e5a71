import pytest

from .helpers import cells, csv_rows, numbers_alike, xlsx_rows

pytestmark = pytest.mark.django_db

URL = "/admin/reports/organisations/"


def by_organisation(client, params=None):
    html = client.get(URL, params or {}).content.decode()
    rows = cells(html, 'data-level="organisation"')
    return {row[0]: row[3:] for row in rows}


# staff with an account, enrolled, completed, completion rate, certificates
@pytest.mark.parametrize(
    "who, expected",
    [
        (
            "admin",
            {
                "Org A": ["7", "4", "2", "50%", "2"],
                "Org B": ["4", "1", "0", "0%", "0"],
            },
        ),
        ("coordinator_a", {"Org A": ["7", "4", "2", "50%", "2"]}),
        ("coordinator_b", {"Org B": ["4", "1", "0", "0%", "0"]}),
        (
            "trainer_x",
            {"Org A": ["3", "3", "1", "33%", "1"], "Org B": ["1", "1", "0", "0%", "0"]},
        ),
        (
            "trainer_y",
            {"Org A": ["1", "1", "1", "100%", "1"], "Org B": ["1", "0", "0", "—", "0"]},
        ),
    ],
)
def test_figures_per_organisation_in_each_scope(client, world, who, expected):
    client.force_login(world["people"][who])
    found = by_organisation(client)
    assert {
        name: found[name] for name in ("Org A", "Org B") if name in found
    } == expected
    if who != "admin":
        assert set(found) == set(expected)


def test_subtotals_per_region_and_country(client, world):
    client.force_login(world["people"]["coordinator_b"])
    html = client.get(URL).content.decode()
    assert cells(html, 'data-level="region"') == [
        ["All in Bodø", "4", "1", "0", "0%", "0"]
    ]
    assert cells(html, 'data-level="country"') == [
        ["All in Norway", "4", "1", "0", "0%", "0"]
    ]
    assert cells(html, 'data-level="total"') == [
        ["All organisations", "4", "1", "0", "0%", "0"]
    ]


def test_exports_have_the_pages_rows(client, world):
    client.force_login(world["people"]["coordinator_a"])
    expected = [
        [
            "Row",
            "Country",
            "Municipality or region",
            "Organisation",
            "Staff with an account",
            "Enrolled",
            "Completed",
            "Completion rate (%)",
            "Certificates",
        ],
        ["Organisation", "Lithuania", "Biržai", "Org A", "7", "4", "2", "50", "2"],
        ["Municipality or region", "Lithuania", "Biržai", "", "7", "4", "2", "50", "2"],
        ["Country", "Lithuania", "", "", "7", "4", "2", "50", "2"],
        ["All", "", "", "", "7", "4", "2", "50", "2"],
    ]
    assert numbers_alike(csv_rows(client.get(URL, {"export": "csv"}))) == numbers_alike(
        expected
    )
    assert numbers_alike(
        xlsx_rows(client.get(URL, {"export": "xlsx"}))
    ) == numbers_alike(expected)


def test_filters(client, world):
    client.force_login(world["people"]["admin"])
    assert set(by_organisation(client, {"country": "NO"})) == {"Org B"}
    only_p2 = by_organisation(client, {"programme": world["programmes"]["p2"].pk})
    assert only_p2["Org A"] == ["7", "1", "1", "100%", "1"]
    assert only_p2["Org B"] == ["4", "0", "0", "—", "0"]


def test_bad_filter_values_are_form_errors(client, world):
    client.force_login(world["people"]["coordinator_a"])
    other = world["organisations"]["b"]
    response = client.get(URL, {"organisation": other.pk})
    assert response.status_code == 200
    assert 'id="report-filter-errors"' in response.content.decode()
    assert by_organisation(client, {"organisation": other.pk}) == {}
