from django.db import migrations

from accounts.roles import sync_role_groups


def update_role_groups(apps, schema_editor):
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_topic_permissions"),
        ("notifications", "0001_initial"),
    ]

    operations = [migrations.RunPython(update_role_groups, migrations.RunPython.noop)]
