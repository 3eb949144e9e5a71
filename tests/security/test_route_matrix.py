"""Every route the resolver knows and every API operation, against every persona.

Our own routes are listed below with who may reach them; a route without a line here
fails `test_every_route_is_classified`, so a new URL cannot escape the matrix. The
framework's own routes (Wagtail's admin, allauth) are swept with ids that exist nowhere:
people without admin access never get a page from the admin, and nothing answers 500.
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

import pytest

from lms.api import api
from privacy import services as privacy

from ..learning.test_record_access import world  # noqa: F401 - the shared fixture
from .routes import all_routes

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
SIGNED_IN = frozenset(
    {
        "learner",
        "other learner",
        "named trainer",
        "other trainer",
        "coordinator",
        "other coordinator",
        "admin",
    }
)
EVERYONE = SIGNED_IN | {ANONYMOUS}
STAFF = SIGNED_IN - {"learner", "other learner"}
TRAINERS = frozenset({"named trainer", "other trainer", "admin"})
LEARNER = frozenset({"learner"})
ADMIN = frozenset({"admin"})


@dataclass(frozen=True)
class Case:
    name: str
    url: object  # world -> str
    allowed: frozenset
    method: str = "get"
    # /healthz answers 503 while no worker has beaten: an answer, not a failure.
    unavailable_ok: bool = False


def _lesson(w):
    from courses.models import LessonPage

    return LessonPage.objects.filter(locale__language_code="lt").first()


def _media_image() -> str:
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
    return "/media/" + storages["default"].save("images/x.png", ContentFile(png))


def _signing_key():
    from credentials import keys

    return keys.signing_key()


def _credential(w):
    from credentials import services

    return services.issue_credential(certificate=w["certificate"])


CASES = [
    Case("healthz", lambda w: reverse("healthz"), EVERYONE, unavailable_ok=True),
    Case("healthz_live", lambda w: reverse("healthz_live"), EVERYONE),
    Case("media", lambda w: _media_image(), EVERYONE),
    # Only for a scraper holding METRICS_TOKEN (tests/lms/test_metrics.py).
    Case("metrics", lambda w: reverse("metrics"), frozenset()),
    Case("learning:my_learning", lambda w: reverse("learning:my_learning"), SIGNED_IN),
    Case(
        "learning:my_statements", lambda w: reverse("learning:my_statements"), SIGNED_IN
    ),
    Case(
        "learning:enrol",
        lambda w: reverse("learning:enrol", args=[w["enrolment"].programme_id]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:rate_myself",
        lambda w: reverse("learning:rate_myself", args=[w["enrolment"].pk, "after"]),
        LEARNER,
    ),
    Case(
        "learning:withdraw",
        lambda w: reverse("learning:withdraw", args=[w["enrolment"].pk]),
        LEARNER,
        "post",
    ),
    # The confirmation page (or, for a completed programme, the way back with a word).
    Case(
        "learning:withdraw",
        lambda w: reverse("learning:withdraw", args=[w["enrolment"].pk]),
        LEARNER,
    ),
    Case(
        "learning:complete_lesson",
        lambda w: reverse("learning:complete_lesson", args=[_lesson(w).pk]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:save_reflection",
        lambda w: reverse("learning:save_reflection", args=[_lesson(w).pk, "x"]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:enrol_module",
        lambda w: reverse("learning:enrol_module", args=[w["module"].pk]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:ask_question",
        lambda w: reverse("learning:ask_question", args=[w["module"].pk]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:submit_assignment",
        lambda w: reverse("learning:submit_assignment", args=[w["module"].pk]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "learning:submission_file",
        lambda w: reverse("learning:submission_file", args=[w["submission"].pk]),
        frozenset({"learner", "named trainer", "admin"}),
    ),
    Case(
        "learning:certificate_pdf",
        lambda w: reverse("learning:certificate_pdf", args=[w["certificate"].code]),
        frozenset({"learner", "admin"}),
    ),
    Case(
        "learning:verify_certificate",
        lambda w: reverse("learning:verify_certificate", args=[w["certificate"].code]),
        EVERYONE,
    ),
    # Open Badges: the issuer's documents are public, the downloads the holder's.
    *[
        Case(
            f"credentials:{name}",
            lambda w, name=name: reverse(f"credentials:{name}"),
            EVERYONE,
        )
        for name in ("issuer", "jwks", "did")
    ],
    Case(
        "credentials:key",
        lambda w: reverse("credentials:key", args=[_signing_key().thumbprint]),
        EVERYONE,
    ),
    Case(
        "credentials:status_list",
        lambda w: reverse("credentials:status_list", args=[0]),
        EVERYONE,
    ),
    Case(
        "credentials:credential",
        lambda w: reverse("credentials:credential", args=[_credential(w).public_id]),
        EVERYONE,
    ),
    Case(
        "credentials:achievement",
        lambda w: reverse(
            "credentials:achievement",
            args=[_credential(w).certificate.programme_key],
        ),
        EVERYONE,
    ),
    *[
        Case(
            f"credentials:{name}",
            lambda w, name=name: reverse(
                f"credentials:{name}", args=[w["certificate"].code]
            ),
            LEARNER,
        )
        for name in ("download_jwt", "download_json", "download_badge")
    ],
    Case(
        "learning:follow_up",
        lambda w: reverse("learning:follow_up", args=[w["question"].pk]),
        LEARNER,
        "post",
    ),
    Case(
        "learning:attempt_quiz",
        lambda w: reverse("learning:attempt_quiz", args=[_lesson(w).pk, "x"]),
        SIGNED_IN,
        "post",
    ),
    # Its learner's alone: it may show the correct answers.
    Case(
        "learning:quiz_result",
        lambda w: reverse("learning:quiz_result", args=[w["attempt"].pk]),
        LEARNER,
    ),
    Case("account_profile", lambda w: reverse("account_profile"), SIGNED_IN),
    Case(
        "notifications:preferences",
        lambda w: reverse("notifications:preferences"),
        SIGNED_IN,
    ),
    Case(
        "notifications:unsubscribe",
        lambda w: reverse("notifications:unsubscribe", args=["not-a-token"]),
        EVERYONE,
    ),
    Case("privacy:my_data", lambda w: reverse("privacy:my_data"), SIGNED_IN),
    Case(
        "privacy:request_export",
        lambda w: reverse("privacy:request_export"),
        SIGNED_IN,
        "post",
    ),
    Case(
        "privacy:download_export",
        lambda w: reverse("privacy:download_export", args=[w["export"].pk]),
        LEARNER,
    ),
    Case(
        "privacy:close_account", lambda w: reverse("privacy:close_account"), SIGNED_IN
    ),
    Case("learning_bulk_enrol", lambda w: reverse("learning_bulk_enrol"), STAFF),
    Case(
        "learning_question",
        lambda w: reverse("learning_question", args=[w["question"].pk]),
        frozenset({"named trainer", "admin"}),
    ),
    Case(
        "learning_submission",
        lambda w: reverse("learning_submission", args=[w["submission"].pk]),
        frozenset({"named trainer", "admin"}),
    ),
    Case(
        "learning_revoke_certificate",
        lambda w: reverse("learning_revoke_certificate", args=[w["certificate"].pk]),
        ADMIN,
        "post",
    ),
    Case(
        "learning_decide_enrolment",
        lambda w: reverse(
            "learning_decide_enrolment", args=[w["waiting"].pk, "approve"]
        ),
        frozenset({"named trainer", "coordinator", "admin"}),
        "post",
    ),
    Case(
        "privacy_person",
        lambda w: reverse("privacy_person", args=[w["people"]["learner"].pk]),
        ADMIN,
    ),
    Case(
        "privacy_download_export",
        lambda w: reverse(
            "privacy_download_export",
            args=[w["people"]["learner"].pk, w["export"].pk],
        ),
        ADMIN,
    ),
]

COORDINATORS = frozenset({"coordinator", "other coordinator"})
NOBODY = frozenset()
READ_ACTIONS = ("index", "index_results", "inspect")
# Wagtail shows a record's history and usage to those who may change it.
WRITE_ACTIONS = ("history", "history_results", "usage", "add", "edit", "delete", "copy")
# Our Wagtail viewsets: (namespace, the object their pk routes use, who reads, who writes).
VIEWSETS = [
    ("certificates", lambda w: w["certificate"], ADMIN, NOBODY),
    (
        "organisations",
        lambda w: w["people"]["learner"].organisation,
        COORDINATORS | ADMIN,
        ADMIN,
    ),
    ("outbox", lambda w: w["email"], ADMIN, NOBODY),
    # Listings whose rows lead to the answer and review pages (learning_question, ...).
    ("questions", lambda w: w["question"], TRAINERS, NOBODY),
    ("submissions", lambda w: w["submission"], TRAINERS, NOBODY),
    # Requests awaiting a decision; the buttons post to the decision routes below.
    ("pending_enrolments", lambda w: w["waiting"], STAFF, NOBODY),
    ("pending_registrations", lambda w: w["asked"], COORDINATORS | ADMIN, NOBODY),
]
WITHOUT_INSPECT = {
    "questions",
    "submissions",
    "pending_enrolments",
    "pending_registrations",
}


def _viewset_case(namespace, action, target, readers, writers) -> Case:
    def url(w):
        name = f"{namespace}:{action}"
        if action in ("index", "index_results", "add"):
            return reverse(name)
        return reverse(name, args=[target(w).pk])

    return Case(
        f"{namespace}:{action}", url, readers if action in READ_ACTIONS else writers
    )


CASES += [
    _viewset_case(namespace, action, target, readers, writers)
    for namespace, target, readers, writers in VIEWSETS
    for action in (*READ_ACTIONS, *WRITE_ACTIONS)
    if not (namespace != "organisations" and action == "copy")
    and not (namespace in WITHOUT_INSPECT and action == "inspect")
]
CASES += [
    Case(
        "framework_import",
        lambda w: reverse("framework_import"),
        ADMIN,
    ),
    Case(
        "framework_export",
        lambda w: reverse("framework_export", args=[w["framework"].pk]),
        STAFF,
    ),
    Case(
        "framework_action",
        lambda w: reverse("framework_action", args=[w["framework"].pk, "retire"]),
        ADMIN,
    ),
    Case(
        "framework_import_preview",
        lambda w: reverse(
            "framework_import_preview", args=["00000000-0000-4000-8000-000000000000"]
        ),
        ADMIN,
    ),
    # CASE 1.1: a published framework's objects are public, unknown ones a 404.
    Case("case_documents", lambda w: reverse("case_documents"), EVERYONE),
    *[
        Case(
            name,
            lambda w, name=name: reverse(name, args=[_case_identifier(w["framework"])]),
            EVERYONE,
        )
        for name in ("case_document", "case_package")
    ],
    *[
        Case(
            name,
            lambda w, name=name: reverse(name, args=[_case_item(w)]),
            EVERYONE,
        )
        for name in ("case_CFItems", "case_item_associations")
    ],
    *[
        Case(
            f"case_{endpoint}",
            lambda w, e=endpoint: reverse(f"case_{e}", args=["x"]),
            frozenset(),
        )
        for endpoint in (
            "CFAssociations",
            "CFRubrics",
            "CFRubricCriteria",
            "CFRubricCriterionLevels",
            "CFItemTypes",
            "CFConcepts",
            "CFSubjects",
            "CFLicenses",
            "CFAssociationGroupings",
        )
    ],
    Case("case_unknown", lambda w: reverse("case_unknown", args=["x"]), frozenset()),
    Case(
        "notifications_outbox_action",
        lambda w: reverse("notifications_outbox_action", args=[w["email"].pk, "x"]),
        NOBODY,
        "post",
    ),
]

REPORTS = (
    "learners",
    "programmes",
    "organisations",
    "competencies",
    "growth",
    "certificates",
)
CASES += [
    Case(
        f"reports:{report}{suffix}",
        (lambda name: lambda w: reverse(name))(f"reports:{report}{suffix}"),
        STAFF,
    )
    for report in REPORTS
    for suffix in ("", "_results")
]
CASES += [
    Case(
        "reports:learner_record",
        lambda w: reverse("reports:learner_record", args=[w["people"]["learner"].pk]),
        frozenset({"named trainer", "coordinator", "admin"}),
    ),
    Case(
        "events:register",
        lambda w: reverse("events:register", args=[w["event"].pk]),
        SIGNED_IN,
        "post",
    ),
    Case(
        "events:check_in",
        lambda w: reverse("events:check_in", args=[w["event"].pk]),
        SIGNED_IN,
        "post",
    ),
    # Anyone signed in reaches it; those who did not attend are sent back with a word.
    Case(
        "events:survey",
        lambda w: reverse("events:survey", args=[w["event"].pk]),
        SIGNED_IN,
    ),
    Case(
        "events:cancel",
        lambda w: reverse("events:cancel", args=[w["registration"].pk]),
        LEARNER,
        "post",
    ),
    # The event's public facts for anyone; an invitation for a registered participant.
    Case(
        "events:calendar",
        lambda w: reverse("events:calendar", args=[w["event"].pk]),
        EVERYONE,
    ),
    Case(
        "events:calendar_feed_settings",
        lambda w: reverse("events:calendar_feed_settings"),
        SIGNED_IN,
    ),
    # The learner's feed answers its secret token, not a session: a revoked one is 404.
    Case(
        "events:calendar_feed",
        lambda w: reverse("events:calendar_feed", args=[w["feed_token"]]),
        EVERYONE,
    ),
    Case(
        "events:calendar_feed (revoked)",
        lambda w: reverse("events:calendar_feed", args=[w["revoked_token"]]),
        frozenset(),
    ),
    # The organisers: coordinators of the organising organisation and administrators.
    Case(
        "events_call_off",
        lambda w: reverse("events_call_off", args=[w["event"].pk]),
        frozenset({"coordinator", "admin"}),
    ),
    Case(
        "events_call_off (post)",
        lambda w: reverse("events_call_off", args=[w["event"].pk]),
        frozenset({"coordinator", "admin"}),
        "post",
    ),
    # The event names no trainer here: administrators only.
    Case(
        "events_survey_answers",
        lambda w: reverse("events_survey_answers", args=[w["event"].pk]),
        ADMIN,
    ),
    Case("events_registrations", lambda w: reverse("events_registrations"), STAFF),
    Case(
        "events_registrations_results",
        lambda w: reverse("events_registrations_results"),
        STAFF,
    ),
    Case(
        "events_attendance_list", lambda w: reverse("events_attendance_list"), TRAINERS
    ),
    Case(
        "events_attendance",
        lambda w: reverse("events_attendance", args=[w["event"].pk]),
        ADMIN,
    ),
    *[
        Case(name, (lambda n: lambda w: reverse(n))(name), ADMIN)
        for name in (
            "events_event_indicators",
            "events_event_indicators_results",
            "events_activity_indicators",
            "events_activity_indicators_results",
            "events_participant_splits",
            "events_participant_splits_results",
            "events_participant_splits_external",
            "events_participant_splits_external_results",
        )
    ],
    Case("privacy:notice", lambda w: reverse("privacy:notice"), EVERYONE),
    Case(
        "xapi:activity",
        lambda w: reverse("xapi:activity", args=["lesson", _lesson(w).translation_key]),
        EVERYONE,
    ),
    # The world has no quiz: a block that is not there is a 404 for everyone
    # (tests/learning/test_xapi_activities.py resolves a real one).
    Case(
        "xapi:activity_part",
        lambda w: reverse(
            "xapi:activity_part", args=["quiz", _lesson(w).translation_key, "none"]
        ),
        frozenset(),
    ),
    Case(
        "events_register_staff",
        lambda w: reverse("events_register_staff"),
        COORDINATORS | ADMIN,
    ),
    Case(
        "events_decide",
        lambda w: reverse("events_decide", args=[w["asked"].pk, "approve"]),
        frozenset({"coordinator", "admin"}),
        "post",
    ),
]

# Routes of the frameworks under the platform, classified by their names.
FRAMEWORK_NAMESPACES = (
    "wagtail",
    "wagtailadmin",
    "wagtail_localize",
    "wagtailsnippets",
)
FRAMEWORK_PREFIXES = (
    "wagtail",
    "account_",
    "socialaccount_",
    "mfa_",
    "javascript-catalog",
    "set_language",
    "django.contrib.sitemaps",
)
# Routes whose access is decided by the framework, not by a view of ours.
FRAMEWORK_PATTERNS = ("admin/", "api/v1/", "documents/", "sitemap.xml", "i18n/")


def is_framework_route(route) -> bool:
    name = route.name or ""
    if name in PUBLIC_ADMIN:
        return True
    if any(name.startswith(prefix) for prefix in FRAMEWORK_PREFIXES):
        return True
    if any(name.split(":")[0].startswith(ns) for ns in FRAMEWORK_NAMESPACES):
        return True
    return name == "" and route.pattern.startswith(FRAMEWORK_PATTERNS)


def _case_identifier(obj):
    from courses.exchange.identifiers import case_identifier

    return case_identifier(obj)


def _case_item(w):
    from courses.models import Competency

    return _case_identifier(
        Competency.objects.filter(area__framework=w["framework"]).first()
    )


def denied(response) -> bool:
    if response.status_code in (401, 403, 404, 405):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and "/login/" in location


@pytest.fixture
def people(world):  # noqa: F811
    from courses.models import ModulePage

    world["module"] = ModulePage.objects.get(
        translation_key=world["submission"].module_key, locale__language_code="lt"
    )
    from courses.models import CompetencyFramework
    from events import services as events
    from notifications.models import OutboxMessage

    from ..events.pages import event_under

    learner = world["people"]["learner"]
    event = event_under(world["enrolment"].programme, organisation=learner.organisation)
    world["event"] = event
    world["registration"] = events.register_for_event(person=learner, event=event)
    asking = event_under(
        world["enrolment"].programme,
        slug="patvirtinami",
        organisation=learner.organisation,
        needs_approval=True,
    )
    from events import feeds

    world["feed_token"] = feeds.create_feed(person=learner)
    world["revoked_token"] = feeds.create_feed(person=world["people"]["other learner"])
    feeds.revoke_feeds(person=world["people"]["other learner"])
    world["asked"] = events.register_for_event(
        person=world["people"]["other learner"], event=asking
    )
    from courses.models import HomePage
    from privacy.demo import seed_privacy_notice

    seed_privacy_notice(home=HomePage.objects.get(locale__language_code="lt"))
    world["framework"] = CompetencyFramework.objects.first()
    world["email"] = OutboxMessage.objects.first()
    world["export"] = privacy.build_export(
        export_id=privacy.request_export(user=world["people"]["learner"]).pk
    )
    return world


def _api_operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return [
        (path, method)
        for path, item in schema["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _is_api_operation_or_document(route, operations) -> bool:
    if not route.is_api:
        return False
    documented = {
        re.sub(r"\{(\w+)\}", r"<\1>", path.removeprefix("/api/v1"))
        for path, _ in operations
    }
    documents = {"/", "/openapi.json", "/docs"}
    return route.pattern.removeprefix("api/v1") in documented | documents


def test_every_route_is_classified():
    ours = {case.name for case in CASES}
    operations = _api_operations()
    unclassified = sorted(
        f"{route.name or '(no name)'} {route.pattern}"
        for route in all_routes()
        if route.name not in ours
        and not is_framework_route(route)
        and not _is_api_operation_or_document(route, operations)
    )

    assert not unclassified, "Add these routes to CASES: " + ", ".join(unclassified)


def _outcomes(client, setting, case) -> dict[str, bool]:
    outcomes = {}
    for name in sorted(EVERYONE):
        client.logout()
        if name != ANONYMOUS:
            client.force_login(setting["people"][name])
        # Each person's request is undone, so that one's action does not change
        # what the next one finds.
        with transaction.atomic():
            response = getattr(client, case.method)(case.url(setting))
            transaction.set_rollback(True)
        if not (case.unavailable_ok and response.status_code == 503):
            assert response.status_code < 500, (case.name, name, response.status_code)
        outcomes[name] = not denied(response)
    return outcomes


def test_each_page_answers_only_the_people_it_is_for(client, people):
    """Reading changes nothing, so one world serves every GET route."""
    wrong = {}
    for case in CASES:
        if case.method != "get":
            continue
        outcomes = _outcomes(client, people, case)
        expected = {name: name in case.allowed for name in outcomes}
        if outcomes != expected:
            wrong[case.name] = {
                name for name in outcomes if outcomes[name] != expected[name]
            }
    assert not wrong


POSTS = [case for case in CASES if case.method != "get"]


@pytest.mark.parametrize("case", POSTS, ids=[case.name for case in POSTS])
def test_each_action_answers_only_the_people_it_is_for(client, people, case):
    outcomes = _outcomes(client, people, case)

    assert outcomes == {name: name in case.allowed for name in outcomes}


# The admin's sign-in (sent to the site's), the icons and the icons every admin page loads.
PUBLIC_ADMIN = {
    "admin_login",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


def test_the_frameworks_admin_gives_nothing_to_anonymous_people_or_learners(
    client, learner
):
    admin_routes = [
        route
        for route in all_routes()
        if route.is_admin and is_framework_route(route) and route.placeholder_url()
    ]
    assert len(admin_routes) > 100  # the sweep really walks Wagtail's admin
    given = []
    for who in ("anonymous", "learner"):
        client.logout()
        if who == "learner":
            client.force_login(learner)
        for route in admin_routes:
            if route.name in PUBLIC_ADMIN:
                continue
            response = client.get(route.placeholder_url())
            if response.status_code >= 500 or not denied(response):
                given.append((who, route.name, response.status_code))
    assert not given


# Public operations: the catalogue, as the site's catalogue page is public.
PUBLIC_API = {("/api/v1/catalogue", "get")}


def test_every_api_operation_refuses_anonymous_callers(client):
    operations = _api_operations()
    assert operations
    for path, method in operations:
        if (path, method) in PUBLIC_API:
            continue
        url = re.sub(r"\{\w+\}", "999999", path)
        response = getattr(client, method)(url, content_type="application/json")
        assert response.status_code in (401, 403), (method, path, response.status_code)
