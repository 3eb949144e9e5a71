"""Which learners get a reminder today, queued in bulk; and the coordinators' digest."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import formats, timezone, translation

from accounts.roles import GROUP_NAMES, Role
from courses.localisation import localised_pages, page_in
from notifications import services
from notifications.models import Kind, OutboxMessage, ReminderRule, Unsubscription

from .models import Enrolment

# Deadline reminders go this many days before a cohort's deadline.
DEADLINE_NOTICES = (7, 1)
# When a learner is due several reminders on one day, the most urgent one goes.
PRIORITY: list[str] = [
    Kind.REMINDER_OVERDUE,
    Kind.REMINDER_DEADLINE,
    Kind.REMINDER_INACTIVE,
]


@dataclass
class Candidate:
    kind: str
    key: str
    enrolment_id: int
    programme_key: object
    learner_id: int
    email: str
    name: str
    language: str
    extra: dict


def short_date(day: date, language: str) -> str:
    with translation.override(language):
        return formats.date_format(day, "SHORT_DATE_FORMAT")


def queue_reminders(*, now=None) -> int:
    """Queue today's reminders; returns how many rows were written.

    Active, unfinished enrolments get: a reminder 7 and 1 days before their cohort's
    deadline; a weekly one once it has passed; a weekly one after the programme's number
    of idle days. A learner gets at most one reminder a day (the outbox's constraint
    holds even against a second beat) and none of a kind they switched off.
    """
    now = now or timezone.now()
    started = timezone.now()
    today = timezone.localdate(now)
    year, week, _day = today.isocalendar()
    rules = {
        rule.programme.translation_key: rule
        for rule in ReminderRule.objects.select_related("programme")
    }
    idle_days = {key: rule.inactivity_days for key, rule in rules.items()}
    default_days = settings.REMINDER_INACTIVITY_DAYS
    thresholds = [d for d in [default_days, *idle_days.values()] if d > 0]
    languages = {code for code, _name in settings.LANGUAGES}

    open_enrolments = (
        Enrolment.objects.filter(
            status=Enrolment.Status.ACTIVE,
            progress__completed_at__isnull=True,
            learner__is_active=True,
        )
        # NOT IN over a NULL would exclude everyone: rows of deleted users have none.
        .exclude(
            learner__in=OutboxMessage.objects.filter(
                reminder_day=today, recipient__isnull=False
            ).values("recipient")
        )
        .annotate(
            idle_since=Coalesce(
                "progress__last_activity_at", "decided_at", "enrolled_at"
            )
        )
    )
    due = Q(cohort__deadline__lt=today) | Q(
        cohort__deadline__in=[today + timedelta(days=d) for d in DEADLINE_NOTICES]
    )
    if thresholds:
        due |= Q(idle_since__lte=now - timedelta(days=min(thresholds)))
    rows = open_enrolments.filter(due).values_list(
        "pk",
        "programme_key",
        "idle_since",
        "cohort__deadline",
        "learner_id",
        "learner__email",
        "learner__first_name",
        "learner__preferred_language",
    )
    candidates: list[Candidate] = []
    for (
        pk,
        programme_key,
        idle_since,
        deadline,
        learner_id,
        email,
        name,
        preferred,
    ) in rows:
        language = preferred if preferred in languages else settings.LANGUAGE_CODE
        person = (learner_id, email, name, language)
        if deadline and deadline < today:
            candidates.append(
                Candidate(
                    Kind.REMINDER_OVERDUE,
                    f"reminder:overdue:{pk}:{year}-W{week:02d}",
                    pk,
                    programme_key,
                    *person,
                    {"deadline": short_date(deadline, language)},
                )
            )
        elif deadline and (deadline - today).days in DEADLINE_NOTICES:
            days_left = (deadline - today).days
            candidates.append(
                Candidate(
                    Kind.REMINDER_DEADLINE,
                    f"reminder:deadline:{pk}:{days_left}",
                    pk,
                    programme_key,
                    *person,
                    {
                        "deadline": short_date(deadline, language),
                        "days_left": days_left,
                    },
                )
            )
        days = idle_days.get(programme_key, default_days)
        if days and idle_since <= now - timedelta(days=days):
            candidates.append(
                Candidate(
                    Kind.REMINDER_INACTIVE,
                    f"reminder:inactive:{pk}:{year}-W{week:02d}",
                    pk,
                    programme_key,
                    *person,
                    {"days": (now - idle_since).days},
                )
            )
    chosen = choose_one_per_learner(candidates)
    if not chosen:
        return 0
    pages = localised_pages({c.programme_key for c in chosen})
    outbox_rows: list[dict] = []
    for c in chosen:
        title, url = page_in(pages, c.programme_key, c.language)
        rule = rules.get(c.programme_key)
        outbox_rows.append(
            {
                "idempotency_key": c.key,
                "kind": c.kind,
                "recipient_id": c.learner_id,
                "to_email": c.email,
                "language": c.language,
                "reminder_day": today,
                "created_at": started,
                "next_attempt_at": started,
                "context": {
                    "name": c.name,
                    "programme": title,
                    "programme_url": url,
                    "note": rule.note if rule else "",
                    **c.extra,
                },
            }
        )
    with transaction.atomic():
        ids = services.insert_queued(outbox_rows)
        services.enqueue_send(ids)
    return len(ids)


def choose_one_per_learner(candidates: list[Candidate]) -> list[Candidate]:
    """The most urgent reminder per learner that is neither sent already nor switched off."""
    if not candidates:
        return []
    keys = [c.key for c in candidates]
    sent: set[str] = set()
    for start in range(0, len(keys), 5000):
        sent.update(
            OutboxMessage.objects.filter(
                idempotency_key__in=keys[start : start + 5000]
            ).values_list("idempotency_key", flat=True)
        )
    # All opt-outs of these kinds: fewer rows than the learners a big run names.
    switched_off = set(
        Unsubscription.objects.filter(kind__in=PRIORITY).values_list("user_id", "kind")
    )
    best: dict[int, Candidate] = {}
    for c in candidates:
        if c.key in sent or (c.learner_id, c.kind) in switched_off:
            continue
        current = best.get(c.learner_id)
        if current is None or PRIORITY.index(c.kind) < PRIORITY.index(current.kind):
            best[c.learner_id] = c
    return list(best.values())


def queue_coordinator_digests(*, now=None) -> int:
    """Queue this week's digest for every coordinator with an organisation. Safe to repeat:
    one digest per coordinator per ISO week."""
    from accounts.models import User

    now = now or timezone.now()
    today = timezone.localdate(now)
    year, week, _day = today.isocalendar()
    coordinators = (
        User.objects.filter(
            groups__name=GROUP_NAMES[Role.COORDINATOR],
            organisation__isnull=False,
            is_active=True,
        )
        .exclude(
            pk__in=Unsubscription.objects.filter(kind=Kind.COORDINATOR_DIGEST).values(
                "user"
            )
        )
        .select_related("organisation")
        .distinct()
    )
    queued = 0
    with transaction.atomic():
        for coordinator in coordinators:
            key = f"digest:{coordinator.pk}:{year}-W{week:02d}"
            if OutboxMessage.objects.filter(idempotency_key=key).exists():
                continue
            context = digest_context(coordinator, today)
            services.queue_email(
                kind=Kind.COORDINATOR_DIGEST,
                key=key,
                recipient=coordinator,
                context=context,
            )
            queued += 1
    return queued


def digest_context(coordinator, today: date) -> dict:
    """Figures for one organisation: enrolled, completed, overdue (named), idle."""
    language = services.recipient_language(coordinator)
    enrolments = list(
        Enrolment.objects.filter(
            learner__organisation_id=coordinator.organisation_id,
            status=Enrolment.Status.ACTIVE,
        )
        .select_related("learner", "progress", "cohort")
        .order_by("learner__last_name", "learner__first_name")
    )
    week_ago = timezone.now() - timedelta(days=7)
    completed = [
        e
        for e in enrolments
        if getattr(e, "progress", None) and e.progress.completed_at
    ]
    overdue = [e for e in enrolments if e.is_overdue(today)]
    idle = [
        e
        for e in enrolments
        if e not in completed
        and (
            getattr(e, "progress", None) is None
            or not e.progress.last_activity_at
            or e.progress.last_activity_at < week_ago
        )
    ]
    pages = localised_pages({e.programme_key for e in overdue})
    return {
        "name": coordinator.first_name,
        "organisation": coordinator.organisation.name,
        "enrolled": len(enrolments),
        "completed": len(completed),
        "idle": len(idle),
        "overdue": [
            {
                "learner": e.learner.get_full_name() or e.learner.email,
                "email": e.learner.email,
                "programme": page_in(
                    pages, e.programme_key, language, fallback_title=e.programme_title
                )[0],
                "deadline": short_date(e.deadline, language),
                "percent": e.progress.percent if getattr(e, "progress", None) else 0,
            }
            for e in overdue
        ],
    }
