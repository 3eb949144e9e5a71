"""The plain reference for `manage.py benchmark_outbox`: what Celery and Django's SMTP
backend deliver without the outbox.

A worker started with `-I notifications.benchmark` knows this task; nothing else queues
it. Each task sends a batch of alike emails over one connection, as the outbox's batches
do, but with no rows to claim, render or mark.
"""

from django.core.mail import EmailMultiAlternatives, get_connection

from celery import shared_task

TEXT = "Hello {n},\n\n" + "You have not studied for a while. " * 8 + "\n"
HTML = (
    "<!DOCTYPE html><html><body><p>Hello {n},</p><p>"
    + "You have not studied for a while. " * 8
    + "</p></body></html>"
)


@shared_task
def send_plain_batch(*, first: int, count: int, domain: str) -> int:
    """Send `count` emails numbered from `first` over one SMTP connection."""
    emails = [
        EmailMultiAlternatives(
            subject=f"Reference {n}",
            body=TEXT.format(n=n),
            to=[f"reference-{n}@{domain}"],
            alternatives=[(HTML.format(n=n), "text/html")],
        )
        for n in range(first, first + count)
    ]
    with get_connection(fail_silently=False) as connection:
        return connection.send_messages(emails)
