"""Writes of the learning records, one module per sub-domain; each runs in one transaction.

- `enrolment`: enrolling, approval, withdrawal.
- `eligibility`: whether a learner may work on a module now.
- `progress`: lessons done and the recomputation of an enrolment's figures.
- `completion`: what follows a finished module or programme (attainments, statements,
  emails, certificates).
- `reflections`: learners' private notes.

Quizzes, assignments, questions, self-assessment, certificates and statements have modules
of their own beside this package. The names below are imported back so that callers write
`services.enrol_learner(...)`.
"""

from courses.localisation import source_page

from ..errors import LearningError
from .completion import (
    award_competency,
    complete_module,
    complete_programme,
    settle_completions,
)
from .eligibility import check_module_scope, check_prerequisites, enrolment_covering
from .enrolment import (
    decide_enrolment,
    enrol_learner,
    open_cohorts,
    record_registration,
    withdraw_learner,
    withdrawal_refusal,
)
from .progress import complete_lesson, has_quiz, queue_refresh, recalculate_progress
from .reflections import REFLECTION_MAX_LENGTH, save_reflection

__all__ = [
    "REFLECTION_MAX_LENGTH",
    "LearningError",
    "award_competency",
    "check_module_scope",
    "check_prerequisites",
    "complete_lesson",
    "complete_module",
    "complete_programme",
    "decide_enrolment",
    "enrol_learner",
    "enrolment_covering",
    "has_quiz",
    "open_cohorts",
    "queue_refresh",
    "recalculate_progress",
    "record_registration",
    "save_reflection",
    "settle_completions",
    "source_page",
    "withdraw_learner",
    "withdrawal_refusal",
]
