from django.db import migrations

from accounts.roles import sync_role_groups


def update_role_groups(apps, schema_editor):
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_lrs_permission"),
        ("learning", "0012_module_progress"),
    ]

    operations = [migrations.RunPython(update_role_groups, migrations.RunPython.noop)]
