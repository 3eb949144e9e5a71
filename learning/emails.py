"""The platform's transactional emails, queued by the services whose actions cause them.

Each function is called inside its caller's transaction: if the action rolls back, so
does the email.
"""

from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from courses.localisation import localised_pages, page_in
from notifications import services
from notifications.models import Kind, OutboxMessage

from .models import Submission


def programme_context(enrolment, language: str) -> dict:
    found = localised_pages([enrolment.programme_key])
    title, url = page_in(
        found,
        enrolment.programme_key,
        language,
        fallback_title=enrolment.programme_title,
    )
    return {
        "name": enrolment.learner.first_name,
        "programme": title,
        "programme_url": url,
    }


def queue_enrolment_message(*, enrolment) -> OutboxMessage | None:
    """Confirmation, or word that the enrolment awaits approval."""
    kind = (
        Kind.ENROLMENT_PENDING
        if enrolment.status == enrolment.Status.PENDING
        else Kind.ENROLMENT_CONFIRMED
    )
    return _queue_about_enrolment(kind, enrolment)


def queue_decision_message(*, enrolment) -> OutboxMessage | None:
    kind = (
        Kind.ENROLMENT_APPROVED
        if enrolment.status == enrolment.Status.ACTIVE
        else Kind.ENROLMENT_REJECTED
    )
    return _queue_about_enrolment(kind, enrolment)


def queue_programme_completed(
    *, enrolment, scope: str, certificate_url: str, verification_url: str
) -> OutboxMessage | None:
    """Once per enrolment and scope (the programme, or the one module taken alone)."""
    learner = enrolment.learner
    return services.queue_email(
        kind=Kind.PROGRAMME_COMPLETED,
        key=f"{Kind.PROGRAMME_COMPLETED}:{enrolment.pk}:{scope}",
        recipient=learner,
        context={
            **programme_context(enrolment, services.recipient_language(learner)),
            "certificate_url": certificate_url,
            "verification_url": verification_url,
        },
    )


def queue_module_completed(*, learner, module, programme_key) -> OutboxMessage | None:
    language = services.recipient_language(learner)
    found = localised_pages([module.translation_key, programme_key])
    module_title, _url = page_in(
        found, module.translation_key, language, fallback_title=module.title
    )
    programme_title, _url = page_in(found, programme_key, language)
    return services.queue_email(
        kind=Kind.MODULE_COMPLETED,
        key=f"{Kind.MODULE_COMPLETED}:{learner.pk}:{module.translation_key}",
        recipient=learner,
        context={
            "name": learner.first_name,
            "module": module_title,
            "programme": programme_title,
        },
    )


def _queue_about_enrolment(kind: str, enrolment) -> OutboxMessage | None:
    learner = enrolment.learner
    return services.queue_email(
        kind=kind,
        key=f"{kind}:{enrolment.pk}",
        recipient=learner,
        context=programme_context(enrolment, services.recipient_language(learner)),
    )


def queue_invitation(*, enrolment, invited_by) -> OutboxMessage | None:
    """A new account's invitation: the programme, who enrolled them, a set-password link."""
    learner = enrolment.learner
    context = programme_context(enrolment, services.recipient_language(learner))
    context["invited_by"] = invited_by.get_full_name() or invited_by.email
    return services.queue_email(
        kind=Kind.INVITATION,
        key=f"{Kind.INVITATION}:{enrolment.pk}",
        recipient=learner,
        context=context,
    )


def module_context(record, *, anchor: str) -> dict:
    """Greeting and the module (title and link, in the learner's language) of a record
    that has `learner`, `module_key` and `module_title`."""
    learner = record.learner
    language = services.recipient_language(learner)
    title, url = page_in(
        localised_pages([record.module_key]),
        record.module_key,
        language,
        fallback_title=record.module_title,
    )
    return {
        "name": learner.first_name,
        "module": title,
        "module_url": f"{url}#{anchor}",
    }


def queue_question_answered(*, question, message) -> OutboxMessage | None:
    return services.queue_email(
        kind=Kind.QUESTION_ANSWERED,
        key=f"{Kind.QUESTION_ANSWERED}:{message.pk}",
        recipient=question.learner,
        context={
            **module_context(question, anchor="questions"),
            "question": question.subject,
            "question_language": question.language,
            "answer": message.text,
            "answer_language": message.language,
            "trainer": message.author.get_full_name() if message.author else "",
        },
    )


def queue_assignment_reviewed(*, submission) -> OutboxMessage | None:
    return services.queue_email(
        kind=Kind.ASSIGNMENT_REVIEWED,
        key=f"{Kind.ASSIGNMENT_REVIEWED}:{submission.pk}",
        recipient=submission.learner,
        context={
            **module_context(submission, anchor="assignment"),
            "passed": submission.status == Submission.Status.PASSED,
            "feedback": submission.feedback,
            "feedback_language": submission.feedback_language,
        },
    )


SUBJECTS = {
    Kind.TRAINER_DIGEST: _("New assignments and questions in your programmes"),
}


def register_subjects() -> None:
    """Teach the outbox the subjects of these kinds (called once, from the app's ready)."""
    services.SUBJECTS.update(SUBJECTS)


def queue_trainer_digest(
    *, trainer, key: str, until, submissions: list, questions: list, listed: int
) -> OutboxMessage | None:
    """A trainer's digest of assignments handed in and questions asked (or asked again)
    that wait for them: the counts, the first `listed` of each named (learner, module
    in the trainer's language, when), and links to the admin's lists. `until` is where
    this digest stops, for the next one to start."""
    language = services.recipient_language(trainer)
    pages = localised_pages({item.module_key for item in [*submissions, *questions]})

    def module(item) -> str:
        return page_in(
            pages, item.module_key, language, fallback_title=item.module_title
        )[0]

    def when(moment) -> str:
        with translation.override(language):
            return formats.date_format(
                timezone.localtime(moment), "SHORT_DATETIME_FORMAT"
            )

    def person(user) -> str:
        return user.get_full_name() or user.email

    return services.queue_email(
        kind=Kind.TRAINER_DIGEST,
        key=key,
        recipient=trainer,
        context={
            "name": trainer.first_name,
            "until": until.isoformat(),
            "submissions_count": len(submissions),
            "questions_count": len(questions),
            "submissions": [
                {
                    "learner": person(item.learner),
                    "module": module(item),
                    "when": when(item.submitted_at),
                }
                for item in submissions[:listed]
            ],
            "questions": [
                {
                    "learner": person(item.learner),
                    "module": module(item),
                    "subject": item.subject,
                    "when": when(item.asked_at),
                }
                for item in questions[:listed]
            ],
            "submissions_url": services.absolute_url(reverse("submissions:index")),
            "questions_url": services.absolute_url(reverse("questions:index")),
        },
    )
