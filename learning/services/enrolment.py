"""Enrolling, approval and withdrawal. Each runs in one transaction."""

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.localisation import source_page
from courses.models import ModulePage, ProgrammePage

from .. import emails, statements
from ..errors import LearningError
from ..models import Cohort, Enrolment, EnrolmentProgress
from .progress import queue_refresh


def open_cohorts(programme: ProgrammePage) -> QuerySet[Cohort]:
    """Cohorts of a programme that learners may still join."""
    return Cohort.objects.filter(
        programme_key=source_page(programme).translation_key,
        enrolment_open=True,
        ends_on__gte=timezone.localdate(),
    )


@transaction.atomic
def enrol_learner(
    *,
    learner: User,
    programme: ProgrammePage,
    cohort: Cohort | None = None,
    module: ModulePage | None = None,
    approved: bool = False,
    notify: bool = True,
) -> Enrolment:
    """Enrol a learner, or ask for approval where the programme needs it. Safe to repeat.

    A programme that has open cohorts is joined through one of them. `approved` is for
    staff enrolling someone: no approval step. `notify=False` leaves the confirmation to
    the caller (an invitation says it instead).
    """
    source = source_page(programme)
    current = Enrolment.objects.current().filter(
        learner=learner, programme_key=source.translation_key
    )
    if module is not None and not source.allows_module_enrolment:
        raise LearningError(
            _("This programme is taken as a whole, not module by module.")
        )
    if existing := current.first():
        if existing.module_key and (
            module is None or module.translation_key != existing.module_key
        ):
            # A second module, or the whole programme: the enrolment widens to it.
            existing.module_key, existing.module_title = None, ""
            existing.save(update_fields=["module_key", "module_title"])
            # Finished the module, not yet the programme it now covers.
            EnrolmentProgress.objects.filter(enrolment=existing).update(
                completed_at=None
            )
            queue_refresh(enrolment_id=existing.pk)
        return existing
    cohorts = open_cohorts(source)
    if cohort is None and cohorts.exists():
        raise LearningError(_("Choose the cohort you want to join."))
    if cohort is not None and not cohorts.filter(pk=cohort.pk).exists():
        raise LearningError(_("This cohort is not open for enrolment."))
    pending = source.needs_approval and not approved
    status = Enrolment.Status.PENDING if pending else Enrolment.Status.ACTIVE
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                learner=learner,
                programme_key=source.translation_key,
                programme=source,
                programme_title=source.title,
                module_key=module.translation_key if module else None,
                module_title=source_page(module).title if module else "",
                cohort=cohort,
                status=status,
                decided_at=timezone.now() if approved else None,
            )
    except IntegrityError:  # a parallel request enrolled the learner first
        return current.get()
    EnrolmentProgress.objects.create(enrolment=enrolment)
    if enrolment.status == Enrolment.Status.ACTIVE:
        record_registration(enrolment)
    if notify:
        emails.queue_enrolment_message(enrolment=enrolment)
    queue_refresh(enrolment_id=enrolment.pk)
    return enrolment


@transaction.atomic
def decide_enrolment(*, enrolment: Enrolment, approve: bool) -> Enrolment:
    """Approve or reject an enrolment awaiting approval. Deciding again changes nothing."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.PENDING:
        return enrolment
    enrolment.status = Enrolment.Status.ACTIVE if approve else Enrolment.Status.REJECTED
    enrolment.decided_at = timezone.now()
    enrolment.save(update_fields=["status", "decided_at"])
    emails.queue_decision_message(enrolment=enrolment)
    if approve:
        record_registration(enrolment)
    if approve:
        queue_refresh(enrolment_id=enrolment.pk)
    return enrolment


def withdrawal_refusal(enrolment: Enrolment, *, title: str = "") -> str:
    """Why the learner may not withdraw from this enrolment, or "" when they may.

    A completed programme stays completed: its certificate and records stand, so there
    is nothing to withdraw from. `title` is the programme's in the reader's language.
    """
    title = title or enrolment.programme_title
    if enrolment.status not in Enrolment.CURRENT:
        return _("You are no longer enrolled in %(programme)s.") % {"programme": title}
    if EnrolmentProgress.objects.filter(
        enrolment=enrolment, completed_at__isnull=False
    ).exists():
        return _(
            "You have completed %(programme)s, so there is nothing to withdraw from: "
            "your certificate and records stay."
        ) % {"programme": title}
    return ""


@transaction.atomic
def withdraw_learner(*, enrolment: Enrolment) -> Enrolment:
    """Withdraw from a programme. The records stay; enrolling again picks them up.

    Withdrawing again changes nothing; a completed enrolment is refused (LearningError).
    """
    locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if locked.status not in Enrolment.CURRENT:
        return locked
    if refusal := withdrawal_refusal(locked):
        raise LearningError(refusal)
    locked.status = Enrolment.Status.WITHDRAWN
    locked.withdrawn_at = timezone.now()
    locked.save(update_fields=["status", "withdrawn_at"])
    enrolment.status, enrolment.withdrawn_at = locked.status, locked.withdrawn_at
    return locked


def record_registration(enrolment: Enrolment) -> None:
    statements.record(
        learner=enrolment.learner_id,
        verb="registered",
        kind="programme",
        key=enrolment.programme_key,
        name=enrolment.programme_title,
        registration=enrolment.registration,
    )
