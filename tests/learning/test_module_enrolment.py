from django.urls import reverse

import pytest

from courses.models import LessonPage
from learning import services
from learning.models import Certificate, Enrolment, EnrolmentProgress

from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    programme.allows_module_enrolment = True
    publish(programme)
    return programme


@pytest.fixture
def first(programme):
    return module_under(programme, slug="pirmas", lessons=2, quiz=False)


@pytest.fixture
def second(programme):
    return module_under(programme, slug="antras", lessons=1, quiz=False)


def test_a_learner_enrols_in_one_module_and_its_progress_counts_that_module_only(
    client, learner, first, second
):
    client.force_login(learner)
    page = client.get(first.url).content.decode()
    assert reverse("learning:enrol_module", args=[first.pk]) in page

    client.post(reverse("learning:enrol_module", args=[first.pk]))

    enrolment = Enrolment.objects.get()
    assert enrolment.module_key == first.translation_key
    for lesson in LessonPage.objects.child_of(first):
        services.complete_lesson(learner=learner, lesson=lesson)
    progress = services.recalculate_progress(enrolment=enrolment)
    assert (progress.lessons_completed, progress.lessons_total) == (2, 2)
    assert progress.completed_at is not None
    certificate = Certificate.objects.get()
    assert certificate.programme_title == first.title


def test_lessons_of_another_module_need_an_enrolment_in_it(learner, first, second):
    services.enrol_learner(
        learner=learner, programme=first.get_parent().specific, module=first
    )
    other_lesson = LessonPage.objects.child_of(second).first()

    with pytest.raises(services.LearningError, match="Enrol in the module"):
        services.complete_lesson(learner=learner, lesson=other_lesson)


def test_a_second_module_widens_the_enrolment_to_the_programme(
    learner, programme, first, second
):
    services.enrol_learner(learner=learner, programme=programme, module=first)
    services.enrol_learner(learner=learner, programme=programme, module=second)

    enrolment = Enrolment.objects.get()
    assert enrolment.module_key is None
    progress = services.recalculate_progress(enrolment=enrolment)
    assert progress.lessons_total == 3


def test_a_programme_taken_as_a_whole_refuses_module_enrolment(
    client, learner, site_content
):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    client.force_login(learner)

    page = client.get(module.url).content.decode()
    response = client.post(
        reverse("learning:enrol_module", args=[module.pk]), follow=True
    )

    assert reverse("learning:enrol_module", args=[module.pk]) not in page
    assert response.status_code == 200
    assert not Enrolment.objects.exists()
    assert not EnrolmentProgress.objects.exists()


def test_finishing_a_module_then_the_widened_programme_gives_two_certificates(
    learner, programme, first, second
):
    from notifications.models import Kind, OutboxMessage

    enrolment = services.enrol_learner(
        learner=learner, programme=programme, module=first
    )
    for lesson in LessonPage.objects.child_of(first):
        services.complete_lesson(learner=learner, lesson=lesson)
    services.recalculate_progress(enrolment=enrolment)
    services.enrol_learner(learner=learner, programme=programme, module=second)
    for lesson in LessonPage.objects.child_of(second):
        services.complete_lesson(learner=learner, lesson=lesson)
    enrolment.refresh_from_db()
    services.recalculate_progress(enrolment=enrolment)

    titles = sorted(Certificate.objects.values_list("programme_title", flat=True))
    assert titles == sorted([first.title, programme.title])
    assert OutboxMessage.objects.filter(kind=Kind.PROGRAMME_COMPLETED).count() == 2
