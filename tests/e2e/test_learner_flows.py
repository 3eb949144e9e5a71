"""The learner's flows in Chromium: a quiz result survives a reload, withdrawing asks
first, and the competency profile chart is axe-clean."""

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from learning import services
from learning.models import CompetencyAttainment, Enrolment, QuizAttempt

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def course(site_content):
    # site_content before the persona: it restores the role groups a flush removed.
    competency = make_framework(status="published").areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=True, competency=competency)
    return {"programme": programme, "module": module, "competency": competency}


def test_reloading_a_quiz_result_records_no_new_attempt(
    page, course, learner, assert_accessible
):
    services.enrol_learner(learner=learner, programme=course["programme"])
    lesson = course["module"].get_children().first()
    sign_in(page, learner)

    page.goto(lesson.url)
    page.get_by_label("Įstaigų sujungimas").check()
    page.get_by_role("button", name="Pateikti atsakymus").click()
    expect(page.get_by_role("status")).to_contain_text("0%")
    result_url = page.url
    assert "/learning/quiz-attempts/" in result_url
    assert_accessible(page)

    page.reload()
    expect(page.get_by_role("status")).to_contain_text("0%")
    page.go_back()
    page.go_forward()
    expect(page.get_by_role("status")).to_contain_text("0%")

    assert page.url == result_url
    assert QuizAttempt.objects.filter(learner=learner).count() == 1
    # a failed attempt with attempts left keeps the right answer to itself
    expect(page.get_by_text("Sektorių bendradarbiavimas")).to_have_count(0)


def test_withdrawing_asks_for_confirmation(page, course, learner, assert_accessible):
    enrolment = services.enrol_learner(learner=learner, programme=course["programme"])
    sign_in(page, learner)

    page.goto("/en/my-learning/")
    page.get_by_role("link", name="Withdraw").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Withdraw from the programme"
    )
    assert_accessible(page)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE  # asking changed nothing

    page.get_by_role("link", name="No, stay enrolled").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    page.get_by_role("link", name="Withdraw").click()
    page.get_by_role("button", name="Yes, withdraw").click()
    expect(page.get_by_text("You have withdrawn from")).to_be_visible()
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WITHDRAWN


def test_the_competency_profile_chart_is_axe_clean(
    page, course, learner, assert_accessible
):
    services.enrol_learner(learner=learner, programme=course["programme"])
    CompetencyAttainment.objects.create(
        learner=learner,
        competency_key=course["competency"].translation_key,
        level=2,
        module_key=course["module"].translation_key,
        achieved_at=timezone.now(),
    )
    sign_in(page, learner)

    page.goto("/en/my-learning/")

    chart = page.get_by_role("img", name="Competency profile")
    expect(chart).to_be_visible()
    expect(chart.locator("text", has_text="Target level")).to_have_count(1)
    expect(chart.locator("text", has_text="Achieved level")).to_have_count(1)
    expect(page.get_by_role("table")).to_contain_text(course["competency"].code)
    assert_accessible(page)
