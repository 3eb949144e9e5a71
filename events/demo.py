"""Demo events: the events listing, funder activities with their targets, and three
events in Lithuanian and English (Norwegian shows them as aliases of the Lithuanian):
a workshop in Biržai under the social clustering programme, an online seminar, and a
study visit to Oslo that needs the organisers' approval.

Safe to run again: what exists is found by its stable translation_key and left as it is.
Dates are counted from the day of the first seeding (times in Vilnius), so a fresh demo
always has upcoming events.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from accounts.models import Organisation, User
from courses.demo import alias_untranslated_programmes, demo_key, ensure_home_page
from courses.demo_data.social_clustering import PROGRAMME as SOCIAL_CLUSTERING
from courses.models import Competency, ProgrammePage

from .models import (
    EVENT_TIME_ZONE,
    EventCompetency,
    EventFormat,
    EventIndexPage,
    EventPage,
    EventTrainer,
    FunderActivity,
)

INDEX = {
    "lt": ("Renginiai", "renginiai"),
    "en": ("Events", "events"),
    "nb": ("Arrangementer", "arrangementer"),
}
INDEX_INTRO = {
    "lt": "<p>Tiesioginiai mokymai, studijų vizitai ir praktiniai susitikimai "
    "partnerių savivaldybėse ir Osle.</p>",
    "en": "<p>Live training events, study visits and practical meetings in the "
    "partner municipalities and in Oslo.</p>",
    "nb": "<p>Opplæringsarrangementer, studiebesøk og praktiske møter i "
    "partnerkommunene og i Oslo.</p>",
}

ACTIVITIES = [
    {
        "code": "1.1.2",
        "target": 120,
        "title": {
            "lt": "Mokymo renginiai savivaldybių darbuotojams",
            "en": "Training events for municipal staff",
        },
    },
    {
        "code": "1.2.1",
        "target": 30,
        "title": {
            "lt": "Studijų vizitai ir patirties mainai Norvegijoje",
            "en": "Study visits and exchange of experience in Norway",
        },
    },
]

EVENTS = [
    {
        "slug": "partnerystes-dirbtuves-birzuose",
        "parent": "programme",
        "days": 21,
        "hours": ((10, 0), (16, 0)),
        "format": EventFormat.IN_PERSON,
        "capacity": 25,
        "organisation": "Biržų rajono savivaldybė",
        "municipality": "Biržai",
        "activity": "1.1.2",
        "competencies": ["SC-1.1", "SC-2.1"],
        "online_url": "",
        "needs_approval": False,
        "title": {
            "lt": "Tarpinstitucinės partnerystės dirbtuvės Biržuose",
            "en": "Inter-institutional partnership workshop in Biržai",
        },
        "venue_name": {
            "lt": "Biržų rajono savivaldybės salė",
            "en": "Biržai District Municipality hall",
        },
        "venue_address": {
            "lt": "Vytauto g. 38, Biržai",
            "en": "Vytauto g. 38, Biržai, Lithuania",
        },
        "description": {
            "lt": "<p>Praktinės dirbtuvės savivaldybės, jos įstaigų ir "
            "nevyriausybinių organizacijų darbuotojams: kaip susitarti dėl bendros "
            "paslaugos ir pasirašyti partnerystės sutartį.</p>",
            "en": "<p>A hands-on workshop for staff of the municipality, its "
            "institutions and NGOs: agreeing on a joint service and signing a "
            "partnership agreement.</p>",
        },
    },
    {
        "slug": "nuotolinis-seminaras-socialine-komunikacija",
        "parent": "index",
        "days": 10,
        "hours": ((13, 0), (15, 0)),
        "format": EventFormat.ONLINE,
        "capacity": 100,
        "organisation": "Mykolo Romerio universitetas",
        "municipality": "",
        "activity": "1.1.2",
        "competencies": ["SC-4.1"],
        "online_url": "https://meet.example.org/socialine-komunikacija",
        "needs_approval": False,
        "title": {
            "lt": "Nuotolinis seminaras: kaip kalbėtis su bendruomene",
            "en": "Online seminar: talking with the community",
        },
        "venue_name": {"lt": "", "en": ""},
        "venue_address": {"lt": "", "en": ""},
        "description": {
            "lt": "<p>Dviejų valandų seminaras apie socialinę komunikaciją: "
            "bendruomenės įtraukimas, konsultacijos ir grįžtamasis ryšys.</p>",
            "en": "<p>A two-hour seminar on social communication: involving the "
            "community, consultation and feedback.</p>",
        },
    },
    {
        "slug": "studiju-vizitas-osle",
        "parent": "index",
        "days": 45,
        "end_days": 47,
        "hours": ((9, 0), (17, 0)),
        "format": EventFormat.IN_PERSON,
        "capacity": 12,
        "organisation": "Voksenopplæringsforbundet (Vofo)",
        "municipality": "Oslo",
        "activity": "1.2.1",
        "competencies": ["SC-6.1"],
        "online_url": "",
        "needs_approval": True,
        "closes_days": 30,
        "title": {
            "lt": "Studijų vizitas į Oslą",
            "en": "Study visit to Oslo",
        },
        "venue_name": {
            "lt": "Voksenopplæringsforbundet (Vofo)",
            "en": "Voksenopplæringsforbundet (Vofo)",
        },
        "venue_address": {"lt": "Oslas, Norvegija", "en": "Oslo, Norway"},
        "description": {
            "lt": "<p>Trijų dienų vizitas pas Norvegijos partnerius: kaip "
            "savivaldybės, suaugusiųjų švietimo organizacijos ir bendruomenės kartu "
            "kuria paslaugas. Dalyvius tvirtina organizatoriai.</p>",
            "en": "<p>A three-day visit to the Norwegian partners: how "
            "municipalities, adult education organisations and communities build "
            "services together. The organisers approve each participant.</p>",
        },
    },
]


def _publish(page: Page) -> None:
    page.save_revision(log_action=False).publish(log_action=False)


def seed_funder_activities() -> dict[str, FunderActivity]:
    """The activities of the project plan, in LT and EN, by code."""
    found = {}
    english = Locale.objects.get(language_code="en")
    for spec in ACTIVITIES:
        key = demo_key("funder-activity", spec["code"])
        source = FunderActivity.objects.filter(
            translation_key=key, locale=Locale.get_default()
        ).first()
        if source is None:
            source = FunderActivity.objects.create(
                translation_key=key,
                locale=Locale.get_default(),
                code=spec["code"],
                title=spec["title"]["lt"],
                target_participants=spec["target"],
            )
        if source.get_translation_or_none(english) is None:
            translation = source.copy_for_translation(english)
            translation.title = spec["title"]["en"]
            translation.save()
        found[spec["code"]] = source
    return found


def seed_event_index() -> EventIndexPage:
    """The events listing under the home page, in every language."""
    home = ensure_home_page().root_page.specific
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        title, slug = INDEX[home.locale.language_code]
        index = home.add_child(
            instance=EventIndexPage(
                title=title, slug=slug, intro=INDEX_INTRO[home.locale.language_code]
            )
        )
        _publish(index)
    for language, (title, slug) in INDEX.items():
        locale = Locale.objects.get(language_code=language)
        if locale == index.locale:
            continue
        translation = index.get_translation_or_none(locale)
        if translation is not None and not translation.alias_of_id:
            continue
        if translation is not None:  # an alias made by the synchronised trees
            translation.delete()
        translation = index.copy_for_translation(locale).specific
        translation.title, translation.slug = title, slug
        translation.intro = INDEX_INTRO[language]
        _publish(translation)
    return index


def _at(days: int, hour_minute: tuple[int, int], today) -> datetime:
    return datetime.combine(
        today + timedelta(days=days), time(*hour_minute), tzinfo=EVENT_TIME_ZONE
    )


def _fill(page: EventPage, spec: dict, language: str) -> None:
    page.title = spec["title"][language]
    page.description = spec["description"][language]
    page.venue_name = spec["venue_name"][language]
    page.venue_address = spec["venue_address"][language]


def _parent_for(spec: dict, index: EventIndexPage) -> Page:
    if spec["parent"] == "programme":
        programme = ProgrammePage.objects.filter(
            slug=SOCIAL_CLUSTERING["slug"], locale=Locale.get_default()
        ).first()
        if programme is not None:
            return programme
    return index


@transaction.atomic
def seed_events(*, today=None) -> list[EventPage]:
    """The listing, the activities and the three demo events. Needs the demo
    organisations; the framework and programmes are used when they are there."""
    today = today or timezone.now().astimezone(EVENT_TIME_ZONE).date()
    activities = seed_funder_activities()
    index = seed_event_index()
    english = Locale.objects.get(language_code="en")
    events = []
    for spec in EVENTS:
        key = demo_key("event", spec["slug"])
        event = EventPage.objects.filter(
            translation_key=key, locale=Locale.get_default()
        ).first()
        if event is None:
            start_hour, end_hour = spec["hours"]
            event = EventPage(
                translation_key=key,
                slug=spec["slug"],
                format=spec["format"],
                municipality=spec["municipality"],
                online_url=spec["online_url"],
                starts_at=_at(spec["days"], start_hour, today),
                ends_at=_at(spec.get("end_days", spec["days"]), end_hour, today),
                capacity=spec["capacity"],
                needs_approval=spec["needs_approval"],
                registration_closes_at=(
                    _at(spec["closes_days"], (23, 59), today)
                    if "closes_days" in spec
                    else None
                ),
                organisation=Organisation.objects.filter(
                    name=spec["organisation"]
                ).first(),
                funder_activity=activities[spec["activity"]],
            )
            _fill(event, spec, "lt")
            for position, code in enumerate(spec["competencies"]):
                competency = Competency.objects.filter(
                    code=code, locale=Locale.get_default()
                ).first()
                if competency is not None:
                    event.competencies.add(
                        EventCompetency(
                            competency=competency,
                            sort_order=position,
                            translation_key=demo_key("event", spec["slug"], code),
                        )
                    )
            _parent_for(spec, index).add_child(instance=event)
            _publish(event)
        _translate(event, spec, english, activities)
        events.append(event)
    alias_untranslated_programmes()  # Norwegian (and any other language): aliases
    return events


def _translate(event: EventPage, spec: dict, locale: Locale, activities) -> None:
    existing = event.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return
    if existing is not None:
        existing.delete()
    translation = event.copy_for_translation(locale, copy_parents=True).specific
    _fill(translation, spec, locale.language_code)
    activity = activities[spec["activity"]].get_translation_or_none(locale)
    if activity is not None:
        translation.funder_activity = activity
    items = list(translation.competencies.all())
    translation.competencies.clear()
    for item in items:
        translation.competencies.add(
            EventCompetency(
                competency=item.competency.get_translation_or_none(locale)
                or item.competency,
                sort_order=item.sort_order,
                translation_key=item.translation_key,
            )
        )
    _publish(translation)


@transaction.atomic
def assign_demo_trainer(*, trainer: User) -> None:
    """Name the demo trainer on every demo event (in all its languages)."""
    keys = [demo_key("event", spec["slug"]) for spec in EVENTS]
    for event in EventPage.objects.filter(translation_key__in=keys, alias_of=None):
        if event.trainers.filter(user=trainer).exists():
            continue
        event.trainers.add(EventTrainer(user=trainer))
        _publish(event)  # publishing updates the page's aliases too
