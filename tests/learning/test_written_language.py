"""What people write keeps the language they wrote it in: an assignment's answer and a
question in the language of the learner's page, a review's feedback and a trainer's
answer in the trainer's admin language. Shown on a page (or in an email) in another
language, each says its own (`lang`, WCAG 3.1.2); in the reader's language, none."""

import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from courses.models import ProgrammeTrainer
from learning import services
from learning.models import Question, QuestionMessage, Submission
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


@pytest.fixture
def module(programme):
    module = module_under(programme, lessons=0, quiz=False)
    module.assignment_brief = "<p>Aprašykite vieną partnerystę.</p>"
    return publish(module)


@pytest.fixture
def learner_in_english(client, learner, programme):
    services.enrol_learner(learner=learner, programme=programme)
    client.force_login(learner)
    return learner


@pytest.fixture
def norwegian_trainer(trainer, programme, in_admin):
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    return trainer


def post_in(client, language, name, module, data):
    with translation.override(language):
        url = reverse(name, args=[module.pk])
    return client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)


def test_an_answer_in_english_is_marked_for_a_trainer_reading_in_norwegian(
    client, learner_in_english, norwegian_trainer, in_admin, module
):
    post_in(
        client,
        "en",
        "learning:submit_assignment",
        module,
        {"text": "We work with the library."},
    )
    submission = Submission.objects.get()
    assert submission.language == "en"

    in_admin(norwegian_trainer, "nb")
    detail = reverse("learning_submission", args=[submission.pk])
    page = client.get(detail).content.decode()
    assert '<p lang="en">We work with the library.</p>' in page

    client.post(detail, {"decision": "resubmit", "feedback": "Skriv mer om avtalen."})
    submission.refresh_from_db()
    assert submission.feedback_language == "nb"

    # The learner reads the module page in Lithuanian: both are marked.
    client.force_login(learner_in_english)
    page = client.get(module.url).content.decode()
    assert '<p lang="en">We work with the library.</p>' in page
    assert '<span lang="nb">Skriv mer om avtalen.</span>' in page


def test_the_review_email_marks_feedback_in_another_language(
    client, learner_in_english, norwegian_trainer, in_admin, module
):
    post_in(client, "lt", "learning:submit_assignment", module, {"text": "Atlikta."})
    submission = Submission.objects.get()
    assert submission.language == "lt"
    in_admin(norwegian_trainer, "nb")
    client.post(
        reverse("learning_submission", args=[submission.pk]),
        {"decision": "pass", "feedback": "Godt skrevet."},
    )

    outbox.deliver(
        message_ids=[OutboxMessage.objects.get(kind=Kind.ASSIGNMENT_REVIEWED).pk]
    )

    html = mail.outbox[-1].alternatives[0][0]
    assert re.search(r'<blockquote[^>]*lang="nb"[^>]*>Godt skrevet\.', html), html
    assert 'lang="nb"' not in mail.outbox[-1].body  # the text part has no markup


def test_a_question_and_its_answer_say_their_languages(
    client, learner_in_english, norwegian_trainer, in_admin, module
):
    post_in(
        client,
        "en",
        "learning:ask_question",
        module,
        {"subject": "A contract template?", "text": "Is there an example?"},
    )
    question = Question.objects.get()
    assert question.language == "en"
    assert question.messages.get().language == "en"

    in_admin(norwegian_trainer, "nb")
    detail = reverse("learning_question", args=[question.pk])
    page = client.get(detail).content.decode()
    assert (
        '<span lang="en">A contract template?</span>'
        in re.search(r"<h1.*?</h1>", page, re.S)[0]
    )
    assert '<p lang="en">Is there an example?</p>' in page
    listing = client.get(reverse("questions:index")).content.decode()
    assert re.search(r'lang="en"[^>]*>\s*(<a[^>]*>\s*)?A contract template\?', listing)

    client.post(detail, {"text": "Ja, i modulen."})
    answer = QuestionMessage.objects.get(by_trainer=True)
    assert answer.language == "nb"

    client.force_login(learner_in_english)
    page = client.get(module.url).content.decode()
    assert '<h3 class="card__title" lang="en">A contract template?</h3>' in page
    assert '<p lang="nb">Ja, i modulen.</p>' in page

    outbox.deliver(
        message_ids=[OutboxMessage.objects.get(kind=Kind.QUESTION_ANSWERED).pk]
    )
    html = mail.outbox[-1].alternatives[0][0]
    assert '<span lang="en">A contract template?</span>' in html
    assert re.search(r'<blockquote[^>]*lang="nb"[^>]*>Ja, i modulen\.', html), html


def test_text_in_the_readers_language_is_not_marked(client, learner_in_english, module):
    post_in(client, "lt", "learning:submit_assignment", module, {"text": "Atlikta."})

    page = client.get(module.url).content.decode()

    assert "<p>Atlikta.</p>" in page


def test_answers_from_before_are_of_no_known_language_and_left_unmarked(
    client, learner_in_english, module
):
    post_in(client, "en", "learning:submit_assignment", module, {"text": "Done."})
    Submission.objects.update(language="")

    page = client.get(module.url).content.decode()

    assert "<p>Done.</p>" in page
