from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from notifications import services
from notifications.models import Kind, OutboxMessage, ReminderRule

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed(learner):
    message = services.queue_email(
        kind=Kind.ENROLMENT_CONFIRMED,
        key="failed",
        recipient=learner,
        context={"name": "Ona", "programme": "Socialinė klasterystė"},
    )
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=OutboxMessage.Status.FAILED,
        attempts=6,
        last_error="SMTPRecipientsRefused: 550 No such mailbox",
    )
    return message


@pytest.fixture
def queued(outsider):
    return services.queue_email(
        kind=Kind.ENROLMENT_PENDING,
        key="queued",
        recipient=outsider,
        context={"name": "Jonas", "programme": "Administraciniai gebėjimai"},
    )


def test_an_admin_lists_and_filters_the_outbox(client, admin_user, failed, queued):
    client.force_login(admin_user)

    everything = client.get(reverse("outbox:index"))
    only_failed = client.get(reverse("outbox:index"), {"status": "failed"})
    by_recipient = client.get(reverse("outbox:index"), {"to_email": "outsider"})

    assert everything.status_code == 200
    assert b"learner@example.org" in everything.content
    assert b"outsider@example.org" in everything.content
    assert b"outsider@example.org" not in only_failed.content
    assert b"learner@example.org" in only_failed.content
    assert b"learner@example.org" not in by_recipient.content


def test_an_admin_sees_the_rendered_message_and_its_error(client, admin_user, failed):
    client.force_login(admin_user)

    response = client.get(reverse("outbox:inspect", args=[failed.pk]))

    assert response.status_code == 200
    assert b"550 No such mailbox" in response.content
    assert "Socialinė klasterystė".encode() in response.content
    assert b"srcdoc=" in response.content
    assert b"sandbox" in response.content


def test_an_admin_retries_a_failed_email_and_cancels_a_queued_one(
    client, admin_user, failed, queued, django_capture_on_commit_callbacks
):
    client.force_login(admin_user)
    action = "notifications_outbox_action"

    with django_capture_on_commit_callbacks() as sends:
        client.post(reverse(action, args=[failed.pk, "retry"]))
    client.post(reverse(action, args=[queued.pk, "cancel"]))
    again = client.post(reverse(action, args=[queued.pk, "cancel"]), follow=True)

    failed.refresh_from_db()
    queued.refresh_from_db()
    assert failed.status == OutboxMessage.Status.QUEUED
    assert len(sends) == 1
    assert queued.status == OutboxMessage.Status.CANCELLED
    with translation.override("lt"):  # the admin speaks the user's language
        refusal = gettext("Only a queued email can be cancelled.")
    assert refusal in again.content.decode()


def test_nobody_edits_or_deletes_outbox_rows_by_hand(client, admin_user, failed):
    client.force_login(admin_user)

    for view in ("outbox:edit", "outbox:delete"):
        response = client.get(reverse(view, args=[failed.pk]))
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert reverse("outbox:edit", args=[failed.pk]) not in response["Location"]
    assert client.get(reverse("outbox:add")).status_code in (302, 403)
    assert OutboxMessage.objects.filter(pk=failed.pk).exists()


@pytest.mark.parametrize("persona", ["learner", "trainer", "coordinator"])
def test_only_admins_reach_the_outbox(client, request, persona, failed):
    client.force_login(request.getfixturevalue(persona))

    listing = client.get(reverse("outbox:index"))
    inspect = client.get(reverse("outbox:inspect", args=[failed.pk]))
    retry = client.post(
        reverse("notifications_outbox_action", args=[failed.pk, "retry"])
    )

    for response in (listing, inspect):
        assert response.status_code in (302, 403)
    assert retry.status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.status == OutboxMessage.Status.FAILED


def test_admins_edit_reminder_rules(client, admin_user, trainer, site_content):
    from ..courses.pages import catalogue_under, programme_under

    programme = programme_under(catalogue_under(site_content))
    url = reverse("wagtailsnippets_notifications_reminderrule:add")
    client.force_login(trainer)
    assert client.get(url).status_code in (302, 403)

    client.force_login(admin_user)
    response = client.post(
        url, {"programme": programme.pk, "inactivity_days": 14, "note": "Skambinkite."}
    )

    assert response.status_code == 302
    rule = ReminderRule.objects.get()
    assert (rule.programme_id, rule.inactivity_days) == (programme.pk, 14)
