"""The next step is always one the learner may take, and what blocks the rest is said
before the learner acts."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from courses.models import LessonPage, ModulePrerequisite
from learning import assignments, services
from learning.models import Submission

from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_content):
    """Module A (one lesson and an assignment), then module B (two lessons), which
    needs A finished first."""
    programme = programme_under(catalogue_under(site_content))
    first = module_under(programme, slug="pirmas", lessons=1, quiz=False)
    first.title = "Partnerystės pagrindai"
    first.assignment_brief = "<p>Aprašykite partnerystę.</p>"
    publish(first)
    second = module_under(programme, slug="antras", lessons=2, quiz=False)
    second.title = "Tinklaveika"
    publish(second)
    ModulePrerequisite.objects.create(module=second, required_module=first)
    return {"programme": programme, "first": first, "second": second}


def lessons(module):
    return list(LessonPage.objects.child_of(module).order_by("path"))


@pytest.fixture
def waiting(learner, course):
    """A's lesson done and its assignment handed in, not reviewed yet."""
    enrolment = services.enrol_learner(learner=learner, programme=course["programme"])
    services.complete_lesson(learner=learner, lesson=lessons(course["first"])[0])
    assignments.submit_assignment(
        learner=learner, module=course["first"], text="Mano darbas", upload=None
    )
    services.recalculate_progress(enrolment=enrolment)
    return enrolment


def my_learning(client, learner) -> str:
    client.force_login(learner)
    return client.get("/en/my-learning/").content.decode()


def test_continue_never_points_to_a_lesson_waiting_for_a_review(
    client, learner, course, waiting
):
    html = my_learning(client, learner)

    assert "Continue:" not in html
    assert lessons(course["second"])[0].url not in html.split("Still to do")[0]
    assert "waiting for a trainer's review" in html
    assert "Nothing to do for now" in html
    assert "Opens once you finish:" in html


def test_my_learning_names_what_is_missing_in_each_module(client, learner, course):
    enrolment = services.enrol_learner(learner=learner, programme=course["programme"])
    services.recalculate_progress(enrolment=enrolment)

    html = my_learning(client, learner)

    first_lesson = lessons(course["first"])[0]
    # the lesson has no English translation: its title says it is Lithuanian
    assert (
        f'href="{first_lesson.url}">Continue: <span lang="lt">{first_lesson.title}</span>'
    ) in html
    assert "1 lesson</li>" in html and "the assignment</li>" in html
    assert "2 lessons</li>" in html  # module B's, locked behind A


def test_the_locked_lesson_says_why_before_the_learner_acts(
    client, learner, course, waiting
):
    client.force_login(learner)
    lesson = lessons(course["second"])[0]

    html = client.get(lesson.url).content.decode()

    with translation.override("lt"):  # the lesson's language
        reason = gettext(
            "Your assignment in the module “%(module)s” is waiting for a trainer's "
            "review; this module opens once it is passed."
        ) % {"module": "Partnerystės pagrindai"}
        mark_done = gettext("Mark this lesson as done")
    assert reason.replace("'", "&#x27;") in html or reason in html
    assert mark_done not in html
    with (
        translation.override("en"),
        pytest.raises(services.LearningError, match="waiting for a trainer's review"),
    ):
        services.complete_lesson(learner=learner, lesson=lesson)


def test_a_lesson_behind_an_unfinished_module_names_it(client, learner, course):
    services.enrol_learner(learner=learner, programme=course["programme"])
    client.force_login(learner)

    html = client.get(lessons(course["second"])[0].url).content.decode()

    with translation.override("lt"):  # the lesson's language
        reason = gettext("Finish these modules first: %(modules)s.")
    assert reason % {"modules": "Partnerystės pagrindai"} in html
    with translation.override("lt"):
        mark_done = gettext("Mark this lesson as done")
    assert mark_done not in html
    assert mark_done in client.get(lessons(course["first"])[0].url).content.decode()


def test_once_the_assignment_passes_continue_opens_the_next_module(
    client, learner, trainer, course, waiting
):
    submission = Submission.objects.get(learner=learner)
    assignments.review_submission(
        submission=submission, reviewer=trainer, passed=True, feedback="Gerai."
    )
    services.recalculate_progress(enrolment=waiting)

    html = my_learning(client, learner)

    lesson = lessons(course["second"])[0]
    assert (
        f'href="{lesson.url}">Continue: <span lang="lt">{lesson.title}</span>' in html
    )
    assert "Opens once you finish:" not in html


def test_continue_points_to_the_final_quiz_when_the_lessons_are_done(
    client, learner, site_content
):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    module_with_quiz = module_under(programme, slug="su-testu", lessons=0)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    services.complete_lesson(learner=learner, lesson=lessons(module)[0])
    services.recalculate_progress(enrolment=enrolment)

    html = my_learning(client, learner)

    block = next(iter(module_with_quiz.quiz)).id
    assert f'href="{module_with_quiz.url}#quiz-{block}"' in html
    assert (
        f'Continue: the final quiz of <span lang="lt">{module_with_quiz.title}' in html
    )


def test_continue_marks_no_title_in_the_pages_own_language(client, learner, course):
    enrolment = services.enrol_learner(learner=learner, programme=course["programme"])
    services.recalculate_progress(enrolment=enrolment)
    client.force_login(learner)

    html = client.get("/lt/my-learning/").content.decode()

    first_lesson = lessons(course["first"])[0]
    assert f'href="{first_lesson.url}">{_continue_lt(first_lesson.title)}' in html
    assert '<span lang="lt">' not in html


def _continue_lt(title: str) -> str:
    with translation.override("lt"):
        return gettext("Continue: %(title)s") % {"title": title}


def test_an_asked_resubmission_is_the_next_step(client, learner, trainer, course):
    enrolment = services.enrol_learner(learner=learner, programme=course["programme"])
    services.complete_lesson(learner=learner, lesson=lessons(course["first"])[0])
    submission = assignments.submit_assignment(
        learner=learner, module=course["first"], text="Mano darbas", upload=None
    )
    assignments.review_submission(
        submission=submission, reviewer=trainer, passed=False, feedback="Papildykite."
    )
    services.recalculate_progress(enrolment=enrolment)

    html = my_learning(client, learner)

    assert f'href="{course["first"].url}#assignment"' in html
    assert "the trainer asked you to hand it in again" in html
    assert reverse("learning:my_learning")  # the page answered in English above
