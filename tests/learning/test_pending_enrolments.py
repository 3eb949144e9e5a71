"""Enrolments awaiting approval are a Wagtail listing (search, filters, pages, export)
whose rows are approved or rejected in place, each person seeing only the requests they
may decide."""

import csv
import io

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import pytest

from learning import services
from learning.models import Enrolment

from ..courses.pages import catalogue_under, programme_under, publish
from ..factories import UserFactory

pytestmark = pytest.mark.django_db
LISTING = "pending_enrolments:index"


@pytest.fixture
def requests_(site_content, organisation, other_organisation):
    programme = programme_under(catalogue_under(site_content), slug="su-patvirtinimu")
    programme.needs_approval = True
    publish(programme)
    ours = [
        services.enrol_learner(
            learner=UserFactory(
                organisation=organisation, email=f"ours{n}@example.org"
            ),
            programme=programme,
        )
        for n in range(3)
    ]
    theirs = services.enrol_learner(
        learner=UserFactory(
            organisation=other_organisation, email="theirs@example.org"
        ),
        programme=programme,
    )
    return {"ours": ours, "theirs": theirs}


def test_a_coordinator_lists_their_organisations_requests_and_approves_one(
    client, coordinator, requests_
):
    client.force_login(coordinator)
    listing = client.get(reverse(LISTING)).content.decode()
    assert all(f"ours{n}@example.org" in listing for n in range(3))
    assert "theirs@example.org" not in listing

    first = requests_["ours"][0]
    response = client.post(
        reverse("learning_decide_enrolment", args=[first.pk, "approve"])
    )

    assert response.status_code == 302
    assert response["Location"] == reverse(LISTING)
    first.refresh_from_db()
    assert first.status == Enrolment.Status.ACTIVE
    assert "ours0@example.org" not in client.get(reverse(LISTING)).content.decode()


def test_the_listing_searches_and_exports_the_same_rows(client, coordinator, requests_):
    client.force_login(coordinator)
    found = client.get(reverse(LISTING), {"q": "ours1"}).content.decode()
    assert "ours1@example.org" in found
    assert "ours2@example.org" not in found

    export = client.get(reverse(LISTING), {"export": "csv"})
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    emails = {row[1] for row in list(csv.reader(io.StringIO(content)))[1:]}
    assert emails == {f"ours{n}@example.org" for n in range(3)}


def test_each_row_has_its_own_approve_and_reject_forms(client, coordinator, requests_):
    client.force_login(coordinator)
    listing = client.get(reverse(LISTING)).content.decode()
    for enrolment in requests_["ours"]:
        for decision in ("approve", "reject"):
            url = reverse("learning_decide_enrolment", args=[enrolment.pk, decision])
            assert f'action="{url}"' in listing
    assert listing.count('name="csrfmiddlewaretoken"') >= 6


def test_a_coordinator_cannot_decide_another_organisations_request(
    client, coordinator, requests_
):
    client.force_login(coordinator)
    theirs = requests_["theirs"]
    response = client.post(
        reverse("learning_decide_enrolment", args=[theirs.pk, "approve"])
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Enrolment.Status.PENDING


def test_learners_do_not_reach_the_listing(client, learner, requests_):
    client.force_login(learner)
    response = client.get(reverse(LISTING))
    assert response.status_code in (302, 403)
    assert "ours0@example.org" not in response.content.decode()


def test_an_empty_listing_says_nothing_is_waiting(client, admin_user, site_content):
    client.force_login(admin_user)
    page = client.get(reverse(LISTING))
    # The admin speaks the default language to someone who chose none.
    with translation.override(settings.LANGUAGE_CODE):
        expected = translation.gettext("No enrolments are waiting for your approval.")
    assert expected in page.content.decode()
