"""Progress rows computed before steps were told apart (what is missing in each module,
the first step the learner may take) are marked stale, so the periodic sweep recomputes
them within a minute instead of at the learner's next action."""

from django.db import migrations


def mark_stale(apps, schema_editor):
    apps.get_model("learning", "EnrolmentProgress").objects.update(stale=True)


class Migration(migrations.Migration):
    dependencies = [("learning", "0017_certificate_settings")]

    operations = [migrations.RunPython(mark_stale, migrations.RunPython.noop)]
