"""The reports' exports give times as their pages do: in Vilnius, to the second, in the
CSV and the XLSX alike."""

import io
from datetime import UTC, datetime

from django.urls import reverse

import openpyxl
import pytest

from learning.models import Certificate, EnrolmentProgress
from reports.views import LearnersReportView

from .helpers import cells, csv_rows

pytestmark = pytest.mark.django_db

MOMENT = datetime(2026, 12, 1, 20, 34, 52, 243746, tzinfo=UTC)


def test_the_learners_export_gives_times_in_vilnius_to_the_second(client, world):
    EnrolmentProgress.objects.filter(enrolment=world["enrolments"]["a1_p1"]).update(
        last_activity_at=MOMENT, completed_at=MOMENT
    )
    client.force_login(world["people"]["admin"])
    url = reverse("reports:learners")
    columns = [
        LearnersReportView.list_export.index(field)
        for field in ("last_activity_at", "completed_at")
    ]

    rows = csv_rows(client.get(url, {"export": "csv"}))
    [row] = [row for row in rows[1:] if row[1] == "a1@example.org"]
    assert [row[c] for c in columns] == ["2026-12-01 22:34:52"] * 2

    response = client.get(url, {"export": "xlsx"})
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    [row] = [r for r in sheet.iter_rows(values_only=True) if r[1] == "a1@example.org"]
    assert [row[c] for c in columns] == [datetime(2026, 12, 1, 22, 34, 52)] * 2

    page = client.get(url).content.decode()
    a1 = world["enrolments"]["a1_p1"].pk
    assert "2026-12-01 22:34" in cells(page, f'data-enrolment="{a1}"')[0]


def test_a_certificate_counts_in_the_month_it_was_issued_in_vilnius(client, world):
    # 30 November 23:30 UTC is already 1 December in Vilnius.
    Certificate.objects.filter(learner=world["people"]["a1"]).update(
        issued_at=datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    )
    client.force_login(world["people"]["trainer_x"])
    url = reverse("reports:certificates")
    assert [row[0] for row in csv_rows(client.get(url, {"export": "csv"}))[1:]] == [
        "2026-12"
    ]
    assert [
        row[0] for row in cells(client.get(url).content.decode(), 'data-row="\\w+"')
    ] == ["2026-12"]
