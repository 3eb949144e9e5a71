"""Organisations' names are proper names in their own country's language: wherever the
site shows one on a page in another language, it says which language it is in (WCAG
3.1.2): the home page's partners, an event's organiser, the sign-up form's choice."""

import re

from django.urls import reverse
from django.utils import translation

import pytest

from accounts.models import Organisation

from ..events.pages import event_under, index_under, translate
from ..factories import OrganisationFactory
from ..language_check import organisation_names, page_language, wrong_language_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def vofo(db):
    return OrganisationFactory(
        name="Voksenopplæringsforbundet (Vofo)",
        kind=Organisation.Kind.NGO,
        region="Oslo",
        country=Organisation.Country.NORWAY,
        website="https://www.vofo.no/",
    )


def test_an_organisations_name_is_in_its_countrys_language(organisation, vofo):
    assert organisation.name_language == "lt"
    assert vofo.name_language == "nb"
    assert Organisation(name="Elsewhere", country="").name_language == ""


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_the_home_pages_partners_say_their_names_language(
    client, site_content, organisation, vofo, language
):
    html = client.get(f"/{language}/").content.decode()

    assert (
        '<span lang="lt">Biržų rajono savivaldybė</span>'
        '\n                            <span class="partner-kind">'
    ) in html
    assert '<span lang="lt">Biržų rajono savivaldybė</span></span>' in html  # region
    assert (
        '<a href="https://www.vofo.no/" lang="nb">Voksenopplæringsforbundet (Vofo)</a>'
    ) in html
    assert '<span lang="nb">Oslo</span></span>' in html
    assert wrong_language_text(html, language, names=organisation_names()) == []


def test_an_events_organiser_says_its_names_language(client, site_content, vofo):
    event = event_under(index_under(site_content), organisation=vofo)
    english = translate(event, "en", title="Training in Biržai")

    for page, language in ((event, "lt"), (english, "en")):
        html = client.get(page.url).content.decode()
        assert '<dd lang="nb">Voksenopplæringsforbundet (Vofo)</dd>' in html
        assert page_language(html) == language
        assert wrong_language_text(html, language, names=organisation_names()) == []


def options(html: str) -> dict[str, str]:
    """{option's text: its lang ("" without)} of the organisation choice."""
    select = re.search(r'<select name="organisation"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    return {
        text.strip(): (lang.group(1) if (lang := re.search(r'lang="(\w+)"', a)) else "")
        for a, text in re.findall(r"<option([^>]*)>(.*?)</option>", select.group(1))
    }


@pytest.mark.parametrize(
    "language, birzai, vofo_lang",
    [("lt", "", "nb"), ("en", "lt", "nb"), ("nb", "lt", "")],
)
def test_the_sign_up_form_marks_names_in_another_language(
    client, organisation, vofo, language, birzai, vofo_lang
):
    with translation.override(language):
        url = reverse("account_signup")

    found = options(client.get(url).content.decode())

    assert found["Biržų rajono savivaldybė"] == birzai
    assert found["Voksenopplæringsforbundet (Vofo)"] == vofo_lang


def test_the_language_check_finds_a_name_shown_without_its_language(organisation):
    names = organisation_names()
    shown = '<html lang="en"><p>Organised by {}</p></html>'

    assert wrong_language_text(
        shown.format("Biržų rajono savivaldybė"), "en", names=names
    ) == ["Biržų rajono savivaldybė"]
    marked = shown.format('<span lang="lt">Biržų rajono savivaldybė</span>')
    assert wrong_language_text(marked, "en", names=names) == []
