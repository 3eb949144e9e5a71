import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0021_statements_in_the_new_form")]

    operations = [
        migrations.AlterField(
            model_name="enrolment",
            name="registration",
            field=models.UUIDField(
                default=uuid.uuid4,
                editable=False,
                unique=True,
                verbose_name="registration",
            ),
        ),
    ]
