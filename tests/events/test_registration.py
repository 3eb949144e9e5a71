"""Registering, the waiting list, approval and coordinators registering their staff."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest

from accounts.roles import Role, has_role
from events import services
from events.models import EventPage, Registration
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..factories import UserFactory
from .pages import event_under, translate, vilnius

pytestmark = pytest.mark.django_db
Status = Registration.Status


def register(person, event, **kwargs) -> Registration:
    return services.register_for_event(person=person, event=event, **kwargs)


def emails(kind=None, to=None) -> list[OutboxMessage]:
    messages = OutboxMessage.objects.order_by("pk")
    if kind:
        messages = messages.filter(kind=kind)
    if to:
        messages = messages.filter(recipient=to)
    return list(messages)


def test_a_free_seat_registers_with_one_confirmation(learner, event):
    registration = register(learner, event)

    assert registration.status == Status.REGISTERED
    assert registration.event_key == event.translation_key
    assert registration.event_title == "Mokymai Biržuose"
    [email] = emails()
    assert email.kind == Kind.EVENT_REGISTERED
    assert email.recipient == learner
    assert email.context["event"] == "Mokymai Biržuose"
    assert email.context["event_url"].endswith(event.url)


def test_registering_twice_keeps_one_row_and_one_email(learner, event):
    first = register(learner, event)
    second = register(learner, event)

    assert first.pk == second.pk
    assert Registration.objects.count() == 1
    assert len(emails()) == 1


def test_the_database_allows_one_current_registration_per_person(learner, event):
    register(learner, event)

    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            person=learner,
            event_key=event.translation_key,
            event=event,
            event_title=event.title,
            status=Status.WAITLISTED,
            position=99,
        )


def test_a_full_event_puts_people_on_the_waiting_list_in_order(index, people):
    event = event_under(index, capacity=2)
    first, second, third, fourth = people(4)

    statuses = [
        register(person, event).status for person in (first, second, third, fourth)
    ]

    assert statuses == [
        Status.REGISTERED,
        Status.REGISTERED,
        Status.WAITLISTED,
        Status.WAITLISTED,
    ]
    waiting = Registration.objects.filter(status=Status.WAITLISTED).order_by("position")
    assert [r.person for r in waiting] == [third, fourth]
    assert len(emails(Kind.EVENT_WAITLISTED)) == 2


def test_a_cancellation_gives_the_seat_to_the_first_waiting_with_one_email(
    index, people
):
    event = event_under(index, capacity=1)
    seated, first_waiting, second_waiting = people(3)
    seat = register(seated, event)
    register(first_waiting, event)
    register(second_waiting, event)

    services.cancel_registration(registration=seat)

    assert Registration.objects.get(person=first_waiting).status == Status.REGISTERED
    assert Registration.objects.get(person=second_waiting).status == Status.WAITLISTED
    [promoted] = emails(Kind.EVENT_PROMOTED)
    assert promoted.recipient == first_waiting
    assert len(emails(Kind.EVENT_CANCELLED, to=seated)) == 1

    services.cancel_registration(registration=seat)  # again: nothing more happens

    assert len(emails(Kind.EVENT_PROMOTED)) == 1
    assert Registration.objects.filter(status=Status.REGISTERED).count() == 1


def test_the_waiting_list_is_served_in_the_order_people_asked(index, people):
    event = event_under(index, capacity=1)
    everyone = people(4)
    for person in everyone:
        register(person, event)

    seated = []
    for _ in range(3):
        current = Registration.objects.get(status=Status.REGISTERED)
        seated.append(current.person)
        services.cancel_registration(registration=current)

    assert seated == everyone[:3]
    assert Registration.objects.get(status=Status.REGISTERED).person == everyone[3]
    assert [e.recipient for e in emails(Kind.EVENT_PROMOTED)] == everyone[1:]


def test_leaving_the_waiting_list_promotes_nobody(index, people):
    event = event_under(index, capacity=1)
    seated, waiting, behind = people(3)
    register(seated, event)
    place = register(waiting, event)
    register(behind, event)

    services.cancel_registration(registration=place)

    assert Registration.objects.get(person=behind).status == Status.WAITLISTED
    assert not emails(Kind.EVENT_PROMOTED)


def test_registering_again_after_cancelling_is_a_new_registration(learner, event):
    first = register(learner, event)
    services.cancel_registration(registration=first)

    again = register(learner, event)

    assert again.pk != first.pk
    assert again.status == Status.REGISTERED
    assert Registration.objects.filter(person=learner).count() == 2


def test_more_seats_on_publishing_promote_those_waiting(index, people):
    event = event_under(index, capacity=1)
    seated, waiting = people(2)
    register(seated, event)
    register(waiting, event)

    event.capacity = 2
    event.save_revision().publish()

    assert Registration.objects.get(person=waiting).status == Status.REGISTERED
    assert len(emails(Kind.EVENT_PROMOTED)) == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_opens_at": vilnius(3)}, "Registration opens on"),
        (
            {
                "registration_opens_at": vilnius(-3),
                "registration_closes_at": vilnius(-1),
            },
            "Registration for this event has closed.",
        ),
    ],
)
def test_registration_outside_its_window_is_refused(index, learner, fields, message):
    event = event_under(index, **fields)

    with pytest.raises(services.EventError, match=message):
        register(learner, event)

    assert not Registration.objects.exists()
    assert not emails()


def test_a_past_or_started_event_takes_no_registrations(index, learner):
    past = event_under(index, slug="praejes", days=-2)
    started = event_under(
        index,
        slug="vyksta",
        starts_at=timezone.now() - timedelta(hours=1),
        ends_at=timezone.now() + timedelta(hours=1),
    )

    with pytest.raises(services.EventError, match="already taken place"):
        register(learner, past)
    with pytest.raises(services.EventError, match="has started"):
        register(learner, started)

    assert not Registration.objects.exists()


def test_an_unpublished_event_takes_no_registrations(event, learner):
    event.unpublish()
    event.refresh_from_db()

    with pytest.raises(services.EventError, match="not published"):
        register(learner, event)


def test_a_started_event_cannot_be_cancelled(index, learner):
    event = event_under(index)
    registration = register(learner, event)
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(minutes=5)
    )

    with pytest.raises(services.EventError, match="has started"):
        services.cancel_registration(registration=registration)

    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED


def test_translations_share_their_registrations(event, learner):
    english = translate(event, title="Training in Biržai")

    on_english = register(learner, english)
    on_lithuanian = register(learner, event)

    assert on_english.pk == on_lithuanian.pk
    assert on_english.event_key == event.translation_key
    assert on_english.event_id == event.pk


def test_emails_come_in_the_recipients_language(index, organisation):
    event = event_under(index, capacity=1, organisation=organisation)
    translate(event, title="Training in Biržai")
    lithuanian = UserFactory(organisation=organisation, preferred_language="lt")
    english = UserFactory(organisation=organisation, preferred_language="en")
    seat = register(lithuanian, event)
    register(english, event)

    services.cancel_registration(registration=seat)

    [promoted] = emails(Kind.EVENT_PROMOTED)
    assert promoted.language == "en"
    assert promoted.context["event"] == "Training in Biržai"
    assert "/en/" in promoted.context["event_url"]
    subject, text, html = outbox.render(promoted)
    assert subject == "A seat is yours at “Training in Biržai”"
    assert "Training in Biržai" in text and "Vilnius time" in text
    [cancelled] = emails(Kind.EVENT_CANCELLED)
    assert cancelled.language == "lt"
    assert cancelled.context["event"] == "Mokymai Biržuose"


def test_the_online_link_comes_with_the_confirmation(index, learner):
    event = event_under(
        index,
        format="online",
        venue_address="",
        online_url="https://meet.example.org/birzai",
    )

    register(learner, event)

    [email] = emails()
    assert email.context["online_url"] == "https://meet.example.org/birzai"
    assert "https://meet.example.org/birzai" in outbox.render(email)[1]


# --- Approval --------------------------------------------------------------------------


@pytest.fixture
def approved_event(index, organisation):
    return event_under(
        index, capacity=1, needs_approval=True, organisation=organisation
    )


def test_a_registration_needing_approval_waits_for_the_organisers(
    approved_event, learner
):
    registration = register(learner, approved_event)

    assert registration.status == Status.PENDING
    assert [e.kind for e in emails()] == [Kind.EVENT_PENDING]


def test_the_organising_coordinator_approves_and_rejects(
    approved_event, coordinator, people
):
    first, second, third = people(3)
    requests = [register(person, approved_event) for person in (first, second, third)]

    approved = services.decide_registration(
        actor=coordinator, registration=requests[0], approve=True
    )
    waitlisted = services.decide_registration(
        actor=coordinator, registration=requests[1], approve=True
    )
    rejected = services.decide_registration(
        actor=coordinator, registration=requests[2], approve=False
    )

    assert approved.status == Status.REGISTERED
    assert approved.decided_by == coordinator
    assert waitlisted.status == Status.WAITLISTED  # one seat, already taken
    assert rejected.status == Status.REJECTED
    assert len(emails(Kind.EVENT_REGISTERED, to=first)) == 1
    assert len(emails(Kind.EVENT_WAITLISTED, to=second)) == 1
    assert len(emails(Kind.EVENT_REJECTED, to=third)) == 1

    again = services.decide_registration(
        actor=coordinator, registration=requests[2], approve=True
    )
    assert again.status == Status.REJECTED


def test_only_the_organising_coordinator_or_an_admin_decides(
    approved_event, learner, outsider, other_coordinator, trainer, admin_user
):
    request = register(learner, approved_event)

    for actor in (outsider, other_coordinator, trainer):
        with pytest.raises(services.EventError):
            services.decide_registration(
                actor=actor, registration=request, approve=True
            )
    request.refresh_from_db()
    assert request.status == Status.PENDING

    services.decide_registration(actor=admin_user, registration=request, approve=True)
    request.refresh_from_db()
    assert request.status == Status.REGISTERED


def test_nobody_decides_their_own_registration(approved_event, coordinator, admin_user):
    for person in (coordinator, admin_user):
        request = register(person, approved_event)
        with pytest.raises(services.EventError):
            services.decide_registration(
                actor=person, registration=request, approve=True
            )
        request.refresh_from_db()
        assert request.status == Status.PENDING


# --- Coordinators register their staff --------------------------------------------------


def test_a_coordinator_registers_their_own_staff(approved_event, coordinator, learner):
    registration = services.register_staff(
        actor=coordinator, person=learner, event=approved_event
    )

    # The organising organisation's coordinator has approved by registering.
    assert registration.status == Status.REGISTERED
    assert registration.registered_by == coordinator
    assert registration.decided_by == coordinator
    assert len(emails(Kind.EVENT_REGISTERED, to=learner)) == 1


def test_another_organisations_coordinator_registers_their_staff_for_approval(
    approved_event, other_coordinator, outsider
):
    registration = services.register_staff(
        actor=other_coordinator, person=outsider, event=approved_event
    )

    assert registration.status == Status.PENDING
    assert registration.registered_by == other_coordinator


def test_a_coordinator_cannot_register_another_organisations_staff(
    event, coordinator, other_coordinator, outsider, learner
):
    with pytest.raises(services.EventError, match="your own organisation"):
        services.register_staff(actor=coordinator, person=outsider, event=event)
    with pytest.raises(services.EventError):
        services.register_staff(actor=other_coordinator, person=learner, event=event)

    assert not Registration.objects.exists()
    assert not emails()


def test_learners_and_trainers_register_only_themselves(
    event, learner, trainer, people
):
    [colleague] = people(1)

    for actor in (learner, trainer):
        with pytest.raises(services.EventError):
            services.register_staff(actor=actor, person=colleague, event=event)

    assert not Registration.objects.exists()


def test_an_admin_registers_anyone(event, admin_user, outsider):
    registration = services.register_staff(
        actor=admin_user, person=outsider, event=event
    )

    assert registration.status == Status.REGISTERED
    assert registration.registered_by == admin_user


def test_roles_are_as_the_fixtures_say(coordinator, learner):
    assert has_role(coordinator, Role.COORDINATOR)
    assert not has_role(learner, Role.COORDINATOR)
