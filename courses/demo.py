"""Demo content: the home page, the competency framework and the programmes."""

import uuid

from django.conf import settings
from django.db import transaction

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page, Site

from .demo_data.administrative import PROGRAMME as ADMINISTRATIVE
from .demo_data.framework import FRAMEWORK, TOPIC_TAGS
from .demo_data.social_clustering import PROGRAMME as SOCIAL_CLUSTERING
from .exchange.build import (
    AreaData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    create_framework,
)
from .models import (
    CatalogueIndexPage,
    Competency,
    CompetencyFramework,
    CompetencyModelPage,
    FrameworkStatus,
    HomePage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    ModulePrerequisite,
    ProgrammePage,
    ProgrammeTrainer,
    TopicTag,
)

# Demo objects get stable identities, so that seeding twice finds what it made.
DEMO_NAMESPACE = uuid.UUID("6f1c3c52-5e0a-4d8e-9a53-7b0d2f3c9e10")
DEMO_LANGUAGES = ["lt", "en", "nb"]

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
        elif translation.alias_of_id:  # synchronised trees made an alias: own it
            ConvertAliasPageAction(translation, log_action=None).execute(
                skip_permission_checks=True
            )
            translation.refresh_from_db()
        _publish_if_changed(translation.specific, content)
    site_name = HOME_CONTENT[source.locale.language_code]["title"]
    if site.site_name != site_name:
        site.site_name = site_name
        site.save(update_fields=["site_name"])
    return source


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
    """The social clustering competency model 1.0, published, in every demo language.

    Safe to repeat.
    """
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


CATALOGUE_TITLES = {
    "lt": ("Mokymų programos", "programos"),
    "en": ("Training programmes", "programmes"),
    "nb": ("Opplæringsprogrammer", "programmer"),
}


def _raw_blocks(items: list[dict], language: str, key: tuple) -> list[dict]:
    """Demo body blocks as StreamField raw data with stable ids, shared by the languages."""
    raw = []
    for index, item in enumerate(items):
        kind = item["type"]
        block_id = str(demo_key(*key, index))
        if kind == "heading":
            value = {"text": item["value"][language], "level": "h2"}
        elif kind == "paragraph":
            value = item["value"][language]
        elif kind == "callout":
            value = {
                "kind": item["kind"],
                "title": item["title"][language],
                "text": item["text"][language],
            }
        elif kind == "quote":
            value = {
                "text": item["text"][language],
                "attribution": item["attribution"][language],
            }
        elif kind == "reflection":
            value = {"prompt": item["prompt"][language]}
        elif kind == "quiz":
            value = _raw_quiz(item["quiz"], language, (*key, index))
        else:
            raise ValueError(f"Unknown demo block {kind!r}")
        raw.append({"type": kind, "value": value, "id": block_id})
    return raw


def _raw_quiz(quiz: dict, language: str, key: tuple) -> dict:
    return {
        "title": quiz["title"][language],
        "pass_mark": quiz["pass_mark"],
        "questions": [
            {
                "type": "item",
                "id": str(demo_key(*key, "q", q)),
                "value": {
                    "kind": question["kind"],
                    "text": question["text"][language],
                    "options": [
                        {
                            "type": "item",
                            "id": str(demo_key(*key, "q", q, "o", o)),
                            "value": {
                                "text": option["text"][language],
                                "correct": option["correct"],
                                "feedback": option["feedback"][language],
                            },
                        }
                        for o, option in enumerate(question["options"])
                    ],
                },
            }
            for q, question in enumerate(quiz["questions"])
        ],
    }


def _outcomes(outcomes: list[dict], language: str, key: tuple) -> list[dict]:
    return [
        {
            "type": "outcome",
            "value": {"text": text[language]},
            "id": str(demo_key(*key, "outcome", i)),
        }
        for i, text in enumerate(outcomes)
    ]


def _child(parent: Page, model, slug: str, locale: Locale):
    return model.objects.child_of(parent).filter(slug=slug, locale=locale).first()


def _ensure_catalogue(home: HomePage) -> CatalogueIndexPage:
    lt_title, lt_slug = CATALOGUE_TITLES[home.locale.language_code]
    catalogue = CatalogueIndexPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = home.add_child(
            instance=CatalogueIndexPage(title=lt_title, slug=lt_slug)
        )
        catalogue.save_revision(log_action=False).publish(log_action=False)
    for language, (title, slug) in CATALOGUE_TITLES.items():
        locale = Locale.objects.get(language_code=language)
        if locale == catalogue.locale or catalogue.get_translation_or_none(locale):
            continue
        translation = catalogue.copy_for_translation(locale).specific
        translation.title, translation.slug = title, slug
        translation.save_revision(log_action=False).publish(log_action=False)
    return catalogue


def _seed_topics() -> dict[str, TopicTag]:
    topics = {}
    for tag in TOPIC_TAGS:
        topics[tag["slug"]], _ = TopicTag.objects.update_or_create(
            slug=tag["slug"],
            defaults={
                "name": tag["name"]["lt"],
                "name_en": tag["name"]["en"],
                "name_nb": tag["name"]["nb"],
            },
        )
    return topics


def _fill_programme(page: ProgrammePage, spec: dict, language: str) -> None:
    page.title = spec["title"][language]
    page.summary = spec["summary"][language]
    page.audience = spec["audience"][language]
    page.needs_approval = spec["needs_approval"]
    page.learning_outcomes = _outcomes(
        spec["learning_outcomes"], language, (spec["slug"],)
    )


def _fill_module(
    page: ModulePage, spec: dict, language: str, key: tuple, topics
) -> None:
    page.title = spec["title"][language]
    page.summary = spec["summary"][language]
    page.estimated_hours = spec["estimated_hours"]
    page.assignment_brief = spec.get("assignment", {}).get(language, "")
    page.learning_outcomes = _outcomes(spec["learning_outcomes"], language, key)
    page.quiz = [
        {
            "type": "quiz",
            "value": _raw_quiz(spec["quiz"], language, (*key, "quiz")),
            "id": str(demo_key(*key, "quiz")),
        }
    ]
    page.topics.set([topics[slug] for slug in spec["tags"]])
    page.competency_targets.clear()
    for position, target in enumerate(spec["competencies"]):
        competency = Competency.objects.get(
            code=target["code"],
            locale__language_code=language,
            area__framework__code=FRAMEWORK["code"],
            area__framework__version=FRAMEWORK["version"],
        )
        page.competency_targets.add(
            ModuleCompetency(
                competency=competency,
                target_level=target["target_level"],
                sort_order=position,
                translation_key=demo_key(*key, "target", target["code"]),
            )
        )


def _publish(page: Page) -> None:
    page.save_revision(log_action=False).publish(log_action=False)


@transaction.atomic
def seed_programme(
    spec: dict, *, catalogue: CatalogueIndexPage, topics
) -> ProgrammePage:
    """One demo programme with its modules and lessons, in LT, translated into EN and NB.

    Safe to repeat: what exists already is left as it is.
    """
    source_locale = catalogue.locale
    programme = _child(catalogue, ProgrammePage, spec["slug"], source_locale)
    created = programme is None
    if created:
        programme = ProgrammePage(slug=spec["slug"])
        _fill_programme(programme, spec, "lt")
        catalogue.add_child(instance=programme)
        _publish(programme)
    modules = {}
    for module_spec in spec["modules"]:
        key = (spec["slug"], module_spec["slug"])
        module = _child(programme, ModulePage, module_spec["slug"], source_locale)
        if module is None:
            module = ModulePage(slug=module_spec["slug"])
            _fill_module(module, module_spec, "lt", key, topics)
            programme.add_child(instance=module)
            _publish(module)
        modules[module_spec["slug"]] = module
        for lesson_spec in module_spec["lessons"]:
            if _child(module, LessonPage, lesson_spec["slug"], source_locale):
                continue
            lesson = LessonPage(
                slug=lesson_spec["slug"],
                title=lesson_spec["title"]["lt"],
                body=_raw_blocks(
                    lesson_spec["body"], "lt", (*key, lesson_spec["slug"])
                ),
            )
            module.add_child(instance=lesson)
            _publish(lesson)
    for module_spec in spec["modules"]:
        module = modules[module_spec["slug"]]
        if module_spec["prerequisites"] and not module.prerequisites.exists():
            for slug in module_spec["prerequisites"]:
                module.prerequisites.add(
                    ModulePrerequisite(
                        required_module=modules[slug],
                        translation_key=demo_key(
                            spec["slug"], module_spec["slug"], "requires", slug
                        ),
                    )
                )
            _publish(module)
    _translate_programme(programme, spec, topics)
    return programme


def _translation_to_fill(page: Page, locale: Locale):
    """The page's translation into `locale` if seeding should fill it, else None.

    A missing translation is copied from the source page; an alias (wagtail-localize's
    synchronised trees make them for untranslated pages, and a database seeded before a
    language's demo texts existed has them) becomes a page of its own. A translation
    that exists already is left as it is, so seeding twice changes nothing.
    """
    translation = page.get_translation_or_none(locale)
    if translation is None:
        return page.copy_for_translation(locale).specific
    if translation.alias_of_id:
        ConvertAliasPageAction(translation, log_action=None).execute(
            skip_permission_checks=True
        )
        return Page.objects.get(pk=translation.pk).specific
    return None


def _translate_programme(programme: ProgrammePage, spec: dict, topics) -> None:
    """The programme, its modules and lessons in every demo language besides the source."""
    for language in DEMO_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        if locale != programme.locale:
            _translate_programme_into(programme, spec, topics, locale)


def _translate_programme_into(
    programme: ProgrammePage, spec: dict, topics, locale: Locale
) -> None:
    language = locale.language_code
    translation = _translation_to_fill(programme, locale)
    if translation is not None:
        _fill_programme(translation, spec, language)
        _publish(translation)
    for module_spec in spec["modules"]:
        key = (spec["slug"], module_spec["slug"])
        module = _child(programme, ModulePage, module_spec["slug"], programme.locale)
        translation = _translation_to_fill(module, locale)
        if translation is not None:
            _fill_module(translation, module_spec, language, key, topics)
            translation.prerequisites.clear()
            for prerequisite in module.prerequisites.all():
                translation.prerequisites.add(
                    ModulePrerequisite(
                        required_module=prerequisite.required_module.get_translation(
                            locale
                        ).specific,
                        translation_key=prerequisite.translation_key,
                    )
                )
            _publish(translation)
        for lesson_spec in module_spec["lessons"]:
            lesson = _child(module, LessonPage, lesson_spec["slug"], programme.locale)
            translation = _translation_to_fill(lesson, locale)
            if translation is None:
                continue
            translation.title = lesson_spec["title"][language]
            translation.body = _raw_blocks(
                lesson_spec["body"], language, (*key, lesson_spec["slug"])
            )
            _publish(translation)


def seed_programmes() -> list[ProgrammePage]:
    """The catalogue and both demo programmes. Needs the demo framework."""
    home = ensure_home_page().root_page.specific
    catalogue = _ensure_catalogue(home)
    topics = _seed_topics()
    from .permissions import ensure_review_workflow

    for translation in catalogue.get_translations(inclusive=True):
        ensure_review_workflow(page=translation)
    programmes = [
        seed_programme(spec, catalogue=catalogue, topics=topics)
        for spec in (SOCIAL_CLUSTERING, ADMINISTRATIVE)
    ]
    alias_untranslated_programmes()
    return programmes


@transaction.atomic
def assign_demo_trainer(*, trainer) -> None:
    """Name the demo trainer on both demo programmes."""
    from .permissions import sync_programme_trainers

    for spec in (SOCIAL_CLUSTERING, ADMINISTRATIVE):
        for programme in ProgrammePage.objects.filter(slug=spec["slug"]):
            ProgrammeTrainer.objects.get_or_create(programme=programme, user=trainer)
            sync_programme_trainers(programme=programme)


MODEL_PAGE = {
    "lt": ("Kompetencijų modelis", "kompetenciju-modelis"),
    "en": ("Competency model", "competency-model"),
    "nb": ("Kompetansemodell", "kompetansemodell"),
}


@transaction.atomic
def seed_competency_model_page(
    *, framework: CompetencyFramework
) -> CompetencyModelPage:
    """A page showing the framework, in every language. Safe to repeat."""
    home = ensure_home_page().root_page.specific
    page = CompetencyModelPage.objects.child_of(home).first()
    if page is None:
        title, slug = MODEL_PAGE[home.locale.language_code]
        page = home.add_child(
            instance=CompetencyModelPage(title=title, slug=slug, framework=framework)
        )
        _publish(page)
    for language, (title, slug) in MODEL_PAGE.items():
        locale = Locale.objects.get(language_code=language)
        if locale == page.locale:
            continue
        in_language = framework.get_translation_or_none(locale) or framework
        translation = page.get_translation_or_none(locale)
        if translation is None:
            translation = page.copy_for_translation(locale).specific
            translation.title, translation.slug = title, slug
        elif translation.alias_of_id or translation.specific.framework_id == (
            in_language.pk
        ):
            continue
        else:  # made before the framework existed in this language: show it now
            translation = translation.specific
        translation.framework = in_language
        _publish(translation)
    return page


def alias_untranslated_programmes() -> None:
    """Where a page has no translation, its language's tree shows the source page.

    wagtail-localize's synchronised trees (set up by migration courses.0007) make these
    aliases for pages created in the admin; pages seeded in code get them here. An alias
    keeps the source's translation_key, so a learner's records are the same in every
    language.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)
