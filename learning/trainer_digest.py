"""The trainers' digest: new work waiting for them, in one email an hour at most.

Each trainer named on a programme gets, at most once per clock hour, one email listing
the assignments handed in and the questions asked (or asked again after an answer) on
their programmes since their previous digest, that still wait when it is written: work
reviewed or answered before then is not listed, and nothing new means no email. The
key names the trainer and the hour, so a second run in the same hour (a retry, a second
beat) queues nothing more, and what arrives after a digest waits for the next one.
"""

from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from accounts.models import User
from courses.models import ProgrammeTrainer
from notifications.models import Kind, OutboxMessage, Unsubscription

from . import emails
from .models import Question, Submission

# How far back a digest looks when the trainer has had none (new trainers, or none
# for a week): work older than that is on their dashboard, not news.
LOOKBACK = timedelta(days=7)
# Items named in one email; the counts cover them all.
LISTED = 20


def digest_key(trainer_id: int, now: datetime) -> str:
    """One key per trainer and clock hour (UTC)."""
    return f"{Kind.TRAINER_DIGEST}:{trainer_id}:{now.astimezone(UTC):%Y-%m-%dT%H}"


def queue_trainer_digests(*, now: datetime | None = None) -> int:
    """Queue this hour's digest for each trainer with new work; returns how many.

    A fixed number of queries for the work and the trainers, then one outbox row per
    trainer with something to tell. Trainers who switched the digest off, inactive
    accounts, and a trainer's own work as a learner are left out.
    """
    now = now or timezone.now()
    programmes_of: dict[int, set] = {}
    for user_id, programme_key in (
        ProgrammeTrainer.objects.filter(user__is_active=True)
        .exclude(
            user__in=Unsubscription.objects.filter(kind=Kind.TRAINER_DIGEST).values(
                "user"
            )
        )
        .values_list("user_id", "programme__translation_key")
    ):
        programmes_of.setdefault(user_id, set()).add(programme_key)
    if not programmes_of:
        return 0
    keys = {user_id: digest_key(user_id, now) for user_id in programmes_of}
    queued_already = set(
        OutboxMessage.objects.filter(idempotency_key__in=keys.values()).values_list(
            "idempotency_key", flat=True
        )
    )
    since = _previous_digests(list(programmes_of), now)
    earliest = min(since.values())
    every_programme = set().union(*programmes_of.values())
    submissions = list(
        Submission.objects.filter(
            status=Submission.Status.SUBMITTED,
            programme_key__in=every_programme,
            submitted_at__gt=earliest,
            submitted_at__lte=now,
        )
        .select_related("learner")
        .order_by("submitted_at", "pk")
    )
    questions = list(
        Question.objects.filter(
            answered_at__isnull=True, programme_key__in=every_programme
        )
        .annotate(asked_at=Max("messages__created_at", filter=_by_learner()))
        .filter(asked_at__gt=earliest, asked_at__lte=now)
        .select_related("learner")
        .order_by("asked_at", "pk")
    )
    trainers = User.objects.in_bulk(list(programmes_of))
    queued = 0
    with transaction.atomic():
        for user_id, programmes in programmes_of.items():
            if keys[user_id] in queued_already or user_id not in trainers:
                continue
            start = since[user_id]

            def new(item, moment, programmes=programmes, start=start, me=user_id):
                return (
                    item.programme_key in programmes
                    and moment > start
                    and item.learner_id != me
                )

            waiting = [s for s in submissions if new(s, s.submitted_at)]
            asked = [q for q in questions if new(q, q.asked_at)]
            if not waiting and not asked:
                continue
            emails.queue_trainer_digest(
                trainer=trainers[user_id],
                key=keys[user_id],
                until=now,
                submissions=waiting,
                questions=asked,
                listed=LISTED,
            )
            queued += 1
    return queued


def _by_learner() -> Q:
    """A question's messages from its learner: the question itself and follow-ups (a
    follow-up after an answer makes it wait again)."""
    return Q(messages__by_trainer=False)


def _previous_digests(trainer_ids: list[int], now: datetime) -> dict[int, datetime]:
    """{trainer id: where their last digest stopped}, or a week back for those without
    one in the last week (one query)."""
    start = now - LOOKBACK
    since = dict.fromkeys(trainer_ids, start)
    for user_id, until in (
        OutboxMessage.objects.filter(
            kind=Kind.TRAINER_DIGEST,
            recipient_id__in=trainer_ids,
            created_at__gte=start,
        )
        .order_by("created_at", "pk")
        .values_list("recipient_id", "context__until")
    ):
        if until:
            since[user_id] = max(start, datetime.fromisoformat(until))
    return since
