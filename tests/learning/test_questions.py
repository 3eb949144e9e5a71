from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from courses.models import ProgrammeTrainer
from learning import services
from learning.models import Question, QuestionMessage
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


@pytest.fixture
def module(programme):
    return module_under(programme, lessons=1, quiz=False)


@pytest.fixture
def enrolled(learner, programme):
    services.enrol_learner(learner=learner, programme=programme)
    return learner


def ask(
    client,
    module,
    subject="Kaip sudaryti partnerystės sutartį?",
    text="Ar yra pavyzdys?",
):
    return client.post(
        reverse("learning:ask_question", args=[module.pk]),
        {"subject": subject, "text": text},
    )


def test_an_enrolled_learner_asks_and_sees_the_thread_on_the_module_page(
    client, enrolled, module
):
    client.force_login(enrolled)

    response = ask(client, module)
    page = client.get(module.url).content.decode()

    assert response.status_code == 302
    question = Question.objects.get()
    assert question.learner == enrolled
    assert question.answered_at is None
    assert "Kaip sudaryti partnerystės sutartį?" in page
    assert "Ar yra pavyzdys?" in page


def test_a_learner_not_enrolled_cannot_ask(client, learner, module):
    module.assignment_brief = "<p>Aprašykite vieną partnerystę.</p>"
    module.save()
    client.force_login(learner)
    page = client.get(module.url).content.decode()
    assert reverse("learning:ask_question", args=[module.pk]) not in page
    assert reverse("learning:submit_assignment", args=[module.pk]) not in page
    with translation.override("lt"):
        for offer in (
            "Enrol in the programme to ask its trainers about this module.",
            "Enrol in the programme to hand in this assignment.",
        ):
            assert gettext(offer) in page

    ask(client, module)

    assert not Question.objects.exists()


def test_empty_or_overlong_messages_are_refused_with_a_message(
    client, enrolled, module
):
    client.force_login(enrolled)

    ask(client, module, text="   ")
    response = ask(client, module, text="x" * 5001)

    assert response.status_code == 302
    assert not Question.objects.exists()


def test_a_trainer_of_the_programme_answers_in_the_admin_and_the_learner_is_emailed(
    client, enrolled, trainer, programme, module
):
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    client.force_login(enrolled)
    ask(client, module)
    question = Question.objects.get()

    client.force_login(trainer)
    listing = client.get(reverse("questions:index"))
    assert "Kaip sudaryti partnerystės sutartį?" in listing.content.decode()
    client.post(
        reverse("learning_question", args=[question.pk]),
        {"text": "Taip, žr. metodinę priemonę."},
    )

    question.refresh_from_db()
    assert question.answered_at is not None
    answer = QuestionMessage.objects.get(by_trainer=True)
    assert answer.author == trainer
    email_row = OutboxMessage.objects.get(kind=Kind.QUESTION_ANSWERED)
    outbox.deliver(message_ids=[email_row.pk])
    [email] = mail.outbox
    assert email.to == [enrolled.email]
    assert "Taip, žr. metodinę priemonę." in email.body

    client.force_login(enrolled)
    client.post(
        reverse("learning:follow_up", args=[question.pk]), {"text": "Ačiū! O kur ji?"}
    )
    question.refresh_from_db()
    assert question.answered_at is None  # waiting again


def test_other_trainers_coordinators_and_learners_cannot_read_or_answer(
    client, enrolled, trainer, coordinator, outsider, programme, module, organisation
):
    client.force_login(enrolled)
    ask(client, module)
    question = Question.objects.get()
    detail = reverse("learning_question", args=[question.pk])

    client.force_login(trainer)  # not named on this programme
    listing = client.get(reverse("questions:index"))
    assert listing.status_code == 200
    assert "partnerystės" not in listing.content.decode()
    client.force_login(coordinator)
    assert client.get(reverse("questions:index")).status_code in (302, 403)
    for person in (trainer, coordinator):
        client.force_login(person)
        assert client.get(detail).status_code == 404
        assert client.post(detail, {"text": "Įsiterpiu."}).status_code == 404
    client.force_login(outsider)
    response = client.post(
        reverse("learning:follow_up", args=[question.pk]), {"text": "Įsiterpiu."}
    )
    assert response.status_code == 404
    assert QuestionMessage.objects.count() == 1


def test_a_learner_sees_only_their_own_questions(client, enrolled, module, programme):
    other = UserFactory()
    services.enrol_learner(learner=other, programme=programme)
    client.force_login(other)
    ask(client, module, subject="Kito klausimas")

    client.force_login(enrolled)
    page = client.get(module.url).content.decode()

    assert "Kito klausimas" not in page


def test_a_subject_with_line_breaks_becomes_one_line_and_its_answer_is_sent(
    client, enrolled, trainer, programme, module
):
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    client.force_login(enrolled)
    ask(client, module, subject="Kaip\nsudaryti\r\nsutartį?")
    question = Question.objects.get()
    assert question.subject == "Kaip sudaryti sutartį?"

    client.force_login(trainer)
    client.post(reverse("learning_question", args=[question.pk]), {"text": "Taip."})
    row = OutboxMessage.objects.get(kind=Kind.QUESTION_ANSWERED)
    assert outbox.deliver(message_ids=[row.pk]).sent == [row.pk]


def test_a_module_only_learner_asks_about_that_module_only(
    client, learner, programme, module
):
    from courses.models import ProgrammePage

    ProgrammePage.objects.filter(pk=programme.pk).update(allows_module_enrolment=True)
    other = module_under(programme, slug="kitas", lessons=1, quiz=False)
    services.enrol_learner(
        learner=learner,
        programme=ProgrammePage.objects.get(pk=programme.pk),
        module=other,
    )
    client.force_login(learner)

    ask(client, module)

    assert not Question.objects.exists()
