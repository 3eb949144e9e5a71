"""Whose records a user may see in reports: the one place reports, exports, the learner's
record, the dashboard and the API ask.

Administrators see everyone; coordinators the learners of their organisation; trainers the
learners enrolled in the programmes they are named on; learners nothing (reports are for
staff). The answers are querysets, so every report filters in the query, never in Python.
Learning's policy (`learning.permissions.enrolments_visible_to`) already says which
enrolments staff may see; reports reuse it and add only what reports need on top.
"""

from django.db.models import Q, QuerySet

from accounts.models import Organisation, User
from accounts.permissions import coordinated_organisation_id, has_role, is_staff_member
from accounts.roles import Role
from learning.models import Enrolment
from learning.permissions import enrolments_visible_to, programmes_run_by

ALL = None  # "every programme": the value of programme_keys_in_scope for full scope


def may_see_reports(user) -> bool:
    """Trainers, coordinators and administrators; nobody else."""
    return is_staff_member(user)


def enrolments_in_scope(user) -> QuerySet[Enrolment]:
    """The enrolments (of any status) whose learners a user may see in reports."""
    if not may_see_reports(user):
        return Enrolment.objects.none()
    return enrolments_visible_to(user)


def organisations_in_scope(user) -> QuerySet[Organisation]:
    """Organisations a user may report on as a whole: all for administrators, their own
    for coordinators, those whose people are in a trainer's programmes for trainers."""
    if not may_see_reports(user):
        return Organisation.objects.none()
    if has_role(user, Role.ADMIN):
        return Organisation.objects.all()
    return Organisation.objects.filter(_scoped(user, "pk", "learner__organisation_id"))


def people_in_scope(user) -> QuerySet[User]:
    """People whose record a user may open: everyone for administrators, their
    organisation's for coordinators, and for trainers those with an enrolment in their
    programmes."""
    if not may_see_reports(user):
        return User.objects.none()
    if has_role(user, Role.ADMIN):
        return User.objects.all()
    return User.objects.filter(_scoped(user, "organisation_id", "learner_id"))


def _scoped(user, organisation_field: str, enrolment_field: str) -> Q:
    """A coordinator's organisation, and what the enrolments in a user's scope lead to
    (as one set, hashed once, not a lookup per row). A coordinator's enrolments in scope
    (their own and their organisation's) lead nowhere outside their organisation, so
    for a coordinator who is no trainer the enrolments need not be asked."""
    organisation_id = coordinated_organisation_id(user)
    if organisation_id and not has_role(user, Role.TRAINER):
        return Q(**{organisation_field: organisation_id})
    visible = Q(pk__in=enrolments_in_scope(user).values(enrolment_field))
    if organisation_id:
        visible |= Q(**{organisation_field: organisation_id})
    return visible


def members_in_scope(user) -> QuerySet[User]:
    """People counted as an organisation's staff with an account: all of an
    organisation's members for administrators and its coordinator; for trainers, only
    the people in their programmes."""
    if not may_see_reports(user):
        return User.objects.none()
    if has_role(user, Role.ADMIN):
        return User.objects.all()
    return people_in_scope(user)


def programme_keys_in_scope(user, learner: User):
    """Which of a learner's programmes a user may see on the learner's record: ALL
    (administrators, the coordinator of the learner's organisation), else the set of
    programme keys of the trainer's programmes the learner is enrolled in. An empty set
    means the learner is out of scope."""
    if not may_see_reports(user):
        return set()
    if has_role(user, Role.ADMIN) or learner.pk == user.pk:
        return ALL
    organisation_id = coordinated_organisation_id(user)
    if organisation_id and learner.organisation_id == organisation_id:
        return ALL
    if not has_role(user, Role.TRAINER):
        return set()
    keys = programmes_run_by(user).values("translation_key")
    return set(
        Enrolment.objects.filter(learner=learner, programme_key__in=keys).values_list(
            "programme_key", flat=True
        )
    )
