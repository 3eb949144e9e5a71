"""A learner's training event in Chromium: find it, register, take the .ics, check in
during the event, answer the survey once after it; each page checked with axe-core."""

from datetime import timedelta

from django.utils import timezone

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from events import calendar, services
from events.models import Attendance, EventPage, Registration, SurveyResponse

from ..events.pages import event_under, index_under, translate
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def moved(event, *, starts, ends) -> None:
    """The clock moves on: the event (in all its languages) now runs at these times."""
    EventPage.objects.filter(translation_key=event.translation_key).update(
        starts_at=starts, ends_at=ends
    )


def test_a_learner_registers_checks_in_and_answers_the_survey_once(
    page, site_content, learner, assert_accessible, tmp_path
):
    listing = index_under(site_content)
    event = event_under(listing, organisation=learner.organisation, capacity=12)
    english = translate(event, "en", title="Training in Biržai")
    listing_en = english.get_parent().specific

    sign_in(page, learner)

    page.goto(listing_en.url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Training in Biržai").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Training in Biržai")
    assert_accessible(page)

    page.get_by_role("button", name="Register", exact=True).click()
    expect(
        page.get_by_text("You are registered for Training in Biržai.")
    ).to_be_visible()
    assert_accessible(page)
    registration = Registration.objects.get(person=learner)
    assert registration.status == Registration.Status.REGISTERED

    with page.expect_download() as download:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    saved = tmp_path / "event.ics"
    download.value.save_as(saved)
    cal = Calendar.from_ical(saved.read_bytes())
    [item] = cal.walk("VEVENT")
    assert cal["METHOD"] == "REQUEST"
    assert str(item["UID"]) == calendar.uid(event.translation_key)
    assert str(item["SUMMARY"]) == "Training in Biržai"

    # The event begins: the trainer shows the code in the room.
    now = timezone.now()
    moved(event, starts=now - timedelta(minutes=10), ends=now + timedelta(hours=3))
    code = services.check_in_code(event)
    page.reload()
    page.get_by_label("Check-in code shown in the room").fill("WRONG1")
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_text("This check-in code is not right.")).to_be_visible()
    registration.refresh_from_db()
    assert registration.attendance == ""
    page.get_by_label("Check-in code shown in the room").fill(code.lower())
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_text("You are checked in. Welcome!")).to_be_visible()
    assert_accessible(page)
    registration.refresh_from_db()
    assert registration.attendance == Attendance.PRESENT

    # The event is over: the survey opens, once.
    moved(event, starts=now - timedelta(hours=5), ends=now - timedelta(minutes=5))
    page.reload()
    page.get_by_role("link", name="Answer the satisfaction survey").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Satisfaction survey")
    assert_accessible(page)
    page.get_by_role("button", name="Send my answers").click()  # nothing chosen
    expect(
        page.get_by_text("Please answer the questions marked below.")
    ).to_be_visible()
    assert_accessible(page)
    assert not SurveyResponse.objects.exists()

    page.locator('input[name="overall"][value="4"]').check()
    page.locator('input[name="usefulness"][value="5"]').check()
    page.locator('input[name="would_recommend"][value="True"]').check()
    page.locator('textarea[name="improvements"]').fill("More time for questions.")
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_text("Thank you for your answers.")).to_be_visible()
    expect(
        page.get_by_role("link", name="Answer the satisfaction survey")
    ).to_have_count(0)
    assert_accessible(page)

    page.goto(f"/en/events/{english.pk}/survey/")  # a second time, by the address
    expect(
        page.get_by_text("You have already answered this survey. Thank you!")
    ).to_be_visible()
    [response] = SurveyResponse.objects.all()
    assert (response.overall, response.improvements) == (4, "More time for questions.")


def test_the_calendar_link_page_is_accessible_and_a_revoked_link_is_gone(
    page, site_content, learner, assert_accessible
):
    sign_in(page, learner)

    page.goto("/en/events/calendar/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My calendar link")
    assert_accessible(page)
    page.get_by_role("button", name="Make my calendar link").click()
    link = page.get_by_label("Your new calendar link").input_value()
    assert_accessible(page)
    assert page.request.get(link).status == 200

    page.get_by_role("button", name="Revoke my link").click()
    expect(page.get_by_text("Your calendar link is revoked")).to_be_visible()
    assert page.request.get(link).status == 404
