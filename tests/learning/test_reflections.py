from django.urls import reverse

import pytest

from courses.models import LessonPage
from learning.models import ReflectionNote

from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(site_content):
    module = module_under(
        programme_under(catalogue_under(site_content)), lessons=0, quiz=False
    )
    return publish(
        module.add_child(
            instance=LessonPage(
                title="Pasitikėjimas",
                slug="pasitikejimas",
                body=[
                    {"type": "paragraph", "value": "<p>Tekstas.</p>", "id": "text-1"},
                    {
                        "type": "reflection",
                        "value": {"prompt": "Kam jūsų savivaldybėje pasitikite?"},
                        "id": "refl-1",
                    },
                ],
            )
        )
    )


def save(client, lesson, block_id="refl-1", text="Bibliotekai ir seniūnijai."):
    return client.post(
        reverse("learning:save_reflection", args=[lesson.pk, block_id]), {"text": text}
    )


def test_a_learner_saves_a_private_note_and_sees_it_on_the_lesson(
    client, learner, lesson
):
    client.force_login(learner)

    response = save(client, lesson)
    page = client.get(lesson.url).content.decode()

    assert response.status_code == 302
    assert response["Location"].endswith("#reflection-refl-1")
    assert (
        ReflectionNote.objects.get(learner=learner).text == "Bibliotekai ir seniūnijai."
    )
    assert "Bibliotekai ir seniūnijai." in page


def test_saving_again_replaces_the_note_and_an_empty_note_deletes_it(
    client, learner, lesson
):
    client.force_login(learner)
    save(client, lesson, text="Pirma mintis.")
    save(client, lesson, text="Antra mintis.")

    assert list(ReflectionNote.objects.values_list("text", flat=True)) == [
        "Antra mintis."
    ]
    save(client, lesson, text="   ")
    assert not ReflectionNote.objects.exists()


def test_another_learner_never_sees_the_note(client, learner, outsider, lesson):
    client.force_login(learner)
    save(client, lesson, text="Tik mano mintis.")

    client.force_login(outsider)
    page = client.get(lesson.url).content.decode()

    assert "Tik mano mintis." not in page


@pytest.mark.parametrize(
    "block_id, text",
    [("text-1", "Ne prompt."), ("nera", "Nėra tokio."), ("refl-1", "x" * 10_001)],
)
def test_a_note_for_no_prompt_or_too_long_is_refused_with_a_400(
    client, learner, lesson, block_id, text
):
    client.force_login(learner)

    response = save(client, lesson, block_id=block_id, text=text)

    assert response.status_code == 400
    assert not ReflectionNote.objects.exists()


def test_visitors_see_the_prompt_without_a_form_and_cannot_post(client, lesson):
    page = client.get(lesson.url).content.decode()
    response = save(client, lesson)

    assert "Kam jūsų savivaldybėje pasitikite?" in page
    assert 'name="text"' not in page
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not ReflectionNote.objects.exists()
