"""Statements written before context are brought into the new form, and every existing
enrolment gets a registration of its own (learning 0020-0022)."""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from courses.models import LessonPage

from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("learning", "0019_cohorts_from_programme_dates")]
AFTER = [("learning", "0022_enrolment_registration_unique")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_old_statements_and_enrolments_are_migrated(site_content, learner, outsider):
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False)
    lesson = LessonPage.objects.child_of(module).get()
    apps = _migrate(BEFORE)
    Enrolment = apps.get_model("learning", "Enrolment")
    for person in (learner, outsider):
        Enrolment.objects.create(
            learner_id=person.pk,
            programme_key=programme.translation_key,
            programme_title="Programa",
            status="active",
        )
    apps.get_model("learning", "LearningStatement").objects.create(
        learner_id=learner.pk,
        verb="completed",
        object_kind="lesson",
        object_id=f"http://127.0.0.1:8000/xapi/activities/lesson/{lesson.translation_key}",
        object_name="Tema 1",
    )

    apps = _migrate(AFTER)

    Enrolment = apps.get_model("learning", "Enrolment")
    registrations = set(Enrolment.objects.values_list("registration", flat=True))
    assert len(registrations) == 2
    assert all(isinstance(value, uuid.UUID) for value in registrations)
    statement = apps.get_model("learning", "LearningStatement").objects.get()
    assert statement.object_id == (
        f"http://testserver/xapi/activities/lesson/{lesson.translation_key}"
    )
    assert statement.definition == {
        "type": "http://adlnet.gov/expapi/activities/lesson",
        "name": {"lt": "Tema 1"},
    }
    mine = Enrolment.objects.get(learner_id=learner.pk)
    assert statement.context["registration"] == str(mine.registration)
    assert [a["id"] for a in statement.context["contextActivities"]["parent"]] == [
        f"http://testserver/xapi/activities/module/{module.translation_key}"
    ]
    assert statement.actor_home_page
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
