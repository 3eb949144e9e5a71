"""Writing emails to the outbox and delivering them.

Delivery is at-least-once around a crash and exactly-once otherwise: a row is claimed by a
conditional update before it is sent and marked sent once the server has accepted it (a
batch marks its accepted emails together, at most `OUTBOX_MARK_INTERVAL_SECONDS` later; see
`deliver`). A worker that dies in between leaves the rows claimed; the sweep puts them back
in the queue once the claim is older than any task may run
(`OUTBOX_SENDING_LEASE_SECONDS`). A lost reminder is worse than a rare duplicate, and the
message keeps the same Message-ID, so mail clients that deduplicate by it show one.
"""

from __future__ import annotations

import json
import logging
import random
import smtplib
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.db import IntegrityError, connection, transaction
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from lms.context_processors import from_address, site_name
from lms.queueing import enqueue_on_commit

if TYPE_CHECKING:
    from accounts.models import User

from .composing import Composer, PrebuiltEmail
from .models import OPTIONAL_KINDS, Kind, OutboxMessage, Unsubscription

logger = logging.getLogger(__name__)

SUBJECTS = {
    Kind.ENROLMENT_CONFIRMED: _("You are enrolled in “%(programme)s”"),
    Kind.ENROLMENT_PENDING: _("Your enrolment in “%(programme)s” awaits approval"),
    Kind.ENROLMENT_APPROVED: _("Your enrolment in “%(programme)s” is approved"),
    Kind.ENROLMENT_REJECTED: _("Your enrolment in “%(programme)s” was not approved"),
    Kind.INVITATION: _("You are invited to “%(programme)s” on %(site_name)s"),
    Kind.MODULE_COMPLETED: _("You completed the module “%(module)s”"),
    Kind.PROGRAMME_COMPLETED: _("You completed the programme “%(programme)s”"),
    Kind.QUESTION_ANSWERED: _("Your question is answered: %(question)s"),
    Kind.ASSIGNMENT_REVIEWED: _("Your assignment in “%(module)s” is reviewed"),
    Kind.REMINDER_INACTIVE: _("Continue “%(programme)s”"),
    Kind.REMINDER_DEADLINE: _("“%(programme)s”: the deadline is %(deadline)s"),
    Kind.REMINDER_OVERDUE: _("“%(programme)s” is past its deadline"),
    Kind.COORDINATOR_DIGEST: _("Weekly progress of %(organisation)s"),
}

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def recipient_language(user: User | None) -> str:
    languages = {code for code, _name in settings.LANGUAGES}
    preferred = getattr(user, "preferred_language", "")
    return preferred if preferred in languages else settings.LANGUAGE_CODE


def queue_email(
    *,
    kind: str,
    key: str,
    recipient: User,
    context: dict,
    reminder_day: date | None = None,
) -> OutboxMessage | None:
    """Write one email to the outbox and send it after commit. Queuing a key twice is one row.

    `context` must be JSON: names, titles, links. The message is rendered when it is sent,
    in the recipient's language.
    """
    defaults = {
        "kind": kind,
        "recipient": recipient,
        "to_email": recipient.email,
        "language": recipient_language(recipient),
        "context": context,
        "reminder_day": reminder_day,
    }
    try:
        with transaction.atomic():
            message, created = OutboxMessage.objects.get_or_create(
                idempotency_key=key, defaults=defaults
            )
    except IntegrityError:  # queued in parallel, or a second reminder today
        # None when it was the one-a-day rule: that reminder is not queued at all.
        return OutboxMessage.objects.filter(idempotency_key=key).first()
    if created:
        enqueue_send([message.pk])
    return message


BULK_COLUMNS = [
    "idempotency_key",
    "kind",
    "recipient_id",
    "to_email",
    "language",
    "context",
    "reminder_day",
    "created_at",
    "next_attempt_at",
]


def insert_queued(rows: list[dict]) -> list[int]:
    """Write many queued messages at once, skipping keys already in the outbox (or held
    by the one-reminder-a-day rule). Returns the ids written; the caller enqueues them.

    On PostgreSQL the rows go through COPY into a temporary table and one INSERT … ON
    CONFLICT DO NOTHING RETURNING id: about ten times faster than bulk_create for a
    reminder run of 10,000 learners, which must queue in under a second.
    """
    if not rows:
        return []
    if connection.vendor != "postgresql":
        OutboxMessage.objects.bulk_create(
            [OutboxMessage(**row) for row in rows],
            ignore_conflicts=True,
            batch_size=2000,
        )
        keys = [row["idempotency_key"] for row in rows]
        return [
            pk
            for start in range(0, len(keys), 5000)
            for pk in OutboxMessage.objects.filter(
                idempotency_key__in=keys[start : start + 5000],
                status=OutboxMessage.Status.QUEUED,
                attempts=0,
                created_at=rows[0]["created_at"],
            ).values_list("pk", flat=True)
        ]
    table = OutboxMessage._meta.db_table
    columns = ", ".join(BULK_COLUMNS)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE outbox_load ({', '.join(f'{c} text' for c in BULK_COLUMNS)}) "
            "ON COMMIT DROP"
        )
        raw = cursor.cursor  # psycopg's own cursor, for COPY
        with raw.copy(f"COPY outbox_load ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [
                        json.dumps(row[c]) if c == "context" else row.get(c)
                        for c in BULK_COLUMNS
                    ]
                )
        cursor.execute(
            f"""INSERT INTO {table} ({columns}, subject, body_text, body_html, status,
                    attempts, last_error)
                SELECT idempotency_key, kind, recipient_id::bigint, to_email, language,
                    context::jsonb, reminder_day::date, created_at::timestamptz,
                    next_attempt_at::timestamptz, '', '', '', %s, 0, ''
                FROM outbox_load
                ON CONFLICT DO NOTHING
                RETURNING id""",  # noqa: S608 - names are ours, values are parameters
            [OutboxMessage.Status.QUEUED],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        cursor.execute("DROP TABLE outbox_load")
    return ids


def enqueue_send(message_ids: list[int]) -> None:
    from . import tasks

    for start in range(0, len(message_ids), settings.OUTBOX_BATCH_SIZE):
        batch = message_ids[start : start + settings.OUTBOX_BATCH_SIZE]
        enqueue_on_commit(tasks.send_outbox, message_ids=batch)


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    return signing.dumps(
        {"u": user_id, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True
    )


def read_unsubscribe_token(token: str) -> tuple[int, str]:
    """The user id and kind in a token; raises signing.BadSignature if it was altered."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(data, dict) or data.get("k") not in OPTIONAL_KINDS:
        raise signing.BadSignature("Not an unsubscribe token")
    return int(data["u"]), data["k"]


def unsubscribe(*, user_id: int, kind: str) -> None:
    """Stop one kind of reminder for a user. Safe to repeat."""
    Unsubscription.objects.get_or_create(user_id=user_id, kind=kind)


def set_password_url(user: User, *, preview: bool) -> str:
    """The invitation's one-time link to choose a password (allauth's reset link).

    Made when the email is sent, never stored: the outbox keeps a preview without the key.
    """
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    key = "not-stored" if preview else default_token_generator.make_token(user)
    return absolute_url(
        reverse(
            "account_reset_password_from_key",
            kwargs={"uidb36": user_pk_to_url_str(user), "key": key},
        )
    )


def render(message: OutboxMessage, *, preview: bool = False) -> tuple[str, str, str]:
    """Subject, plain text and HTML of a message, in the recipient's language.

    `preview` leaves out one-time secrets, for the admin and the stored copy.
    """
    with translation.override(message.language):
        context = {
            **message.context,
            "LANGUAGE_CODE": message.language,
            "site_name": site_name(),
            "site_url": absolute_url(f"/{message.language}/"),
            "my_learning_url": absolute_url(reverse("learning:my_learning")),
        }
        if message.is_optional and message.recipient_id:
            token = unsubscribe_token(user_id=message.recipient_id, kind=message.kind)
            context["unsubscribe_url"] = absolute_url(
                reverse("notifications:unsubscribe", args=[token])
            )
            context["preferences_url"] = absolute_url(
                reverse("notifications:preferences")
            )
        if message.kind == Kind.INVITATION and message.recipient is not None:
            context["set_password_url"] = set_password_url(
                message.recipient, preview=preview
            )
        subject = str(SUBJECTS[Kind(message.kind)]) % context
        context["subject"] = subject
        text = render_to_string(f"notifications/email/{message.kind}.txt", context)
        html = render_to_string(f"notifications/email/{message.kind}.html", context)
    return subject, text, html


def build_email(
    message: OutboxMessage, connection: BaseEmailBackend
) -> EmailMultiAlternatives:
    subject, text, html = render(message)
    # A header is one line, and the stored copy has 255 characters (titles can be long).
    subject = " ".join(subject.split())[:255]
    if message.kind == Kind.INVITATION:
        message.subject, message.body_text, message.body_html = render(
            message, preview=True
        )
        message.subject = " ".join(message.subject.split())[:255]
    else:
        message.subject, message.body_text, message.body_html = subject, text, html
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">") or "localhost"
    headers = {"Message-ID": f"<outbox.{message.pk}@{domain}>"}
    if message.is_optional and message.recipient_id:
        token = unsubscribe_token(user_id=message.recipient_id, kind=message.kind)
        with translation.override(message.language):
            url = absolute_url(reverse("notifications:unsubscribe", args=[token]))
        # RFC 8058: mail clients offer one-click unsubscribe by POSTing to this URL.
        headers["List-Unsubscribe"] = f"<{url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    with translation.override(message.language):
        sender = from_address()
    email = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=sender,
        to=[message.to_email],
        headers=headers,
        connection=connection,
    )
    email.attach_alternative(html, "text/html")
    # Files the sending app put in the context (JSON, so text: e.g. a calendar
    # invitation), as {"filename", "content", "mimetype"}.
    for attachment in message.context.get("attachments", []):
        email.attach(
            attachment["filename"], attachment["content"], attachment["mimetype"]
        )
    return email


def is_permanent(error: Exception) -> bool:
    """SMTP 5xx answers will not change on retry; 4xx and connection trouble may."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    code = getattr(error, "smtp_code", None)
    return isinstance(code, int) and code >= 500


def retry_delay(attempts: int) -> float:
    """Exponential backoff with full jitter, capped."""
    ceiling = min(
        settings.OUTBOX_RETRY_MAX_SECONDS,
        settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0),
    )
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security


@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)
    retrying: dict[int, float] = field(default_factory=dict)
    failed: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    left: list[int] = field(default_factory=list)


def claim(message_id: int) -> bool:
    """Take a due row for this worker. False: sent, cancelled or claimed by another."""
    return bool(claim_batch([message_id]))


def _due_for_claim(message_ids: list[int], now: datetime) -> QuerySet[OutboxMessage]:
    return OutboxMessage.objects.filter(
        pk__in=message_ids,
        status=OutboxMessage.Status.QUEUED,
        next_attempt_at__lte=now + timedelta(seconds=2),
    )


def claim_batch(message_ids: list[int]) -> list[int]:
    """Take the due rows among `message_ids` for this worker in one statement, and
    return the ids taken (in the order asked); the others were sent, cancelled, not
    due or claimed by another worker.

    PostgreSQL: `UPDATE ... RETURNING` (concurrent claimers cannot both take a row).
    Elsewhere (SQLite, which serialises writers): the rows are marked with this claim's
    own timestamp inside one transaction and read back by it.
    """
    if not message_ids:
        return []
    now = timezone.now()
    due = _due_for_claim(message_ids, now)
    if connection.vendor == "postgresql":
        table = OutboxMessage._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET status = %s, claimed_at = %s, "  # noqa: S608
                "attempts = attempts + 1 WHERE id = ANY(%s) AND status = %s "
                "AND next_attempt_at <= %s RETURNING id",
                [
                    OutboxMessage.Status.SENDING,
                    now,
                    list(message_ids),
                    OutboxMessage.Status.QUEUED,
                    now + timedelta(seconds=2),
                ],
            )
            taken = {row[0] for row in cursor.fetchall()}
    else:
        with transaction.atomic():
            due.update(
                status=OutboxMessage.Status.SENDING,
                claimed_at=now,
                attempts=F("attempts") + 1,
            )
            taken = set(
                OutboxMessage.objects.filter(
                    pk__in=message_ids,
                    status=OutboxMessage.Status.SENDING,
                    claimed_at=now,
                ).values_list("pk", flat=True)
            )
    return [message_id for message_id in message_ids if message_id in taken]


def release(message_ids: list[int]) -> None:
    """Give claimed rows back to the queue untried (a batch out of time)."""
    OutboxMessage.objects.filter(
        pk__in=message_ids, status=OutboxMessage.Status.SENDING
    ).update(
        status=OutboxMessage.Status.QUEUED,
        claimed_at=None,
        attempts=F("attempts") - 1,
    )


def mark_sent_batch(messages: list[OutboxMessage]) -> None:
    """Mark emails the server accepted as sent, in one UPDATE, with their stored copies."""
    if not messages:
        return
    now = timezone.now()
    for message in messages:
        message.status = OutboxMessage.Status.SENT
        message.sent_at = now
        message.last_error = ""
    if connection.vendor == "postgresql":
        table = OutboxMessage._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} AS o SET status = %s, sent_at = %s, "  # noqa: S608
                "last_error = '', subject = v.subject, body_text = v.body_text, "
                "body_html = v.body_html FROM unnest(%s::bigint[], %s::text[], "
                "%s::text[], %s::text[]) AS v(id, subject, body_text, body_html) "
                "WHERE o.id = v.id",
                [
                    OutboxMessage.Status.SENT,
                    now,
                    [m.pk for m in messages],
                    [m.subject for m in messages],
                    [m.body_text for m in messages],
                    [m.body_html for m in messages],
                ],
            )
    else:
        OutboxMessage.objects.bulk_update(
            messages,
            ["status", "sent_at", "last_error", "subject", "body_text", "body_html"],
        )


def deliver(
    *, message_ids: list[int], budget_seconds: float | None = None
) -> DeliveryReport:
    """Send the due messages among `message_ids` over one SMTP connection.

    Stops when `budget_seconds` are spent and reports the ids left. Honours
    `EMAIL_MAX_PER_SECOND` (per worker process) for providers with a quota.

    The emails the server accepted are marked sent together, in one UPDATE, before the
    next email goes whenever the last mark is `OUTBOX_MARK_INTERVAL_SECONDS` old, and at
    the end: one UPDATE per batch at a fast server's speed, one per email at a slow one's.
    A worker killed mid-batch therefore resends (after the claim lease) the emails accepted
    in the last interval and the one in flight, with their Message-IDs, and nothing else.
    """
    report = DeliveryReport()
    started = time.monotonic()
    interval = 1 / settings.EMAIL_MAX_PER_SECOND if settings.EMAIL_MAX_PER_SECOND else 0
    mark_every = settings.OUTBOX_MARK_INTERVAL_SECONDS
    smtp = get_connection(fail_silently=False)
    direct = isinstance(smtp, SmtpBackend)
    composer = Composer(smtp)
    opened = False
    last_send = 0.0
    claimed = claim_batch(message_ids)
    report.skipped = [pk for pk in message_ids if pk not in set(claimed)]
    messages = OutboxMessage.objects.select_related("recipient").in_bulk(claimed)
    accepted: list[OutboxMessage] = []
    last_mark = time.monotonic()

    def flush() -> None:
        nonlocal last_mark
        mark_sent_batch(accepted)
        report.sent.extend(m.pk for m in accepted)
        accepted.clear()
        last_mark = time.monotonic()

    try:
        for position, message_id in enumerate(claimed):
            if (
                budget_seconds is not None
                and time.monotonic() - started > budget_seconds
            ):
                report.left = claimed[position:]
                release(report.left)
                break
            if accepted and time.monotonic() - last_mark >= mark_every:
                flush()
            message = messages[message_id]
            if interval and (wait := last_send + interval - time.monotonic()) > 0:
                time.sleep(wait)
            try:
                composed = composer.compose(message)
            except Exception as error:  # a template or data bug: retrying will not help
                logger.exception("Email %s could not be rendered", message_id)
                fail(message, error, report)
                continue
            email = composed.email
            try:
                if not opened:
                    smtp.open()
                    opened = True
                if direct and isinstance(email, PrebuiltEmail):
                    smtp.connection.sendmail(  # type: ignore[attr-defined]
                        email.envelope_from,
                        [message.to_email],
                        email.prebuilt.replace(b"\n", b"\r\n"),
                    )
                else:
                    email.send()
            except ValueError as error:  # a header Django refuses: it will not change
                fail(message, error, report)
                continue
            except (smtplib.SMTPException, OSError) as error:
                last_send = time.monotonic()
                smtp.close()
                opened = False
                record_failure(message, error, report)
            else:
                last_send = time.monotonic()
                message.subject = composed.subject
                message.body_text = composed.body_text
                message.body_html = composed.body_html
                accepted.append(message)
    finally:
        flush()
        if opened:
            smtp.close()
    return report


def describe(error: Exception) -> str:
    """The server's answer as an admin reads it, e.g. "SMTPDataError: 550 5.1.1 No such user"."""
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error
        text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
        detail = f"{error.smtp_code} {text}"
    elif isinstance(error, smtplib.SMTPRecipientsRefused):
        detail = "; ".join(
            f"{address}: {code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            for address, (code, text) in error.recipients.items()
        )
    else:
        detail = str(error)
    return f"{type(error).__name__}: {detail}"[:2000]


def fail(message: OutboxMessage, error: Exception, report: DeliveryReport) -> None:
    message.last_error = describe(error)
    message.status = OutboxMessage.Status.FAILED
    message.save(update_fields=["status", "last_error"])
    report.failed.append(message.pk)
    logger.warning("Email %s failed: %s", message.pk, message.last_error)


def record_failure(
    message: OutboxMessage, error: Exception, report: DeliveryReport
) -> None:
    if is_permanent(error) or message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        fail(message, error, report)
    else:
        message.last_error = describe(error)
        delay = retry_delay(message.attempts)
        message.status = OutboxMessage.Status.QUEUED
        message.next_attempt_at = timezone.now() + timedelta(seconds=delay)
        report.retrying[message.pk] = delay
        message.save(update_fields=["status", "last_error", "next_attempt_at"])


def sweep(*, now: datetime | None = None) -> list[int]:
    """Find messages whose task was lost and queue them again. Returns their ids.

    Rows claimed longer ago than any task may run belonged to a worker that died: they go
    back to the queue. Rows due for a while and still queued lost their task (a broker
    restart, Redis down when they were written).
    """
    now = now or timezone.now()
    lease = timedelta(seconds=settings.OUTBOX_SENDING_LEASE_SECONDS)
    after = timedelta(seconds=settings.OUTBOX_SWEEP_AFTER_SECONDS)
    abandoned = OutboxMessage.objects.filter(
        status=OutboxMessage.Status.SENDING, claimed_at__lt=now - lease
    )
    # A row that keeps killing its worker stops being tried.
    abandoned.filter(attempts__gte=settings.OUTBOX_MAX_ATTEMPTS).update(
        status=OutboxMessage.Status.FAILED,
        last_error="Abandoned by its worker too many times.",
    )
    abandoned.update(status=OutboxMessage.Status.QUEUED, next_attempt_at=now - after)
    ids = list(
        OutboxMessage.objects.due(before=now - after)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[: settings.OUTBOX_SWEEP_LIMIT]
    )
    with transaction.atomic():
        enqueue_send(ids)
    return ids


@transaction.atomic
def retry_message(*, message: OutboxMessage) -> bool:
    """Queue a failed message again, now. False if it was not failed."""
    updated = OutboxMessage.objects.filter(
        pk=message.pk, status=OutboxMessage.Status.FAILED
    ).update(
        status=OutboxMessage.Status.QUEUED,
        attempts=0,
        next_attempt_at=timezone.now(),
    )
    if updated:
        enqueue_send([message.pk])
    return bool(updated)


def cancel_message(*, message: OutboxMessage) -> bool:
    """Stop a queued message from being sent. False if it was already on its way or done."""
    return bool(
        OutboxMessage.objects.filter(
            pk=message.pk, status=OutboxMessage.Status.QUEUED
        ).update(status=OutboxMessage.Status.CANCELLED)
    )


@transaction.atomic
def set_preferences(*, user: User, wanted: dict[str, bool]) -> None:
    """Subscribe or unsubscribe a user from each reminder kind."""
    for kind, wants in wanted.items():
        if wants:
            Unsubscription.objects.filter(user=user, kind=kind).delete()
        else:
            unsubscribe(user_id=user.pk, kind=kind)
