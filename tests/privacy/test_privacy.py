import io
import json
import uuid
import zipfile
from datetime import timedelta

from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.models import LessonPage
from learning import services as learning
from learning.models import (
    Certificate,
    Enrolment,
    LearningStatement,
    LessonCompletion,
    Question,
    QuestionMessage,
    ReflectionNote,
    Submission,
)
from notifications.models import Kind, OutboxMessage
from privacy import registry, services, tasks
from privacy.models import ClosedAccount, DataExport, RetentionNotice

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import PASSWORD

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def studied(learner, site_content, django_capture_on_commit_callbacks):
    """A learner with a record of every kind: progress, a certificate, an assignment
    with a file, a question, a private note, statements and emails."""
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    with django_capture_on_commit_callbacks(execute=False):
        enrolment = learning.enrol_learner(learner=learner, programme=programme)
        lesson = LessonPage.objects.child_of(module).first()
        learning.complete_lesson(learner=learner, lesson=lesson)
        learning.recalculate_progress(enrolment=enrolment)
    certificate = Certificate.objects.get(learner=learner)
    certificate.pdf.save("certificate.pdf", ContentFile(b"%PDF-1.7 test"))
    submission = Submission.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        number=1,
        text="My plan for the social cluster of Biržai.",
        file_name="plan.txt",
    )
    submission.file.save("plan.txt", ContentFile(b"Cluster plan"))
    question = Question.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        subject="Who leads the cluster?",
    )
    QuestionMessage.objects.create(
        question=question, author=learner, text="My own words about my team."
    )
    ReflectionNote.objects.create(
        learner=learner, page_key=uuid.uuid4(), block_id="b1", text="A private thought."
    )
    return {
        "enrolment": enrolment,
        "certificate": certificate,
        "submission": submission,
    }


def test_every_link_to_a_person_has_an_export_and_erasure_rule():
    covered = {(rule.model, name) for rule in registry.rules() for name in rule.fields}

    missing = registry.links_to_users() - covered

    assert not missing, f"Add rules to the app's personal_data.py for: {missing}"


def test_every_rule_names_real_fields_and_a_known_erasure():
    for rule in registry.rules():
        model = rule.model_class()
        for name in (*rule.fields, *rule.blank, *rule.files, *rule.exclude):
            model._meta.get_field(name.split("__")[0])  # raises for a missing field
        assert rule.erase in (registry.KEEP, registry.DELETE, registry.BLANK), rule
        if rule.erase == registry.BLANK:
            assert rule.blank or rule.files, rule


def test_a_learner_downloads_a_zip_of_their_records_files_and_statements(
    client, learner, studied, django_capture_on_commit_callbacks
):
    client.force_login(learner)

    with django_capture_on_commit_callbacks() as queued:
        response = client.post(url("privacy:request_export"))
    export = DataExport.objects.get(user=learner)
    tasks.build_data_export(export_id=export.pk)  # what the queued task does
    page = client.get(url("privacy:my_data"))

    assert response.status_code == 302
    assert len(queued) == 1
    export.refresh_from_db()
    assert export.status == DataExport.Status.READY
    assert "Download ZIP" in page.content.decode()
    assert OutboxMessage.objects.filter(
        kind=Kind.DATA_EXPORT_READY, recipient=learner
    ).exists()
    download = client.get(url("privacy:download_export", export.pk))
    assert download["Content-Type"] == "application/zip"
    assert "no-store" in download["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = archive.namelist()
    data = json.loads(archive.read("data.json"))
    assert data["person"]["email"] == learner.email
    records = data["records"]
    for label in (
        "learning.Enrolment",
        "learning.LessonCompletion",
        "learning.Certificate",
        "learning.Submission",
        "learning.Question",
        "learning.QuestionMessage",
        "learning.ReflectionNote",
        "learning.LearningStatement",
        "notifications.OutboxMessage",
        "account.EmailAddress",
    ):
        assert records.get(label), label
    assert "statements.json" in names
    assert any(n.endswith("plan.txt") for n in names)
    assert any(n.endswith("certificate.pdf") for n in names)
    assert archive.read(next(n for n in names if n.endswith("plan.txt"))) == (
        b"Cluster plan"
    )


def test_asking_twice_while_one_is_prepared_makes_one_export(learner):
    first = services.request_export(user=learner)
    second = services.request_export(user=learner)

    assert first == second
    assert DataExport.objects.count() == 1


def test_building_an_export_twice_builds_it_once(learner):
    export = services.request_export(user=learner)

    tasks.build_data_export(export_id=export.pk)
    tasks.build_data_export(export_id=export.pk)

    assert OutboxMessage.objects.filter(kind=Kind.DATA_EXPORT_READY).count() == 1


def test_nobody_downloads_another_persons_export(client, learner, outsider):
    export = services.request_export(user=learner)
    services.build_export(export_id=export.pk)
    client.force_login(outsider)

    response = client.get(url("privacy:download_export", export.pk))

    assert response.status_code == 404


def test_a_wrong_password_closes_nothing(client, learner, studied):
    client.force_login(learner)

    response = client.post(
        url("privacy:close_account"), {"password": "wrong", "confirm": "on"}
    )

    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    learner.refresh_from_db()
    assert learner.is_active
    assert not ClosedAccount.objects.exists()


def test_closing_an_account_erases_the_person_and_keeps_the_figures(
    client, learner, studied, django_capture_on_commit_callbacks
):
    counts_before = {
        model: model.objects.count()
        for model in (Enrolment, LessonCompletion, Certificate, LearningStatement)
    }
    file_storage = studied["submission"].file.storage
    file_name = studied["submission"].file.name
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("privacy:close_account"), {"password": PASSWORD, "confirm": "on"}
        )

    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert learner.email == f"closed-{learner.pk}@closed.invalid"
    assert learner.get_full_name() == ""
    assert not learner.has_usable_password()
    assert not learner.groups.exists()
    assert counts_before == {
        model: model.objects.count()
        for model in (Enrolment, LessonCompletion, Certificate, LearningStatement)
    }
    assert not ReflectionNote.objects.exists()
    submission = Submission.objects.get()
    assert submission.text == "" and not submission.file
    assert not file_storage.exists(file_name)
    assert QuestionMessage.objects.get().text == ""
    certificate = Certificate.objects.get()
    assert certificate.learner_name == "" and certificate.withdrawn_by_holder
    check = client.get(url("learning:verify_certificate", certificate.code))
    assert "withdrawn by its holder" in check.content.decode()
    assert not OutboxMessage.objects.filter(to_email__contains="learner@").exists()
    assert client.get(url("privacy:my_data")).status_code == 302  # signed out
    assert not client.login(email="learner@example.org", password=PASSWORD)
    assert ClosedAccount.objects.get().initiative == "holder"


def test_an_administrator_closes_an_account_on_request_and_others_may_not(
    client, admin_user, coordinator, learner
):
    page = reverse("privacy_person", args=[learner.pk])
    client.force_login(coordinator)
    assert client.get(page).status_code == 403

    client.force_login(admin_user)
    assert client.get(page).status_code == 200
    refused = client.post(page, {"action": "close"})
    assert not ClosedAccount.objects.exists()
    assert refused.status_code == 200
    client.post(page, {"action": "close", "confirm": "on"})

    assert ClosedAccount.objects.get(user_id=learner.pk).initiative == "administrator"


@override_settings(PRIVACY_RETENTION_DAYS=365)
def test_an_inactive_account_is_noticed_then_closed_and_a_returning_one_kept(
    learner, outsider
):
    long_ago = timezone.now() - timedelta(days=340)
    type(learner).objects.filter(pk__in=[learner.pk, outsider.pk]).update(
        last_login=long_ago, date_joined=long_ago
    )
    today = timezone.localdate()

    assert services.apply_retention(today=today) == {"noticed": 2, "closed": 0}
    assert services.apply_retention(today=today) == {"noticed": 0, "closed": 0}
    assert OutboxMessage.objects.filter(kind=Kind.ACCOUNT_CLOSING).count() == 2
    type(learner).objects.filter(pk=outsider.pk).update(
        last_login=timezone.now() + timedelta(seconds=1)
    )

    figures = services.apply_retention(today=today + timedelta(days=30))

    assert figures["closed"] == 1
    assert ClosedAccount.objects.get().user_id == learner.pk
    outsider.refresh_from_db()
    assert outsider.is_active
    assert not RetentionNotice.objects.filter(user=outsider).exists()


def test_retention_is_off_by_default(learner):
    type(learner).objects.filter(pk=learner.pk).update(
        last_login=timezone.now() - timedelta(days=5000)
    )

    assert services.apply_retention() == {"noticed": 0, "closed": 0}


def test_an_export_link_expires_after_its_week(client, learner):
    export = services.build_export(export_id=services.request_export(user=learner).pk)
    client.force_login(learner)

    assert services.delete_expired_exports(now=timezone.now() + timedelta(days=8)) == 1
    response = client.get(url("privacy:download_export", export.pk))

    assert response.status_code == 404


def test_the_privacy_notice_is_a_page_in_each_language(client, site_content):
    from privacy.demo import seed_privacy_notice
    from privacy.selectors import privacy_notice

    seed_privacy_notice(home=site_content)
    seed_privacy_notice(home=site_content)  # twice: the same pages

    for language, heading in (
        ("lt", "Kokius duomenis saugome"),
        ("en", "What we keep"),
        ("nb", "Hva vi lagrer"),
    ):
        notice = privacy_notice(language)
        assert notice.locale.language_code == language
        response = client.get(notice.url)
        assert response.status_code == 200
        assert heading in response.content.decode()


def test_signing_up_needs_consent_to_the_privacy_notice_and_records_it(
    client, site_content
):
    from privacy.demo import seed_privacy_notice
    from privacy.models import Consent

    notice = seed_privacy_notice(home=site_content)
    data = {
        "first_name": "Jonas",
        "last_name": "Jonaitis",
        "email": "jonas@example.org",
        "organisation": "",
        "preferred_language": "en",
        "password1": "Klasteris-2026-partnerystė",
        "password2": "Klasteris-2026-partnerystė",
    }
    signup = url("account_signup")

    refused = client.post(signup, data)
    assert refused.status_code == 200
    assert "privacy_consent" in refused.context["form"].errors
    assert not Consent.objects.exists()

    client.post(signup, {**data, "privacy_consent": "on"})

    consent = Consent.objects.get()
    assert consent.user.email == "jonas@example.org"
    english = notice.get_translation(
        notice.locale.__class__.objects.get(language_code="en")
    )
    assert consent.notice_key == notice.translation_key
    assert consent.notice_revision == english.latest_revision_id
    assert client.get(url("privacy:notice")).url == english.url


def test_the_profile_page_leads_to_my_data(client, learner):
    client.force_login(learner)

    page = client.get(url("account_profile")).content.decode()

    assert url("privacy:my_data") in page


def test_closing_an_account_leaves_every_report_total_as_it_was(learner, studied):
    from accounts.models import Organisation, User
    from reports import selectors as reports

    def totals():
        enrolments = Enrolment.objects.all()
        return (
            reports.status_counts(enrolments),
            reports.organisation_rows(
                Organisation.objects.all(), User.objects.all(), enrolments
            ),
            [
                {k: v for k, v in row.items() if k != "page"}
                for row in reports.programme_rows(enrolments)
            ],
            reports.certificate_rows(enrolments),
        )

    before = totals()
    services.close_account(user=learner, initiative=ClosedAccount.Initiative.HOLDER)

    assert totals() == before
