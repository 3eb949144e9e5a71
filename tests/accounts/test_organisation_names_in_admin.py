"""The admin names organisations in their own country's language too (WCAG 3.1.2):
the organisations' listing and inspect page, and the enrolment requests' column and
filter, read in English."""

import re

from django.urls import reverse

import pytest

from learning import services

from ..courses.pages import catalogue_under, programme_under, publish
from ..factories import OrganisationFactory, UserFactory
from ..language_check import organisation_names, wrong_language_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def norwegian(db):
    return OrganisationFactory(name="Bodø kulturhus", region="Bodø", country="NO")


def body(html: str) -> str:
    # The <title> and Wagtail's "More options for 'name'" are text only: they cannot
    # say the language of a part of them.
    html = re.sub(r"<head>.*?</head>", "", html, flags=re.S)
    return re.sub(r'aria-label="More options for [^"]*"', "", html)


def unmarked(html: str) -> list[str]:
    return wrong_language_text(body(html), "en", names=organisation_names())


def test_the_organisations_listing_says_their_names_language(
    client, english_admin, organisation, norwegian
):
    html = client.get(reverse("organisations:index")).content.decode()

    assert "Bodø kulturhus" in html
    assert unmarked(html) == []
    assert '<td lang="nb">' in html  # the region


def test_an_organisations_inspect_page_says_its_names_language(
    client, english_admin, norwegian
):
    url = reverse("organisations:inspect", args=[norwegian.pk])

    html = client.get(url).content.decode()

    assert unmarked(html) == []
    assert "<title>Inspect: Bodø kulturhus" in html
    assert '<span lang="nb">Bodø</span>' in html


@pytest.fixture
def requests_(site_content, organisation, norwegian):
    programme = programme_under(catalogue_under(site_content), slug="su-patvirtinimu")
    programme.needs_approval = True
    publish(programme)
    for place in (organisation, norwegian):
        services.enrol_learner(
            learner=UserFactory(organisation=place), programme=programme
        )


@pytest.mark.parametrize("chosen", [False, True])
def test_enrolment_requests_say_their_organisations_language(
    client, english_admin, requests_, norwegian, chosen
):
    params = {"learner__organisation": norwegian.pk} if chosen else {}

    html = client.get(reverse("pending_enrolments:index"), params).content.decode()

    assert "Bodø kulturhus" in html
    assert unmarked(html) == []


@pytest.mark.parametrize("view", ["add", "edit"])
def test_the_user_forms_say_each_organisations_and_languages_own_language(
    client, english_admin, organisation, norwegian, view
):
    args = [english_admin.pk] if view == "edit" else []
    url = reverse(f"wagtailusers_users:{view}", args=args)

    html = client.get(url).content.decode()

    option = re.search(rf'<option value="{norwegian.pk}"[^>]*>', html)
    assert option and 'lang="nb"' in option.group()
    assert re.search(r'<option value="nb"[^>]*lang="nb"', html)
    assert unmarked(html) == []
