"""What follows when a learner finishes a module or a programme: the one place.

`settle_completions` is called with the figures of every progress recomputation and
decides, from them, what is now complete. For a finished module it records the
`ModuleCompletion`, the "completed" statement and the congratulation email (each once),
and awards the module's target competency levels. For a finished programme (or module
enrolment) it records the `Certificate`, the "completed" statement and the email with the
certificate and verification links, and queues the certificate's PDF.
"""

import uuid
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from courses.models import ModulePage
from lms.queueing import enqueue_on_commit

from .. import certificates, emails, statements, tasks
from ..models import CompetencyAttainment, Enrolment, ModuleCompletion
from .figures import ProgressFigures


def settle_completions(
    *, enrolment: Enrolment, figures: ProgressFigures, was_completed: bool
) -> None:
    """Complete what the figures show finished. Safe to repeat: each step happens once.

    `was_completed` says whether the enrolment was complete before this recomputation,
    so that the programme's completion follows only the change into it.
    """
    for module in figures.modules:
        if module.completed and module.finished_at is not None:
            complete_module(
                learner_id=enrolment.learner_id,
                module=module.page,
                completed_at=module.finished_at,
            )
    if figures.completed and not was_completed:
        complete_programme(
            enrolment=enrolment,
            completed_at=figures.last_activity_at or timezone.now(),
        )


def complete_programme(*, enrolment: Enrolment, completed_at: datetime) -> None:
    """Certificate, congratulations and the PDF's rendering. Each happens once."""
    certificate, created = certificates.record_certificate(
        enrolment=enrolment, completed_at=completed_at
    )
    if created:
        statements.record(
            learner=enrolment.learner_id,
            verb="completed",
            kind="programme",
            key=enrolment.programme_key,
            name=enrolment.programme_title,
            timestamp=completed_at,
            registration=enrolment.registration,
        )
    emails.queue_programme_completed(
        enrolment=enrolment,
        scope=certificate.scope,
        certificate_url=settings.SITE_URL
        + reverse("learning:certificate_pdf", args=[certificate.code]),
        verification_url=certificates.verification_url(certificate),
    )
    enqueue_on_commit(tasks.generate_certificate, certificate_id=certificate.pk)


def complete_module(
    *, learner_id: int, module: ModulePage, completed_at: datetime
) -> None:
    """Record a finished module and award its target levels. Idempotent."""
    programme_key = module.get_parent().translation_key
    _completion, created = ModuleCompletion.objects.get_or_create(
        learner_id=learner_id,
        module_key=module.translation_key,
        defaults={"programme_key": programme_key, "completed_at": completed_at},
    )
    if created:
        statements.record(
            learner=learner_id,
            verb="completed",
            kind="module",
            key=module.translation_key,
            name=module.title,
            timestamp=completed_at,
        )
        emails.queue_module_completed(
            learner=User.objects.get(pk=learner_id),
            module=module,
            programme_key=programme_key,
        )
    for target in module.competency_targets.all():
        award_competency(
            learner_id=learner_id,
            competency_key=target.competency.translation_key,
            level=target.target_level,
            module_key=module.translation_key,
            achieved_at=completed_at,
        )


def award_competency(
    *,
    learner_id: int,
    competency_key: uuid.UUID,
    level: int,
    module_key: uuid.UUID,
    achieved_at: datetime,
) -> None:
    """Keep the highest level reached in a competency, with the module that showed it."""
    attainment = (
        CompetencyAttainment.objects.select_for_update()
        .filter(learner_id=learner_id, competency_key=competency_key)
        .first()
    )
    if attainment is None:
        CompetencyAttainment.objects.create(
            learner_id=learner_id,
            competency_key=competency_key,
            level=level,
            module_key=module_key,
            achieved_at=achieved_at,
        )
    elif level > attainment.level:
        attainment.level, attainment.module_key, attainment.achieved_at = (
            level,
            module_key,
            achieved_at,
        )
        attainment.save(update_fields=["level", "module_key", "achieved_at"])
