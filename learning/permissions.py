"""Whose records a user may see: the one place views, admin and API ask."""

from django.db.models import Q, QuerySet

from accounts.permissions import coordinated_organisation_id, has_role, is_staff_member
from accounts.roles import Role
from accounts.types import Person
from courses.models import ProgrammePage, ProgrammeTrainer

from .models import Certificate, Cohort, Enrolment, Question, QuizAttempt, Submission


def enrolments_visible_to(user: Person) -> QuerySet[Enrolment]:
    """Learners see their own; trainers, their programmes'; coordinators, their
    organisation's; administrators, all."""
    if not user.is_authenticated:
        return Enrolment.objects.none()
    if has_role(user, Role.ADMIN):
        return Enrolment.objects.all()
    visible = Q(learner=user)
    if has_role(user, Role.TRAINER):
        programme_ids = ProgrammeTrainer.objects.filter(user=user).values(
            "programme_id"
        )
        keys = ProgrammePage.objects.filter(pk__in=programme_ids).values(
            "translation_key"
        )
        visible |= Q(programme_key__in=keys)
    if organisation_id := coordinated_organisation_id(user):
        visible |= Q(learner__organisation_id=organisation_id)
    return Enrolment.objects.filter(visible)


def can_decide(user: Person, enrolment: Enrolment) -> bool:
    """Approving or rejecting is for staff who see the enrolment, and never the learner
    themselves: nobody decides their own enrolment, administrators included."""
    if enrolment.learner_id == user.pk or not is_staff_member(user):
        return False
    return enrolments_visible_to(user).filter(pk=enrolment.pk).exists()


def programmes_run_by(user: Person) -> QuerySet[ProgrammePage]:
    """Programmes whose cohorts a user may manage: administrators all, trainers theirs."""
    if has_role(user, Role.ADMIN):
        return ProgrammePage.objects.all()
    if has_role(user, Role.TRAINER):
        return ProgrammePage.objects.filter(
            pk__in=ProgrammeTrainer.objects.filter(user=user).values("programme_id")
        )
    return ProgrammePage.objects.none()


def cohorts_editable_by(user: Person) -> QuerySet[Cohort]:
    if has_role(user, Role.ADMIN):
        return Cohort.objects.all()
    keys = programmes_run_by(user).values("translation_key")
    return Cohort.objects.filter(programme_key__in=keys)


def questions_visible_to(user: Person) -> QuerySet[Question]:
    """A learner's own questions; the questions on their programmes for trainers; all for
    administrators. Coordinators do not read these conversations."""
    if not user.is_authenticated:
        return Question.objects.none()
    if has_role(user, Role.ADMIN):
        return Question.objects.all()
    visible = Q(learner=user)
    if has_role(user, Role.TRAINER):
        keys = programmes_run_by(user).values("translation_key")
        visible |= Q(programme_key__in=keys)
    return Question.objects.filter(visible)


def submissions_visible_to(user: Person) -> QuerySet[Submission]:
    """The learner's own; those of their programmes for trainers; all for administrators.
    Coordinators do not read learners' work."""
    if not user.is_authenticated:
        return Submission.objects.none()
    if has_role(user, Role.ADMIN):
        return Submission.objects.all()
    visible = Q(learner=user)
    if has_role(user, Role.TRAINER):
        visible |= Q(
            programme_key__in=programmes_run_by(user).values("translation_key")
        )
    return Submission.objects.filter(visible)


def certificates_downloadable_by(user: Person) -> QuerySet[Certificate]:
    """A learner's own certificates; every certificate for administrators."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    if has_role(user, Role.ADMIN):
        return Certificate.objects.all()
    return Certificate.objects.filter(learner=user)


def quiz_results_visible_to(user: Person) -> QuerySet[QuizAttempt]:
    """A quiz attempt's result page is its learner's alone: it may show the correct
    answers, so not even staff read it there (they see scores in the learner record)."""
    if not user.is_authenticated:
        return QuizAttempt.objects.none()
    return QuizAttempt.objects.filter(learner=user)
