"""Download my data and close my account, in Chromium, each page checked with axe-core."""

import json
import zipfile

import pytest
from playwright.sync_api import expect

from courses.models import HomePage
from events.models import EventIndexPage
from learning import services as learning
from learning.models import Enrolment
from privacy import services
from privacy.demo import seed_privacy_notice
from privacy.models import DataExport

from ..courses.pages import catalogue_under, module_under, programme_under
from ..events.pages import event_under, index_under
from ..factories import PASSWORD
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_learner_downloads_their_data_and_closes_their_account(
    page, site_content, learner, assert_accessible, tmp_path
):
    # site_content before learner: it restores the role groups a flush removed.
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, lessons=1, quiz=False)
    learning.enrol_learner(learner=learner, programme=programme)
    seed_privacy_notice(home=HomePage.objects.get(locale__language_code="lt"))
    listing = EventIndexPage.objects.first() or index_under(site_content)
    event = event_under(listing, organisation=learner.organisation)

    for path in ("/en/privacy/", listing.url, event.url):  # public pages
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)

    sign_in(page, learner)
    page.goto("/en/accounts/profile/")
    page.get_by_role(
        "link", name="My data: download a copy or close your account"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My data")
    assert_accessible(page)

    page.get_by_role("button", name="Prepare a copy of my data").click()
    expect(page.get_by_text("Your data is being gathered.")).to_be_visible()
    services.build_export(export_id=DataExport.objects.get().pk)  # the worker's part
    page.reload()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download ZIP").click()
    saved = tmp_path / "my-data.zip"
    download.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["person"]["email"] == learner.email
    assert data["records"]["learning.Enrolment"]

    page.get_by_role("link", name="Close my account").click()
    assert_accessible(page)
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand that my account is closed for good").check()
    page.get_by_role("button", name="Close my account for good").click()

    expect(page.get_by_text("Your account is closed.")).to_be_visible()
    assert Enrolment.objects.filter(learner=learner).count() == 1  # the figures stay
    learner.refresh_from_db()
    assert not learner.is_active
