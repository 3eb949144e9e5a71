"""Learners' questions to the trainers of a module, and the answers."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import ModulePage
from lms.languages import writing_language

from . import emails
from .models import Question, QuestionMessage
from .services import LearningError, enrolment_covering

MESSAGE_MAX_LENGTH = 5000


def _clean(text: str) -> str:
    text = text.strip()
    if not text:
        raise LearningError(_("Write your message first."))
    if len(text) > MESSAGE_MAX_LENGTH:
        raise LearningError(
            _("A message can be at most %(max)s characters long.")
            % {"max": MESSAGE_MAX_LENGTH}
        )
    return text


@transaction.atomic
def ask_question(
    *, learner: User, module: ModulePage, subject: str, text: str
) -> Question:
    """Ask the module's trainers a question; only learners enrolled in its programme may."""
    enrolment_covering(
        learner=learner,
        module=module,
        refusal=_("Enrol in the programme “%(programme)s” to ask its trainers."),
        prerequisites=False,
    )
    programme = module.get_parent()
    subject = " ".join(subject.split())[:200]  # one line: it becomes an email subject
    if not subject:
        raise LearningError(_("Give your question a short subject."))
    text = _clean(text)
    question = Question.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        subject=subject,
        language=writing_language(),
    )
    QuestionMessage.objects.create(
        question=question, author=learner, text=text, language=question.language
    )
    return question


@transaction.atomic
def reply(*, question: Question, author: User, text: str) -> QuestionMessage:
    """Add to a thread. A trainer's reply answers the question and emails the learner;
    the learner's follow-up reopens it. Callers check that the author may see it."""
    text = _clean(text)
    by_trainer = author.pk != question.learner_id
    message = QuestionMessage.objects.create(
        question=question,
        author=author,
        by_trainer=by_trainer,
        text=text,
        language=writing_language(),
    )
    question.answered_at = timezone.now() if by_trainer else None
    question.save(update_fields=["answered_at"])
    if by_trainer:
        emails.queue_question_answered(question=question, message=message)
    return message
