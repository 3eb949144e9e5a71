from django.db import migrations

from accounts.roles import sync_role_groups


def update_role_groups(apps, schema_editor):
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_cohort_permissions"),
        ("learning", "0009_statements"),
    ]

    operations = [migrations.RunPython(update_role_groups, migrations.RunPython.noop)]
