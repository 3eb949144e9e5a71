from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from courses.models import ProgrammeTrainer
from learning import services, tasks
from learning.models import EnrolmentProgress, ModuleCompletion, Submission
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

BRIEF = "<p>Aprašykite vieną savo savivaldybės partnerystę.</p>"


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


@pytest.fixture
def module(programme):
    module = module_under(programme, lessons=0, quiz=False)
    module.assignment_brief = BRIEF
    return publish(module)


@pytest.fixture
def enrolment(learner, programme):
    return services.enrol_learner(learner=learner, programme=programme)


@pytest.fixture
def named_trainer(trainer, programme):
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    return trainer


def hand_in(client, module, text="Bendradarbiaujame su biblioteka.", upload=None):
    data = {"text": text}
    if upload is not None:
        data["file"] = upload
    return client.post(reverse("learning:submit_assignment", args=[module.pk]), data)


def pdf(name="ataskaita.pdf", size=None):
    content = b"%PDF-1.4\n" + b"0" * (size or 100)
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_a_learner_hands_in_text_and_a_file_kept_outside_the_web_root(
    client, learner, enrolment, module
):
    client.force_login(learner)

    response = hand_in(client, module, upload=pdf())

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.file_name == "ataskaita.pdf"
    assert not submission.file.name.endswith("ataskaita.pdf")  # a random name on disk
    page = client.get(module.url).content.decode()
    assert "ataskaita.pdf" in page
    assert 'id="assignment-text"' not in page  # waiting for review: no second hand-in


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("virusas.exe", b"MZ" + b"0" * 10),
        SimpleUploadedFile("puslapis.html", b"<script>alert(1)</script>"),
        SimpleUploadedFile("tuscias.pdf", b""),
    ],
)
def test_files_of_the_wrong_type_or_empty_are_refused(
    client, learner, enrolment, module, upload
):
    client.force_login(learner)

    response = hand_in(client, module, upload=upload)

    assert response.status_code == 302
    assert not Submission.objects.exists()


def test_a_file_over_the_limit_is_refused(client, learner, enrolment, module, settings):
    settings.ASSIGNMENT_MAX_BYTES = 1000
    client.force_login(learner)

    hand_in(client, module, upload=pdf(size=2000))

    assert not Submission.objects.exists()


def test_nothing_to_hand_in_or_no_enrolment_is_refused(client, learner, module):
    client.force_login(learner)
    hand_in(client, module)  # not enrolled
    services.enrol_learner(learner=learner, programme=module.get_parent().specific)
    hand_in(client, module, text="  ")

    assert not Submission.objects.exists()


def test_the_file_is_served_to_the_learner_the_programmes_trainers_and_admins_only(
    client, learner, enrolment, module, named_trainer, admin_user, coordinator, outsider
):
    client.force_login(learner)
    hand_in(client, module, upload=pdf())
    url = reverse("learning:submission_file", args=[Submission.objects.get().pk])
    other_trainer = UserFactory(role="trainer")

    for person, status in [
        (learner, 200),
        (named_trainer, 200),
        (admin_user, 200),
        (coordinator, 404),
        (outsider, 404),
        (other_trainer, 404),
    ]:
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == status, person
        if status == 200:
            assert response["Content-Disposition"].startswith("attachment")
            assert response["Content-Security-Policy"] == "sandbox"
            assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.logout()
    assert client.get(url).status_code == 302


def test_a_trainer_asks_for_a_resubmission_then_passes_it_and_the_module_completes(
    client, learner, enrolment, module, named_trainer
):
    client.force_login(learner)
    hand_in(client, module)
    first = Submission.objects.get()

    client.force_login(named_trainer)
    detail = reverse("learning_submission", args=[first.pk])
    client.post(detail, {"decision": "resubmit", "feedback": "Įvardykite partnerius."})
    first.refresh_from_db()
    assert first.status == Submission.Status.RESUBMIT

    client.force_login(learner)
    hand_in(client, module, text="Biblioteka, seniūnija ir NVO.")
    second = Submission.objects.get(number=2)
    client.force_login(named_trainer)
    client.post(
        reverse("learning_submission", args=[second.pk]),
        {"decision": "pass", "feedback": "Puiku."},
    )
    second.refresh_from_db()
    assert second.status == Submission.Status.PASSED

    tasks.refresh_progress(enrolment_id=enrolment.pk)
    progress = EnrolmentProgress.objects.get(enrolment=enrolment)
    assert (progress.lessons_completed, progress.lessons_total) == (1, 1)
    assert ModuleCompletion.objects.filter(learner=learner).exists()
    reviews = OutboxMessage.objects.filter(kind=Kind.ASSIGNMENT_REVIEWED)
    assert reviews.count() == 2
    outbox.deliver(message_ids=list(reviews.values_list("pk", flat=True)))
    assert any("Įvardykite partnerius." in email.body for email in mail.outbox)


def test_a_resubmission_request_needs_feedback_and_a_review_happens_once(
    client, learner, enrolment, module, named_trainer
):
    client.force_login(learner)
    hand_in(client, module)
    submission = Submission.objects.get()
    client.force_login(named_trainer)
    detail = reverse("learning_submission", args=[submission.pk])

    client.post(detail, {"decision": "resubmit", "feedback": ""})
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED
    client.post(detail, {"decision": "pass"})
    client.post(detail, {"decision": "resubmit", "feedback": "Per vėlu."})
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PASSED


def test_other_trainers_and_coordinators_cannot_see_or_review(
    client, learner, enrolment, module, coordinator
):
    client.force_login(learner)
    hand_in(client, module)
    submission = Submission.objects.get()
    other_trainer = UserFactory(role="trainer")

    for person in (other_trainer, coordinator):
        client.force_login(person)
        detail = reverse("learning_submission", args=[submission.pk])
        assert client.get(detail).status_code == 404
        assert client.post(detail, {"decision": "pass"}).status_code == 404
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED


def test_the_private_storage_is_outside_the_public_media_root_and_has_no_url():
    from lms.settings import base

    assert base.STORAGES["private"]["OPTIONS"]["base_url"] is None
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.MEDIA_ROOT))
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.STATIC_ROOT))


def zipped(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 100
DOCX = zipped(
    {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
)
ODT = zipped(
    {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}
)


def test_an_executable_renamed_pdf_is_refused_with_a_clear_message(
    client, learner, enrolment, module
):
    client.force_login(learner)

    response = client.post(
        reverse("learning:submit_assignment", args=[module.pk]),
        {
            "text": "Ataskaita.",
            "file": SimpleUploadedFile("ataskaita.pdf", EXECUTABLE, "application/pdf"),
        },
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert not Submission.objects.exists()
    assert "This file is not really a .pdf file" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ataskaita.pdf", b"%PDF-1.7\n" + b"0" * 50),
        ("nuotrauka.png", PNG),
        ("nuotrauka.jpg", JPEG),
        ("ataskaita.docx", DOCX),
        ("ataskaita.odt", ODT),
        ("lentele.xlsx", zipped({"[Content_Types].xml": b"", "xl/workbook.xml": b""})),
        ("senas.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        ("pastabos.txt", b"Bendradarbiavimas su biblioteka.\n"),
        ("pastabos.rtf", b"{\\rtf1\\ansi Tekstas}"),
    ],
)
def test_files_whose_content_matches_their_name_are_taken(
    client, learner, enrolment, module, name, content
):
    client.force_login(learner)

    hand_in(client, module, upload=SimpleUploadedFile(name, content))

    assert Submission.objects.get().file_name == name


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ataskaita.pdf", EXECUTABLE),
        ("nuotrauka.jpg", PNG),
        ("nuotrauka.png", b"<svg onload=alert(1)>"),
        ("ataskaita.docx", zipped({"word/document.xml": b""})),  # no content types
        ("ataskaita.docx", ODT),
        ("ataskaita.docx", b"PK\x03\x04 but not really a zip"),
        (
            "lentele.xlsx",
            zipped(
                {
                    "[Content_Types].xml": b"",
                    "xl/workbook.xml": b"",
                    "xl/vbaProject.bin": b"macro",
                }
            ),
        ),
        ("ataskaita.odt", zipped({"content.xml": b"<x/>"})),
        ("ataskaita.ods", ODT),
        ("senas.doc", DOCX),
        ("pastabos.txt", EXECUTABLE),
        ("pastabos.txt", PNG),
    ],
)
def test_files_whose_content_lies_about_their_name_are_refused(
    client, learner, enrolment, module, name, content
):
    client.force_login(learner)

    hand_in(client, module, upload=SimpleUploadedFile(name, content))

    assert not Submission.objects.exists()
