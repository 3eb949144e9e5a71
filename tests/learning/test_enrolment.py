from unittest import mock

from django.contrib import messages
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest

from accounts.roles import Role
from learning import services, tasks
from learning.models import Enrolment, EnrolmentProgress, LessonCompletion
from notifications.models import OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=2, quiz=False)
    module_under(programme, slug="antras", lessons=2, quiz=False)
    return programme


def lessons_of(programme):
    from courses.models import LessonPage

    return list(LessonPage.objects.descendant_of(programme).order_by("path"))


def test_enrolling_twice_keeps_one_enrolment_one_email_and_one_refresh(
    learner, programme, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as queued:
        first = services.enrol_learner(learner=learner, programme=programme)
        second = services.enrol_learner(learner=learner, programme=programme)

    assert first == second
    assert first.status == Enrolment.Status.ACTIVE
    assert Enrolment.objects.filter(learner=learner).count() == 1
    assert list(OutboxMessage.objects.values_list("kind", "to_email")) == [
        ("enrolment-confirmed", learner.email)
    ]
    assert len(queued) == 2  # the confirmation's sending and one progress refresh


def test_a_programme_that_needs_approval_gives_a_pending_enrolment(learner, programme):
    programme.needs_approval = True
    programme.save_revision().publish()

    enrolment = services.enrol_learner(learner=learner, programme=programme)

    assert enrolment.status == Enrolment.Status.PENDING


def test_the_database_refuses_a_second_current_enrolment(learner, programme):
    enrolment = services.enrol_learner(learner=learner, programme=programme)

    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(
            learner=learner,
            programme_key=enrolment.programme_key,
            programme_title="x",
            status=Enrolment.Status.ACTIVE,
        )


def test_a_withdrawn_learner_may_enrol_again(learner, programme):
    first = services.enrol_learner(learner=learner, programme=programme)
    services.withdraw_learner(enrolment=first)

    again = services.enrol_learner(learner=learner, programme=programme)

    assert again != first and again.status == Enrolment.Status.ACTIVE
    first.refresh_from_db()
    assert first.status == Enrolment.Status.WITHDRAWN


def test_lessons_of_a_programme_one_is_not_enrolled_in_cannot_be_marked_done(
    learner, programme
):
    with pytest.raises(services.LearningError, match="Enrol in the programme"):
        services.complete_lesson(learner=learner, lesson=lessons_of(programme)[0])

    assert not LessonCompletion.objects.exists()


def test_progress_is_recomputed_from_the_records_and_the_task_is_idempotent(
    learner, programme, django_capture_on_commit_callbacks
):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lessons = lessons_of(programme)
    with django_capture_on_commit_callbacks(execute=True):
        services.complete_lesson(learner=learner, lesson=lessons[0])
        services.complete_lesson(learner=learner, lesson=lessons[0])
        services.complete_lesson(learner=learner, lesson=lessons[1])

    tasks.refresh_progress(enrolment_id=enrolment.pk)
    first = EnrolmentProgress.objects.values().get(enrolment=enrolment)
    tasks.refresh_progress(enrolment_id=enrolment.pk)
    second = EnrolmentProgress.objects.values().get(enrolment=enrolment)

    assert LessonCompletion.objects.filter(learner=learner).count() == 2
    assert (first["lessons_completed"], first["lessons_total"], first["percent"]) == (
        2,
        4,
        50,
    )
    assert first["next_lesson_key"] == lessons[2].translation_key
    assert first["completed_at"] is None
    first.pop("updated_at"), second.pop("updated_at")
    assert first == second


def test_a_lesson_done_in_english_counts_for_the_lithuanian_programme(
    learner, programme
):
    english = Locale.objects.get(language_code="en")
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lessons = lessons_of(programme)
    translated = lessons[0].copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()

    services.complete_lesson(learner=learner, lesson=translated.specific)
    progress = services.recalculate_progress(enrolment=enrolment)

    assert progress.lessons_completed == 1


def test_finishing_every_lesson_completes_the_enrolment(learner, programme):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    for lesson in lessons_of(programme):
        services.complete_lesson(learner=learner, lesson=lesson)

    progress = services.recalculate_progress(enrolment=enrolment)

    assert progress.percent == 100 and progress.completed_at is not None
    assert progress.next_lesson_key is None


def test_state_changes_need_post_and_a_signed_in_user(client, learner, programme):
    url = f"/lt/learning/programmes/{programme.pk}/enrol/"

    assert client.post(url).status_code == 302  # to the login page
    assert not Enrolment.objects.exists()
    client.force_login(learner)
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    assert Enrolment.objects.filter(learner=learner, status="active").count() == 1


def test_a_learner_cannot_withdraw_someone_elses_enrolment(
    client, learner, outsider, programme
):
    theirs = services.enrol_learner(learner=outsider, programme=programme)
    client.force_login(learner)

    response = client.post(f"/lt/learning/enrolments/{theirs.pk}/withdraw/")

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Enrolment.Status.ACTIVE


def test_marking_a_lesson_done_without_enrolment_shows_a_message(
    client, learner, programme
):
    lesson = lessons_of(programme)[0]
    client.force_login(learner)

    response = client.post(f"/lt/learning/lessons/{lesson.pk}/complete/", follow=True)

    assert response.status_code == 200
    assert not LessonCompletion.objects.exists()
    shown = [(m.level, str(m)) for m in response.context["messages"]]
    assert shown and shown[0][0] == messages.ERROR
    assert "Programa" in shown[0][1]  # names the programme to enrol in


def dashboard_queries(client, learner) -> int:
    client.force_login(learner)
    client.get("/lt/my-learning/")  # the site's caches, warmed once
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/lt/my-learning/")
    assert response.status_code == 200
    return len(queries)


def test_the_dashboard_costs_the_same_with_1_and_30_enrolments(client, site_content):
    catalogue = catalogue_under(site_content)
    programmes = []
    for number in range(30):
        programme = programme_under(catalogue, slug=f"programa-{number}")
        module_under(programme, slug=f"modulis-{number}", lessons=1, quiz=False)
        programmes.append(programme)
    one = UserFactory(role=Role.LEARNER)
    many = UserFactory(role=Role.LEARNER)
    services.enrol_learner(learner=one, programme=programmes[0])
    for programme in programmes:
        services.enrol_learner(learner=many, programme=programme)
    for enrolment in Enrolment.objects.all():
        services.recalculate_progress(enrolment=enrolment)

    with_one = dashboard_queries(client, one)
    with_thirty = dashboard_queries(client, many)

    assert with_one == with_thirty
    assert with_thirty <= 15


def test_an_id_too_large_for_the_database_is_a_404_not_a_500(client, learner):
    client.force_login(learner)

    response = client.post("/lt/learning/programmes/99999999999999999999999/enrol/")

    assert response.status_code == 404


def test_my_learning_lists_each_module_with_its_steps_and_completed_ones(
    client, learner, programme
):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    first, second = lessons_of(programme)[:2]
    services.complete_lesson(learner=learner, lesson=first)
    services.complete_lesson(learner=learner, lesson=second)
    tasks.refresh_progress(enrolment_id=enrolment.pk)
    client.force_login(learner)

    response = client.get("/en/my-learning/")

    [row_one, row_two] = response.context["enrolments"][0].modules
    assert (row_one["done"], row_one["total"], row_one["completed"]) == (2, 2, True)
    assert (row_two["done"], row_two["completed"]) == (0, False)
    assert "0 of 2 steps" in response.content.decode()


def test_progress_whose_refresh_task_was_lost_is_recomputed_by_the_sweep(
    learner, programme
):
    from datetime import timedelta

    from django.utils import timezone

    enrolment = services.enrol_learner(learner=learner, programme=programme)
    services.complete_lesson(learner=learner, lesson=lessons_of(programme)[0])
    # The task never ran (a broker down): the row is still marked, and old.
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        updated_at=timezone.now() - timedelta(minutes=5)
    )

    with mock.patch.object(tasks.refresh_progress, "delay") as delay:
        assert tasks.refresh_stale_progress() == 1
    delay.assert_called_once_with(enrolment_id=enrolment.pk)
    tasks.refresh_progress(enrolment_id=enrolment.pk)
    assert EnrolmentProgress.objects.get(enrolment=enrolment).stale is False
    assert tasks.refresh_stale_progress() == 0
