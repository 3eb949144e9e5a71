"""The module filter: the Learners and Programmes reports (pages, exports, API) narrowed
to the learners whose enrolment covers one module."""

import pytest

from .helpers import cells, csv_rows

pytestmark = pytest.mark.django_db

LEARNERS = "/admin/reports/learners/"
PROGRAMMES = "/admin/reports/programmes/"


def emails(response):
    rows = cells(response.content.decode(), 'data-enrolment="\\d+"')
    return sorted(row[1].split("@")[0] for row in rows)


def programme_rows(response):
    return cells(response.content.decode(), 'data-level="\\w+"')


@pytest.mark.parametrize(
    "who, module, expected",
    [
        ("admin", "m1", ["a1", "a2", "a3", "b1"]),
        ("admin", "m3", ["a4", "b2"]),
        ("coordinator_a", "m2", ["a1", "a2", "a3"]),
        ("trainer_y", "m1", []),
    ],
)
def test_the_learners_report_lists_those_whose_enrolment_covers_the_module(
    client, world, who, module, expected
):
    client.force_login(world["people"][who])
    params = {"module": world["modules"][module].pk}

    assert emails(client.get(LEARNERS, params)) == expected
    exported = csv_rows(client.get(LEARNERS, {**params, "export": "csv"}))
    assert sorted(row[1].split("@")[0] for row in exported[1:]) == expected


def test_the_programmes_report_shows_the_module_and_its_programme(client, world):
    client.force_login(world["people"]["admin"])

    rows = programme_rows(client.get(PROGRAMMES, {"module": world["modules"]["m2"].pk}))

    # name, enrolled, active, completed, overdue, rate, median days, first attempts
    assert rows == [
        ["Programa", "4", "3", "1", "1", "25%", "10.0", "67% (first attempts: 3)"],
        ["Modulis", "4", "1", "1", "1", "25%", "10.0", "—"],
    ]
    exported = csv_rows(
        client.get(PROGRAMMES, {"module": world["modules"]["m2"].pk, "export": "csv"})
    )
    assert [row[:3] for row in exported[1:]] == [
        ["Programa", "", "4"],
        ["Programa", "Modulis", "4"],
    ]


def test_module_and_programme_together(client, world):
    client.force_login(world["people"]["admin"])
    params = {
        "programme": world["programmes"]["p1"].pk,
        "module": world["modules"]["m1"].pk,
    }
    assert emails(client.get(LEARNERS, params)) == ["a1", "a2", "a3", "b1"]


@pytest.mark.parametrize("url", [LEARNERS, PROGRAMMES])
@pytest.mark.parametrize(
    "module",
    ["abc", "99999999999999999999999", "-3", "1.5", "programme", "other module"],
)
def test_a_module_that_does_not_fit_is_a_form_error(client, world, url, module):
    client.force_login(world["people"]["admin"])
    params = {"module": module}
    if module == "programme":  # a page that is no module
        params = {"module": world["programmes"]["p1"].pk}
    elif module == "other module":  # a module of another programme than the one chosen
        params = {
            "programme": world["programmes"]["p1"].pk,
            "module": world["modules"]["m3"].pk,
        }

    response = client.get(url, params)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="report-filter-errors"' in html
    assert "Module:" in html
    assert programme_rows(response) == [] and emails(response) == []
    exported = client.get(url, {**params, "export": "csv"})
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/html")


def test_the_api_takes_the_module_too(client, world):
    client.force_login(world["people"]["admin"])
    m3 = world["modules"]["m3"]

    learners = client.get("/api/v1/reports/learners", {"module": m3.pk}).json()
    assert sorted(r["email"].split("@")[0] for r in learners["results"]) == ["a4", "b2"]
    programmes = client.get("/api/v1/reports/programmes", {"module": m3.pk}).json()
    assert [(r["level"], r["enrolled"]) for r in programmes] == [
        ("programme", 1),
        ("module", 1),
    ]
    typed = client.get("/api/v1/reports/programmes", {"module": "x"})
    assert 400 <= typed.status_code < 500 and "detail" in typed.json()
    outside = client.get(
        "/api/v1/reports/programmes",
        {"programme": world["programmes"]["p1"].pk, "module": m3.pk},
    )
    assert outside.status_code == 400
    assert "module" in outside.json()["errors"]
