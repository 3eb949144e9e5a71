"""A batch's emails rendered once per group, sent over one connection and marked sent
together: the same emails as one at a time, and the same guarantees."""

import datetime
import re
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail, signing
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from notifications import services
from notifications.composing import PERSONAL, Composer, PrebuiltEmail
from notifications.models import Kind, OutboxMessage

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

TEMPLATES = Path(django_settings.BASE_DIR) / "templates" / "notifications" / "email"

# Every value some template uses, with characters HTML must escape.
CONTEXT = {
    "name": 'Ona & <Jonas> "O\'Brien"',
    "programme": "Socialinė klasterystė <b>",
    "programme_url": "http://testserver/lt/programa/?a=1&b=2",
    "module": "Pirmas modulis",
    "module_url": "http://testserver/lt/programa/pirmas/",
    "question": "Kodėl?",
    "answer": "Todėl.\nAntra eilutė & <i>",
    "feedback": "Gerai.\nToliau.",
    "note": "Klauskite koordinatoriaus.\nTel. 123",
    "days": 9,
    "days_left": 1,
    "deadline": "2026-12-08",
    "count": 2,
    "event": "Mokymai „Kaimynystė“",
    "event_url": "http://testserver/lt/renginiai/1/",
    "when": "2026-12-10 10:00",
    "place": "Vilnius",
    "online_url": "https://meet.example.org/x",
    "until": "2026-12-09",
    "reason": "Nėra vietų",
    "survey_url": "http://testserver/lt/apklausa/1/",
    "trainer": "Jonas",
    "invited_by": "Koordinatorė",
    "organisation": "Savivaldybė",
    "enrolled": 10,
    "completed": 3,
    "idle": 2,
    "date": "2026-12-01",
    "download_url": "http://testserver/lt/eksportas/1/",
    "my_data_url": "http://testserver/lt/mano-duomenys/",
    "sign_in_url": "http://testserver/lt/prisijungti/",
    "certificate_url": "http://testserver/lt/pazymejimas/1/",
    "verification_url": "http://testserver/lt/tikrinti/1/",
    "questions_url": "http://testserver/lt/klausimai/",
    "submissions_url": "http://testserver/lt/darbai/",
    "questions_count": 1,
    "submissions_count": 2,
    "overdue": [
        {
            "learner": "Petras <P>",
            "email": "p@example.org",
            "programme": "Programa",
            "deadline": "2026-11-01",
            "percent": 40,
        }
    ],
    "questions": [{"subject": "Klausimas", "module": "M1", "when": "vakar"}],
    "submissions": [{"learner": "Ona", "module": "M1", "when": "šiandien"}],
}


def outbox_row(kind: str, language: str, n: int, **context) -> OutboxMessage:
    person = UserFactory(preferred_language=language)
    return OutboxMessage.objects.create(
        idempotency_key=f"compare:{kind}:{language}:{n}",
        kind=kind,
        recipient=person,
        to_email=person.email,
        language=language,
        context={**CONTEXT, **context},
    )


def parsed(email) -> dict:
    """What a mail client sees: headers (but the date) and each part decoded."""
    message = message_from_bytes(
        email.message().as_bytes(linesep="\r\n"), policy=policy.default
    )
    headers = {name: str(value) for name, value in message.items() if name != "Date"}
    headers["Content-Type"] = message.get_content_type()
    parts = [
        (part.get_content_type(), part.get_filename(), part.get_content())
        for part in message.walk()
        if not part.is_multipart()
    ]
    return {"headers": headers, "parts": parts}


@pytest.mark.parametrize("language", [code for code, _ in django_settings.LANGUAGES])
@pytest.mark.parametrize("kind", list(Kind))
def test_an_email_made_from_its_group_is_the_one_made_alone(
    organisation, kind, language, monkeypatch
):
    # Signed links carry the second they were signed in: the two paths would differ
    # whenever a second ends between them.
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: "1hKE00")
    # So does an invitation's password token (Django's generator, which allauth uses).
    signed_at = datetime.datetime(2026, 12, 1, 12, 0)
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: signed_at)
    first = outbox_row(kind, language, 1)
    second = outbox_row(kind, language, 2, name="Antanas")
    composer = Composer(connection=None)

    for message in (first, second):  # the second one from the first one's group
        fast = composer.compose(message)
        alone = services.build_email(message, None)

        assert isinstance(fast.email, PrebuiltEmail)  # not the one-at-a-time path
        assert parsed(fast.email) == parsed(alone)
        assert fast.email.subject == alone.subject
        assert fast.email.body == alone.body
        assert fast.email.alternatives == alone.alternatives
        assert fast.email.from_email == alone.from_email
        assert fast.email.to == alone.to
        assert {
            k: v for k, v in fast.email.extra_headers.items() if k != "Date"
        } == alone.extra_headers
        # The outbox keeps the same copy (for an invitation, without its secret link).
        assert (fast.subject, fast.body_text, fast.body_html) == (
            message.subject,
            message.body_text,
            message.body_html,
        )
    assert len(composer.groups) == 1  # the second one was filled in from the first
    assert (
        parsed(composer.compose(second).email)["parts"]
        != parsed(composer.compose(first).email)["parts"]
    )


def test_alike_emails_are_rendered_once_per_kind_and_language(organisation):
    rows = [
        outbox_row(Kind.REMINDER_INACTIVE, language, n, name=f"Ona{n}")
        for n in range(6)
        for language in ("lt", "en")
    ]
    composer = Composer(connection=None)

    emails = [composer.compose(row).email for row in rows]

    assert len(composer.groups) == 2
    assert all(isinstance(email, PrebuiltEmail) for email in emails)
    assert len({email.extra_headers["List-Unsubscribe"] for email in emails}) == 12
    assert all(
        f"Ona{n}" in email.body
        for n, email in zip(
            [n for n in range(6) for _ in range(2)], emails, strict=True
        )
    )


def test_personal_fields_are_used_plainly_in_every_template():
    """The fast path fills them in as `{{ field }}` would; a filter or a comparison on
    one would render differently, so none may have one."""
    for path in TEMPLATES.glob("*.*"):
        source = path.read_text()
        for field in PERSONAL:
            for tag in re.findall(
                r"\{[{%][^}%]*\b" + field + r"\b[^}%]*[}%]\}", source
            ):
                assert tag in (
                    f"{{{{ {field} }}}}",
                    f"{{% if {field} %}}",
                ), f"{path.name}: {tag}"


def test_a_batch_marks_its_emails_sent_in_one_update_and_sends_over_one_connection(
    organisation, smtp_sink, settings
):
    settings.OUTBOX_MARK_INTERVAL_SECONDS = 60
    ids = [
        outbox_row(kind, language, n).pk
        for n, (kind, language) in enumerate(
            [(Kind.REMINDER_INACTIVE, "lt"), (Kind.ENROLMENT_CONFIRMED, "en")] * 10
        )
    ]

    with CaptureQueriesContext(connection) as queries:
        report = services.deliver(message_ids=ids)

    assert sorted(report.sent) == sorted(ids)
    marks = [
        q for q in queries if q["sql"].startswith("UPDATE") and "body_html" in q["sql"]
    ]
    assert len(marks) == 1
    assert smtp_sink.connections == 1
    assert len(smtp_sink.messages) == 20
    assert len({m["Message-ID"] for m in smtp_sink.messages}) == 20
    rows = OutboxMessage.objects.filter(pk__in=ids)
    assert {row.status for row in rows} == {OutboxMessage.Status.SENT}
    assert all(row.body_html and row.sent_at for row in rows)
    # What the server got is what the outbox shows.
    stored = {row.to_email: row for row in rows}
    for received in smtp_sink.messages:
        row = stored[received["To"]]
        text = received.get_payload()[0].get_payload(decode=True).decode()
        assert text.replace("\r\n", "\n") == row.body_text


def test_a_slow_server_gets_each_email_marked_before_the_next_goes(
    organisation, settings, monkeypatch
):
    """When each email takes longer than the mark interval, a worker killed mid-batch
    leaves at most the one in flight unmarked, as when every email had its own mark."""
    settings.OUTBOX_MARK_INTERVAL_SECONDS = 0.1
    ids = [outbox_row(Kind.REMINDER_INACTIVE, "lt", n).pk for n in range(4)]
    clock = {"now": 100.0}
    monkeypatch.setattr(services.time, "monotonic", lambda: clock["now"])
    sent_before = []
    original = LocmemBackend.send_messages

    def slow_send(self, messages):
        sent_before.append(
            OutboxMessage.objects.filter(status=OutboxMessage.Status.SENT).count()
        )
        clock["now"] += 0.2
        return original(self, messages)

    monkeypatch.setattr(LocmemBackend, "send_messages", slow_send)

    report = services.deliver(message_ids=ids)

    assert report.sent == ids
    assert sent_before == [0, 1, 2, 3]


def test_an_error_mid_batch_still_marks_the_emails_the_server_took(
    organisation, settings, monkeypatch
):
    settings.OUTBOX_MARK_INTERVAL_SECONDS = 60
    ids = [outbox_row(Kind.REMINDER_INACTIVE, "en", n).pk for n in range(3)]
    original = LocmemBackend.send_messages

    def stopped_on_the_third(self, messages):
        if len(mail.outbox) == 2:
            raise RuntimeError("soft time limit")
        return original(self, messages)

    monkeypatch.setattr(LocmemBackend, "send_messages", stopped_on_the_third)

    with pytest.raises(RuntimeError):
        services.deliver(message_ids=ids)

    status = dict(OutboxMessage.objects.filter(pk__in=ids).values_list("pk", "status"))
    assert [status[pk] for pk in ids] == [
        OutboxMessage.Status.SENT,
        OutboxMessage.Status.SENT,
        OutboxMessage.Status.SENDING,  # in flight: the lease gives it back
    ]


def test_an_expired_claim_is_taken_again_and_sent_once(organisation, settings):
    settings.OUTBOX_SENDING_LEASE_SECONDS = 300
    message = outbox_row(Kind.REMINDER_INACTIVE, "lt", 1)
    assert services.claim_batch([message.pk]) == [message.pk]  # a worker that died
    assert services.deliver(message_ids=[message.pk]).skipped == [message.pk]

    OutboxMessage.objects.filter(pk=message.pk).update(
        claimed_at=timezone.now() - timedelta(minutes=10)
    )
    assert services.sweep() == [message.pk]
    report = services.deliver(message_ids=[message.pk])

    assert report.sent == [message.pk]
    assert services.deliver(message_ids=[message.pk]).skipped == [message.pk]
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == (OutboxMessage.Status.SENT, 2)
