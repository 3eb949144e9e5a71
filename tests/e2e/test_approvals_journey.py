"""A coordinator approves an enrolment request in the admin, in Lithuanian, in Chromium;
a learner does not reach the listing."""

import re
from urllib.parse import urlsplit

from django.utils import translation

import pytest
from playwright.sync_api import expect

from learning import services
from learning.models import Enrolment

from ..courses.pages import catalogue_under, programme_under, publish
from ..factories import UserFactory
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_approves_a_request_and_a_learner_is_refused(
    page, site_content, coordinator, organisation, learner, assert_accessible
):
    programme = programme_under(catalogue_under(site_content), slug="su-patvirtinimu")
    programme.needs_approval = True
    publish(programme)
    asking = UserFactory(organisation=organisation, email="ona.prasytoja@example.org")
    request = services.enrol_learner(learner=asking, programme=programme)
    with translation.override("lt"):
        approve = translation.gettext("Approve")
        heading = translation.gettext("Enrolments awaiting approval")
        empty = translation.gettext("No enrolments are waiting for your approval.")

    sign_in(page, coordinator, language="lt")
    page.goto("/admin/enrolments/pending/")
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_text("ona.prasytoja@example.org")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "lt"
    assert_accessible(page)

    page.get_by_role("button", name=re.compile(f"^{approve}")).first.click()

    expect(page.get_by_text(empty)).to_be_visible()
    request.refresh_from_db()
    assert request.status == Enrolment.Status.ACTIVE

    page.context.clear_cookies()
    sign_in(page, learner, language="lt")
    page.goto("/admin/enrolments/pending/")
    # Sent away from the listing (to the sign-in, with a refusal).
    assert urlsplit(page.url).path != "/admin/enrolments/pending/"
    expect(page.get_by_text("ona.prasytoja@example.org")).to_have_count(0)
