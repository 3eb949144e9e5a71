"""Module assignments: learners hand in text and/or a file; trainers review."""

from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import ModulePage
from lms.languages import writing_language
from lms.uploads import content_matches

from . import emails, services, statements
from .models import Enrolment, Submission
from .services import enrolment_covering

# Documents, presentations, spreadsheets and pictures; nothing a browser would run.
ALLOWED_EXTENSIONS = {
    "pdf", "doc", "docx", "odt", "rtf", "txt",
    "ppt", "pptx", "odp", "xls", "xlsx", "ods",
    "jpg", "jpeg", "png",
}  # fmt: skip
TEXT_MAX_LENGTH = 20_000


def has_assignment(module: ModulePage) -> bool:
    return bool((module.assignment_brief or "").strip())


def validate_upload(upload) -> None:
    """Raise LearningError for a file of the wrong type or size."""
    extension = Path(upload.name).suffix.lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise services.LearningError(
            _("Files of this type cannot be handed in. Use one of: %(types)s.")
            % {"types": ", ".join(sorted(ALLOWED_EXTENSIONS))}
        )
    if upload.size > settings.ASSIGNMENT_MAX_BYTES:
        raise services.LearningError(
            _("The file is larger than %(size)s MB.")
            % {"size": settings.ASSIGNMENT_MAX_BYTES // (1024 * 1024)}
        )
    if upload.size == 0:
        raise services.LearningError(_("The file is empty."))
    if not content_matches(upload, extension):
        raise services.LearningError(
            _(
                "This file is not really a .%(extension)s file: its content is of "
                "another kind. Save it again in that format, or as a PDF, and attach "
                "it again."
            )
            % {"extension": extension}
        )


@transaction.atomic
def submit_assignment(
    *, learner: User, module: ModulePage, text: str = "", upload=None
) -> Submission:
    """Hand in a module's assignment. One submission waits for review at a time, and
    none after a pass. Queues a progress refresh."""
    if not has_assignment(module):
        raise services.LearningError(_("This module has no assignment."))
    enrolment = enrolment_covering(
        learner=learner,
        module=module,
        refusal=_("Enrol in the programme “%(programme)s” to hand in its assignments."),
    )
    text = (text or "").strip()
    if upload is not None and not module.assignment_accepts_files:
        raise services.LearningError(_("This assignment takes text only."))
    if not text and upload is None:
        raise services.LearningError(_("Write your answer or attach a file."))
    if len(text) > TEXT_MAX_LENGTH:
        raise services.LearningError(
            _("The text can be at most %(max)s characters long.")
            % {"max": TEXT_MAX_LENGTH}
        )
    if upload is not None:
        validate_upload(upload)
    # Lock the learner's row so that two hand-ins cannot take the same number.
    User.objects.select_for_update().filter(pk=learner.pk).first()
    earlier = Submission.objects.filter(
        learner=learner, module_key=module.translation_key
    )
    if earlier.filter(status=Submission.Status.PASSED).exists():
        raise services.LearningError(_("You have already passed this assignment."))
    if earlier.filter(status=Submission.Status.SUBMITTED).exists():
        raise services.LearningError(
            _(
                "Your last submission is waiting for review; you can hand in again if "
                "the trainer asks you to."
            )
        )
    submission = Submission(
        learner=learner,
        module_key=module.translation_key,
        programme_key=enrolment.programme_key,
        module_title=module.title,
        number=earlier.count() + 1,
        text=text,
        language=writing_language(),
    )
    if upload is not None:
        submission.file_name = Path(upload.name).name[:255]
        submission.file_size = upload.size
        submission.file.save(upload.name, upload, save=False)
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError as error:  # a parallel hand-in won
        if submission.file:
            submission.file.delete(save=False)
        raise services.LearningError(
            _("Your last submission is waiting for review.")
        ) from error
    statements.record(
        learner=learner,
        verb="submitted",
        kind="assignment",
        key=module.translation_key,
        name=module.title,
        registration=enrolment.registration,
        language=module.locale.language_code,
    )
    return submission


@transaction.atomic
def review_submission(
    *, submission: Submission, reviewer: User, passed: bool, feedback: str
) -> Submission:
    """Pass a submission or ask for another. Only a submission awaiting review can be
    reviewed; the learner is emailed and their progress recomputed."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != Submission.Status.SUBMITTED:
        raise services.LearningError(_("This submission has already been reviewed."))
    feedback = (feedback or "").strip()
    if not passed and not feedback:
        raise services.LearningError(
            _("Tell the learner what to change before they hand in again.")
        )
    submission.status = (
        Submission.Status.PASSED if passed else Submission.Status.RESUBMIT
    )
    submission.feedback = feedback
    submission.feedback_language = writing_language() if feedback else ""
    submission.reviewed_by = reviewer
    submission.reviewed_at = timezone.now()
    submission.save(
        update_fields=[
            "status",
            "feedback",
            "feedback_language",
            "reviewed_by",
            "reviewed_at",
        ]
    )
    emails.queue_assignment_reviewed(submission=submission)
    statements.record(
        learner=submission.learner_id,
        verb="passed" if passed else "failed",
        kind="assignment",
        key=submission.module_key,
        name=submission.module_title,
        result={"success": passed, "response": feedback[:500]}
        if feedback
        else {"success": passed},
    )
    for enrolment in Enrolment.objects.filter(
        learner_id=submission.learner_id,
        programme_key=submission.programme_key,
        status=Enrolment.Status.ACTIVE,
    ):
        services.queue_refresh(enrolment_id=enrolment.pk)
    return submission
