"""A programme's own cohort dates become a Cohort before the fields go (learning 0019,
courses 0013)."""

from datetime import date

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from .pages import catalogue_under, programme_under

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("learning", "0018_progress_next_steps"), ("courses", "0012_topic_names")]
AFTER = [("courses", "0013_remove_programme_cohort_dates")]


def test_the_dates_become_a_cohort_of_the_programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    ProgrammePage = apps.get_model("courses", "ProgrammePage")
    page = ProgrammePage.objects.get(pk=programme.pk)
    ProgrammePage.objects.filter(pk=page.pk).update(
        cohort_start=date(2026, 9, 1), cohort_end=date(2026, 12, 20)
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    Cohort = apps.get_model("learning", "Cohort")
    cohort = Cohort.objects.get(programme_key=page.translation_key)
    assert (cohort.starts_on, cohort.ends_on, cohort.deadline) == (
        date(2026, 9, 1),
        date(2026, 12, 20),
        date(2026, 12, 20),
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
