"""A programme's own cohort dates (ProgrammePage.cohort_start/cohort_end, which courses
0013 removes) become a Cohort of that programme, so that no date is lost."""

from django.db import migrations


def copy_dates(apps, schema_editor):
    ProgrammePage = apps.get_model("courses", "ProgrammePage")
    Cohort = apps.get_model("learning", "Cohort")
    seen = set()
    pages = ProgrammePage.objects.filter(
        cohort_start__isnull=False, cohort_end__isnull=False, alias_of__isnull=True
    ).order_by("pk")
    for page in pages:
        if page.translation_key in seen or page.cohort_end < page.cohort_start:
            continue
        seen.add(page.translation_key)
        Cohort.objects.get_or_create(
            programme_key=page.translation_key,
            starts_on=page.cohort_start,
            ends_on=page.cohort_end,
            defaults={
                "programme_id": page.pk,
                "name": f"{page.cohort_start:%Y-%m-%d} – {page.cohort_end:%Y-%m-%d}",
                "deadline": page.cohort_end,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0018_progress_next_steps"),
        ("courses", "0012_topic_names"),
    ]

    operations = [migrations.RunPython(copy_dates, migrations.RunPython.noop)]
