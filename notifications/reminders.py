"""Which learners get a reminder today, queued in bulk."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from learning.models import Enrolment

from . import services
from .messages import localised_pages, page_in
from .models import Kind, OutboxMessage, ReminderRule, Unsubscription


def queue_reminders(*, now=None) -> int:
    """Queue today's inactivity reminders; returns how many rows were written.

    A learner active in a programme, not finished, and idle for the programme's number of
    days gets one reminder per programme per week, and at most one reminder a day in all
    (the outbox's constraint), unless they switched the kind off.
    """
    now = now or timezone.now()
    started = timezone.now()
    today = timezone.localdate(now)
    year, week, _day = today.isocalendar()
    rules = {
        rule.programme.translation_key: rule
        for rule in ReminderRule.objects.select_related("programme")
    }
    days_by_programme = {key: rule.inactivity_days for key, rule in rules.items()}
    default_days = settings.REMINDER_INACTIVITY_DAYS
    thresholds = [d for d in [default_days, *days_by_programme.values()] if d > 0]
    if not thresholds:
        return 0
    candidates = (
        Enrolment.objects.filter(
            status=Enrolment.Status.ACTIVE, progress__completed_at__isnull=True
        )
        .exclude(
            learner__in=Unsubscription.objects.filter(
                kind=Kind.REMINDER_INACTIVE
            ).values("user")
        )
        .exclude(
            # NOT IN over a NULL would exclude everyone: rows of deleted users have none.
            learner__in=OutboxMessage.objects.filter(
                reminder_day=today, recipient__isnull=False
            ).values("recipient")
        )
        .filter(learner__is_active=True)
        .annotate(
            idle_since=Coalesce(
                "progress__last_activity_at", "decided_at", "enrolled_at"
            )
        )
        .filter(idle_since__lte=now - timedelta(days=min(thresholds)))
        .order_by("idle_since", "pk")
        .values_list(
            "pk",
            "programme_key",
            "idle_since",
            "learner_id",
            "learner__email",
            "learner__first_name",
            "learner__preferred_language",
        )
    )
    candidates = list(candidates)
    pages = localised_pages(
        {programme_key for _pk, programme_key, *_rest in candidates}
    )
    languages = {code for code, _name in settings.LANGUAGES}
    rows, reminded = [], set()
    for pk, programme_key, idle_since, learner_id, email, name, preferred in candidates:
        days = days_by_programme.get(programme_key, default_days)
        if (
            learner_id in reminded
            or days == 0
            or idle_since > now - timedelta(days=days)
        ):
            continue
        language = preferred if preferred in languages else settings.LANGUAGE_CODE
        title, url = page_in(pages, programme_key, language)
        rule = rules.get(programme_key)
        reminded.add(learner_id)
        rows.append(
            OutboxMessage(
                idempotency_key=f"reminder:inactive:{pk}:{year}-W{week:02d}",
                kind=Kind.REMINDER_INACTIVE,
                recipient_id=learner_id,
                to_email=email,
                language=language,
                reminder_day=today,
                created_at=started,
                next_attempt_at=started,
                context={
                    "name": name,
                    "programme": title,
                    "programme_url": url,
                    "days": (now - idle_since).days,
                    "note": rule.note if rule else "",
                },
            )
        )
    if not rows:
        return 0
    with transaction.atomic():
        OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
        ids = list(
            OutboxMessage.objects.filter(
                kind=Kind.REMINDER_INACTIVE,
                reminder_day=today,
                status=OutboxMessage.Status.QUEUED,
                created_at=started,
            ).values_list("pk", flat=True)
        )
        services.enqueue_send(ids)
    return len(ids)
