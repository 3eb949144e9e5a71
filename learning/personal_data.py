"""What learning keeps about a person, for export and erasure (see lms/personal_data.py).

Erasure keeps the records that reports count (enrolments, progress, completions,
attainments, attempts, self-ratings, statements), linked to the anonymised account, so
totals stay true; it deletes private notes and the person's own words and files.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from lms.personal_data import BLANK, DELETE, KEEP, Rule


def _withdraw_certificates(certificates) -> None:
    certificates.filter(revoked_at=None).update(
        revoked_at=timezone.now(), withdrawn_by_holder=True
    )


RULES = [
    Rule("learning.Enrolment", ("learner",), KEEP),
    Rule("learning.LessonCompletion", ("learner",), KEEP),
    Rule("learning.ModuleCompletion", ("learner",), KEEP),
    Rule("learning.CompetencyAttainment", ("learner",), KEEP),
    Rule("learning.QuizAttempt", ("learner",), KEEP),
    Rule("learning.SelfAssessment", ("learner",), KEEP),
    Rule("learning.LearningStatement", ("learner",), KEEP),
    Rule("learning.ReflectionNote", ("learner",), DELETE, reason="private notes"),
    Rule(
        "learning.Submission",
        ("learner",),
        BLANK,
        blank=("text", "file_name"),
        files=("file",),
        reason="the learner's own work; its review and status stay for the figures",
    ),
    Rule(
        "learning.Submission",
        ("reviewed_by",),
        KEEP,
        export=False,
        reason="reviews written as a trainer, about other people's work",
    ),
    Rule("learning.Question", ("learner",), BLANK, blank=("subject",)),
    Rule(
        "learning.QuestionMessage",
        ("author",),
        BLANK,
        blank=("text",),
        reason="the person's own words in a question thread",
    ),
    Rule(
        "learning.Certificate",
        ("learner",),
        BLANK,
        blank=("learner_name",),
        files=("pdf",),
        after_erasure=_withdraw_certificates,
        reason="the check page then says the holder withdrew it",
    ),
]


def extra_export(user) -> dict[str, bytes]:
    """The learner's statements as an xAPI document, as the API gives them."""
    from . import statements

    return {
        "statements.json": json.dumps(
            statements.export(user), cls=DjangoJSONEncoder, indent=2
        ).encode()
    }
