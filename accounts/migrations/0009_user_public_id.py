"""A stable public identifier per person, in three steps (add, fill, make unique) so
existing rows each get their own value: a callable default is evaluated once for all."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0008_certificate_permissions")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="public_id",
            field=models.UUIDField(
                editable=False, null=True, verbose_name="public identifier"
            ),
        ),
    ]
