"""The trainer's journey in the admin, from a new module to its public pages in LT and EN."""

from wagtail.models import Locale

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from courses.models import LessonPage, ModulePage, ProgrammeTrainer, TopicTag
from courses.permissions import ensure_review_workflow, sync_programme_trainers

from .factories import framework_data
from .pages import catalogue_under, programme_under

pytestmark = pytest.mark.django_db

EMPTY_FORMSET = {
    "TOTAL_FORMS": 0,
    "INITIAL_FORMS": 0,
    "MIN_NUM_FORMS": 0,
    "MAX_NUM_FORMS": 1000,
}


def formset(prefix, rows):
    data = {f"{prefix}-{key}": value for key, value in EMPTY_FORMSET.items()}
    data[f"{prefix}-TOTAL_FORMS"] = len(rows)
    for i, row in enumerate(rows):
        data[f"{prefix}-{i}-id"] = ""
        data[f"{prefix}-{i}-ORDER"] = i + 1
        data[f"{prefix}-{i}-DELETE"] = ""
        for key, value in row.items():
            data[f"{prefix}-{i}-{key}"] = value
    return data


def stream(prefix, blocks):
    """StreamField form data: blocks are (type, {field suffix: value}) pairs."""
    data = {f"{prefix}-count": len(blocks)}
    for i, (kind, fields) in enumerate(blocks):
        data.update(
            {
                f"{prefix}-{i}-type": kind,
                f"{prefix}-{i}-deleted": "",
                f"{prefix}-{i}-order": i,
                f"{prefix}-{i}-id": "",
            }
        )
        for suffix, value in fields.items():
            data[f"{prefix}-{i}-value{suffix}"] = value
    return data


def list_items(prefix, items):
    data = {f"{prefix}-count": len(items)}
    for i, fields in enumerate(items):
        data.update(
            {
                f"{prefix}-{i}-deleted": "",
                f"{prefix}-{i}-order": i,
                f"{prefix}-{i}-id": "",
            }
        )
        for suffix, value in fields.items():
            data[f"{prefix}-{i}-value{suffix}"] = value
    return data


def quiz_fields():
    fields = {
        "-title": "Patikrinkite save",
        "-pass_mark": 70,
        "-show_answers": "passed_or_used_up",
        "-shuffle": "on",
    }
    question = {"-kind": "single", "-text": "Kas kuria pasitikėjimą?"}
    options = list_items(
        "x",
        [
            {
                "-text": "Atviras dalijimasis informacija",
                "-correct": "on",
                "-feedback": "Taip.",
            },
            {"-text": "Slaptumas", "-feedback": "Ne."},
        ],
    )
    question.update({f"-options{key[1:]}": value for key, value in options.items()})
    questions = list_items("x", [question])
    fields.update({f"-questions{key[1:]}": value for key, value in questions.items()})
    return fields


COMMENTS = formset("comments", [])
# Rich text arrives from the editor as Draftail's content state.
DRAFTAIL_TEXT = (
    '{"blocks": [{"key": "a1b2c", "type": "unstyled", "depth": 0, '
    '"text": "Savivaldybė ir NVO kartu.", "inlineStyleRanges": [], "entityRanges": []}], '
    '"entityMap": {}}'
)


@pytest.fixture
def journey(site_content, trainer, admin_user):
    from courses.exchange.build import create_framework

    lithuanian = create_framework(framework_data(status="published"))
    english_data = framework_data(language="en", status="published")
    english_data.key = lithuanian.translation_key
    for area, source_area in zip(
        english_data.areas, framework_data().areas, strict=True
    ):
        area.key = lithuanian.areas.get(code=source_area.code).translation_key
        for competency in area.competencies:
            source = lithuanian.areas.get(code=area.code).competencies.get(
                code=competency.code
            )
            competency.key = source.translation_key
    create_framework(english_data)
    TopicTag.objects.create(name="Pasitikėjimas", slug="trust")
    catalogue = catalogue_under(site_content)
    ensure_review_workflow(page=catalogue)
    programme = programme_under(catalogue)
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    sync_programme_trainers(programme=programme)
    return {"programme": programme, "framework": lithuanian}


def test_a_trainer_builds_a_module_the_admin_publishes_it_and_it_is_translated(
    client, trainer, admin_user, journey
):
    competencies = list(journey["framework"].areas.first().competencies.all())
    client.force_login(trainer)

    # 1. A new module, mapped to two competencies at target levels, saved as a draft.
    data = {
        "title": "Pasitikėjimo kūrimas",
        "slug": "pasitikejimo-kurimas",
        "summary": "Kaip kurti pasitikėjimą tarp sektorių.",
        "estimated_hours": "6",
        "topics": "Pasitikėjimas",
        **stream(
            "learning_outcomes",
            [("outcome", {"-text": "Paaiškina, kas kuria pasitikėjimą."})],
        ),
        **formset(
            "competency_targets",
            [
                {"competency": competencies[0].pk, "target_level": 2},
                {"competency": competencies[1].pk, "target_level": 3},
            ],
        ),
        **formset("prerequisites", []),
        **formset("toolkit_documents", []),
        **stream("quiz", [("quiz", quiz_fields())]),
        **COMMENTS,
    }
    response = client.post(
        f"/admin/pages/add/courses/modulepage/{journey['programme'].pk}/", data
    )
    assert response.status_code == 302, response.context["form"].errors
    module = ModulePage.objects.get(
        slug="pasitikejimo-kurimas", locale__language_code="lt"
    )
    assert not module.live
    assert [
        (t.competency.code, t.target_level) for t in module.competency_targets.all()
    ] == [("SC-1.1", 2), ("SC-1.2", 3)]

    # 2. A lesson with every block type, a quiz among them.
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Schema", file=get_test_image_file())
    document = Document.objects.create(
        title="Darbo lapas", file=ContentFile(b"%PDF-1.4", name="lapas.pdf")
    )
    lesson_data = {
        "title": "Kodėl pasitikėjimas svarbus",
        "slug": "kodel-pasitikejimas",
        "estimated_minutes": 20,
        **stream(
            "body",
            [
                ("heading", {"-text": "Pasitikėjimas", "-level": "h2"}),
                ("paragraph", {"": DRAFTAIL_TEXT}),
                ("image", {"-image": image.pk, "-alt_text": "Partnerių schema"}),
                (
                    "figure",
                    {
                        "-image": image.pk,
                        "-alt_text": "Tinklas",
                        "-caption": "1 pav.",
                        "-credit": "",
                    },
                ),
                (
                    "video",
                    {
                        "-title": "Įvadas",
                        "-file": "",
                        "-url": "https://video.example.lt/1",
                        "-transcript": "null",
                    },
                ),
                ("document", {"-document": document.pk, "-description": "Užpildykite"}),
                (
                    "callout",
                    {"-kind": "case_study", "-title": "Biržai", "-text": DRAFTAIL_TEXT},
                ),
                ("quote", {"-text": "Kartu galime daugiau.", "-attribution": "Dalyvė"}),
                ("reflection", {"-prompt": "Kam jūs pasitikite?"}),
                ("quiz", quiz_fields()),
            ],
        ),
        **COMMENTS,
        "action-submit": "1",
    }
    response = client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/", lesson_data
    )
    assert response.status_code == 302, response.context["form"].errors
    lesson = LessonPage.objects.get(
        slug="kodel-pasitikejimas", locale__language_code="lt"
    )

    # 3. Both go to review; the administrator approves, which publishes them.
    module_form = {**data, "action-submit": "1"}
    for key in [k for k in module_form if k.startswith("competency_targets-")]:
        module_form.pop(key)
    module_form.update(formset("competency_targets", []))
    module_form.update(
        {
            "competency_targets-TOTAL_FORMS": 2,
            "competency_targets-INITIAL_FORMS": 2,
        }
    )
    for i, target in enumerate(module.competency_targets.all()):
        module_form.update(
            {
                f"competency_targets-{i}-id": target.pk,
                f"competency_targets-{i}-ORDER": i + 1,
                f"competency_targets-{i}-DELETE": "",
                f"competency_targets-{i}-competency": target.competency_id,
                f"competency_targets-{i}-target_level": target.target_level,
            }
        )
    response = client.post(f"/admin/pages/{module.pk}/edit/", module_form)
    assert response.status_code == 302
    client.force_login(admin_user)
    for page in (module, lesson):
        page.refresh_from_db()
        state = page.current_workflow_state
        assert state is not None, page
        client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
            {"comment": "Puiku."},
        )
        page.refresh_from_db()
        assert page.live, page

    # 4. The public pages, in Lithuanian; the English tree shows it until translated.
    module_html = client.get(module.url).content.decode()
    assert "Pasitikėjimo kūrimas" in module_html and "SC-1.2" in module_html
    lesson_html = client.get(lesson.url).content.decode()
    assert "Kam jūs pasitikite?" in lesson_html and "Atviras dalijimasis" in lesson_html
    assert 'alt="Partnerių schema"' in lesson_html and "lapas.pdf" in lesson_html
    assert "Savivaldybė ir NVO kartu." in lesson_html
    english = Locale.objects.get(language_code="en")
    assert module.get_translation(english).alias_of_id == module.pk

    # 5. Translated with wagtail-localize: strings translated, competencies follow.
    source, _ = TranslationSource.get_or_create_from_instance(module)
    translations = {"Pasitikėjimo kūrimas": "Building trust"}
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        if segment.string.data in translations:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=english,
                context=segment.context,
                data=translations[segment.string.data],
            )
    translated, _created = source.create_or_update_translation(english, fallback=True)

    html = client.get(translated.url).content.decode()
    assert translated.url.startswith("/en/")
    assert "<h1>Building trust</h1>" in html
    assert "SC-1.2" in html
    assert {
        t.competency.locale.language_code for t in translated.competency_targets.all()
    } == {"en"}
    assert translated.translation_key == module.translation_key
