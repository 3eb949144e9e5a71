"""Learning statements (xAPI 1.0.3, IEEE 9274.1.1): written with each learning event,
exported on the learner's request, forwarded in batches to an external LRS when one is
configured.

A statement is fixed when it is written, as xAPI statements are immutable: its activity
id (from IDENTIFIER_BASE_URL, never the request's host), the activity's definition (its
names and descriptions in every language the content has, each with its own tag), its
context (the enrolment's registration, the lesson's module and programme, the language,
the platform) and the actor's account home page. Only the actor's display name is read
at export, so that an erased person stays erased.
https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context
"""

import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

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


# Which page types an activity of each kind can be (a quiz sits on a lesson or on a
# module as its final quiz; a module's assignment is described by the module).
CONTENT_KINDS = {
    "programme": ("programme",),
    "module": ("module",),
    "lesson": ("lesson",),
    "quiz": ("lesson", "module"),
    "assignment": ("module",),
    "event": ("event",),
}
DESCRIPTION_LIMIT = 1000
_OLD_ID = re.compile(
    r"/xapi/activities/(?P<kind>[a-z]+)/(?P<key>[^/]+)(?:/(?P<part>[^/]+))?/?$"
)


@dataclass(frozen=True)
class ContentModels:
    """The models statements are described from: the current ones, or a migration's."""

    page: Any
    programme: Any
    module: Any
    lesson: Any
    event: Any
    enrolment: Any

    @classmethod
    def from_apps(cls, apps: Any) -> "ContentModels":
        return cls(
            page=apps.get_model("wagtailcore", "Page"),
            programme=apps.get_model("courses", "ProgrammePage"),
            module=apps.get_model("courses", "ModulePage"),
            lesson=apps.get_model("courses", "LessonPage"),
            event=apps.get_model("events", "EventPage"),
            enrolment=apps.get_model("learning", "Enrolment"),
        )


def current_models() -> ContentModels:
    from django.apps import apps

    return ContentModels.from_apps(apps)


def activity_id(kind: str, key: Any, part: str = "") -> str:
    """A stable IRI per piece of content, the same in every language and on every host.

    It resolves: /xapi/activities/... answers with the page or the activity definition.
    """
    suffix = f"/{part}" if part else ""
    return f"{settings.IDENTIFIER_BASE_URL}/xapi/activities/{kind}/{key}{suffix}"


def language_tag(code: str) -> str:
    """A Django or Wagtail language code as an RFC 5646 tag: "en-gb" becomes "en-GB"."""
    first, *rest = re.split(r"[-_]", code.strip())
    subtags = [first.lower()]
    for subtag in rest:
        if len(subtag) == 2:
            subtags.append(subtag.upper())
        elif len(subtag) == 4:
            subtags.append(subtag.title())
        else:
            subtags.append(subtag.lower())
    return "-".join(subtags)


def _as_key(key: Any) -> uuid.UUID | None:
    try:
        return key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))
    except ValueError:
        return None


def _quiz_stream(page: Any) -> Any:
    return page.quiz if hasattr(page, "quiz") else page.body


def _quiz_block(page: Any, part: str) -> dict | None:
    for block in _quiz_stream(page).raw_data:
        if block.get("type") == "quiz" and block.get("id") == part:
            return block.get("value") or {}
    return None


def find_content(
    kind: str, key: Any, part: str = "", *, models: ContentModels | None = None
) -> list:
    """The published translations (not aliases, which are untranslated copies) of an
    activity's page, the default language first. Empty when there is none."""
    models = models or current_models()
    translation_key = _as_key(key)
    if kind not in CONTENT_KINDS or translation_key is None:
        return []
    if bool(part) != (kind == "quiz"):  # only a quiz is a part of its page
        return []
    for model_name in CONTENT_KINDS[kind]:
        pages = list(
            getattr(models, model_name)
            .objects.filter(
                translation_key=translation_key, live=True, alias_of__isnull=True
            )
            .select_related("locale")
        )
        if kind == "quiz":
            pages = [page for page in pages if _quiz_block(page, part) is not None]
        elif kind == "assignment":
            pages = [page for page in pages if _text(page.assignment_brief)]
        if pages:
            default = settings.LANGUAGE_CODE
            return sorted(
                pages,
                key=lambda page: (page.locale.language_code != default, page.pk),
            )
    return []


def _text(value: Any) -> str:
    text = " ".join(strip_tags(str(value or "")).split())
    if len(text) > DESCRIPTION_LIMIT:
        text = text[: DESCRIPTION_LIMIT - 1].rstrip() + "…"
    return text


def definition_of(
    kind: str, pages: list, *, part: str = "", fallback_name: str = ""
) -> dict:
    """An xAPI activity definition: names and descriptions keyed by each translation's
    own language. Without content, the recorded name under "und" (undetermined):
    a name must never claim a language it may not be in."""
    names: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    for page in pages:
        tag = language_tag(page.locale.language_code)
        name, description = page.title, ""
        if kind == "quiz":
            name = (_quiz_block(page, part) or {}).get("title") or page.title
        elif kind == "assignment":
            description = _text(page.assignment_brief)
        elif kind in ("programme", "module"):
            description = _text(page.summary)
        elif kind == "event":
            description = _text(page.description)
        names.setdefault(tag, name)
        if description:
            descriptions.setdefault(tag, description)
    definition: dict = {
        "type": ACTIVITY_TYPES[kind],
        "name": names or {"und": fallback_name or kind},
    }
    if descriptions:
        definition["description"] = descriptions
    return definition


def describe(
    kind: str,
    key: Any,
    part: str = "",
    *,
    fallback_name: str = "",
    models: ContentModels | None = None,
) -> dict:
    """The definition of an activity as its content stands now."""
    pages = find_content(kind, key, part, models=models)
    return definition_of(kind, pages, part=part, fallback_name=fallback_name)


def _ancestors(page: Any, models: ContentModels) -> tuple[Any, Any]:
    """The module and the programme a page sits in (None where it sits in none)."""
    steplen = 4  # treebeard's materialised path, as Wagtail's Page uses it
    paths = [page.path[:end] for end in range(steplen, len(page.path), steplen)]
    module = models.module.objects.filter(path__in=paths).first()
    programme = models.programme.objects.filter(path__in=paths).first()
    return module, programme


def _context_activity(kind: str, page: Any, models: ContentModels) -> dict:
    key = page.translation_key
    return {
        "objectType": "Activity",
        "id": activity_id(kind, key),
        "definition": describe(kind, key, fallback_name=page.title, models=models),
    }


def context_of(
    *,
    kind: str,
    key: Any,
    pages: list,
    learner_id: int,
    registration: uuid.UUID | None = None,
    language: str = "",
    models: ContentModels,
) -> dict:
    """The xAPI context: registration (the enrolment), parent and grouping activities
    (lesson → module → programme), language and platform."""
    parent: list[dict] = []
    grouping: list[dict] = []
    programme_key = _as_key(key) if kind == "programme" else None
    if pages and kind != "programme":
        page = pages[0]
        module, programme = _ancestors(page, models)
        if kind == "quiz" and hasattr(page, "body"):  # a lesson's quiz
            parent.append(_context_activity("lesson", page, models))
            if module is not None:
                grouping.append(_context_activity("module", module, models))
        elif kind in ("quiz", "assignment"):  # the module's own
            parent.append(_context_activity("module", page, models))
        elif module is not None:
            parent.append(_context_activity("module", module, models))
        if programme is not None:
            target = grouping if parent else parent
            target.append(_context_activity("programme", programme, models))
            programme_key = programme.translation_key
    if registration is None and programme_key is not None:
        enrolments = models.enrolment.objects.filter(
            learner_id=learner_id, programme_key=programme_key
        )
        enrolment = (
            enrolments.filter(status__in=["pending", "active"]).first()
            or enrolments.order_by("-enrolled_at").first()
        )
        registration = enrolment.registration if enrolment else None
    context: dict = {}
    if registration is not None:
        context["registration"] = str(registration)
    activities = {"parent": parent, "grouping": grouping}
    if parent or grouping:
        context["contextActivities"] = {k: v for k, v in activities.items() if v}
    if language:
        context["language"] = language_tag(language)
    context["platform"] = settings.PLATFORM_NAME
    return context


def record(
    *,
    learner: Any,
    verb: str,
    kind: str,
    key: Any,
    name: str,
    part: str = "",
    result: dict | None = None,
    timestamp: Any = None,
    registration: uuid.UUID | None = None,
    language: str = "",
) -> LearningStatement:
    """Write one statement; call it inside the transaction of the event it describes.

    `language` is the language the learner used (the page they were on); without it,
    their preferred language. `registration` is the enrolment's, found when not given.
    """
    if verb not in VERBS or kind not in ACTIVITY_TYPES:
        raise ValueError(f"Unknown verb or activity type: {verb} {kind}")
    learner_id = getattr(learner, "pk", learner)
    if not language:
        language = getattr(learner, "preferred_language", "") or _preferred_language(
            learner_id
        )
    models = current_models()
    pages = find_content(kind, key, part, models=models)
    return LearningStatement.objects.create(
        learner_id=learner_id,
        verb=verb,
        object_kind=kind,
        object_id=activity_id(kind, key, part),
        object_name=name[:255],
        definition=definition_of(kind, pages, part=part, fallback_name=name),
        context=context_of(
            kind=kind,
            key=key,
            pages=pages,
            learner_id=learner_id,
            registration=registration,
            language=language,
            models=models,
        ),
        actor_home_page=settings.XAPI_ACCOUNT_HOMEPAGE,
        result=result,
        timestamp=timestamp or timezone.now(),
    )


def _preferred_language(learner_id: int) -> str:
    from accounts.models import User

    found = (
        User.objects.filter(pk=learner_id)
        .values_list("preferred_language", flat=True)
        .first()
    )
    return found or settings.LANGUAGE_CODE


def upgrade(statement: Any, *, models: ContentModels) -> bool:
    """Bring a statement written before context into the new form, in place (not
    saved). Its id moves to IDENTIFIER_BASE_URL; its definition and context are built
    from the content as it is now. The language it was used in was not recorded, so it
    stays unsaid. Returns False for a statement already in the new form."""
    if statement.definition:
        return False
    kind, key, part = statement.object_kind, "", ""
    if found := _OLD_ID.search(statement.object_id):
        kind, key, part = found["kind"], found["key"], found["part"] or ""
        statement.object_id = activity_id(kind, key, part)
    if kind not in ACTIVITY_TYPES:
        kind = statement.object_kind
    pages = find_content(kind, key, part, models=models)
    statement.definition = definition_of(
        kind, pages, part=part, fallback_name=statement.object_name
    )
    statement.context = context_of(
        kind=kind, key=key, pages=pages, learner_id=statement.learner_id, models=models
    )
    statement.actor_home_page = settings.XAPI_ACCOUNT_HOMEPAGE
    return True


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


def record_launch(*, learner: Any, lesson: Any) -> LearningStatement | None:
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
        language=lesson.locale.language_code,
    )


def as_xapi(
    statement: LearningStatement, *, user: Any = None, for_lrs: bool = False
) -> dict:
    """The statement as xAPI JSON. `for_lrs` leaves out `stored`, which the LRS sets."""
    user = user or statement.learner
    actor: dict = {
        "objectType": "Agent",
        "account": {
            "homePage": statement.actor_home_page or settings.XAPI_ACCOUNT_HOMEPAGE,
            "name": str(user.public_id),
        },
    }
    if full_name := user.get_full_name():
        actor["name"] = full_name
    data: dict = {
        "id": str(statement.id),
        "actor": actor,
        "verb": {
            "id": VERBS[statement.verb],
            "display": {"en-US": statement.verb},
        },
        "object": {
            "objectType": "Activity",
            "id": statement.object_id,
            "definition": statement.definition
            or {
                "type": ACTIVITY_TYPES[statement.object_kind],
                "name": {"und": statement.object_name},
            },
        },
        "timestamp": statement.timestamp.isoformat(),
        "version": XAPI_VERSION,
    }
    if statement.context:
        data["context"] = statement.context
    if statement.result:
        data["result"] = statement.result
    if not for_lrs:
        data["stored"] = statement.stored.isoformat()
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
            json=[as_xapi(statement, for_lrs=True) for statement in statements],
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
