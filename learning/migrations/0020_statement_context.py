"""Statements carry their activity definition, context and actor home page; enrolments
get a registration UUID (nullable here, filled in 0021, unique in 0022)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0019_cohorts_from_programme_dates")]

    operations = [
        migrations.AddField(
            model_name="enrolment",
            name="registration",
            field=models.UUIDField(
                editable=False, null=True, verbose_name="registration"
            ),
        ),
        migrations.AddField(
            model_name="learningstatement",
            name="definition",
            field=models.JSONField(default=dict, verbose_name="activity definition"),
        ),
        migrations.AddField(
            model_name="learningstatement",
            name="context",
            field=models.JSONField(default=dict, verbose_name="context"),
        ),
        migrations.AddField(
            model_name="learningstatement",
            name="actor_home_page",
            field=models.URLField(blank=True, verbose_name="actor's account home page"),
        ),
    ]
