"""Demo events: the events listing, funder activities with their targets, and six
events in Lithuanian, English and Norwegian (every language the texts below have):
upcoming, a workshop in Biržai under the social clustering programme, an online seminar
with free seats, a full training in Druskininkai with a waiting list and a study visit
to Oslo that needs the organisers' approval; past, a seminar in Prienai and a meeting
in Utena, with attendance and survey answers (Utena's below the 75% target).

Safe to run again: what exists is found by its stable translation_key and left as it is.
A translation that is an alias (wagtail-localize's synchronised trees make them where a
page has no translation, as in a database seeded before a language's texts were here)
becomes a page of its own with the texts of its language.
Dates are counted from the day of the first seeding (times in Vilnius), so a fresh demo
always has upcoming events. The records (`seed_event_records`) are written directly,
without emails: they are history, not actions.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.actions.convert_alias import ConvertAliasPageAction
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
    EventSeats,
    EventTrainer,
    FunderActivity,
    Registration,
    SurveyResponse,
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
            "nb": "Opplæringsarrangementer for kommuneansatte",
        },
    },
    {
        "code": "1.2.1",
        "target": 30,
        "title": {
            "lt": "Studijų vizitai ir patirties mainai Norvegijoje",
            "en": "Study visits and exchange of experience in Norway",
            "nb": "Studiebesøk og erfaringsutveksling i Norge",
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
            "nb": "Verksted om partnerskap mellom institusjoner i Biržai",
        },
        "venue_name": {
            "lt": "Biržų rajono savivaldybės salė",
            "en": "Biržai District Municipality hall",
            "nb": "Møtesalen i Biržai distriktskommune",
        },
        "venue_address": {
            "lt": "Vytauto g. 38, Biržai",
            "en": "Vytauto g. 38, Biržai, Lithuania",
            "nb": "Vytauto g. 38, Biržai, Litauen",
        },
        "description": {
            "lt": "<p>Praktinės dirbtuvės savivaldybės, jos įstaigų ir "
            "nevyriausybinių organizacijų darbuotojams: kaip susitarti dėl bendros "
            "paslaugos ir pasirašyti partnerystės sutartį.</p>",
            "en": "<p>A hands-on workshop for staff of the municipality, its "
            "institutions and NGOs: agreeing on a joint service and signing a "
            "partnership agreement.</p>",
            "nb": "<p>Et praktisk verksted for ansatte i kommunen, i kommunale "
            "virksomheter og i frivillige organisasjoner: slik blir dere enige om en "
            "felles tjeneste og undertegner en partnerskapsavtale.</p>",
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
            "nb": "Nettseminar: hvordan snakke med lokalsamfunnet",
        },
        "venue_name": {"lt": "", "en": "", "nb": ""},
        "venue_address": {"lt": "", "en": "", "nb": ""},
        "description": {
            "lt": "<p>Dviejų valandų seminaras apie socialinę komunikaciją: "
            "bendruomenės įtraukimas, konsultacijos ir grįžtamasis ryšys.</p>",
            "en": "<p>A two-hour seminar on social communication: involving the "
            "community, consultation and feedback.</p>",
            "nb": "<p>Et totimers seminar om sosial kommunikasjon: involvering av "
            "lokalsamfunnet, høringer og tilbakemeldinger.</p>",
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
            "nb": "Studiebesøk til Oslo",
        },
        "venue_name": {
            "lt": "Voksenopplæringsforbundet (Vofo)",
            "en": "Voksenopplæringsforbundet (Vofo)",
            "nb": "Voksenopplæringsforbundet (Vofo)",
        },
        "venue_address": {
            "lt": "Oslas, Norvegija",
            "en": "Oslo, Norway",
            "nb": "Oslo, Norge",
        },
        "description": {
            "lt": "<p>Trijų dienų vizitas pas Norvegijos partnerius: kaip "
            "savivaldybės, suaugusiųjų švietimo organizacijos ir bendruomenės kartu "
            "kuria paslaugas. Dalyvius tvirtina organizatoriai.</p>",
            "en": "<p>A three-day visit to the Norwegian partners: how "
            "municipalities, adult education organisations and communities build "
            "services together. The organisers approve each participant.</p>",
            "nb": "<p>Et tredagers besøk hos de norske partnerne: hvordan kommuner, "
            "voksenopplæringsorganisasjoner og lokalsamfunn utvikler tjenester "
            "sammen. Arrangørene godkjenner hver deltaker.</p>",
        },
    },
]


# Past events with their records, and a full one with a waiting list (see
# `seed_event_records`): in Prienai, Utena and Druskininkai.
EVENTS += [
    {
        "slug": "bendruomenes-telkimas-prienuose",
        "parent": "index",
        "days": -20,
        "hours": ((10, 0), (15, 0)),
        "format": EventFormat.IN_PERSON,
        "capacity": 20,
        "organisation": "Prienų rajono savivaldybė",
        "municipality": "Prienai",
        "activity": "1.1.2",
        "competencies": ["SC-2.1"],
        "online_url": "",
        "needs_approval": False,
        "title": {
            "lt": "Bendruomenės telkimo seminaras Prienuose",
            "en": "Community mobilisation seminar in Prienai",
            "nb": "Seminar om mobilisering av lokalsamfunnet i Prienai",
        },
        "venue_name": {
            "lt": "Prienų kultūros ir laisvalaikio centras",
            "en": "Prienai Culture and Leisure Centre",
            "nb": "Prienai kultur- og fritidssenter",
        },
        "venue_address": {
            "lt": "F. Martišiaus g. 11, Prienai",
            "en": "F. Martišiaus g. 11, Prienai, Lithuania",
            "nb": "F. Martišiaus g. 11, Prienai, Litauen",
        },
        "description": {
            "lt": "<p>Kaip pakviesti bendruomenę, globos namus ir seniūnijas spręsti "
            "vieną socialinę problemą kartu.</p>",
            "en": "<p>How to bring the community, care homes and wards together to "
            "solve one social problem.</p>",
            "nb": "<p>Hvordan samle lokalsamfunnet, omsorgsinstitusjonene og "
            "lokalkontorene for å løse ett sosialt problem sammen.</p>",
        },
    },
    {
        "slug": "praktinis-susitikimas-utenoje",
        "parent": "index",
        "days": -8,
        "hours": ((9, 30), (13, 30)),
        "format": EventFormat.HYBRID,
        "capacity": 15,
        "organisation": "Utenos rajono savivaldybė",
        "municipality": "Utena",
        "activity": "1.1.2",
        "competencies": ["SC-4.1"],
        "online_url": "https://meet.example.org/utena-praktinis",
        "needs_approval": False,
        "title": {
            "lt": "Praktinis susitikimas Utenoje: paslaugų planavimas",
            "en": "Practical meeting in Utena: planning services",
            "nb": "Praktisk møte i Utena: planlegging av tjenester",
        },
        "venue_name": {
            "lt": "Utenos kolegija",
            "en": "Utena University of Applied Sciences",
            "nb": "Utena høyskole",
        },
        "venue_address": {
            "lt": "Maironio g. 18, Utena",
            "en": "Maironio g. 18, Utena, Lithuania",
            "nb": "Maironio g. 18, Utena, Litauen",
        },
        "description": {
            "lt": "<p>Praktinis susitikimas: bendros socialinės paslaugos planas "
            "savivaldybei ir jos partneriams.</p>",
            "en": "<p>A practical meeting: a joint social service plan for the "
            "municipality and its partners.</p>",
            "nb": "<p>Et praktisk møte: en felles plan for sosiale tjenester for "
            "kommunen og samarbeidspartnerne.</p>",
        },
    },
    {
        "slug": "mokymai-druskininkuose",
        "parent": "index",
        "days": 14,
        "hours": ((10, 0), (16, 0)),
        "format": EventFormat.IN_PERSON,
        "capacity": 8,
        "organisation": "Druskininkų savivaldybė",
        "municipality": "Druskininkai",
        "activity": "1.1.2",
        "competencies": ["SC-1.1"],
        "online_url": "",
        "needs_approval": False,
        "title": {
            "lt": "Tarpsektorinio bendradarbiavimo mokymai Druskininkuose",
            "en": "Cross-sector cooperation training in Druskininkai",
            "nb": "Opplæring i samarbeid på tvers av sektorer i Druskininkai",
        },
        "venue_name": {
            "lt": "Druskininkų savivaldybės viešoji biblioteka",
            "en": "Druskininkai Municipal Public Library",
            "nb": "Druskininkai kommunes folkebibliotek",
        },
        "venue_address": {
            "lt": "M. K. Čiurlionio g. 59, Druskininkai",
            "en": "M. K. Čiurlionio g. 59, Druskininkai, Lithuania",
            "nb": "M. K. Čiurlionio g. 59, Druskininkai, Litauen",
        },
        "description": {
            "lt": "<p>Mažos grupės mokymai: vietų nebeliko, bet galite stoti į "
            "laukiančiųjų sąrašą.</p>",
            "en": "<p>Training in a small group: the seats are taken, but you can "
            "join the waiting list.</p>",
            "nb": "<p>Opplæring i en liten gruppe: alle plassene er tatt, men du kan "
            "sette deg på ventelisten.</p>",
        },
    },
]

PARTICIPANT_DOMAIN = "events.demo.example"
PARTICIPANT_NAMES = [
    ("Aistė", "Jonaitienė"),
    ("Mindaugas", "Petrauskas"),
    ("Laura", "Kazlauskienė"),
    ("Darius", "Stankevičius"),
    ("Eglė", "Vasiliauskienė"),
    ("Vytautas", "Žukauskas"),
    ("Inga", "Butkienė"),
    ("Saulius", "Paulauskas"),
    ("Jurgita", "Urbonienė"),
    ("Tomas", "Kavaliauskas"),
    ("Rasa", "Navickienė"),
    ("Paulius", "Ramanauskas"),
    ("Ieva", "Sakalauskienė"),
    ("Marius", "Baranauskas"),
    ("Ingrid", "Hansen"),
    ("Ola", "Nordmann"),
]
PARTICIPANT_ORGANISATIONS = [
    "Prienų rajono savivaldybė",
    "Prienų globos namai",
    "Utenos rajono savivaldybė",
    "Utenos švietimo centras",
    "Druskininkų savivaldybė",
    "Biržų rajono savivaldybė",
    "Voksenopplæringsforbundet (Vofo)",
]
# Who came to the past events and what they answered: (attendance, overall,
# usefulness, would recommend, what could be better). None: did not answer.
PRESENT, PARTLY, ABSENT = "present", "partly", "absent"
RECORDS = {
    # 9 answers, 8 good or very good: 89%, above the target.
    "bendruomenes-telkimas-prienuose": [
        (PRESENT, (5, 5, True, "")),
        (PRESENT, (4, 5, True, "Daugiau laiko darbui grupėse.")),
        (PRESENT, (4, 4, True, "")),
        (PRESENT, (5, 4, True, "")),
        (PRESENT, (4, 3, True, "Pavyzdžių iš kitų savivaldybių.")),
        (PARTLY, (3, 3, False, "Per ilga teorinė dalis.")),
        (PRESENT, (5, 5, True, "")),
        (PRESENT, (4, 4, True, "")),
        (PRESENT, (5, 4, True, "")),
        (PRESENT, None),
        (PARTLY, None),
        (ABSENT, None),
    ],
    # 7 answers, 3 good or very good: 43%, below the target of 75%.
    "praktinis-susitikimas-utenoje": [
        (PRESENT, (3, 3, False, "Prastas garsas nuotoliniams dalyviams.")),
        (PRESENT, (4, 4, True, "")),
        (PRESENT, (2, 3, False, "Trūko aiškios darbotvarkės.")),
        (PRESENT, (3, 4, True, "")),
        (PRESENT, (5, 5, True, "")),
        (PARTLY, (3, 2, False, "Susitikimas prasidėjo vėluodamas.")),
        (PRESENT, (4, 3, True, "")),
        (PRESENT, None),
        (ABSENT, None),
    ],
}
FULL_EVENT = "mokymai-druskininkuose"
WAITING = 3


def _publish(page: Page) -> None:
    page.save_revision(log_action=False).publish(log_action=False)


def _target_locales(texts: dict) -> list[Locale]:
    """The locales a demo text is given in, besides the default (the source)."""
    default = Locale.get_default()
    return [
        Locale.objects.get(language_code=language)
        for language in texts
        if language != default.language_code
    ]


def _own_translation(page: Page, locale: Locale, *, copy_parents: bool = False):
    """The page's translation into `locale` if seeding should fill it, else None.

    A missing translation is copied from the source page and an alias becomes a page of
    its own (as courses.demo does); a translation that exists is left as it is, so
    seeding twice changes nothing.
    """
    translation = page.get_translation_or_none(locale)
    if translation is None:
        return page.copy_for_translation(locale, copy_parents=copy_parents).specific
    if translation.alias_of_id:
        ConvertAliasPageAction(translation, log_action=None).execute(
            skip_permission_checks=True
        )
        return Page.objects.get(pk=translation.pk).specific
    return None


def seed_funder_activities() -> dict[str, FunderActivity]:
    """The activities of the project plan, in every language of their titles, by code
    (the source's)."""
    found = {}
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
        for locale in _target_locales(spec["title"]):
            if source.get_translation_or_none(locale) is None:
                translation = source.copy_for_translation(locale)
                translation.title = spec["title"][locale.language_code]
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
    for locale in _target_locales(INDEX):
        translation = _own_translation(index, locale)
        if translation is None:
            continue
        language = locale.language_code
        translation.title, translation.slug = INDEX[language]
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
    """The listing, the activities and the six demo events, translated into every
    language of their texts. Needs the demo organisations; the framework and
    programmes are used when they are there (seed the programmes first, so that an
    event under a programme finds the programme's translations)."""
    today = today or timezone.now().astimezone(EVENT_TIME_ZONE).date()
    activities = seed_funder_activities()
    index = seed_event_index()
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
            _fill(event, spec, Locale.get_default().language_code)
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
        for locale in _target_locales(spec["title"]):
            _translate(event, spec, locale, activities)
        events.append(event)
    alias_untranslated_programmes()  # a language without demo texts: aliases
    return events


def _translate(event: EventPage, spec: dict, locale: Locale, activities) -> None:
    translation = _own_translation(event, locale, copy_parents=True)
    if translation is None:
        return
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


def seed_participants() -> list[User]:
    """Invented people of the partner organisations who come to the demo events. They
    cannot sign in (no password)."""
    from accounts.roles import Role, assign_role

    organisations = {
        o.name: o
        for o in Organisation.objects.filter(name__in=PARTICIPANT_ORGANISATIONS)
    }
    people = []
    for number, (first, last) in enumerate(PARTICIPANT_NAMES, start=1):
        organisation = organisations.get(
            PARTICIPANT_ORGANISATIONS[(number - 1) % len(PARTICIPANT_ORGANISATIONS)]
        )
        person, created = User.objects.get_or_create(
            email=f"participant{number:02d}@{PARTICIPANT_DOMAIN}",
            defaults={
                "first_name": first,
                "last_name": last,
                "organisation": organisation,
                "preferred_language": "nb" if last in ("Hansen", "Nordmann") else "lt",
            },
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
            assign_role(person, Role.LEARNER)
        people.append(person)
    return people


def _source(slug: str) -> EventPage | None:
    return EventPage.objects.filter(
        translation_key=demo_key("event", slug), locale=Locale.get_default()
    ).first()


def _register(event: EventPage, person: User, status: str, **fields) -> Registration:
    existing = Registration.objects.filter(
        event_key=event.translation_key, person=person
    ).first()
    if existing is not None:
        return existing
    seats, _created = EventSeats.objects.get_or_create(event_key=event.translation_key)
    seats.last_position += 1
    seats.save(update_fields=["last_position"])
    return Registration.objects.create(
        person=person,
        event_key=event.translation_key,
        event=event,
        event_title=event.title,
        status=status,
        position=seats.last_position,
        created_at=event.starts_at - timedelta(days=10, hours=seats.last_position),
        **fields,
    )


@transaction.atomic
def seed_event_records(*, learner: User | None = None) -> dict[str, int]:
    """Registrations, attendance and survey answers of the past demo events, and the
    full event's seats and waiting list. The demo learner (when given) attended the
    Prienai seminar and has not answered its survey yet. Safe to run again: people
    already registered are left as they are. Returns registrations per event slug."""
    from .services import record_attended

    people = seed_participants()
    made = {}
    for slug, records in RECORDS.items():
        event = _source(slug)
        if event is None:
            continue
        attendees = list(zip(people, records, strict=False))
        for person, (attendance, answers) in attendees:
            registration = _register(
                event,
                person,
                Registration.Status.REGISTERED,
                attendance=attendance,
                attendance_marked_at=event.ends_at,
            )
            if attendance != ABSENT:
                record_attended(registration=registration, event=event)
            if (
                answers is not None
                and not SurveyResponse.objects.filter(
                    registration=registration
                ).exists()
            ):
                overall, usefulness, recommend, text = answers
                SurveyResponse.objects.create(
                    registration=registration,
                    event_key=event.translation_key,
                    overall=overall,
                    usefulness=usefulness,
                    would_recommend=recommend,
                    improvements=text,
                    submitted_at=event.ends_at + timedelta(days=1),
                )
        if learner is not None and slug == "bendruomenes-telkimas-prienuose":
            registration = _register(
                event,
                learner,
                Registration.Status.REGISTERED,
                attendance=PRESENT,
                checked_in_at=event.starts_at + timedelta(minutes=5),
            )
            record_attended(registration=registration, event=event)
        made[slug] = Registration.objects.filter(
            event_key=event.translation_key
        ).count()
    full = _source(FULL_EVENT)
    if full is not None:
        for number, person in enumerate(people[: full.capacity + WAITING]):
            status = (
                Registration.Status.REGISTERED
                if number < full.capacity
                else Registration.Status.WAITLISTED
            )
            _register(full, person, status)
        made[FULL_EVENT] = Registration.objects.filter(
            event_key=full.translation_key
        ).count()
    return made
