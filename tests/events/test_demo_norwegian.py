"""The demo events in Norwegian: every text of events/demo.py has a Norwegian version,
the /nb/ events are real translations (not aliases of the Lithuanian) with it, a
database seeded before the Norwegian texts existed gets them on the next seeding, and
seeding again changes nothing."""

import re
from html import unescape

from wagtail.models import Locale, Page, Revision

import pytest

from accounts import demo as accounts_demo
from courses import demo as courses_demo
from events import demo
from events.models import EventIndexPage, EventPage, EventTrainer, FunderActivity

pytestmark = pytest.mark.django_db

TAG = re.compile(r"<[^>]+>")


def texts(value, where="demo"):
    """Every demo text dict (one with a Lithuanian entry) in `value`, with its place."""
    if isinstance(value, dict):
        if "lt" in value:
            yield where, value
            return
        for key, item in value.items():
            yield from texts(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for number, item in enumerate(value):
            yield from texts(item, f"{where}[{number}]")


def without_norwegian(value):
    """The demo data as it was before it had Norwegian texts."""
    if isinstance(value, dict):
        return {k: without_norwegian(v) for k, v in value.items() if k != "nb"}
    if isinstance(value, list):
        return [without_norwegian(item) for item in value]
    return value


def norwegian_events():
    return EventPage.objects.filter(locale__language_code="nb").specific()


def seed(*, twice=False):
    accounts_demo.seed_organisations()
    courses_demo.seed_framework()
    courses_demo.seed_programmes()
    demo.seed_events()
    if twice:
        demo.seed_events()


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        FunderActivity.objects.count(),
        sorted(
            Page.objects.values_list("url_path", "locale__language_code", "alias_of")
        ),
    )


def test_every_demo_text_has_norwegian_with_the_same_markup():
    found = list(
        texts(
            {
                "INDEX": demo.INDEX,
                "INDEX_INTRO": demo.INDEX_INTRO,
                "ACTIVITIES": demo.ACTIVITIES,
                "EVENTS": demo.EVENTS,
            }
        )
    )

    assert len(found) == 2 + 2 + 4 * len(demo.EVENTS)
    for where, text in found:
        assert set(text) == {"lt", "en", "nb"}, where
        text = {k: " ".join(v) if isinstance(v, tuple) else v for k, v in text.items()}
        assert bool(text["nb"]) == bool(text["en"]), where
        assert TAG.findall(text["nb"]) == TAG.findall(text["en"]), where
        words = TAG.sub("", text["nb"])
        assert not set(words) & set('"“”„'), f"{where}: quotes in Norwegian are «»"
        if text["nb"] and text["nb"] == text["en"]:  # names and the like
            assert text["nb"] in ("Voksenopplæringsforbundet (Vofo)",), where


def test_the_norwegian_events_are_translations_with_norwegian_texts(
    client, site_content
):
    seed()

    norwegian = norwegian_events()
    assert norwegian.count() == len(demo.EVENTS)
    for spec in demo.EVENTS:
        event = norwegian.get(translation_key=demo.demo_key("event", spec["slug"]))
        assert event.alias_of_id is None, spec["slug"]
        assert event.live and not event.has_unpublished_changes
        assert (event.title, event.description) == (
            spec["title"]["nb"],
            spec["description"]["nb"],
        )
        assert (event.venue_name, event.venue_address) == (
            spec["venue_name"]["nb"],
            spec["venue_address"]["nb"],
        )
        assert event.funder_activity.locale.language_code == "nb"
        assert {
            c.competency.locale.language_code for c in event.competencies.all()
        } <= {"nb"}
        assert event.url.startswith("/nb/")
        response = client.get(event.url)
        assert response.status_code == 200
        html = unescape(response.content.decode())
        assert spec["title"]["nb"] in html
        assert TAG.sub("", spec["description"]["nb"]) in TAG.sub("", html)
        assert spec["title"]["lt"] not in html

    index = EventIndexPage.objects.get(locale__language_code="nb")
    listing = unescape(client.get(index.url).content.decode())
    assert "Studiebesøk til Oslo" in listing and "Studijų vizitas" not in listing


def test_the_funder_activities_have_norwegian_titles(site_content):
    accounts_demo.seed_organisations()
    demo.seed_events()

    for spec in demo.ACTIVITIES:
        activity = FunderActivity.objects.get(
            code=spec["code"], locale__language_code="nb"
        )
        assert activity.title == spec["title"]["nb"]
        assert activity.translation_key == demo.demo_key(
            "funder-activity", spec["code"]
        )
        assert activity.target_participants == spec["target"]
    oslo = norwegian_events().get(municipality="Oslo")
    assert oslo.funder_activity.title == "Studiebesøk og erfaringsutveksling i Norge"


def test_seeding_twice_gives_the_same_pages_and_revisions(site_content):
    seed()
    first = snapshot()

    seed()

    assert snapshot() == first


def test_a_database_seeded_before_gets_norwegian_translations_of_its_aliases(
    client, site_content, monkeypatch
):
    with monkeypatch.context() as before:  # the demo as it was: no Norwegian texts
        for name in ("INDEX", "ACTIVITIES", "EVENTS"):
            before.setattr(demo, name, without_norwegian(getattr(demo, name)))
        seed()
        trainer = accounts_demo.seed_users(password="demo-password-123")[1]
        demo.assign_demo_trainer(trainer=trainer)
    aliases = {e.translation_key: e.pk for e in norwegian_events()}
    assert len(aliases) == len(demo.EVENTS)
    assert all(e.alias_of_id for e in norwegian_events())
    assert EventIndexPage.objects.get(locale__language_code="nb").alias_of_id
    assert not FunderActivity.objects.filter(locale__language_code="nb").exists()

    seed(twice=True)

    index = EventIndexPage.objects.get(locale__language_code="nb")
    assert index.alias_of_id is None
    assert (index.title, index.url) == ("Arrangementer", "/nb/arrangementer/")
    # The aliases became the translations: the same pages, now with their own texts.
    assert {e.translation_key: e.pk for e in norwegian_events()} == aliases
    for event in norwegian_events():
        assert event.alias_of_id is None
        assert event.funder_activity.locale.language_code == "nb"
        assert EventTrainer.objects.filter(event=event, user=trainer).count() == 1
        response = client.get(event.url)
        assert response.status_code == 200
        assert event.title in unescape(response.content.decode())
    oslo = norwegian_events().get(municipality="Oslo")
    assert oslo.title == "Studiebesøk til Oslo"
    assert oslo.url.startswith("/nb/arrangementer/")
    assert FunderActivity.objects.filter(locale__language_code="nb").count() == 2
    assert Locale.objects.filter(language_code="nb").count() == 1
