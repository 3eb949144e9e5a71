"""The learner's newer pages in Chromium, each checked with axe-core for WCAG 2.1 AA."""

import re
from pathlib import Path

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from learning import questions, services
from learning.models import Certificate, EnrolmentProgress
from notifications import services as outbox
from notifications.models import Kind

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..learning.test_certificate_pdf import LONG, page_count
from .signing_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_learners_pages_meet_wcag_aa(
    page, site_content, learner, assert_accessible
):
    # site_content before learner: it restores the role groups a flush removed.
    competency = make_framework(status="published").areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False, competency=competency)
    module.assignment_brief = "<p>Aprašykite vieną partnerystę.</p>"
    publish(module)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    questions.ask_question(
        learner=learner, module=module, subject="Sutartis", text="Ar yra pavyzdys?"
    )
    certificate = Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona Onaitė",
        programme_key=enrolment.programme_key,
        programme_title="Programa",
        language="lt",
        completed_on=timezone.localdate(),
        # A long list, which once spilled the certificate onto a second page.
        competencies=[
            {"code": f"SK-{n // 4 + 1}.{n % 4 + 1}", "title": f"{LONG} {n}", "level": 3}
            for n in range(14)
        ],
    )
    token = outbox.unsubscribe_token(user_id=learner.pk, kind=Kind.REMINDER_INACTIVE)

    page.goto(f"/lt/certificates/{certificate.code}/")  # public
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.goto(f"/lt/notifications/unsubscribe/{token}/")
    assert_accessible(page)

    sign_in(page, learner)
    for path in (
        module.url,  # assignment, questions, enrolment panel
        f"/lt/learning/enrolments/{enrolment.pk}/self-assessment/before/",
        "/lt/notifications/preferences/",
        "/lt/accounts/profile/",
    ):
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)

    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        completed_at=timezone.now(), lessons_total=1, lessons_completed=1, percent=100
    )
    page.goto("/lt/my-learning/")
    expect(page.get_by_text(certificate.code)).to_be_visible()
    assert_accessible(page)

    # The learner downloads the certificate as the browser saves it: one A4 page.
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("PDF")).first.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    assert page_count(data) == 1
