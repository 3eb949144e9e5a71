from django.core.management import call_command

import pytest

from learning.models import (
    Certificate,
    Enrolment,
    QuizAttempt,
    SelfAssessment,
    Submission,
)
from notifications.models import OutboxMessage
from reports.demo import DOMAIN, seed_report_learners
from reports.selectors import LearnerStatus, status_counts

pytestmark = pytest.mark.django_db


def test_demo_learners_fill_the_reports_and_seeding_again_changes_nothing():
    call_command("seed_demo", "--with-users", "--report-learners", "0")

    assert seed_report_learners(count=40) == 40
    counts = status_counts(Enrolment.objects.all())
    for status in (
        LearnerStatus.NOT_STARTED,
        LearnerStatus.IN_PROGRESS,
        LearnerStatus.COMPLETED,
        LearnerStatus.OVERDUE,
        LearnerStatus.WITHDRAWN,
    ):
        assert counts[status] > 0, status
    assert Certificate.objects.filter(learner__email__endswith=DOMAIN).exists()
    assert QuizAttempt.objects.filter(number=1, passed=False).exists()
    assert Submission.objects.filter(status="passed").exists()
    assert Submission.objects.filter(status="submitted").exists()
    assert SelfAssessment.objects.filter(stage="after").exists()
    assert not OutboxMessage.objects.filter(recipient__email__endswith=DOMAIN).exists()

    before = (counts, Enrolment.objects.count(), QuizAttempt.objects.count())
    assert seed_report_learners(count=40) == 0
    again = status_counts(Enrolment.objects.all())
    assert (again, Enrolment.objects.count(), QuizAttempt.objects.count()) == before


def test_demo_learners_surnames_agree_with_their_first_names():
    from reports.demo import LITHUANIAN_MEN, LITHUANIAN_WOMEN, NAMES

    women = {"Ona", "Rūta", "Eglė"}
    for first_name, surnames in NAMES:
        if first_name in women:
            assert surnames is LITHUANIAN_WOMEN, first_name
        elif surnames is LITHUANIAN_WOMEN:
            raise AssertionError(f"{first_name} with a woman's surname")
    assert all(not name.endswith(("as", "is", "us")) for name in LITHUANIAN_WOMEN)
    assert all(name.endswith(("as", "is", "us")) for name in LITHUANIAN_MEN)
