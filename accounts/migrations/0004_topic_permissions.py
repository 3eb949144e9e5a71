from django.db import migrations

from accounts.roles import sync_role_groups


def update_role_groups(apps, schema_editor):
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_framework_permissions"),
        ("courses", "0007_locale_synchronisation"),
    ]

    operations = [migrations.RunPython(update_role_groups, migrations.RunPython.noop)]
