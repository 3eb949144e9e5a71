from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.models import LessonPage
from learning import certificates, services, tasks
from learning.models import Certificate
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(learner, site_content, django_capture_on_commit_callbacks):
    """A learner who finished a one-module programme of 2.5 hours, reaching level 2."""
    competency = make_framework(status="published").areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=2, quiz=False, competency=competency)
    module.estimated_hours = "2.5"
    module.save_revision().publish()
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    for lesson in LessonPage.objects.child_of(module):
        services.complete_lesson(learner=learner, lesson=lesson)
    with django_capture_on_commit_callbacks(execute=False):
        services.recalculate_progress(enrolment=enrolment)
    return enrolment


def test_completing_a_programme_issues_one_certificate_with_its_facts(
    learner, completed
):
    services.recalculate_progress(enrolment=completed)

    certificate = Certificate.objects.get()
    assert certificate.enrolment == completed
    assert certificate.learner_name == learner.get_full_name()
    assert certificate.completed_on == timezone.localdate()
    assert float(certificate.hours) == 2.5
    assert [row["level"] for row in certificate.competencies] == [2]
    assert len(certificate.code) == 14 and certificate.code.count("-") == 2


def test_the_pdf_is_rendered_once_by_the_task(completed):
    certificate = Certificate.objects.get()

    tasks.generate_certificate(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    first_name = certificate.pdf.name
    tasks.generate_certificate(certificate_id=certificate.pk)
    certificate.refresh_from_db()

    assert certificate.pdf.name == first_name
    assert certificate.pdf.open("rb").read(5) == b"%PDF-"


def test_the_completion_email_links_the_certificate_and_its_check(completed):
    email_row = OutboxMessage.objects.get(kind=Kind.PROGRAMME_COMPLETED)
    code = Certificate.objects.get().code

    outbox.deliver(message_ids=[email_row.pk])

    [email] = mail.outbox
    assert f"/learning/certificates/{code}/pdf/" in email.body
    assert f"/certificates/{code}/" in email.body


def test_the_learner_downloads_the_pdf_from_my_learning_and_others_cannot(
    client, learner, outsider, admin_user, completed
):
    code = Certificate.objects.get().code
    client.force_login(learner)

    dashboard = client.get(reverse("learning:my_learning")).content.decode()
    assert reverse("learning:certificate_pdf", args=[code]) in dashboard

    for person, status in [(learner, 200), (admin_user, 200), (outsider, 404)]:
        client.force_login(person)
        response = client.get(reverse("learning:certificate_pdf", args=[code]))
        assert response.status_code == status
        if status == 200:
            assert response["Content-Type"] == "application/pdf"
            assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_anyone_can_check_a_certificate_and_learns_only_name_programme_and_date(
    client, learner, completed
):
    certificate = Certificate.objects.get()

    page = client.get(reverse("learning:verify_certificate", args=[certificate.code]))
    lowercase = client.get(
        reverse("learning:verify_certificate", args=[certificate.code.lower()])
    )

    assert page.status_code == 200
    assert lowercase.status_code == 200
    html = page.content.decode()
    assert certificate.learner_name in html
    assert certificate.programme_title in html
    assert learner.email not in html


def test_an_unknown_or_revoked_certificate_says_so(client, completed):
    unknown = client.get(
        reverse("learning:verify_certificate", args=["AAAA-BBBB-CCCC"])
    )
    certificate = Certificate.objects.get()
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    revoked = client.get(
        reverse("learning:verify_certificate", args=[certificate.code])
    )

    assert unknown.status_code == 404
    assert revoked.status_code == 200
    assert certificate.learner_name not in revoked.content.decode()


def test_a_lost_pdf_task_is_caught_up_by_the_periodic_job(completed):
    Certificate.objects.update(issued_at=timezone.now() - timedelta(hours=1))

    assert certificates.certificates_without_pdf() == [Certificate.objects.get().pk]
    tasks.generate_certificate(certificate_id=Certificate.objects.get().pk)
    assert certificates.certificates_without_pdf() == []


def test_an_admin_revokes_a_certificate_and_its_check_page_says_so(
    client, admin_user, learner, completed
):
    certificate = Certificate.objects.get()
    client.force_login(learner)
    assert client.post(
        reverse("learning_revoke_certificate", args=[certificate.pk])
    ).status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    client.force_login(admin_user)
    inspect = client.get(reverse("certificates:inspect", args=[certificate.pk]))
    assert inspect.status_code == 200
    client.post(reverse("learning_revoke_certificate", args=[certificate.pk]))
    assert (
        client.get(reverse("certificates:edit", args=[certificate.pk])).status_code
        == 403
    )

    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    check = client.get(reverse("learning:verify_certificate", args=[certificate.code]))
    assert certificate.learner_name not in check.content.decode()


def test_the_check_page_names_the_programme_in_the_readers_language(client, completed):
    certificate = Certificate.objects.get()
    Certificate.objects.filter(pk=certificate.pk).update(
        programme_title="Social clustering (as issued in English)", language="en"
    )
    programme = completed.programme

    with translation.override("lt"):
        lithuanian = client.get(
            reverse("learning:verify_certificate", args=[certificate.code])
        ).content.decode()
    with translation.override("en"):
        english = client.get(
            reverse("learning:verify_certificate", args=[certificate.code])
        ).content.decode()

    # The programme's Lithuanian page names it on the Lithuanian check page; no
    # English page exists, so the English one shows that title marked as Lithuanian.
    assert f"<dd>{programme.title}</dd>" in lithuanian
    assert f'<dd><span lang="lt">{programme.title}</span></dd>' in english
    programme.delete()
    with translation.override("lt"):
        gone = client.get(
            reverse("learning:verify_certificate", args=[certificate.code])
        ).content.decode()
    assert '<span lang="en">Social clustering (as issued in English)</span>' in gone
