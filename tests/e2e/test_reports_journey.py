"""The reports in Chromium on the demo's data: the demo coordinator's dashboard, a report
of their people, a learner's record opened from a row and the CSV of the same rows; the
competency heatmap as the demo administrator. Each page is checked with axe-core."""

import csv
import io

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from accounts.models import User

from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "demo-reports-journey"


@pytest.fixture
def demo(site_content, settings):
    # site_content first: it restores the role groups a transactional test's flush
    # removed, which the demo's people are put in.
    settings.DEMO_PASSWORD = PASSWORD
    call_command("seed_demo", "--with-users", "--report-learners", "40")
    return {
        "coordinator": User.objects.get(email="coordinator@demo.example"),
        "admin": User.objects.get(email="admin@demo.example"),
    }


def sign_in_to_admin(page, person):
    """Through the admin's sign-in (the site's), with the admin in English."""
    sign_in(page, person, language="en", next_url="/admin/", password=PASSWORD)


def test_the_demo_coordinator_reports_on_their_organisation_only(
    page, demo, assert_accessible, tmp_path
):
    coordinator = demo["coordinator"]
    organisation = coordinator.organisation.name
    sign_in_to_admin(page, coordinator)

    panel = page.locator(".reports-coordinator")
    expect(panel).to_contain_text(organisation)
    # axe checks Wagtail's green success message too ("Successfully signed in").
    expect(page.locator(".messages .success")).to_be_visible()
    assert_accessible(page)

    page.goto("/admin/reports/learners/")
    table = page.locator("#learners-report")
    expect(table).to_be_visible()
    rows = table.locator("tbody tr")
    count = rows.count()
    assert count > 0
    shown = []
    for index in range(count):
        cells = rows.nth(index).locator("td")
        assert cells.nth(2).inner_text() == organisation
        shown.append(cells.nth(1).inner_text())
    people = set(
        User.objects.filter(organisation=coordinator.organisation).values_list(
            "email", flat=True
        )
    )
    assert set(shown) <= people
    assert_accessible(page)

    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    saved = tmp_path / "learners.csv"
    download.value.save_as(saved)
    exported = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert exported[0][:3] == ["Name", "Email", "Organisation"]
    assert [row[1] for row in exported[1:]] == shown
    assert {row[2] for row in exported[1:]} == {organisation}

    first = rows.first
    name = first.locator("td").first.inner_text()
    first.get_by_role("link", name=name).click()
    details = page.locator("#learner-details")
    expect(details).to_contain_text(shown[0])
    expect(details).to_contain_text(organisation)
    assert_accessible(page)


def test_the_demo_administrator_reads_the_competency_heatmap(
    page, demo, assert_accessible
):
    admin = demo["admin"]
    sign_in_to_admin(page, admin)

    page.goto("/admin/reports/competencies/")
    heatmap = page.locator("#competencies-report")
    expect(heatmap).to_be_visible()
    cells = heatmap.locator("td.heat")
    assert cells.count() > 0
    # colour is never alone: a cell with learners carries its numbers
    assert any("/" in cells.nth(n).inner_text() for n in range(cells.count()))
    assert_accessible(page)

    page.goto("/admin/reports/competencies/?rows=programme")
    expect(heatmap).to_be_visible()
    assert_accessible(page)
