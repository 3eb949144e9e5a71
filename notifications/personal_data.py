"""What the outbox keeps about a person (see lms/personal_data.py)."""

from lms.personal_data import BLANK, DELETE, Rule


def _cancel_queued(messages) -> None:
    messages.filter(status="queued").update(status="cancelled")


RULES = [
    Rule(
        "notifications.OutboxMessage",
        ("recipient",),
        BLANK,
        blank=("to_email", "context", "subject", "body_text", "body_html"),
        exclude=("idempotency_key",),
        after_erasure=_cancel_queued,
        reason="the emails sent to the person; kinds and dates stay for the figures",
    ),
    Rule("notifications.Unsubscription", ("user",), DELETE),
]
