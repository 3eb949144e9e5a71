from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import (
    CatalogueIndexPage,
    CompetencyModelPage,
    HomePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
)
from events.models import EventIndexPage, EventPage
from privacy.models import PrivacyNoticePage

from .factories import make_framework
from .pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_content):
    return catalogue_under(site_content)


def test_the_page_tree_has_fixed_parents_and_children():
    assert CatalogueIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProgrammePage.allowed_parent_page_models() == [CatalogueIndexPage]
    assert ModulePage.allowed_parent_page_models() == [ProgrammePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert HomePage.allowed_subpage_models() == [
        CatalogueIndexPage,
        CompetencyModelPage,
        EventIndexPage,
        PrivacyNoticePage,
    ]
    assert CatalogueIndexPage.allowed_subpage_models() == [ProgrammePage]
    assert ProgrammePage.allowed_subpage_models() == [ModulePage, EventPage]
    assert ModulePage.allowed_subpage_models() == [LessonPage, EventPage]
    assert LessonPage.allowed_subpage_models() == []


def test_programme_module_and_lesson_pages_show_their_content(client, catalogue):
    framework = make_framework()
    competency = framework.areas.first().competencies.first()
    programme = programme_under(catalogue)
    module = module_under(programme, competency=competency)
    lesson = module.get_children().first()

    programme_html = client.get(programme.url).content.decode()
    module_html = client.get(module.url).content.decode()
    lesson_html = client.get(lesson.url).content.decode()

    assert "Modulis" in programme_html and "SC-1.1" in programme_html
    assert "SC-1.1 Competency 1.1" in module_html
    assert "At level 2 of 1.1." in module_html  # the target level's descriptor
    assert "Tema 3" in module_html
    assert "Skyrius 1" in lesson_html
    assert 'rel="next"' in lesson_html and 'rel="prev"' not in lesson_html


def test_quiz_answers_and_feedback_never_reach_the_page(client, catalogue):
    module = module_under(programme_under(catalogue))
    lesson = module.get_children().first()

    for page in (module, lesson):
        html = client.get(page.url).content.decode()
        assert "Sektorių bendradarbiavimas" in html  # the options are there
        assert "SECRET-FEEDBACK" not in html
        assert "correct" not in html.lower()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_page_queries_do_not_grow_with_the_size_of_a_module(client, catalogue):
    small_programme = programme_under(catalogue, slug="maza")
    large_programme = programme_under(catalogue, slug="didele")
    small = module_under(small_programme, slug="mazas", lessons=3)
    large = module_under(large_programme, slug="didelis", lessons=60)
    for extra in range(5):
        module_under(large_programme, slug=f"papildomas-{extra}", lessons=1)
    client.get(catalogue.url)  # warm the site-root cache shared by every page
    pages = {
        "module": (small.url, large.url),
        "lesson": (small.get_children().last().url, large.get_children().last().url),
        "programme": (small_programme.url, large_programme.url),
    }

    for name, (with_3, with_60) in pages.items():
        cold = count_queries(client, with_3), count_queries(client, with_60)
        warm = count_queries(client, with_3), count_queries(client, with_60)
        assert cold[0] == cold[1], (name, cold)
        assert warm[0] == warm[1], (name, warm)
        assert warm[1] <= 6, (name, warm)
    count_queries(client, catalogue.url)
    assert count_queries(client, catalogue.url) <= 6


def test_publishing_a_lesson_refreshes_the_cached_module_outline(client, catalogue):
    module = module_under(programme_under(catalogue), lessons=2)
    assert "Tema 3" not in client.get(module.url).content.decode()

    new = module.add_child(instance=LessonPage(title="Tema 3", slug="tema-3", body=[]))
    new.save_revision().publish()

    assert "Tema 3" in client.get(module.url).content.decode()
    new.unpublish()
    assert "Tema 3" not in client.get(module.url).content.decode()


def test_every_block_type_renders_accessibly(client, catalogue):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Schema", file=get_test_image_file())
    video = Document.objects.create(
        title="Įrašas", file=ContentFile(b"\x00" * 64, name="irasas.mp4")
    )
    worksheet = Document.objects.create(
        title="Darbo lapas", file=ContentFile(b"%PDF-1.4", name="lapas.pdf")
    )
    module = module_under(programme_under(catalogue), lessons=0)
    lesson = module.add_child(
        instance=LessonPage(
            title="Visi blokai",
            slug="visi-blokai",
            body=[
                {"type": "heading", "value": {"text": "Skyrius", "level": "h3"}},
                {"type": "paragraph", "value": "<p>Pastraipa.</p>"},
                {
                    "type": "image",
                    "value": {"image": image.pk, "alt_text": "Partnerių schema"},
                },
                {
                    "type": "figure",
                    "value": {
                        "image": image.pk,
                        "alt_text": "Diagrama",
                        "caption": "1 pav. Tinklas",
                        "credit": "MRU",
                    },
                },
                {
                    "type": "video",
                    "value": {
                        "title": "Įvadas",
                        "file": video.pk,
                        "url": "",
                        "transcript": "<p>Sveiki.</p>",
                    },
                },
                {
                    "type": "video",
                    "value": {
                        "title": "Paskaita",
                        "file": None,
                        "url": "https://video.example.lt/1",
                        "transcript": "",
                    },
                },
                {
                    "type": "document",
                    "value": {"document": worksheet.pk, "description": "Užpildykite"},
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Dėmesio",
                        "text": "<p>Svarbu.</p>",
                    },
                },
                {
                    "type": "quote",
                    "value": {"text": "Kartu galime daugiau.", "attribution": "Dalyvė"},
                },
                {"type": "reflection", "value": {"prompt": "Ką darytumėte kitaip?"}},
            ],
        )
    )
    lesson.save_revision().publish()

    html = client.get(lesson.url).content.decode()

    assert "<h3>Skyrius</h3>" in html
    assert 'alt="Partnerių schema"' in html
    assert "<figcaption>1 pav. Tinklas" in html
    assert '<video controls preload="metadata" src="' in html
    assert '<details class="video__transcript">' in html
    assert 'href="https://video.example.lt/1"' in html
    assert "lapas.pdf" in html or "Darbo lapas" in html
    assert 'class="callout callout--warning"' in html
    assert "<blockquote><p>Kartu galime daugiau.</p></blockquote>" in html
    assert "Ką darytumėte kitaip?" in html


def test_signed_in_learners_pages_cost_the_same_with_3_and_60_lessons(
    client, catalogue, learner
):
    from learning import services

    small_programme = programme_under(catalogue, slug="maza")
    large_programme = programme_under(catalogue, slug="didele")
    small = module_under(small_programme, slug="mazas", lessons=3)
    large = module_under(large_programme, slug="didelis", lessons=60)
    for programme in (small_programme, large_programme):
        services.enrol_learner(learner=learner, programme=programme)
    client.force_login(learner)
    client.get(catalogue.url)
    pages = {
        "module": (small.url, large.url),
        "lesson": (small.get_children().last().url, large.get_children().last().url),
    }

    for name, (with_3, with_60) in pages.items():
        count_queries(client, with_3), count_queries(client, with_60)  # warm caches
        warm = count_queries(client, with_3), count_queries(client, with_60)
        assert warm[0] == warm[1], (name, warm)
        # The page and the user (the session comes from the cache); the learner's
        # active enrolment, their attempts at the page's quiz, and their submissions and
        # questions (module) or their launch statement and their completion and notes
        # (lesson). The module's place, outline and events are remembered until the
        # content changes.
        assert warm[1] <= 6, (name, warm)


def test_a_renamed_toolkit_document_shows_on_the_module_at_once(client, catalogue):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from courses.models import ModuleToolkitDocument

    module = module_under(programme_under(catalogue), lessons=1)
    document = get_document_model().objects.create(
        title="Darbo lapas", file=ContentFile(b"%PDF-1.7\n", name="lapas.pdf")
    )
    module.toolkit_documents.add(ModuleToolkitDocument(document=document))
    module.save_revision().publish()
    assert "Darbo lapas" in client.get(module.url).content.decode()

    document.title = "Bendruomenės žemėlapis"
    document.save()

    html = client.get(module.url).content.decode()
    assert "Bendruomenės žemėlapis" in html and "Darbo lapas" not in html
