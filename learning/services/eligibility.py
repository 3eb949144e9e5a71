"""May this learner work on this module now: enrolment, its scope and prerequisites."""

from django.utils.translation import gettext as _

from wagtail.models import Page

from accounts.models import User
from courses.models import ModulePage

from ..errors import LearningError
from ..models import Enrolment, ModuleCompletion


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


def check_module_scope(*, enrolment: Enrolment, module: Page) -> None:
    """Raise LearningError when a module-only enrolment is used for another module."""
    if enrolment.module_key and enrolment.module_key != module.translation_key:
        raise LearningError(
            _("Enrol in the module “%(module)s” before you work on it.")
            % {"module": module.title}
        )


def check_prerequisites(*, learner: User, module: ModulePage) -> None:
    """Raise LearningError naming the modules to finish before this one."""
    required = list(
        module.prerequisites.select_related("required_module").values_list(
            "required_module__translation_key", "required_module__title"
        )
    )
    if not required:
        return
    finished = set(
        ModuleCompletion.objects.filter(
            learner=learner, module_key__in=[key for key, _title in required]
        ).values_list("module_key", flat=True)
    )
    missing = [title for key, title in required if key not in finished]
    if missing:
        raise LearningError(
            _("Finish these modules first: %(modules)s.")
            % {"modules": ", ".join(missing)}
        )
