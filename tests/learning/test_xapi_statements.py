"""Learning statements in the xAPI 1.0.3 (IEEE 9274.1.1) form: context, true language
tags, a stable actor, activity ids that do not move, and old statements brought over."""

import importlib
import json
import re
import uuid
from datetime import datetime
from urllib.parse import urlsplit

from django.apps import apps as django_apps
from django.urls import reverse

from wagtail.models import Locale

import pytest

from courses.models import LessonPage, ProgrammePage
from learning import services, statements
from learning.models import LearningStatement

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..events.pages import translate
from .test_quizzes import quiz_ids

pytestmark = pytest.mark.django_db

# RFC 5646 language tags, as far as a statement can carry them: a language, then
# optional script, region and variant subtags ("und" for undetermined is one).
LANGUAGE_TAG = re.compile(
    r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-[0-9A-Za-z]{5,8})*$"
)


def is_iri(value) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc) and " " not in value


def check_language_map(value) -> None:
    assert isinstance(value, dict)
    assert value
    for tag, text in value.items():
        assert LANGUAGE_TAG.match(tag), tag
        assert isinstance(text, str)
        assert text


def check_activity(activity) -> None:
    assert activity["objectType"] == "Activity"
    assert is_iri(activity["id"])
    definition = activity.get("definition", {})
    if "type" in definition:
        assert is_iri(definition["type"])
    for name in ("name", "description"):
        if name in definition:
            check_language_map(definition[name])


def check_statement(data: dict) -> None:
    """The rules of xAPI 1.0.3's Statement that can be checked on one statement."""
    assert {"id", "actor", "verb", "object"} <= data.keys()
    assert uuid.UUID(data["id"]).version == 4
    actor = data["actor"]
    assert actor["objectType"] == "Agent"
    identifiers = {"mbox", "mbox_sha1sum", "openid", "account"} & actor.keys()
    assert identifiers == {"account"}  # exactly one inverse functional identifier
    assert is_iri(actor["account"]["homePage"])
    uuid.UUID(actor["account"]["name"])
    assert is_iri(data["verb"]["id"])
    check_language_map(data["verb"]["display"])
    check_activity(data["object"])
    context = data.get("context", {})
    assert set(context) <= {
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    }
    if "registration" in context:
        uuid.UUID(context["registration"])
    if "language" in context:
        assert LANGUAGE_TAG.match(context["language"])
    for kind, activities in context.get("contextActivities", {}).items():
        assert kind in {"parent", "grouping", "category", "other"}
        assert isinstance(activities, list)
        for activity in activities:
            check_activity(activity)
    datetime.fromisoformat(data["timestamp"])
    assert data["version"].startswith("1.0.")


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, lessons=2, quiz=True)
    return programme


def lessons(programme):
    return list(LessonPage.objects.descendant_of(programme).order_by("path"))


def exported(learner, verb, kind):
    return [
        s
        for s in statements.export(learner)["statements"]
        if s["verb"]["id"] == statements.VERBS[verb]
        and s["object"]["definition"]["type"] == statements.ACTIVITY_TYPES[kind]
    ]


def test_a_completed_lesson_carries_registration_module_programme_language_platform(
    learner, programme, settings
):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lesson = lessons(programme)[0]
    module = lesson.get_parent()
    english = translate(lesson, "en", title="Topic 1")

    services.complete_lesson(learner=learner, lesson=english, quiz_passed=True)

    [statement] = exported(learner, "completed", "lesson")
    check_statement(statement)
    context = statement["context"]
    assert context["registration"] == str(enrolment.registration)
    assert [a["id"] for a in context["contextActivities"]["parent"]] == [
        f"http://testserver/xapi/activities/module/{module.translation_key}"
    ]
    assert [a["id"] for a in context["contextActivities"]["grouping"]] == [
        f"http://testserver/xapi/activities/programme/{programme.translation_key}"
    ]
    assert context["language"] == "en"  # the page the learner was on
    assert context["platform"] == settings.PLATFORM_NAME
    assert statement["object"]["definition"]["name"] == {
        "lt": "Tema 1",
        "en": "Topic 1",
    }


def test_a_quiz_sits_in_its_lesson_module_and_programme(client, learner, programme):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lesson = lessons(programme)[0]
    block_id, question, _right, wrong = quiz_ids(lesson)
    client.force_login(learner)
    client.post(
        f"/lt/learning/quizzes/{lesson.pk}/{block_id}/attempt/",
        {f"question-{question}": [wrong]},
    )

    [statement] = exported(learner, "failed", "quiz")
    check_statement(statement)
    context = statement["context"]
    parent = context["contextActivities"]["parent"]
    grouping = context["contextActivities"]["grouping"]
    assert [a["id"].split("/")[-2] for a in parent] == ["lesson"]
    assert [a["id"].split("/")[-2] for a in grouping] == ["module", "programme"]
    assert context["registration"] == str(enrolment.registration)
    assert context["language"] == "lt"
    assert statement["object"]["definition"]["name"] == {"lt": "Patikrinkite save"}
    assert statement["object"]["id"].endswith(
        f"/quiz/{lesson.translation_key}/{block_id}"
    )


def test_every_statement_of_a_journey_has_the_xapi_shape(client, learner, site_content):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lesson = module.get_children().first().specific
    client.force_login(learner)
    client.get(lesson.url)
    services.complete_lesson(learner=learner, lesson=lesson)
    services.recalculate_progress(enrolment=enrolment)

    found = statements.export(learner)["statements"]

    assert {s["verb"]["id"].rsplit("/", 1)[-1] for s in found} == {
        "registered",
        "launched",
        "completed",
    }
    for statement in found:
        check_statement(statement)
        assert statement["context"]["registration"] == str(enrolment.registration)
    [module_done] = exported(learner, "completed", "module")
    assert [a["id"] for a in module_done["context"]["contextActivities"]["parent"]] == [
        statements.activity_id("programme", programme.translation_key)
    ]
    assert module_done["object"]["definition"]["description"] == {"lt": "Apie modulį."}


def test_names_carry_each_translations_own_tag_and_aliases_count_for_nothing(
    learner, programme
):
    lesson = lessons(programme)[0]
    translate(lesson, "nb", title="Tema på norsk")
    english = Locale.objects.get(language_code="en")
    english_catalogue = translate(programme.get_parent().specific, "en")
    alias = programme.create_alias(parent=english_catalogue, update_locale=english)
    assert alias.alias_of_id == programme.pk

    definition = statements.describe("lesson", lesson.translation_key)
    programme_definition = statements.describe("programme", programme.translation_key)

    assert definition["name"] == {"lt": "Tema 1", "nb": "Tema på norsk"}
    assert programme_definition["name"] == {"lt": "Programa"}  # the alias is no "en"
    assert programme_definition["description"] == {"lt": "Apie programą."}


def test_content_written_only_in_english_is_tagged_english(learner, site_content):
    english = Locale.objects.get(language_code="en")
    english_home = site_content.get_translation(english)
    catalogue = catalogue_under(english_home)
    only_english = catalogue.add_child(
        instance=ProgrammePage(title="Cluster basics", slug="basics", summary="About.")
    )
    publish(only_english)
    assert only_english.locale == english

    services.enrol_learner(learner=learner, programme=only_english)

    [statement] = exported(learner, "registered", "programme")
    assert statement["object"]["definition"]["name"] == {"en": "Cluster basics"}
    assert "lt" not in json.dumps(statement["object"]["definition"])


def test_the_actor_is_the_persons_public_uuid_and_never_the_database_key(
    learner, programme, settings
):
    services.enrol_learner(learner=learner, programme=programme)
    before = statements.export(learner)["statements"][0]["actor"]
    learner.first_name = "Renamed"
    learner.save()

    [statement] = statements.export(learner)["statements"]

    account = statement["actor"]["account"]
    assert account == before["account"]
    assert account["name"] == str(learner.public_id)
    assert account["name"] != str(learner.pk)
    assert account["homePage"] == settings.XAPI_ACCOUNT_HOMEPAGE
    assert learner.email not in json.dumps(statement)


def test_an_account_home_page_and_ids_come_from_their_settings_not_the_site_url(
    client, learner, programme, settings
):
    settings.IDENTIFIER_BASE_URL = "https://id.example.org"
    settings.XAPI_ACCOUNT_HOMEPAGE = "https://people.example.org"
    settings.ALLOWED_HOSTS = ["*"]
    services.enrol_learner(learner=learner, programme=programme)
    lesson = lessons(programme)[0]
    client.force_login(learner)
    client.get(lesson.url, HTTP_HOST="elsewhere.example.net")
    written = {s["id"]: s for s in statements.export(learner)["statements"]}

    settings.SITE_URL = "https://moved.example.com"
    settings.IDENTIFIER_BASE_URL = "https://changed.example.com"
    settings.XAPI_ACCOUNT_HOMEPAGE = "https://changed.example.com"
    again = {s["id"]: s for s in statements.export(learner)["statements"]}

    assert len(written) == 2
    for key, statement in written.items():
        assert statement["object"]["id"].startswith(
            "https://id.example.org/xapi/activities/"
        )
        assert again[key]["object"] == statement["object"]
        assert again[key]["context"] == statement["context"]
        assert again[key]["actor"]["account"]["homePage"] == (
            "https://people.example.org"
        )
    assert "elsewhere.example.net" not in json.dumps(list(written.values()))


def test_neither_export_gives_another_learners_statements(
    client, learner, outsider, programme
):
    services.enrol_learner(learner=learner, programme=programme)
    services.enrol_learner(learner=outsider, programme=programme)
    client.force_login(outsider)

    download = client.get(reverse("learning:my_statements")).json()
    api = client.get("/api/v1/me/statements")

    assert api.status_code == 200
    assert api["X-Experience-API-Version"] == "1.0.3"
    for found in (download, api.json()):
        [statement] = found["statements"]
        assert statement["actor"]["account"]["name"] == str(outsider.public_id)
    assert str(learner.public_id) not in api.content.decode()


def _migration():
    return importlib.import_module(
        "learning.migrations.0021_statements_in_the_new_form"
    )


def test_a_statement_in_the_old_form_is_migrated_to_the_new_one(learner, programme):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    lesson = lessons(programme)[0]
    translate(lesson, "en", title="Topic 1")
    LearningStatement.objects.all().delete()
    old = LearningStatement.objects.create(
        learner=learner,
        verb="completed",
        object_kind="lesson",
        object_id=f"http://old-host.example:8000/xapi/activities/lesson/"
        f"{lesson.translation_key}",
        object_name="Topic 1",  # was tagged "lt" at export, though English
    )

    _migration().upgrade_statements(django_apps, None)
    _migration().upgrade_statements(django_apps, None)  # a second run changes nothing

    old.refresh_from_db()
    assert old.object_id == (
        f"http://testserver/xapi/activities/lesson/{lesson.translation_key}"
    )
    [statement] = statements.export(learner)["statements"]
    check_statement(statement)
    assert statement["object"]["definition"]["name"] == {
        "lt": "Tema 1",
        "en": "Topic 1",
    }
    context = statement["context"]
    assert context["registration"] == str(enrolment.registration)
    assert [a["id"].split("/")[-2] for a in context["contextActivities"]["parent"]] == [
        "module"
    ]
    assert "language" not in context  # not recorded then; not guessed now


def test_a_migrated_statement_whose_content_is_gone_claims_no_language(learner):
    old = LearningStatement.objects.create(
        learner=learner,
        verb="attended",
        object_kind="event",
        object_id=f"http://old-host.example/xapi/activities/event/{uuid.uuid4()}",
        object_name="Mokymai Biržuose",
    )

    _migration().upgrade_statements(django_apps, None)

    old.refresh_from_db()
    assert old.definition["name"] == {"und": "Mokymai Biržuose"}
    assert old.object_id.startswith("http://testserver/xapi/activities/event/")
    check_statement(statements.as_xapi(old))


def test_an_event_in_a_module_sits_in_the_module_and_its_programme(learner, programme):
    from ..events.pages import event_under

    module = programme.get_children().first().specific
    event = event_under(module)
    enrolment = services.enrol_learner(learner=learner, programme=programme)

    written = statements.record(
        learner=learner,
        verb="attended",
        kind="event",
        key=event.translation_key,
        name=event.title,
    )

    data = statements.as_xapi(written)
    check_statement(data)
    activities = data["context"]["contextActivities"]
    assert [a["id"] for a in activities["parent"]] == [
        statements.activity_id("module", module.translation_key)
    ]
    assert [a["id"] for a in activities["grouping"]] == [
        statements.activity_id("programme", programme.translation_key)
    ]
    assert data["context"]["registration"] == str(enrolment.registration)
    assert data["context"]["language"] == learner.preferred_language
    assert data["object"]["definition"]["description"] == {
        "lt": "Praktiniai mokymai savivaldybių darbuotojams."
    }


def test_an_event_outside_programmes_has_no_registration(learner, site_content):
    from ..events.pages import event_under, index_under

    event = event_under(index_under(site_content))

    written = statements.record(
        learner=learner,
        verb="attended",
        kind="event",
        key=event.translation_key,
        name=event.title,
    )

    assert "registration" not in written.context
    assert "contextActivities" not in written.context
    assert written.definition["name"] == {"lt": "Mokymai Biržuose"}


def test_a_modules_final_quiz_sits_in_the_module_and_its_programme(
    client, learner, programme
):
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    module = programme.get_children().first().specific
    block_id, question, _right, wrong = quiz_ids(module, stream="quiz")
    client.force_login(learner)
    client.post(
        f"/lt/learning/quizzes/{module.pk}/{block_id}/attempt/",
        {f"question-{question}": [wrong]},
    )

    [statement] = exported(learner, "failed", "quiz")
    check_statement(statement)
    activities = statement["context"]["contextActivities"]
    assert [a["id"] for a in activities["parent"]] == [
        statements.activity_id("module", module.translation_key)
    ]
    assert [a["id"] for a in activities["grouping"]] == [
        statements.activity_id("programme", programme.translation_key)
    ]
    assert statement["context"]["registration"] == str(enrolment.registration)
