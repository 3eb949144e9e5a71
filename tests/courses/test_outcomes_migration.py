"""Learning outcomes stored as bare text become labelled structs (courses 0015), on the
page and in its revisions, so that drafts and history still open in the editor."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from courses.models import ProgrammePage

from .pages import catalogue_under, programme_under

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("courses", "0014_case_identifiers")]
AFTER = [("courses", "0015_learning_outcomes_labelled")]
OLD = [{"type": "outcome", "value": "Moka kurti partnerystę", "id": "o-1"}]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_outcomes_of_pages_and_revisions_become_labelled_structs(site_content):
    programme = programme_under(catalogue_under(site_content))
    revision = programme.save_revision()
    revision.refresh_from_db()
    try:
        migrate(BEFORE)
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE courses_programmepage SET learning_outcomes = %s"
                " WHERE page_ptr_id = %s",
                [json.dumps(OLD), programme.pk],
            )
            content = dict(revision.content, learning_outcomes=json.dumps(OLD))
            cursor.execute(
                "UPDATE wagtailcore_revision SET content = %s WHERE id = %s",
                [json.dumps(content, cls=DjangoJSONEncoder), revision.pk],
            )

        migrate(AFTER)
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    page = ProgrammePage.objects.get(pk=programme.pk)
    assert [block.value["text"] for block in page.learning_outcomes] == [
        "Moka kurti partnerystę"
    ]
    stored = revision.__class__.objects.get(pk=revision.pk).content
    outcomes = stored["learning_outcomes"]
    outcomes = json.loads(outcomes) if isinstance(outcomes, str) else outcomes
    assert outcomes == [
        {"type": "outcome", "value": {"text": "Moka kurti partnerystę"}, "id": "o-1"}
    ]
