"""Who may do what with events and their registrations: one place for views, admin and
services alike. Scope comes from `accounts.permissions` (roles and organisations)."""

from django.db.models import Q, QuerySet

from wagtail.permission_policies import ModelPermissionPolicy

from accounts.permissions import (
    coordinated_organisation_id,
    has_any_role,
    has_role,
)
from accounts.roles import Role

from .models import EventPage, EventTrainer, Registration


def may_register_person(actor, person) -> bool:
    """Coordinators register their own organisation's staff; administrators anyone."""
    if has_role(actor, Role.ADMIN):
        return True
    organisation_id = coordinated_organisation_id(actor)
    return bool(organisation_id) and person.organisation_id == organisation_id


def may_decide(actor, *, event: EventPage) -> bool:
    """Approving registrations is for the organising organisation's coordinators and
    administrators. (Nobody decides about their own: the services check that.)"""
    if has_role(actor, Role.ADMIN):
        return True
    organisation_id = coordinated_organisation_id(actor)
    return bool(organisation_id) and event.organisation_id == organisation_id


def may_mark_attendance(actor, *, event: EventPage) -> bool:
    """Trainers named on the event (in any of its languages) and administrators."""
    if has_role(actor, Role.ADMIN):
        return True
    return (
        has_role(actor, Role.TRAINER)
        and EventTrainer.objects.filter(
            user=actor, event__translation_key=event.translation_key
        ).exists()
    )


def may_read_answers(actor, *, event: EventPage) -> bool:
    """The survey's free-text answers (without names): the trainers named on the
    event and administrators; not coordinators, whose staff wrote them."""
    return may_mark_attendance(actor, event=event)


def events_run_by(user) -> QuerySet[EventPage]:
    """Events whose participants a user may see: all for administrators; for trainers,
    the events they are named on; for coordinators, their organisation's events."""
    events = EventPage.objects.all()
    if not getattr(user, "is_authenticated", False):
        return events.none()
    if has_role(user, Role.ADMIN):
        return events
    visible = Q(pk__in=[])
    if has_role(user, Role.TRAINER):
        visible |= Q(pk__in=EventTrainer.objects.filter(user=user).values("event_id"))
    if organisation_id := coordinated_organisation_id(user):
        visible |= Q(organisation_id=organisation_id)
    return events.filter(visible)


def registrations_visible_to(user) -> QuerySet[Registration]:
    """The registrations of the events a user runs (see `events_run_by`), in any of
    the events' languages. A learner's own registrations are on the event pages."""
    if not getattr(user, "is_authenticated", False):
        return Registration.objects.none()
    if has_role(user, Role.ADMIN):
        return Registration.objects.all()
    keys = events_run_by(user).values("translation_key")
    return Registration.objects.filter(event_key__in=keys)


def may_decide_any(user) -> bool:
    """Who has registration requests to decide at all: coordinators and administrators."""
    return has_any_role(user, Role.COORDINATOR, Role.ADMIN)


def registrations_to_decide(user) -> QuerySet[Registration]:
    """Requests the user may decide: of their organisation's events (all for
    administrators), never their own."""
    if not may_decide_any(user):
        return Registration.objects.none()
    if has_role(user, Role.ADMIN):
        keys = EventPage.objects.values("translation_key")
    elif user.organisation_id:
        keys = (
            events_run_by(user)
            .filter(organisation_id=user.organisation_id)
            .values("translation_key")
        )
    else:
        return Registration.objects.none()
    return (
        Registration.objects.filter(
            status=Registration.Status.PENDING, event_key__in=keys
        )
        .exclude(person=user)
        .select_related("person__organisation")
        .order_by("created_at", "pk")
    )


class StaffReadOnlyPolicy(ModelPermissionPolicy):
    """Registrations in the admin: trainers, coordinators and administrators look
    (each at the rows `registrations_visible_to` gives them); nobody edits by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return has_any_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMIN)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AdministratorsManagePolicy(ModelPermissionPolicy):
    """Funder activities: administrators manage the list; other staff read it (trainers
    choose an activity for their events)."""

    def user_has_permission(self, user, action):
        if has_role(user, Role.ADMIN):
            return True
        if action in ("view", "choose"):
            return has_any_role(user, Role.TRAINER, Role.COORDINATOR)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
