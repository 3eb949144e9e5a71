"""Calendar invitations (UID, SEQUENCE, REQUEST and CANCEL), the event's .ics and the
learner's secret, revocable feed. Every file is parsed back with icalendar."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse

import pytest
from icalendar import Calendar

from events import calendar, feeds, services
from events.models import CalendarFeed, EventSeats, Registration
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from .pages import event_under, lt, translate, vilnius

pytestmark = pytest.mark.django_db
Status = Registration.Status


def parsed(content) -> tuple[Calendar, object]:
    if isinstance(content, str):
        content = content.encode()
    cal = Calendar.from_ical(content)
    [event] = cal.walk("VEVENT")
    return cal, event


def attached(message: OutboxMessage):
    [attachment] = message.context["attachments"]
    assert attachment["mimetype"] == "text/calendar"
    assert attachment["filename"].endswith(".ics")
    return parsed(attachment["content"])


def one(kind, to=None) -> OutboxMessage:
    messages = OutboxMessage.objects.filter(kind=kind)
    if to is not None:
        messages = messages.filter(recipient=to)
    [message] = messages
    return message


def move(event, *, days=None, **fields):
    """The organiser edits the event and publishes it."""
    if days is not None:
        fields["starts_at"] = vilnius(days, 10)
        fields["ends_at"] = vilnius(days, 16)
    for name, value in fields.items():
        setattr(event, name, value)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def test_the_confirmation_carries_an_invitation_a_calendar_imports(learner, event):
    services.register_for_event(person=learner, event=event)

    message = one(Kind.EVENT_REGISTERED)
    cal, item = attached(message)
    assert cal["METHOD"] == "REQUEST"
    assert str(item["UID"]) == calendar.uid(event.translation_key)
    assert item["SEQUENCE"] == 0
    assert item.decoded("DTSTART") == event.starts_at
    assert item.decoded("DTEND") == event.ends_at
    assert str(item["SUMMARY"]) == "Mokymai Biržuose"
    assert "Vytauto g. 1, Biržai" in str(item["LOCATION"])
    assert str(item["ATTENDEE"]) == f"mailto:{learner.email}"
    assert item["STATUS"] == "CONFIRMED"

    outbox.deliver(message_ids=[message.pk])
    [sent] = mail.outbox
    [(filename, content, mimetype)] = sent.attachments
    assert mimetype == "text/calendar"
    assert parsed(content)[1]["UID"] == item["UID"]


def test_the_uid_is_the_same_in_every_language_and_for_everyone(learner, people, event):
    english = translate(event, "en", title="Training in Biržai")
    (other,) = people(1, preferred_language="en")
    services.register_for_event(person=learner, event=event)
    services.register_for_event(person=other, event=english)

    _cal, lithuanian_item = attached(one(Kind.EVENT_REGISTERED, to=learner))
    _cal, english_item = attached(one(Kind.EVENT_REGISTERED, to=other))
    assert lithuanian_item["UID"] == english_item["UID"]
    assert str(english_item["SUMMARY"]) == "Training in Biržai"


def test_a_changed_time_raises_the_sequence_and_tells_everyone_registered(
    learner, people, event
):
    event = move(event, capacity=1)
    waiting, cancelled = people(2)
    services.register_for_event(person=learner, event=event)
    services.register_for_event(person=waiting, event=event)
    services.cancel_registration(
        registration=services.register_for_event(person=cancelled, event=event)
    )

    move(event, days=12)

    seats = EventSeats.objects.get(event_key=event.translation_key)
    assert seats.sequence == 1
    told = OutboxMessage.objects.filter(kind=Kind.EVENT_CHANGED)
    assert {m.recipient for m in told} == {learner, waiting}
    cal, item = attached(one(Kind.EVENT_CHANGED, to=learner))
    assert cal["METHOD"] == "REQUEST"
    assert item["SEQUENCE"] == 1
    assert item.decoded("DTSTART") == vilnius(12, 10)
    # Someone waiting has no seat to put in a calendar yet.
    assert "attachments" not in one(Kind.EVENT_CHANGED, to=waiting).context


def test_each_change_raises_the_sequence_once_and_a_republish_does_not(learner, event):
    services.register_for_event(person=learner, event=event)

    move(event, days=12)
    move(event, days=12)  # the same facts again
    move(event, title="Mokymai Biržuose (2 dalis)")  # not the time or place
    translate(event, "en", title="Training in Biržai")
    assert EventSeats.objects.get(event_key=event.translation_key).sequence == 1
    move(event, venue_address="Rotušės g. 2, Biržai")
    assert EventSeats.objects.get(event_key=event.translation_key).sequence == 2

    changes = OutboxMessage.objects.filter(kind=Kind.EVENT_CHANGED, recipient=learner)
    assert [attached(m)[1]["SEQUENCE"] for m in changes.order_by("pk")] == [1, 2]


def test_the_page_download_follows_the_sequence(client, learner, event):
    move(event, days=12)

    client.force_login(learner)
    services.register_for_event(person=learner, event=event)
    response = client.get(reverse("events:calendar", args=[event.pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal, item = parsed(response.content)
    assert cal["METHOD"] == "REQUEST"
    assert item["SEQUENCE"] == 1


def test_cancelling_ones_registration_sends_cancel_at_the_same_sequence(learner, event):
    registration = services.register_for_event(person=learner, event=event)
    services.cancel_registration(registration=registration)

    cal, item = attached(one(Kind.EVENT_CANCELLED))
    assert cal["METHOD"] == "CANCEL"
    assert item["SEQUENCE"] == 0
    assert str(item["UID"]) == calendar.uid(event.translation_key)

    # Registering again: a new invitation the calendar accepts (same UID and SEQUENCE).
    again = services.register_for_event(person=learner, event=event)
    cal, item = attached(
        OutboxMessage.objects.get(idempotency_key=f"{Kind.EVENT_REGISTERED}:{again.pk}")
    )
    assert cal["METHOD"] == "REQUEST" and item["SEQUENCE"] == 0


def test_leaving_the_waiting_list_has_no_calendar_file(learner, people, event):
    event = move(event, capacity=1)
    services.register_for_event(person=learner, event=event)
    (waiting,) = people(1)
    services.cancel_registration(
        registration=services.register_for_event(person=waiting, event=event)
    )

    assert "attachments" not in one(Kind.EVENT_CANCELLED, to=waiting).context


def test_the_organisers_call_off_an_event_and_everyone_is_told_once(
    coordinator, learner, people, event
):
    event = move(event, capacity=1)
    waiting, asking = people(2)
    services.register_for_event(person=learner, event=event)
    services.register_for_event(person=waiting, event=event)

    services.call_off_event(actor=coordinator, event=event, reason="The hall flooded.")
    services.call_off_event(actor=coordinator, event=event, reason="Again.")

    seats = EventSeats.objects.get(event_key=event.translation_key)
    assert seats.called_off_at is not None and seats.called_off_by == coordinator
    assert seats.call_off_reason == "The hall flooded."
    assert seats.sequence == 1
    assert not Registration.objects.current().exists()
    told = OutboxMessage.objects.filter(kind=Kind.EVENT_CALLED_OFF)
    assert {m.recipient for m in told} == {learner, waiting}
    cal, item = attached(one(Kind.EVENT_CALLED_OFF, to=learner))
    assert cal["METHOD"] == "CANCEL"
    assert item["STATUS"] == "CANCELLED"
    assert item["SEQUENCE"] == 1
    assert one(Kind.EVENT_CALLED_OFF, to=learner).context["reason"] == (
        "The hall flooded."
    )
    # Nobody waiting is promoted into a cancelled event, and registration is closed.
    assert not OutboxMessage.objects.filter(kind=Kind.EVENT_PROMOTED).exists()
    with pytest.raises(services.EventError, match="cancelled by the organisers"):
        services.register_for_event(person=asking, event=event)
    assert not Registration.objects.filter(person=asking).exists()


def test_only_the_organisers_call_off_an_event(
    learner, trainer, other_coordinator, event
):
    for person in (learner, trainer, other_coordinator):
        with pytest.raises(services.EventError, match="may not cancel"):
            services.call_off_event(actor=person, event=event)

    assert not EventSeats.objects.filter(called_off_at__isnull=False).exists()


def test_an_event_that_took_place_cannot_be_called_off(admin_user, index):
    event = event_under(index, days=-3)

    with pytest.raises(services.EventError, match="already taken place"):
        services.call_off_event(actor=admin_user, event=event)


def test_a_called_off_event_page_says_so_and_offers_no_registration(
    client, admin_user, learner, event
):
    services.call_off_event(actor=admin_user, event=event, reason="Postponed.")
    client.force_login(learner)

    html = client.get(event.url).content.decode()
    assert lt("This event is cancelled by the organisers.") in html
    assert "Postponed." in html
    assert reverse("events:register", args=[event.pk]) not in html
    cal, item = parsed(client.get(reverse("events:calendar", args=[event.pk])).content)
    assert cal["METHOD"] == "CANCEL" and item["STATUS"] == "CANCELLED"

    response = client.post(reverse("events:register", args=[event.pk]), follow=True)
    assert response.status_code == 200
    assert lt("This event is cancelled by the organisers.") in (
        response.content.decode()
    )
    assert not Registration.objects.filter(person=learner).exists()


def test_anyone_downloads_the_public_facts_without_the_online_link(client, index):
    event = event_under(
        index, format="hybrid", online_url="https://meet.example.org/secret-room"
    )

    response = client.get(reverse("events:calendar", args=[event.pk]))

    assert response.status_code == 200
    cal, item = parsed(response.content)
    assert cal["METHOD"] == "PUBLISH"
    assert "ATTENDEE" not in item
    assert b"secret-room" not in response.content


def test_a_registered_participant_gets_the_online_link_in_the_file(
    client, learner, index
):
    event = event_under(
        index,
        format="online",
        venue_address="",
        online_url="https://meet.example.org/r",
    )
    services.register_for_event(person=learner, event=event)
    client.force_login(learner)

    cal, item = parsed(client.get(reverse("events:calendar", args=[event.pk])).content)

    assert cal["METHOD"] == "REQUEST"
    assert "https://meet.example.org/r" in str(item["LOCATION"])


def test_an_unpublished_event_has_no_calendar_file(client, event):
    event.unpublish()

    assert client.get(reverse("events:calendar", args=[event.pk])).status_code == 404


# --- The personal feed ------------------------------------------------------------------


def test_the_feed_lists_the_learners_own_seats(client, learner, people, index):
    mine = event_under(index, slug="mano", title="Mano renginys")
    waiting_for = event_under(index, slug="pilnas", title="Pilnas", capacity=1)
    theirs = event_under(index, slug="ju", title="Jų renginys")
    (other,) = people(1)
    services.register_for_event(person=learner, event=mine)
    services.register_for_event(person=other, event=waiting_for)
    services.register_for_event(person=learner, event=waiting_for)  # waiting
    services.register_for_event(person=other, event=theirs)
    token = feeds.create_feed(person=learner)

    response = client.get(reverse("events:calendar_feed", args=[token]))

    assert response.status_code == 200
    cal = Calendar.from_ical(response.content)
    assert "METHOD" not in cal
    items = cal.walk("VEVENT")
    assert [str(item["SUMMARY"]) for item in items] == ["Mano renginys"]
    assert str(items[0]["UID"]) == calendar.uid(mine.translation_key)


def test_the_token_is_not_stored(learner):
    token = feeds.create_feed(person=learner)

    feed = CalendarFeed.objects.get(person=learner)
    assert token not in feed.token_digest
    assert feed.token_digest == feeds.digest(token)


def test_a_revoked_or_unknown_feed_link_is_not_found(client, learner, event):
    services.register_for_event(person=learner, event=event)
    token = feeds.create_feed(person=learner)
    url = reverse("events:calendar_feed", args=[token])
    assert client.get(url).status_code == 200

    client.force_login(learner)
    response = client.post(
        reverse("events:calendar_feed_settings"), {"action": "revoke"}, follow=True
    )
    assert response.status_code == 200
    client.logout()

    assert client.get(url).status_code == 404
    assert client.get(reverse("events:calendar_feed", args=["x" * 43])).status_code == (
        404
    )
    assert Registration.objects.filter(person=learner).count() == 1


def test_a_new_link_replaces_the_old_one(client, learner):
    old = feeds.create_feed(person=learner)
    new = feeds.create_feed(person=learner)

    assert client.get(reverse("events:calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("events:calendar_feed", args=[new])).status_code == 200
    assert CalendarFeed.objects.filter(person=learner, revoked_at=None).count() == 1


def test_a_closed_account_has_no_feed(client, learner):
    token = feeds.create_feed(person=learner)
    learner.is_active = False
    learner.save()

    assert client.get(reverse("events:calendar_feed", args=[token])).status_code == 404


def test_the_feed_page_shows_a_new_link_once(client, learner):
    client.force_login(learner)
    url = reverse("events:calendar_feed_settings")

    response = client.post(url, {"action": "create"})
    assert response.status_code == 200
    link = response.context["link"]
    assert "/events/calendar/" in link and link.endswith(".ics")
    token = link.rsplit("/", 1)[1].removesuffix(".ics")
    assert feeds.person_of(token) == learner
    assert link not in client.get(url).content.decode()


def test_revoking_without_a_link_says_so(client, learner):
    client.force_login(learner)

    response = client.post(
        reverse("events:calendar_feed_settings"), {"action": "revoke"}, follow=True
    )

    assert response.status_code == 200
    assert list(response.context["messages"])


def test_the_feed_page_needs_signing_in(client):
    response = client.get(reverse("events:calendar_feed_settings"))

    assert response.status_code == 302


def test_the_feed_keeps_past_events_for_three_months_only(learner, index):
    recent = event_under(index, slug="neseniai", title="Neseniai", days=-10)
    old = event_under(index, slug="seniai", title="Seniai", days=-100)
    for event in (recent, old):
        Registration.objects.create(
            person=learner,
            event_key=event.translation_key,
            event=event,
            event_title=event.title,
            status=Status.REGISTERED,
            position=1,
        )

    cal = Calendar.from_ical(feeds.feed_for(learner))

    assert [str(i["SUMMARY"]) for i in cal.walk("VEVENT")] == ["Neseniai"]
    assert timedelta(days=feeds.FEED_PAST_DAYS) == timedelta(days=90)
