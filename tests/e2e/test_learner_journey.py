"""A learner's journey in Chromium, with a real Celery worker recomputing progress."""

import re

import pytest
from playwright.sync_api import expect

from lms.celery import app as celery_app

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under
from ..integration.conftest import CeleryProcesses
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(tmp_path):
    """A worker on the broker this process sends to, on a queue of its own."""
    processes = CeleryProcesses("filesystem", tmp_path)
    conf = celery_app.conf
    saved = conf.broker_url, conf.broker_transport_options, conf.task_default_queue
    conf.broker_url = processes.broker_url
    conf.broker_transport_options = processes.transport_options
    conf.task_default_queue = processes.queue
    celery_app.__dict__.pop("pool", None)
    celery_app.__dict__.pop("amqp", None)
    processes.start_worker()
    yield processes
    processes.stop()
    conf.broker_url, conf.broker_transport_options, conf.task_default_queue = saved
    celery_app.__dict__.pop("pool", None)


def test_a_learner_enrols_fails_then_passes_a_quiz_and_sees_progress(
    page, site_content, learner, worker, assert_accessible
):
    competency = make_framework(status="published").areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=2, quiz=True, competency=competency)
    lesson = module.get_children().first()

    sign_in(page, learner)
    page.goto(programme.url)
    page.get_by_role("button", name="Registruotis").click()
    expect(page.get_by_text("Jūs užsiregistravę.")).to_be_visible()

    page.goto(lesson.url)
    page.get_by_label("Įstaigų sujungimas").check()
    page.get_by_role("button", name="Pateikti atsakymus").click()
    expect(page.get_by_role("status")).to_contain_text("0%")
    assert_accessible(page)
    page.get_by_role("link", name="Grįžti į puslapį").click()
    page.get_by_label("Sektorių bendradarbiavimas").check()
    page.get_by_role("button", name="Pateikti atsakymus").click()
    expect(page.get_by_role("status")).to_contain_text("100%")
    expect(page.get_by_text("SECRET-FEEDBACK-RIGHT")).to_be_visible()

    # The worker recomputes progress off the request; the dashboard shows it when done.
    # Steps are the two lessons and the module's final quiz.
    for _ in range(40):
        page.goto("/lt/my-learning/")
        if page.get_by_text(re.compile(r"Atlikta žingsnių: 1 iš 3")).count():
            break
        page.wait_for_timeout(500)
    expect(page.get_by_text(re.compile(r"Atlikta žingsnių: 1 iš 3"))).to_be_visible()
    expect(page.get_by_role("img", name="Kompetencijų profilis")).to_be_visible()
    assert_accessible(page)
