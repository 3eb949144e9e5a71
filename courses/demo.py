"""Demo content: the home page, the competency framework and the programmes."""

import uuid

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from .demo_data.framework import FRAMEWORK
from .exchange.build import (
    AreaData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    create_framework,
)
from .models import CompetencyFramework, FrameworkStatus, HomePage

# Demo objects get stable identities, so that seeding twice finds what it made.
DEMO_NAMESPACE = uuid.UUID("6f1c3c52-5e0a-4d8e-9a53-7b0d2f3c9e10")
DEMO_LANGUAGES = ["lt", "en"]

HOME_CONTENT = {
    "lt": {
        "title": "Socialinė klasterystė viešajame sektoriuje",
        "lead": (
            "Virtuali mokymosi aplinka savivaldybių ir jų partnerių darbuotojams: "
            "stiprinkite bendradarbiavimo tarp viešojo, privataus ir pilietinio sektorių "
            "kompetencijas savo tempu."
        ),
        "body": (
            "<h2>Apie programą</h2>"
            "<p>Mokymai parengti pagal socialinės klasterystės kompetencijų modelį: "
            "tarpinstitucinė partnerystė, tarpsektorinis ir tarpasmeninis pasitikėjimas, "
            "sisteminis problemų sprendimas, socialinė komunikacija, skaidrumas ir "
            "antikorupcija bei tinklaveika.</p>"
            "<p>Šeši socialinės klasterystės moduliai ir trys administracinių gebėjimų "
            "moduliai studijuojami savarankiškai, o juos papildo tiesioginiai mokymų "
            "renginiai. Baigę programą gausite pažymėjimą.</p>"
        ),
        "partners_heading": "Projekto partneriai",
        "partners_intro": (
            "<p>Programą kartu kūrė universitetas, Norvegijos suaugusiųjų švietimo "
            "organizacijų asociacija, keturios savivaldybės ir jų įstaigos, kolegijos ir "
            "nevyriausybinės organizacijos.</p>"
        ),
    },
    "en": {
        "title": "Social clustering in the public sector",
        "lead": (
            "A virtual training environment for staff of municipalities and their partners: "
            "build the competencies for cooperation between the public, private and civic "
            "sectors at your own pace."
        ),
        "body": (
            "<h2>About the programme</h2>"
            "<p>The training follows the social clustering competency model: "
            "inter-institutional partnership, inter-sectoral and interpersonal trust, "
            "systemic problem solving, social communication, transparency and "
            "anti-corruption, and network building.</p>"
            "<p>Six social clustering modules and three administrative capacity modules are "
            "studied self-paced, alongside live training events. Completing a programme "
            "earns a certificate.</p>"
        ),
        "partners_heading": "Project partners",
        "partners_intro": (
            "<p>The programme was built together by a university, a Norwegian adult "
            "education umbrella body, four municipalities and their institutions, colleges "
            "and non-governmental organisations.</p>"
        ),
    },
    "nb": {
        "title": "Sosial klyngeutvikling i offentlig sektor",
        "lead": (
            "Et virtuelt opplæringsmiljø for ansatte i kommuner og deres partnere: "
            "bygg kompetanse for samarbeid mellom offentlig, privat og frivillig sektor i "
            "ditt eget tempo."
        ),
        "body": (
            "<h2>Om programmet</h2>"
            "<p>Opplæringen følger kompetansemodellen for sosial klyngeutvikling: "
            "partnerskap mellom institusjoner, tillit på tvers av sektorer og mellom "
            "mennesker, systemisk problemløsning, sosial kommunikasjon, åpenhet og "
            "antikorrupsjon, og nettverksbygging.</p>"
            "<p>Seks moduler om sosial klyngeutvikling og tre moduler om administrativ "
            "kapasitet studeres i eget tempo, sammen med opplæringsarrangementer. "
            "Fullført program gir kursbevis.</p>"
        ),
        "partners_heading": "Prosjektpartnere",
        "partners_intro": (
            "<p>Programmet ble utviklet av et universitet, en norsk paraplyorganisasjon for "
            "voksenopplæring, fire kommuner og deres institusjoner, høyskoler og "
            "frivillige organisasjoner.</p>"
        ),
    },
}
FIELDS = ["title", "lead", "body", "partners_heading", "partners_intro"]


def _publish_if_changed(page: HomePage, content: dict) -> None:
    changed = [f for f in FIELDS if getattr(page, f) != content[f]]
    if not changed and page.live and not page.has_unpublished_changes:
        return
    for field in FIELDS:
        setattr(page, field, content[field])
    page.draft_title = page.title
    page.save_revision(log_action=False).publish(log_action=False)


def ensure_home_page() -> Site:
    """The default site with a home page at its root, made if missing. Safe to repeat.

    Migrations make them; this rebuilds them where a database was emptied (a flush).
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        return site
    for language_code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    home = root.add_child(
        instance=HomePage(
            title="Socialinė klasterystė", slug="home", locale=Locale.get_default()
        )
    )
    return Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )


@transaction.atomic
def seed_site(*, site_url: str) -> HomePage:
    """Fill the home page in each language and name the site. Safe to repeat."""
    site = ensure_home_page()
    source = site.root_page.specific
    if not isinstance(source, HomePage):
        raise RuntimeError("The default site's root page is not a home page.")
    _publish_if_changed(source, HOME_CONTENT[source.locale.language_code])
    for language_code, content in HOME_CONTENT.items():
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        if locale == source.locale:
            continue
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale, copy_parents=True)
        _publish_if_changed(translation.specific, content)
    site_name = HOME_CONTENT[source.locale.language_code]["title"]
    if site.site_name != site_name:
        site.site_name = site_name
        site.save(update_fields=["site_name"])
    return source


def home_pages() -> list[Page]:
    site = Site.objects.get(is_default_site=True)
    return list(site.root_page.get_translations(inclusive=True))


def demo_key(*parts: object) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, ":".join(str(part) for part in parts))


def demo_framework_data(language: str) -> FrameworkData:
    spec = FRAMEWORK
    base = (spec["code"], spec["version"])
    return FrameworkData(
        code=spec["code"],
        version=spec["version"],
        title=spec["title"][language],
        language=language,
        description=spec["description"][language],
        status=FrameworkStatus.PUBLISHED,
        key=demo_key(*base),
        scale=[
            ScaleData(
                number=level["number"],
                name=level["name"][language],
                description=level["description"][language],
                key=demo_key(*base, "scale", level["number"]),
            )
            for level in spec["levels"]
        ],
        areas=[
            AreaData(
                code=area["code"],
                title=area["title"][language],
                description=area["description"][language],
                key=demo_key(*base, area["code"]),
                competencies=[
                    CompetencyData(
                        code=competency["code"],
                        title=competency["title"][language],
                        description=competency["description"][language],
                        key=demo_key(*base, competency["code"]),
                        levels=[
                            LevelData(
                                number=level["number"],
                                description=level["description"][language],
                                indicators=[
                                    text[language] for text in level["indicators"]
                                ],
                                key=demo_key(
                                    *base, competency["code"], level["number"]
                                ),
                            )
                            for level in competency["levels"]
                        ],
                    )
                    for competency in area["competencies"]
                ],
            )
            for area in spec["areas"]
        ],
    )


@transaction.atomic
def seed_framework() -> CompetencyFramework:
    """The social clustering competency model 1.0, published, in LT and EN. Safe to repeat."""
    for language in DEMO_LANGUAGES:
        Locale.objects.get_or_create(language_code=language)
        exists = CompetencyFramework.objects.filter(
            translation_key=demo_key(FRAMEWORK["code"], FRAMEWORK["version"]),
            locale__language_code=language,
        ).exists()
        if not exists:
            create_framework(demo_framework_data(language))
    return CompetencyFramework.objects.get(
        translation_key=demo_key(FRAMEWORK["code"], FRAMEWORK["version"]),
        locale__language_code=DEMO_LANGUAGES[0],
    )
