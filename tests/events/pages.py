"""Builders for event pages in tests."""

from datetime import datetime, time, timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import Locale

from events.models import EVENT_TIME_ZONE, EventFormat, EventIndexPage, EventPage

from ..courses.pages import publish
from ..factories import OrganisationFactory


def lt(message: str, **values) -> str:
    """A message as the Lithuanian pages (the default language) show it."""
    with translation.override("lt"):
        text = gettext(message)
    return text % values if values else text


def vilnius(days: int, hour: int = 10, minute: int = 0) -> datetime:
    """`days` from today at hour:minute Vilnius time (aware)."""
    day = timezone.now().astimezone(EVENT_TIME_ZONE).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=EVENT_TIME_ZONE)


def index_under(home) -> EventIndexPage:
    return publish(
        home.add_child(instance=EventIndexPage(title="Renginiai", slug="renginiai"))
    )


def event_under(
    parent,
    *,
    slug: str = "renginys",
    title: str = "Mokymai Biržuose",
    days: int = 10,
    capacity: int = 10,
    organisation=None,
    **fields,
) -> EventPage:
    values = {
        "description": "<p>Praktiniai mokymai savivaldybių darbuotojams.</p>",
        "format": EventFormat.IN_PERSON,
        "venue_name": "Biržų kultūros centras",
        "venue_address": "Vytauto g. 1, Biržai",
        "municipality": "Biržai",
        "starts_at": vilnius(days, 10),
        "ends_at": vilnius(days, 16),
        "capacity": capacity,
        "organisation": organisation
        or OrganisationFactory(name="Mykolo Romerio universitetas"),
        **fields,
    }
    return publish(
        parent.add_child(instance=EventPage(title=title, slug=slug, **values))
    )


def translate(page, language: str = "en", **fields):
    """The page's translation into `language`, published with `fields` changed."""
    locale = Locale.objects.get(language_code=language)
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    for ancestor in translation.get_ancestors().filter(depth__gt=1, live=False):
        publish(ancestor.specific)
    for name, value in fields.items():
        setattr(translation, name, value)
    publish(translation)
    translation.refresh_from_db()
    return translation
