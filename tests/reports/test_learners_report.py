import csv
import io
import re

from django.urls import reverse

import openpyxl
import pytest

pytestmark = pytest.mark.django_db

URL = "/admin/reports/learners/"


def cells(html, row_pattern):
    """The text of each cell of the rows matching row_pattern, tags stripped."""
    rows = re.findall(rf"<tr {row_pattern}[^>]*>(.*?)</tr>", html, re.S)
    return [
        [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        ]
        for row in rows
    ]


def rows_of(response):
    """(email, programme, status) of each row of the page."""
    html = response.content.decode()
    statuses = re.findall(r'data-status="(\w+)"', html)
    rows = cells(html, 'data-enrolment="\\d+"')
    return sorted(
        (row[1], row[3], status) for row, status in zip(rows, statuses, strict=True)
    )


def test_an_administrator_sees_every_learner_with_exact_figures(client, world):
    client.force_login(world["people"]["admin"])
    response = client.get(URL)
    assert response.status_code == 200
    assert rows_of(response) == [
        ("a1@example.org", "Programa", "completed"),
        ("a2@example.org", "Programa", "overdue"),
        ("a3@example.org", "Programa", "not_started"),
        ("a4@example.org", "Antra programa", "completed"),
        ("b1@example.org", "Programa", "in_progress"),
        ("b2@example.org", "Antra programa", "withdrawn"),
    ]
    html = response.content.decode()
    a2 = html[html.index("a2@example.org") :]
    assert "1 of 3" in a2[:1500] and "33%" in a2[:1500] and "Spring" in a2[:1500]


SCOPES = {
    "admin": {"a1", "a2", "a3", "a4", "b1", "b2"},
    "coordinator_a": {"a1", "a2", "a3", "a4"},
    "coordinator_b": {"b1", "b2"},
    "trainer_x": {"a1", "a2", "a3", "b1"},
    "trainer_y": {"a4", "b2"},
}


@pytest.mark.parametrize("who", SCOPES)
def test_each_role_sees_only_its_learners_on_the_page_and_in_both_exports(
    client, world, who
):
    client.force_login(world["people"][who])
    expected = SCOPES[who]

    page = rows_of(client.get(URL))
    assert {email.split("@")[0] for email, _p, _s in page} == expected

    exported = client.get(URL, {"export": "csv"})
    assert exported.status_code == 200
    lines = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    header, data = lines[0], lines[1:]
    assert header[:3] == ["Name", "Email", "Organisation"]
    assert {row[1].split("@")[0] for row in data} == expected

    xlsx = client.get(URL, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    sheet = list(workbook.active.iter_rows(values_only=True))
    assert [str(c) for c in sheet[0]] == header
    # The same rows as the CSV (and so as the page), cell by cell.
    as_text = [["" if c is None else str(c) for c in row] for row in sheet[1:]]
    assert sorted(r[1] for r in as_text) == sorted(r[1] for r in data)
    assert sorted(r[6] for r in as_text) == sorted(r[6] for r in data)


def test_the_export_carries_the_figures(client, world):
    client.force_login(world["people"]["admin"])
    exported = client.get(URL, {"export": "csv", "status": "overdue"})
    rows = list(
        csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode()))
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["Email"] == "a2@example.org"
    assert row["Name"] == "A2 Test"
    assert row["Organisation"] == "Org A"
    assert row["Cohort"] == "Spring"
    assert row["Status"] == "Overdue"
    assert (row["Steps done"], row["Steps in all"], row["Percent"]) == ("1", "3", "33")
    certified = client.get(URL, {"export": "xlsx", "status": "completed"})
    sheet = list(
        openpyxl.load_workbook(
            io.BytesIO(b"".join(certified.streaming_content))
        ).active.iter_rows(values_only=True)
    )
    header = list(sheet[0])
    codes = {
        r[header.index("Email")]: r[header.index("Certificate")] for r in sheet[1:]
    }
    assert set(codes) == {"a1@example.org", "a4@example.org"}
    assert all(code and len(code) == 14 for code in codes.values())


@pytest.mark.parametrize(
    "params, emails",
    [
        ({"status": "overdue"}, {"a2"}),
        ({"status": "in_progress"}, {"b1"}),
        ({"status": "not_started"}, {"a3"}),
        ({"status": "withdrawn"}, {"b2"}),
        ({"status": "completed"}, {"a1", "a4"}),
        ({"country": "NO"}, {"b1", "b2"}),
        ({"region": "Biržai"}, {"a1", "a2", "a3", "a4"}),
    ],
)
def test_filters_narrow_the_rows_in_the_query(client, world, params, emails):
    client.force_login(world["people"]["admin"])
    assert {e.split("@")[0] for e, _p, _s in rows_of(client.get(URL, params))} == emails


def test_programme_cohort_and_organisation_filters(client, world):
    client.force_login(world["people"]["admin"])
    p2 = world["programmes"]["p2"]
    assert {r[0] for r in rows_of(client.get(URL, {"programme": p2.pk}))} == {
        "a4@example.org",
        "b2@example.org",
    }
    cohort = world["cohort"]
    assert [r[0] for r in rows_of(client.get(URL, {"cohort": cohort.pk}))] == [
        "a2@example.org"
    ]
    org_b = world["organisations"]["b"]
    assert {r[0] for r in rows_of(client.get(URL, {"organisation": org_b.pk}))} == {
        "b1@example.org",
        "b2@example.org",
    }


@pytest.mark.parametrize(
    "params",
    [
        {"status": "asleep"},
        {"programme": "abc"},
        {"programme": "99999999999999999999999"},
        {"cohort": "-1"},
        {"organisation": "x"},
        {"country": "XX"},
        {"enrolled_from": "2026-13-45"},
        {"enrolled_from": "2026-05-02", "enrolled_to": "2026-05-01"},
    ],
)
def test_a_filter_value_that_does_not_fit_is_a_form_error(client, world, params):
    client.force_login(world["people"]["admin"])
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="report-filter-errors"' in html
    assert rows_of(response) == []
    exported = client.get(URL, {**params, "export": "csv"})
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/html")


def test_a_coordinator_cannot_filter_their_way_to_another_organisation(client, world):
    client.force_login(world["people"]["coordinator_a"])
    org_b = world["organisations"]["b"]
    response = client.get(URL, {"organisation": org_b.pk})
    assert 'id="report-filter-errors"' in response.content.decode()
    assert rows_of(client.get(URL, {"country": "NO"})) == []


def test_learners_are_refused(client, world):
    """Learners may not enter the admin at all: Wagtail sends them to its login page, as
    for every admin URL, and nothing of the report is in the answer."""
    client.force_login(world["people"]["a1"])
    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = client.get(URL, params)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_someone_in_the_admin_without_a_staff_role_gets_403(client, world):
    from django.contrib.auth.models import Permission

    person = world["people"]["a3"]
    person.groups.clear()
    person.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(person)
    assert client.get(URL).status_code == 403
    assert client.get(URL, {"export": "csv"}).status_code == 403


def test_the_reports_menu_lists_the_reports_for_staff(client, world):
    client.force_login(world["people"]["coordinator_a"])
    html = client.get("/admin/").content.decode()
    assert reverse("reports:learners") in html
    assert reverse("reports:programmes") in html
    assert reverse("reports:organisations") in html
