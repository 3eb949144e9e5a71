"""The demo ships in Norwegian Bokmål too: data, framework, pages under /nb/."""

import re

from django.db import transaction

import pytest

from courses.demo import (
    DEMO_LANGUAGES,
    seed_competency_model_page,
    seed_framework,
    seed_programmes,
    seed_site,
)
from courses.demo_data import administrative, framework, social_clustering
from courses.models import Competency, CompetencyFramework

TAG = re.compile(r"</?[a-z0-9]+>")
DEMO_DATA = {
    "framework.FRAMEWORK": framework.FRAMEWORK,
    "framework.TOPIC_TAGS": framework.TOPIC_TAGS,
    "social_clustering.PROGRAMME": social_clustering.PROGRAMME,
    "administrative.PROGRAMME": administrative.PROGRAMME,
}


def texts_without(language: str, value, path: str):
    """Where a text dict (one with an "en" entry) has no entry for `language`."""
    if isinstance(value, dict):
        if "en" in value and not value.get(language, "").strip():
            yield path
        for key, item in value.items():
            yield from texts_without(language, item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts_without(language, item, f"{path}[{index}]")


def text_dicts(value):
    if isinstance(value, dict):
        if "en" in value:
            yield value
        for item in value.values():
            yield from text_dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from text_dicts(item)


@pytest.mark.parametrize("name", DEMO_DATA)
def test_every_demo_text_has_a_norwegian_version(name):
    assert "nb" in DEMO_LANGUAGES
    assert list(texts_without("nb", DEMO_DATA[name], name)) == []


# Names that are written the same in Norwegian as in English.
SAME_IN_NORWEGIAN = {"Dwight D. Eisenhower", "William H. Whyte, 1950"}


@pytest.mark.parametrize("name", DEMO_DATA)
def test_norwegian_texts_are_not_copies_and_keep_the_markup(name):
    for text in text_dicts(DEMO_DATA[name]):
        if len(text["en"]) > 12 and text["en"] not in SAME_IN_NORWEGIAN:
            assert text["nb"] != text["en"], text["en"]
            assert text["nb"] != text["lt"], text["lt"]
        assert TAG.findall(text["nb"]) == TAG.findall(text["en"]), text["en"]


def test_every_topic_has_a_norwegian_name():
    names = {tag["slug"]: tag["name"]["nb"] for tag in framework.TOPIC_TAGS}

    assert names["partnership"] == "Partnerskap"
    assert names["anti-corruption"] == "Antikorrupsjon"
    assert len(set(names.values())) == len(names)


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, seeded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        seed_site(site_url="http://testserver")
        framework_lt = seed_framework()
        seed_competency_model_page(framework=framework_lt)
        seed_programmes()
        yield framework_lt
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content, db):
    return demo_content


def test_the_framework_exists_in_norwegian_with_every_competency_named(demo):
    norwegian = CompetencyFramework.objects.get(
        translation_key=demo.translation_key, locale__language_code="nb"
    )
    competencies = Competency.objects.filter(area__framework=norwegian)

    assert norwegian.title == "Kompetansemodell for sosial klyngeutvikling"
    expected = sum(len(a["competencies"]) for a in framework.FRAMEWORK["areas"])
    assert competencies.count() == expected
    by_code = {c.code: c.title for c in competencies}
    for area in framework.FRAMEWORK["areas"]:
        for competency in area["competencies"]:
            assert by_code[competency["code"]] == competency["title"]["nb"]
    assert by_code["SC-7.2"] == "Lede en sosial klynge"


def test_the_norwegian_competency_model_page_shows_the_norwegian_framework(
    client, demo
):
    html = client.get("/nb/kompetansemodell/").content.decode()

    assert "Kompetansemodell for sosial klyngeutvikling" in html
    assert "Samskape løsninger på tvers av sektorer" in html
    assert "Socialinės klasterystės kompetencijų modelis" not in html


PROGRAMME_URL = "/nb/programmer/social-clustering-competencies/"
MODULE_URL = PROGRAMME_URL + "trust-across-sectors/"
LESSON_URL = (
    PROGRAMME_URL + "social-clustering-and-partnership/what-is-social-clustering/"
)


def test_the_norwegian_programme_page_is_norwegian(client, demo):
    response = client.get(PROGRAMME_URL)
    html = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="nb">' in html
    assert "Kompetanse i sosial klyngeutvikling" in html
    assert "Et program med seks moduler for ansatte i kommuner" in html
    assert "Bygge tillit mellom sektorer" in html  # a module in the outline
    assert "Socialinės klasterystės kompetencijos" not in html


def test_a_norwegian_module_page_is_norwegian(client, demo):
    html = client.get(MODULE_URL).content.decode()

    assert "Bygge tillit mellom sektorer" in html
    assert "Hvorfor tillit er arbeidskapitalen i ethvert partnerskap" in html
    assert "Bruke praktiske grep for å bygge tillit" in html  # a learning outcome
    assert "Tillit og samarbeid mellom mennesker" in html  # competency SC-2.2
    assert "Pasitikėjimo tarp sektorių kūrimas" not in html


def test_a_norwegian_lesson_page_is_norwegian(client, learner, demo):
    client.force_login(learner)

    html = client.get(LESSON_URL).content.decode()

    assert "Hva sosial klyngeutvikling er" in html
    assert "Ett problem, mange eiere" in html
    assert "<strong>Sosial klyngeutvikling</strong> er et bevisst samarbeid" in html
    assert "Vil du gå fort, gå alene." in html
    assert "Kas yra socialinė klasterystė" not in html


def test_every_demo_page_has_its_own_norwegian_translation(demo):
    from courses.demo_data.administrative import PROGRAMME as ADMINISTRATIVE
    from courses.demo_data.social_clustering import PROGRAMME as SOCIAL_CLUSTERING
    from courses.models import LessonPage, ModulePage, ProgrammePage

    for spec in (SOCIAL_CLUSTERING, ADMINISTRATIVE):
        programme = ProgrammePage.objects.get(
            slug=spec["slug"], locale__language_code="nb"
        )
        assert programme.alias_of_id is None
        assert programme.title == spec["title"]["nb"]
        assert programme.live
        for module_spec in spec["modules"]:
            module = ModulePage.objects.child_of(programme).get(
                slug=module_spec["slug"]
            )
            assert module.alias_of_id is None
            assert module.title == module_spec["title"]["nb"]
            assert module.quiz[0].value["title"] == module_spec["quiz"]["title"]["nb"]
            targets = module.competency_targets.all()
            assert {t.competency.locale.language_code for t in targets} == {"nb"}
            required = {p.required_module.slug for p in module.prerequisites.all()}
            assert required == set(module_spec["prerequisites"])
            assert all(
                p.required_module.locale.language_code == "nb"
                for p in module.prerequisites.all()
            )
            for lesson_spec in module_spec["lessons"]:
                lesson = LessonPage.objects.child_of(module).get(
                    slug=lesson_spec["slug"]
                )
                assert lesson.alias_of_id is None
                assert lesson.title == lesson_spec["title"]["nb"]


def test_a_norwegian_quiz_keeps_the_answers_of_the_source(demo):
    from courses.demo_data.social_clustering import PROGRAMME
    from courses.models import ModulePage

    spec = PROGRAMME["modules"][0]
    source, norwegian = (
        ModulePage.objects.get(slug=spec["slug"], locale__language_code=language)
        for language in ("lt", "nb")
    )

    def answers(module):
        quiz = module.quiz[0].value
        return [
            [option["correct"] for option in question["options"]]
            for question in quiz["questions"]
        ]

    assert answers(norwegian) == answers(source)
    first = norwegian.quiz[0].value["questions"][0]
    assert first["text"] == spec["quiz"]["questions"][0]["text"]["nb"]


def test_seeding_again_turns_norwegian_aliases_into_translations_once(demo):
    """A database seeded before the Norwegian texts existed has aliases under /nb/."""
    from wagtail.models import Page, Revision

    from courses.demo import alias_untranslated_programmes
    from courses.models import LessonPage, ModulePage, ProgrammePage

    slug = "administrative-and-public-capacities"
    source = ProgrammePage.objects.get(slug=slug, locale__language_code="lt")
    ProgrammePage.objects.get(slug=slug, locale__language_code="nb").delete()
    alias_untranslated_programmes()
    alias = ProgrammePage.objects.get(slug=slug, locale__language_code="nb")
    assert alias.alias_of_id == source.pk

    seed_programmes()

    translated = ProgrammePage.objects.get(pk=alias.pk)
    assert translated.alias_of_id is None
    assert translated.title == "Administrativ og offentlig kapasitet"
    for model in (ProgrammePage, ModulePage, LessonPage):
        aliases = model.objects.filter(
            locale__language_code="nb", alias_of__isnull=False
        )
        assert not aliases.exists(), model
    before = (Page.objects.count(), Revision.objects.count())
    seed_programmes()
    assert (Page.objects.count(), Revision.objects.count()) == before


def test_a_norwegian_model_page_made_before_the_nb_framework_shows_it_after_seeding(
    client, demo
):
    from wagtail.models import Revision

    from courses.models import CompetencyModelPage

    page = CompetencyModelPage.objects.get(locale__language_code="nb")
    page.framework = demo  # as seeded when the framework had no Norwegian version
    page.save_revision(log_action=False).publish(log_action=False)

    seed_competency_model_page(framework=demo)

    page.refresh_from_db()
    assert page.framework.locale.language_code == "nb"
    html = client.get("/nb/kompetansemodell/").content.decode()
    assert "Kompetansemodell for sosial klyngeutvikling" in html
    revisions = Revision.objects.count()
    seed_competency_model_page(framework=demo)
    assert Revision.objects.count() == revisions
