"""May this learner work on this module now: enrolment, its scope and prerequisites."""

import uuid
from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail.models import Page

from accounts.models import User
from courses.models import ModulePage, ModulePrerequisite

from ..errors import LearningError
from ..models import Enrolment, ModuleCompletion, Submission


@dataclass(frozen=True)
class Gap:
    """A module to finish before another, and whether its assignment awaits review (the
    learner can do nothing but wait)."""

    module: Page
    awaiting_review: bool


@dataclass(frozen=True)
class Access:
    """Whether a learner may work on a module now, and if not, why, in words."""

    enrolment: Enrolment | None
    reasons: tuple[str, ...] = ()
    gaps: tuple[Gap, ...] = ()

    @property
    def open(self) -> bool:
        return self.enrolment is not None and not self.reasons


def enrolment_covering(
    *, learner: User, module: Page, refusal: str, prerequisites: bool = True
) -> Enrolment:
    """The learner's active enrolment that covers `module`, or LearningError.

    `refusal` is the message when there is none, with %(programme)s in it. With
    `prerequisites`, the modules to finish first are checked too.
    """
    programme = module.get_parent()
    enrolment = Enrolment.objects.active_in(
        learner=learner, programme=programme
    ).first()
    if enrolment is None:
        raise LearningError(refusal % {"programme": programme.title})
    check_module_scope(enrolment=enrolment, module=module)
    if prerequisites:
        check_prerequisites(learner=learner, module=module)
    return enrolment


def scope_refusal(*, enrolment: Enrolment, module: Page) -> str:
    """Why a module-only enrolment does not cover `module`, or "" when it does."""
    if enrolment.module_key and enrolment.module_key != module.translation_key:
        return _("Enrol in the module “%(module)s” before you work on it.") % {
            "module": module.title
        }
    return ""


def check_module_scope(*, enrolment: Enrolment, module: Page) -> None:
    """Raise LearningError when a module-only enrolment is used for another module."""
    if refusal := scope_refusal(enrolment=enrolment, module=module):
        raise LearningError(refusal)


def required_modules(module: Page) -> list[Page]:
    """The modules to finish before `module`, in the editor's order (one query)."""
    return [
        link.required_module
        for link in ModulePrerequisite.objects.filter(module_id=module.pk)
        .select_related("required_module")
        .order_by("sort_order", "pk")
    ]


def prerequisite_gaps(
    *, learner: User, module: Page, required: list[Page] | None = None
) -> list[Gap]:
    """The modules `module` requires that the learner has not finished, in order, each
    saying whether its assignment is waiting for review (at most three queries; two
    when `required` is given)."""
    if required is None:
        required = required_modules(module)
    if not required:
        return []
    finished = set(
        ModuleCompletion.objects.filter(
            learner=learner,
            module_key__in=[page.translation_key for page in required],
        ).values_list("module_key", flat=True)
    )
    missing = [page for page in required if page.translation_key not in finished]
    if not missing:
        return []
    waiting = set(
        Submission.objects.filter(
            learner=learner,
            module_key__in=[page.translation_key for page in missing],
            status=Submission.Status.SUBMITTED,
        ).values_list("module_key", flat=True)
    )
    return [Gap(page, page.translation_key in waiting) for page in missing]


def gap_reasons(gaps: list[Gap]) -> list[str]:
    """The gaps in words: which modules to finish, which assignments await review."""
    reasons = []
    to_finish = [gap.module.title for gap in gaps if not gap.awaiting_review]
    if to_finish:
        reasons.append(
            _("Finish these modules first: %(modules)s.")
            % {"modules": ", ".join(to_finish)}
        )
    reasons += [
        _(
            "Your assignment in the module “%(module)s” is waiting for a trainer's "
            "review; this module opens once it is passed."
        )
        % {"module": gap.module.title}
        for gap in gaps
        if gap.awaiting_review
    ]
    return reasons


def check_prerequisites(*, learner: User, module: ModulePage) -> None:
    """Raise LearningError naming the modules to finish before this one."""
    if reasons := gap_reasons(prerequisite_gaps(learner=learner, module=module)):
        raise LearningError(" ".join(reasons))


def module_access(
    *, learner: User, module: Page, programme_key: uuid.UUID, required: list[Page]
) -> Access:
    """Whether the learner may work on `module` now, with the reasons when not, so that
    a page can say them before the learner acts. `required` is `required_modules`, which
    pages may cache. Not being enrolled is told apart by `enrolment` being None."""
    if not learner.is_authenticated:
        return Access(enrolment=None)
    enrolment = Enrolment.objects.filter(
        learner=learner, programme_key=programme_key, status=Enrolment.Status.ACTIVE
    ).first()
    if enrolment is None:
        return Access(enrolment=None)
    if refusal := scope_refusal(enrolment=enrolment, module=module):
        return Access(enrolment=enrolment, reasons=(refusal,))
    gaps = prerequisite_gaps(learner=learner, module=module, required=required)
    return Access(
        enrolment=enrolment, reasons=tuple(gap_reasons(gaps)), gaps=tuple(gaps)
    )
