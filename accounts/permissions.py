"""Who holds which role, and whose people a user may see: the one place that says so.

Scope comes from what administrators set. A person's organisation decides what a
coordinator sees, so only a person without a staff role may change their own; the role
groups and the organisations of staff are changed by administrators in the admin.
"""

from django.db.models import QuerySet

from .models import User
from .roles import STAFF_ROLES, Role, forget_roles, has_any_role, has_role, roles_of
from .types import Person

__all__ = [
    "coordinated_organisation_id",
    "forget_roles",
    "has_any_role",
    "has_role",
    "is_staff_member",
    "may_change_own_organisation",
    "may_enrol_person",
    "people_listed_for_enrolment",
    "people_visible_to",
    "roles_of",
]


def is_staff_member(user: Person | None) -> bool:
    """Trainers, coordinators and administrators: people whose role lets them see others."""
    return has_any_role(user, *STAFF_ROLES)


def may_change_own_organisation(user: Person) -> bool:
    """Learners say where they work; for staff it is scope, set by an administrator."""
    return not is_staff_member(user)


def coordinated_organisation_id(user: Person) -> int | None:
    """The organisation whose people a coordinator looks after, or None."""
    if isinstance(user, User) and has_role(user, Role.COORDINATOR):
        return user.organisation_id
    return None


def people_visible_to(user: Person) -> QuerySet[User]:
    """People whose names and records a user may see as staff: everyone for
    administrators, their organisation's for coordinators, themselves otherwise."""
    people = User.objects.all()
    if not isinstance(user, User) or not user.is_authenticated:
        return people.none()
    if has_role(user, Role.ADMIN):
        return people
    organisation_id = coordinated_organisation_id(user)
    if organisation_id:
        return people.filter(organisation_id=organisation_id)
    return people.filter(pk=user.pk)


def people_listed_for_enrolment(user: Person) -> QuerySet[User]:
    """Active people staff may pick from a list to enrol: all for administrators, their
    own organisation's for coordinators and trainers, nobody for learners."""
    people = User.objects.filter(is_active=True)
    if has_role(user, Role.ADMIN):
        return people
    organisation_id = getattr(user, "organisation_id", None)
    if not has_any_role(user, Role.COORDINATOR, Role.TRAINER) or not organisation_id:
        return people.none()
    return people.filter(organisation_id=organisation_id)


def may_enrol_person(actor: Person, person: User) -> bool:
    """Coordinators enrol their own organisation's people; trainers (into their own
    programmes) and administrators anyone."""
    if has_any_role(actor, Role.ADMIN, Role.TRAINER):
        return True
    organisation_id = coordinated_organisation_id(actor)
    return bool(organisation_id) and person.organisation_id == organisation_id
