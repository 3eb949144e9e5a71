"""Every enrolment gets its own registration UUID, then every statement written before
context gets it: ids on IDENTIFIER_BASE_URL, definitions with true language tags, the
registration, parent and grouping activities, the platform, the actor's home page."""

import uuid

from django.db import migrations


def fill_registrations(apps, schema_editor):
    Enrolment = apps.get_model("learning", "Enrolment")
    for pk in Enrolment.objects.filter(registration__isnull=True).values_list(
        "pk", flat=True
    ):
        Enrolment.objects.filter(pk=pk).update(registration=uuid.uuid4())


def upgrade_statements(apps, schema_editor):
    from learning import statements

    models = statements.ContentModels.from_apps(apps)
    LearningStatement = apps.get_model("learning", "LearningStatement")
    for statement in LearningStatement.objects.filter(definition={}).iterator():
        if statements.upgrade(statement, models=models):
            statement.save(
                update_fields=["object_id", "definition", "context", "actor_home_page"]
            )


def forwards(apps, schema_editor):
    fill_registrations(apps, schema_editor)
    upgrade_statements(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0020_statement_context"),
        ("courses", "0014_case_identifiers"),
        ("events", "0005_survey_question_sets"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
