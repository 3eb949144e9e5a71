import re

from django.db import transaction

import pytest

from courses.demo import (
    alias_untranslated_programmes,
    seed_competency_model_page,
    seed_framework,
    seed_programmes,
    seed_site,
)
from courses.models import CatalogueIndexPage, ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, seeded once for this module and rolled back after it.

    Each test runs in a savepoint inside this transaction, so what one test changes the
    next does not see.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        seed_site(site_url="http://testserver")
        framework = seed_framework()
        seed_competency_model_page(framework=framework)
        seed_programmes()
        yield framework
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content, db):
    return demo_content


def test_the_catalogue_lists_the_programmes_in_each_language(client, demo):
    assert (
        "Socialinės klasterystės kompetencijos"
        in client.get("/lt/programos/").content.decode()
    )
    assert (
        "Social clustering competencies"
        in client.get("/en/programmes/").content.decode()
    )


def test_filtering_by_competency_area_and_topic_finds_the_mapped_modules(client, demo):
    by_competency = client.get("/en/programmes/", {"competency": "SC-2.1"}).context[
        "results"
    ]
    by_area = client.get("/en/programmes/", {"area": "SC-6"}).context["results"]
    by_topic = client.get("/en/programmes/", {"topic": "evaluation"}).context["results"]

    assert [m.slug for m in by_competency] == ["trust-across-sectors"]
    assert [m.slug for m in by_area] == [
        "transparency-and-networks",
        "evidence-based-decisions",
    ]
    assert [m.slug for m in by_topic] == ["evidence-based-decisions"]
    assert all(
        m.locale.language_code == "en" for m in by_competency + by_area + by_topic
    )


def test_filtering_by_language_keeps_modules_translated_into_it(client, demo):
    ModulePage.objects.get(
        slug="public-service-quality", locale__language_code="en"
    ).unpublish()

    results = client.get("/lt/programos/", {"language": "en"}).context["results"]

    slugs = {m.slug for m in results}
    assert "public-service-quality" not in slugs
    assert "trust-across-sectors" in slugs


def test_search_finds_programmes_modules_and_lessons(client, demo):
    results = client.get("/en/programmes/", {"q": "trust"}).context["results"]

    kinds = {type(page).__name__ for page in results}
    assert "ModulePage" in kinds and "LessonPage" in kinds
    assert all(page.locale.language_code == "en" for page in results)


ODD_QUERIES = [
    '"',
    '""',
    "'",
    'trust"',
    "AND",
    "OR NOT",
    "trust*",
    "-trust",
    "(trust",
    "trust)",
    "NEAR(a b)",
    "col:trust",
    "^trust",
    "{trust}",
    "a" * 5000,
    'pasitikėjimas "tarp',
    "%",
    "\\",
    "\u0000",
]


@pytest.mark.parametrize("language", ["lt", "en"])
def test_no_search_query_is_a_server_error(client, demo, language):
    catalogue = CatalogueIndexPage.objects.get(locale__language_code=language)
    for query in ODD_QUERIES:
        response = client.get(catalogue.url, {"q": query})
        assert response.status_code == 200, query
    found = client.get("/en/programmes/", {"q": '"trust"'}).context["results"]
    assert found  # the words inside the quotes are still searched for


@pytest.mark.parametrize(
    ("language", "word", "other"),
    [("lt", "partnerystė", "pasitikėjimas"), ("nb", "tillit", "partnerskap")],
)
def test_typed_operators_are_read_not_searched_for(client, demo, language, word, other):
    catalogue = CatalogueIndexPage.objects.get(locale__language_code=language)

    def found(query):
        response = client.get(catalogue.url, {"q": query})
        return {page.pk for page in response.context["results"]}

    one, two = found(word), found(other)
    assert one and two and one != two
    assert found(f"{word} AND") == found(f"AND {word} NOT") == one
    assert found(f"{word} OR {other}") == one | two
    assert found(f"{word} {other}") == one & two


def test_unknown_filter_values_are_form_errors_not_server_errors(client, demo):
    response = client.get(
        "/en/programmes/", {"competency": "XX-9", "topic": "<script>"}
    )

    assert response.status_code == 200
    assert set(response.context["filter_form"].errors) == {"competency", "topic"}
    assert "results" not in response.context


def test_the_competency_model_page_shows_every_level_descriptor(client, demo):
    html = client.get("/en/competency-model/").content.decode()

    assert "SC-2.1" in html and "AC-1.3" in html
    assert html.count('<th scope="row">') == 17 * 4
    assert "<caption" in html
    lithuanian = client.get("/lt/kompetenciju-modelis/").content.decode()
    assert "Socialinės klasterystės kompetencijų modelis" in lithuanian


def test_a_learner_sees_the_source_language_where_no_translation_exists(client, demo):
    """The demo is translated everywhere; a module added in Lithuanian only is not."""
    programme = ProgrammePage.objects.get(
        slug="social-clustering-competencies", locale__language_code="lt"
    )
    module = programme.add_child(
        instance=ModulePage(
            title="Naujas modulis", slug="naujas-modulis", summary="Dar neišverstas."
        )
    )
    module.save_revision(log_action=False).publish(log_action=False)
    alias_untranslated_programmes()
    alias_untranslated_programmes()  # idempotent

    norwegian = client.get(
        "/nb/programmer/social-clustering-competencies/naujas-modulis/"
    )

    assert norwegian.status_code == 200
    assert '<html lang="nb">' in norwegian.content.decode()
    assert "Naujas modulis" in norwegian.content.decode()
    nb = ModulePage.objects.get(slug="naujas-modulis", locale__language_code="nb")
    assert nb.alias_of_id == module.pk
    assert (
        nb.translation_key == module.translation_key
    )  # one identity in every language
    # Its text is marked as Lithuanian, with a note, on the Norwegian page (WCAG 3.1.2).
    html = norwegian.content.decode()
    assert '<h1 lang="lt">Naujas modulis</h1>' in html
    assert '<p class="lead" lang="lt">Dar neišverstas.</p>' in html
    assert "notice--language" in html
    programme_nb = client.get(nb.get_parent().url).content.decode()
    assert '<p lang="lt">Dar neišverstas.</p>' in programme_nb
    # The language filter counts real translations only, not aliases.
    results = client.get("/lt/programos/", {"language": "nb"}).context["results"]
    assert "naujas-modulis" not in {m.slug for m in results}
    assert "trust-across-sectors" in {m.slug for m in results}
    # The Lithuanian page itself carries no marks.
    lithuanian = client.get(module.url).content.decode()
    assert 'lang="lt">Naujas' not in lithuanian and "notice--language" not in lithuanian


def test_seeding_the_content_twice_gives_the_same_database(demo):
    from wagtail.models import Page, Revision

    from courses.models import Competency, ModuleCompetency

    def snapshot():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            Competency.objects.count(),
            ModuleCompetency.objects.count(),
            sorted(Page.objects.values_list("url_path", flat=True)),
        )

    before = snapshot()
    seed_programmes()
    seed_competency_model_page(framework=seed_framework())

    assert snapshot() == before


def test_the_programme_page_shows_its_total_hours_as_a_plain_number(client, demo):
    from courses.demo_data.social_clustering import PROGRAMME

    total = sum(module["estimated_hours"] for module in PROGRAMME["modules"])

    html = client.get("/en/programmes/social-clustering-competencies/").content.decode()

    assert f"<dd>{total:g} h</dd>" in html


def test_the_competency_model_page_opens_with_contents_that_reach_every_competency(
    client, demo
):
    import re

    html = client.get("/en/competency-model/").content.decode()
    contents = html[html.index('class="contents"') : html.index('id="levels"')]
    targets = re.findall(r'href="#(competency-\d+)"', contents)
    assert len(targets) == 17
    for target in targets:
        assert f'id="{target}"' in html  # each competency is a section of its own
    # Each competency folds away, so the page starts short; cells keep their labels
    # when a phone stacks the table.
    assert html.count('<details class="competency"') == 17
    assert 'data-label="Behavioural indicators"' in html


@pytest.mark.parametrize(
    "language, catalogue, name",
    [
        ("lt", "/lt/programos/", "Partnerystė"),
        ("en", "/en/programmes/", "Partnership"),
        ("nb", "/nb/programmer/", "Partnerskap"),
    ],
)
def test_topics_are_named_in_the_pages_language(
    client, demo, language, catalogue, name
):
    from courses.models import TopicTag

    response = client.get(catalogue)
    if response.status_code == 404:  # the Norwegian catalogue's own slug
        catalogue = CatalogueIndexPage.objects.get(locale__language_code=language).url
        response = client.get(catalogue)
    choices = dict(response.context["filter_form"].fields["topic"].choices)
    assert choices["partnership"] == name

    module = ModulePage.objects.filter(
        locale__language_code=language, topics__slug="partnership"
    ).first()
    html = client.get(module.url).content.decode()
    assert f'<span class="tag">{name}</span>' in html
    others = {"Partnerystė", "Partnership", "Partnerskap"} - {name}
    assert not any(f'<span class="tag">{other}</span>' in html for other in others)
    assert TopicTag.objects.get(slug="partnership").name == "Partnerystė"


def test_language_names_are_marked_with_their_own_language(client, demo):
    for path in ("/en/programmes/", "/lt/accounts/signup/"):
        html = client.get(path).content.decode()
        for code, name in (
            ("lt", "Lietuvių"),
            ("en", "English"),
            ("nb", "Norsk bokmål"),
        ):
            assert re.search(
                rf'<option value="{code}"[^>]*\blang="{code}"[^>]*>{name}<', html
            ), (
                path,
                code,
            )
