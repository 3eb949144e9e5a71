"""The event registrations in the admin (the report and the requests to approve), on
the page and in their CSV and XLSX files: times in Vilnius to the second, as the page
shows them, and each event titled in the admin's language where its page is
translated."""

import csv
import io
import re
from datetime import UTC, datetime

from django.urls import reverse

from wagtail.users.models import UserProfile

import openpyxl
import pytest

from events import services
from events.admin_views import RegistrationsReportView
from events.models import Attendance, Registration

from .pages import event_under, translate

pytestmark = pytest.mark.django_db
REPORT = "events_registrations"
PENDING = "pending_registrations:index"
REPORT_EXPORT = RegistrationsReportView.list_export

MOMENT = datetime(2026, 12, 1, 20, 34, 52, 243746, tzinfo=UTC)
IN_VILNIUS = datetime(2026, 12, 1, 22, 34, 52)
TITLES = {
    "lt": "Mokymai Biržuose",
    "en": "Training in Biržai",
    "nb": "Opplæring i Biržai",
}


def speaks(client, person, language: str) -> None:
    """`person`'s admin is in `language`."""
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()
    client.force_login(person)


def export(client, url, export_format: str, **params) -> list[list]:
    response = client.get(url, {"export": export_format, **params})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def cells(html: str) -> list[list[str]]:
    """The text of each row's cells in the listing's table."""
    table = re.search(r"<tbody>(.*?)</tbody>", html, re.S)
    assert table is not None
    return [
        [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table.group(1), re.S)
    ]


@pytest.fixture
def translated(event):
    for language in ("en", "nb"):
        translate(event, language, title=TITLES[language])
    return event


@pytest.fixture
def checked_in(event, learner):
    registration = services.register_for_event(person=learner, event=event)
    Registration.objects.filter(pk=registration.pk).update(
        created_at=MOMENT, checked_in_at=MOMENT, attendance=Attendance.PRESENT
    )
    return registration


def test_the_report_gives_times_in_vilnius_to_the_second(
    client, checked_in, admin_user
):
    speaks(client, admin_user, "en")
    fields = ["created_at", "checked_in_at"]
    columns = [REPORT_EXPORT.index(field) for field in fields]

    page = cells(client.get(reverse(REPORT)).content.decode())
    csv_rows = export(client, reverse(REPORT), "csv")
    xlsx_rows = export(client, reverse(REPORT), "xlsx")

    assert "2026-12-01 22:34" in page[0]
    assert [csv_rows[1][c] for c in columns] == ["2026-12-01 22:34:52"] * 2
    assert [xlsx_rows[1][c] for c in columns] == [IN_VILNIUS] * 2
    assert xlsx_rows[1][REPORT_EXPORT.index("cancelled_at")] is None


def test_the_requests_to_approve_give_times_in_vilnius_to_the_second(
    client, index, organisation, coordinator, learner
):
    event = event_under(index, needs_approval=True, organisation=organisation)
    request = services.register_for_event(person=learner, event=event)
    Registration.objects.filter(pk=request.pk).update(created_at=MOMENT)
    speaks(client, coordinator, "en")

    for export_format, expected in (
        ("csv", "2026-12-01 22:34:52"),
        ("xlsx", IN_VILNIUS),
    ):
        header, row = export(client, reverse(PENDING), export_format)
        assert row[header.index("Registered at")] == expected, export_format


@pytest.mark.parametrize("language", ["en", "nb", "lt"])
def test_the_report_titles_events_in_the_admins_language(
    client, translated, index, organisation, admin_user, learner, outsider, language
):
    untranslated = event_under(
        index, slug="kitas", title="Kitas renginys", organisation=organisation
    )
    services.register_for_event(person=learner, event=translated)
    services.register_for_event(person=outsider, event=untranslated)
    speaks(client, admin_user, language)
    title = TITLES[language]
    column = REPORT_EXPORT.index("event_name")

    html = client.get(reverse(REPORT)).content.decode()
    by_event = client.get(reverse(REPORT), {"event_key": translated.translation_key})

    assert sorted(row[0] for row in cells(html)) == sorted([title, "Kitas renginys"])
    assert f"{title} (" in html  # the event filter's choice
    if language != "lt":
        assert "Mokymai Biržuose" not in html
    assert [row[0] for row in cells(by_event.content.decode())] == [title]
    for export_format in ("csv", "xlsx"):
        rows = export(client, reverse(REPORT), export_format)
        assert sorted(row[column] for row in rows[1:]) == sorted(
            [title, "Kitas renginys"]
        ), export_format


def test_the_requests_to_approve_title_events_in_the_admins_language(
    client, index, organisation, coordinator, learner
):
    event = event_under(index, needs_approval=True, organisation=organisation)
    translate(event, "en", title="Training in Biržai")
    services.register_for_event(person=learner, event=event)
    speaks(client, coordinator, "en")

    html = client.get(reverse(PENDING)).content.decode()
    found = client.get(reverse(PENDING), {"event_title": "Training"})
    searched = client.get(reverse(PENDING), {"q": "Training"})
    missed = client.get(reverse(PENDING), {"q": "Nowhere"})
    header, row = export(client, reverse(PENDING), "csv")

    assert "Training in Biržai" in html and "Mokymai Biržuose" not in html
    assert learner.email in found.content.decode()
    assert learner.email in searched.content.decode()  # the title it shows
    assert learner.email not in missed.content.decode()
    assert row[header.index("Event")] == "Training in Biržai"
