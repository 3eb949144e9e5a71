import uuid

from django.db import migrations


def fill_public_ids(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(public_id__isnull=True).only("pk").iterator():
        User.objects.filter(pk=user.pk).update(public_id=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("accounts", "0009_user_public_id")]

    operations = [migrations.RunPython(fill_public_ids, migrations.RunPython.noop)]
