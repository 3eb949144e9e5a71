"""Learning statements (xAPI 1.0.3): written with each learning event, exported on the
learner's request, forwarded in batches to an external LRS when one is configured."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

import requests

from .models import LearningStatement, LrsSettings

logger = logging.getLogger(__name__)

XAPI_VERSION = "1.0.3"
VERBS = {
    "registered": "http://adlnet.gov/expapi/verbs/registered",
    "launched": "http://adlnet.gov/expapi/verbs/launched",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "submitted": "http://activitystrea.ms/schema/1.0/submit",
    "attended": "http://adlnet.gov/expapi/verbs/attended",
}
ACTIVITY_TYPES = {
    "programme": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "assignment": "http://adlnet.gov/expapi/activities/assessment",
    "event": "http://adlnet.gov/expapi/activities/meeting",
}


def activity_id(kind: str, key, part: str = "") -> str:
    """A stable IRI per piece of content, the same in every language."""
    return (
        f"{settings.SITE_URL}/xapi/activities/{kind}/{key}{'/' + part if part else ''}"
    )


def record(
    *,
    learner,
    verb: str,
    kind: str,
    key,
    name: str,
    part: str = "",
    result: dict | None = None,
    timestamp=None,
) -> LearningStatement:
    """Write one statement; call it inside the transaction of the event it describes."""
    if verb not in VERBS or kind not in ACTIVITY_TYPES:
        raise ValueError(f"Unknown verb or activity type: {verb} {kind}")
    return LearningStatement.objects.create(
        learner_id=getattr(learner, "pk", learner),
        verb=verb,
        object_kind=kind,
        object_id=activity_id(kind, key, part),
        object_name=name[:255],
        result=result,
        timestamp=timestamp or timezone.now(),
    )


def score_result(percent: int, passed: bool) -> dict:
    return {
        "score": {
            "scaled": round(percent / 100, 4),
            "raw": percent,
            "min": 0,
            "max": 100,
        },
        "success": passed,
    }


def record_launch(*, learner, lesson) -> LearningStatement | None:
    """A learner opened a lesson: one statement per lesson per day is enough.

    No transaction of its own: two tabs opened at once may both write one, which is
    true (the lesson was launched twice) and costs the page nothing.
    """
    object_id = activity_id("lesson", lesson.translation_key)
    today = timezone.localdate()
    already = LearningStatement.objects.filter(
        learner=learner,
        verb="launched",
        object_id=object_id,
        timestamp__date=today,
    ).exists()
    if already:
        return None
    return record(
        learner=learner,
        verb="launched",
        kind="lesson",
        key=lesson.translation_key,
        name=lesson.title,
    )


def as_xapi(statement: LearningStatement, *, user=None) -> dict:
    user = user or statement.learner
    data = {
        "id": str(statement.id),
        "actor": {
            "objectType": "Agent",
            "name": user.get_full_name() or user.email,
            "account": {"homePage": settings.SITE_URL, "name": str(user.pk)},
        },
        "verb": {
            "id": VERBS[statement.verb],
            "display": {"en-US": statement.verb},
        },
        "object": {
            "objectType": "Activity",
            "id": statement.object_id,
            "definition": {
                "type": ACTIVITY_TYPES[statement.object_kind],
                "name": {settings.LANGUAGE_CODE: statement.object_name},
            },
        },
        "timestamp": statement.timestamp.isoformat(),
        "stored": statement.stored.isoformat(),
        "version": XAPI_VERSION,
    }
    if statement.result:
        data["result"] = statement.result
    return data


def export(user) -> dict:
    """A learner's statements as an xAPI StatementResult."""
    rows = LearningStatement.objects.filter(learner=user).order_by("stored")
    return {
        "statements": [as_xapi(row, user=user) for row in rows.iterator()],
        "more": "",
    }


class LrsUnavailable(Exception):
    """The LRS did not take the batch now; try again later."""


def forward_batch(*, limit: int = 100) -> int:
    """Send the oldest statements not yet forwarded to the configured LRS, as one POST.

    Returns how many were accepted. Statements keep their ids, so a batch sent twice (a
    retry after a lost answer) is recognised by the LRS rather than duplicated. Rows are
    locked while they are sent, so two runs never send the same batch at once.
    """
    lrs = LrsSettings.load()
    if not lrs.enabled or not lrs.endpoint:
        return 0
    with transaction.atomic():
        batch = list(
            LearningStatement.objects.filter(
                forwarded_at__isnull=True, forward_error=""
            )
            .select_related("learner")
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("stored")[:limit]
        )
        if not batch:
            return 0
        url = lrs.endpoint.rstrip("/") + "/statements"
        response = _post(url, lrs, batch)
        if response.status_code == 400:
            # One bad statement must not hold back the rest: send them one by one,
            # and set aside the ones the LRS refuses.
            return _forward_one_by_one(url, lrs, batch)
        if response.status_code not in (200, 204):
            # Refused (a bad key, a statement it rejects): retrying will not help.
            logger.error(
                "The LRS refused %s statements: %s %s",
                len(batch),
                response.status_code,
                response.text[:500],
            )
            return 0
        LearningStatement.objects.filter(pk__in=[s.pk for s in batch]).update(
            forwarded_at=timezone.now()
        )
    return len(batch)


def _post(url: str, lrs: LrsSettings, statements: list) -> requests.Response:
    try:
        response = requests.post(
            url,
            json=[as_xapi(statement) for statement in statements],
            auth=(lrs.username, lrs.password) if lrs.username else None,
            headers={"X-Experience-API-Version": XAPI_VERSION},
            timeout=20,
        )
    except requests.RequestException as error:
        raise LrsUnavailable(str(error)) from error
    if response.status_code >= 500 or response.status_code == 429:
        raise LrsUnavailable(f"{response.status_code} from {url}")
    return response


def _forward_one_by_one(url: str, lrs: LrsSettings, batch: list) -> int:
    sent = 0
    for statement in batch:
        response = _post(url, lrs, [statement])
        if response.status_code in (200, 204):
            statement.forwarded_at = timezone.now()
            statement.save(update_fields=["forwarded_at"])
            sent += 1
        elif response.status_code == 400:
            statement.forward_error = response.text[:2000] or "400"
            statement.save(update_fields=["forward_error"])
        else:
            break  # refused as a whole (credentials): the next run tries again
    return sent
