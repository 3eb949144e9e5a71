"""Learners' records: enrolments, lesson completions and the progress computed from them.

Records refer to content by its language-independent `translation_key`, so they are the
same whatever language the learner reads in, and they outlive the pages they refer to.
One module per sub-domain; every model is imported here, so `learning.models.X` works.
"""

from .assessment import (
    QuizAttempt,
    ReflectionNote,
    SelfAssessment,
    Submission,
    submission_path,
)
from .certificates import Certificate, CertificateSettings, new_certificate_code
from .enrolment import Cohort, Enrolment, EnrolmentQuerySet
from .progress import (
    CompetencyAttainment,
    EnrolmentProgress,
    LessonCompletion,
    ModuleCompletion,
)
from .questions import Question, QuestionMessage
from .statements import LearningStatement, LrsSettings
from .storage import private_storage

__all__ = [
    "Certificate",
    "CertificateSettings",
    "Cohort",
    "CompetencyAttainment",
    "Enrolment",
    "EnrolmentProgress",
    "EnrolmentQuerySet",
    "LearningStatement",
    "LessonCompletion",
    "LrsSettings",
    "ModuleCompletion",
    "Question",
    "QuestionMessage",
    "QuizAttempt",
    "ReflectionNote",
    "SelfAssessment",
    "Submission",
    "new_certificate_code",
    "private_storage",
    "submission_path",
]
