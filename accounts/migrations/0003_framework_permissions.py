from django.db import migrations

from accounts.roles import sync_role_groups


def update_role_groups(apps, schema_editor):
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_role_groups"),
        ("courses", "0003_competency_framework"),
    ]

    operations = [migrations.RunPython(update_role_groups, migrations.RunPython.noop)]
