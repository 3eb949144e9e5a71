"""The trainers' listings of questions and handed-in assignments are Wagtail listings:
filters, search, pages of 50 and CSV/XLSX export, each holding only the rows the person
may see."""

import csv
import io

from django.urls import reverse
from django.utils import timezone

import pytest

from courses.models import ProgrammeTrainer
from learning.models import Question, Submission

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(site_content, trainer, organisation):
    catalogue = catalogue_under(site_content)
    mine = programme_under(catalogue, slug="mano")
    other = programme_under(catalogue, slug="kita")
    ProgrammeTrainer.objects.create(programme=mine, user=trainer)
    module_mine = module_under(mine, slug="m1", lessons=1, quiz=False)
    module_other = module_under(other, slug="m2", lessons=1, quiz=False)
    learners = [UserFactory(organisation=organisation) for _ in range(3)]

    def question(learner, module, subject, answered=False):
        return Question.objects.create(
            learner=learner,
            module_key=module.translation_key,
            programme_key=module.get_parent().translation_key,
            module_title=module.title,
            subject=subject,
            answered_at=timezone.now() if answered else None,
        )

    questions = [
        question(learners[0], module_mine, "Kaip rašyti sutartį?"),
        question(learners[1], module_mine, "Kur rasti šabloną?", answered=True),
        question(learners[2], module_other, "Svetimas klausimas"),
    ]
    submissions = [
        Submission.objects.create(
            learner=learner,
            module_key=module.translation_key,
            programme_key=module.get_parent().translation_key,
            module_title=module.title,
            number=1,
            text="Mano darbas",
        )
        for learner, module in (
            (learners[0], module_mine),
            (learners[1], module_mine),
            (learners[2], module_other),
        )
    ]
    Submission.objects.filter(pk=submissions[1].pk).update(
        status=Submission.Status.PASSED, reviewed_at=timezone.now()
    )
    return {"questions": questions, "submissions": submissions, "learners": learners}


def rows_of_csv(response) -> list[list[str]]:
    """The rows below the headings, in the order of the viewset's list_export."""
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))[1:]


def test_the_named_trainer_lists_filters_and_searches_their_programmes_questions(
    client, trainer, world
):
    client.force_login(trainer)
    listing = client.get(reverse("questions:index")).content.decode()
    assert "Kaip rašyti sutartį?" in listing and "Kur rasti šabloną?" in listing
    assert "Svetimas klausimas" not in listing
    # Each row leads to the page where the trainer answers.
    assert reverse("learning_question", args=[world["questions"][0].pk]) in listing

    waiting = client.get(
        reverse("questions:index"), {"state": "waiting"}
    ).content.decode()
    assert "Kaip rašyti sutartį?" in waiting and "Kur rasti šabloną?" not in waiting

    found = client.get(reverse("questions:index"), {"q": "šabloną"}).content.decode()
    assert "Kur rasti šabloną?" in found and "Kaip rašyti sutartį?" not in found


def test_the_export_holds_the_same_rows_as_the_listing(client, trainer, world):
    client.force_login(trainer)
    rows = rows_of_csv(client.get(reverse("questions:index"), {"export": "csv"}))
    assert sorted(row[0] for row in rows) == [
        "Kaip rašyti sutartį?",
        "Kur rasti šabloną?",
    ]
    assert {row[2] for row in rows} == {
        learner.email for learner in world["learners"][:2]
    }
    xlsx = client.get(reverse("submissions:index"), {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert "spreadsheetml" in xlsx["Content-Type"]


def test_assignments_waiting_for_review_come_first_and_filter_by_status(
    client, trainer, world
):
    client.force_login(trainer)
    rows = rows_of_csv(client.get(reverse("submissions:index"), {"export": "csv"}))
    assert [row[5] for row in rows] == [
        str(Submission.Status.SUBMITTED.label),
        str(Submission.Status.PASSED.label),
    ]
    waiting = client.get(
        reverse("submissions:index"), {"status": Submission.Status.SUBMITTED}
    )
    assert (
        reverse("learning_submission", args=[world["submissions"][0].pk])
        in waiting.content.decode()
    )
    assert (
        reverse("learning_submission", args=[world["submissions"][1].pk])
        not in waiting.content.decode()
    )


def test_another_trainer_exports_nothing_and_a_learner_is_refused(
    client, organisation, world
):
    other = UserFactory(organisation=organisation, role="trainer")
    client.force_login(other)
    assert rows_of_csv(client.get(reverse("questions:index"), {"export": "csv"})) == []
    client.force_login(world["learners"][0])
    assert client.get(reverse("questions:index")).status_code in (302, 403)
    assert client.get(reverse("submissions:index"), {"export": "csv"}).status_code in (
        302,
        403,
    )


def test_a_bad_filter_value_is_a_form_error_not_a_500(client, trainer, world):
    client.force_login(trainer)
    for listing, params in (
        ("questions:index", {"state": "maybe"}),
        ("questions:index", {"created_at_from": "x"}),
        ("submissions:index", {"status": "nonsense"}),
    ):
        response = client.get(reverse(listing), params)
        assert response.status_code == 200
        # The filter form says what is wrong; the listing is not narrowed by it.
        assert response.context["filters"].errors, params
