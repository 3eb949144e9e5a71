from datetime import timedelta

from django.core import mail
from django.utils import timezone, translation

import pytest

from accounts.roles import Role
from courses.models import ProgrammeTrainer
from learning import assignments, emails, questions, services, tasks, trainer_digest
from learning.models import Submission
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage, Unsubscription

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_content):
    return catalogue_under(site_content)


@pytest.fixture
def programme(catalogue):
    return programme_under(catalogue)


@pytest.fixture
def other_programme(catalogue):
    return programme_under(catalogue, slug="kita")


def with_assignment(module):
    module.assignment_brief = "<p>Aprašykite partnerystę.</p>"
    return publish(module)


@pytest.fixture
def module(programme):
    return with_assignment(module_under(programme, lessons=0, quiz=False))


@pytest.fixture
def other_module(other_programme):
    return with_assignment(module_under(other_programme, lessons=0, quiz=False))


@pytest.fixture
def named_trainer(trainer, programme):
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    return trainer


@pytest.fixture
def other_trainer(other_programme, organisation):
    person = UserFactory(
        email="other-trainer@example.org", organisation=organisation, role=Role.TRAINER
    )
    ProgrammeTrainer.objects.create(programme=other_programme, user=person)
    return person


def learners_in(programme, count):
    people = [UserFactory(first_name=f"Learner{n}") for n in range(count)]
    for person in people:
        services.enrol_learner(learner=person, programme=programme)
    return people


def digests(**filters):
    return OutboxMessage.objects.filter(kind=Kind.TRAINER_DIGEST, **filters)


def test_several_submissions_make_one_email_per_trainer_in_the_hour(
    named_trainer, other_trainer, programme, module
):
    for person in learners_in(programme, 3):
        assignments.submit_assignment(learner=person, module=module, text="Atlikta.")

    assert trainer_digest.queue_trainer_digests() == 1
    assert trainer_digest.queue_trainer_digests() == 0  # the same hour: nothing more
    assert tasks.send_trainer_digests() == 0

    digest = digests().get()
    assert digest.recipient == named_trainer
    assert digest.context["submissions_count"] == 3
    assert len(digest.context["submissions"]) == 3
    assert digest.context["questions_count"] == 0
    assert not digests(recipient=other_trainer).exists()


def test_the_trainer_of_another_programme_gets_nothing(
    named_trainer, other_trainer, programme, module
):
    [person] = learners_in(programme, 1)
    questions.ask_question(
        learner=person, module=module, subject="Terminai", text="Kada terminas?"
    )

    trainer_digest.queue_trainer_digests()

    assert digests(recipient=named_trainer).count() == 1
    assert not digests(recipient=other_trainer).exists()


def test_a_question_answered_before_the_digest_is_not_listed(
    named_trainer, programme, module
):
    first, second = learners_in(programme, 2)
    answered = questions.ask_question(
        learner=first, module=module, subject="Atsakytas", text="Ar galima?"
    )
    questions.ask_question(
        learner=second, module=module, subject="Laukia", text="Kur rasti?"
    )
    questions.reply(question=answered, author=named_trainer, text="Taip.")

    trainer_digest.queue_trainer_digests()

    digest = digests().get()
    assert [q["subject"] for q in digest.context["questions"]] == ["Laukia"]
    assert digest.context["questions_count"] == 1


def test_the_next_hour_lists_only_what_came_after_the_last_digest(
    named_trainer, programme, module
):
    first, second = learners_in(programme, 2)
    assignments.submit_assignment(learner=first, module=module, text="Pirmas.")
    now = timezone.now()
    trainer_digest.queue_trainer_digests(now=now)
    assignments.submit_assignment(learner=second, module=module, text="Antras.")
    Submission.objects.filter(learner=second).update(
        submitted_at=now + timedelta(minutes=30)
    )

    assert trainer_digest.queue_trainer_digests(now=now + timedelta(hours=1)) == 1
    assert trainer_digest.queue_trainer_digests(now=now + timedelta(hours=2)) == 0

    latest = digests().order_by("-created_at", "-pk").first()
    assert [s["learner"] for s in latest.context["submissions"]] == [
        second.get_full_name()
    ]


def test_a_follow_up_after_an_answer_is_news_again(named_trainer, programme, module):
    [person] = learners_in(programme, 1)
    question = questions.ask_question(
        learner=person, module=module, subject="Klausimas", text="Kaip?"
    )
    questions.reply(question=question, author=named_trainer, text="Štai taip.")
    now = timezone.now()
    assert trainer_digest.queue_trainer_digests(now=now) == 0

    questions.reply(question=question, author=person, text="O jei kitaip?")
    question.messages.filter(by_trainer=False).order_by("-pk").update(
        created_at=now + timedelta(minutes=10)
    )

    assert trainer_digest.queue_trainer_digests(now=now + timedelta(hours=1)) == 1


def test_nothing_new_no_switched_off_trainer_and_no_own_work(
    named_trainer, trainer, programme, module
):
    assert trainer_digest.queue_trainer_digests() == 0

    services.enrol_learner(learner=trainer, programme=programme)
    assignments.submit_assignment(learner=trainer, module=module, text="Mano.")
    assert trainer_digest.queue_trainer_digests() == 0

    [person] = learners_in(programme, 1)
    assignments.submit_assignment(learner=person, module=module, text="Atlikta.")
    Unsubscription.objects.create(user=named_trainer, kind=Kind.TRAINER_DIGEST)
    assert trainer_digest.queue_trainer_digests() == 0


def test_the_email_is_in_the_trainers_language_with_links_to_the_admin(
    named_trainer, programme, module
):
    named_trainer.preferred_language = "lt"
    named_trainer.save(update_fields=["preferred_language"])
    [person] = learners_in(programme, 1)
    assignments.submit_assignment(learner=person, module=module, text="Atlikta.")
    trainer_digest.queue_trainer_digests()
    digest = digests().get()

    outbox.deliver(message_ids=[digest.pk])

    [email] = mail.outbox
    assert digest.language == "lt"
    with translation.override("lt"):
        assert email.subject == str(emails.SUBJECTS[Kind.TRAINER_DIGEST])
    assert email.to == [named_trainer.email]
    assert "http://testserver/admin/assignments/" in email.body
    assert person.get_full_name() in email.body
    assert "List-Unsubscribe" in email.extra_headers  # switched off in one click
