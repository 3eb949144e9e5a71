"""The admin: registrations per event for the people who run it, approvals, and the
funder activities."""

from django.urls import reverse
from django.utils import translation

import pytest

from events import services
from events.models import EventTrainer, FunderActivity, Registration

from ..factories import UserFactory
from .pages import event_under

pytestmark = pytest.mark.django_db
Status = Registration.Status
REPORT = "events_registrations"


@pytest.fixture
def registered(event, learner, outsider, trainer):
    EventTrainer.objects.create(event=event, user=trainer)
    services.register_for_event(person=learner, event=event)
    services.register_for_event(person=outsider, event=event)
    return event


def test_the_named_trainer_and_the_organising_coordinator_see_the_registrations(
    client, registered, trainer, coordinator, admin_user
):
    for user in (trainer, coordinator, admin_user):
        client.force_login(user)
        response = client.get(reverse(REPORT))
        assert response.status_code == 200
        html = response.content.decode()
        assert "learner@example.org" in html and "outsider@example.org" in html


def test_others_see_no_registrations(
    client, registered, organisation, other_coordinator
):
    other_trainer = UserFactory(organisation=organisation, role="trainer")

    for user in (other_trainer, other_coordinator):
        client.force_login(user)
        response = client.get(reverse(REPORT))
        assert response.status_code == 200
        assert "learner@example.org" not in response.content.decode()


def test_learners_do_not_reach_the_report(client, registered, learner):
    client.force_login(learner)

    response = client.get(reverse(REPORT))

    assert response.status_code in (302, 403)
    assert b"outsider@example.org" not in response.content


def test_the_report_filters_and_exports(client, registered, index, admin_user, learner):
    other = event_under(index, slug="kitas", title="Kitas renginys")
    services.register_for_event(person=learner, event=other)
    client.force_login(admin_user)

    by_event = client.get(reverse(REPORT), {"event_key": str(other.translation_key)})
    csv = client.get(reverse(REPORT), {"export": "csv", "status": "registered"})
    xlsx = client.get(reverse(REPORT), {"export": "xlsx"})

    assert "outsider@example.org" not in by_event.content.decode()
    assert "Kitas renginys" in by_event.content.decode()
    assert csv["Content-Type"].startswith("text/csv")
    text = b"".join(csv.streaming_content).decode()
    header, *rows = text.splitlines()
    assert len(header.split(",")) == 10
    with translation.override("lt"):  # the admin speaks the default language here
        registered = str(Status.REGISTERED.label)
    assert len(rows) == 3
    assert "outsider@example.org" in text and f",{registered}," in text
    assert xlsx["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


@pytest.mark.parametrize(
    "query", [{"status": "bogus"}, {"event_key": "not-a-key"}, {"event_key": "0" * 32}]
)
def test_bad_filters_list_nothing_and_export_nothing(
    client, registered, admin_user, query
):
    client.force_login(admin_user)

    page = client.get(reverse(REPORT), query)
    export = client.get(reverse(REPORT), {**query, "export": "csv"})

    assert page.status_code == 200
    assert "report-filter-errors" in page.content.decode()
    assert "learner@example.org" not in page.content.decode()
    assert export["Content-Type"].startswith("text/html")


def test_the_organising_coordinator_approves_in_the_admin(
    client, index, organisation, coordinator, learner, other_coordinator
):
    event = event_under(index, needs_approval=True, organisation=organisation)
    request = services.register_for_event(person=learner, event=event)
    approve = reverse("events_decide", args=[request.pk, "approve"])

    client.force_login(other_coordinator)
    assert (
        "learner@example.org"
        not in client.get(reverse("pending_registrations:index")).content.decode()
    )
    assert client.post(approve).status_code == 404
    client.force_login(coordinator)
    assert (
        "learner@example.org"
        in client.get(reverse("pending_registrations:index")).content.decode()
    )
    response = client.post(approve)

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == Status.REGISTERED
    assert request.decided_by == coordinator


def test_a_coordinator_does_not_see_their_own_request(
    client, index, organisation, coordinator
):
    event = event_under(index, needs_approval=True, organisation=organisation)
    own = services.register_for_event(person=coordinator, event=event)
    client.force_login(coordinator)

    assert (
        coordinator.email
        not in client.get(reverse("pending_registrations:index")).content.decode()
    )
    assert (
        client.post(reverse("events_decide", args=[own.pk, "approve"])).status_code
        == 404
    )
    own.refresh_from_db()
    assert own.status == Status.PENDING


def test_administrators_manage_funder_activities_and_trainers_read_them(
    client, admin_user, trainer
):
    listing = reverse("wagtailsnippets_events_funderactivity:list")
    add = reverse("wagtailsnippets_events_funderactivity:add")

    client.force_login(admin_user)
    response = client.post(
        add,
        {
            "code": "1.1.2",
            "title": "Mokymo renginiai savivaldybių darbuotojams",
            "target_participants": "120",
        },
    )
    assert response.status_code == 302
    activity = FunderActivity.objects.get()
    assert activity.target_participants == 120

    client.force_login(trainer)
    assert client.get(listing).status_code == 200
    assert client.get(add).status_code == 403
    edit = reverse("wagtailsnippets_events_funderactivity:edit", args=[activity.pk])
    assert (
        client.post(
            edit, {"code": "9", "title": "x", "target_participants": "1"}
        ).status_code
        == 403
    )
    activity.refresh_from_db()
    assert activity.code == "1.1.2"


def test_a_coordinator_registers_their_staff_in_the_admin(
    client, event, coordinator, learner, outsider, people
):
    [colleague] = people(1)
    page = reverse("events_register_staff")
    client.force_login(coordinator)

    form = client.get(page).content.decode()
    response = client.post(
        page, {"event": event.pk, "people": [learner.pk, colleague.pk]}
    )
    foreign = client.post(page, {"event": event.pk, "people": [outsider.pk]})

    assert str(learner) in form and str(outsider) not in form
    assert response.status_code == 200
    assert set(Registration.objects.values_list("person", flat=True)) == {
        learner.pk,
        colleague.pk,
    }
    assert Registration.objects.filter(registered_by=coordinator).count() == 2
    assert foreign.status_code == 200  # a form error: not one of the choices
    assert not Registration.objects.filter(person=outsider).exists()


def test_learners_and_trainers_do_not_register_others_in_the_admin(
    client, event, learner, trainer
):
    for user in (learner, trainer):
        client.force_login(user)
        response = client.post(
            reverse("events_register_staff"),
            {"event": event.pk, "people": [learner.pk]},
        )
        assert response.status_code in (302, 403)
    assert not Registration.objects.exists()
