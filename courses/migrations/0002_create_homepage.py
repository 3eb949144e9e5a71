import uuid

from django.conf import settings
from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("courses", "HomePage")

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    # Replace Wagtail's "Welcome" page (its Site goes with it).
    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2
    ).delete()
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="homepage")
    root = Page.objects.get(depth=1)
    # Paths are the treebeard steps: the root's first child after the deletion above.
    siblings = Page.objects.filter(depth=2).count()
    home = HomePage.objects.create(
        title="Socialinė klasterystė",
        draft_title="Socialinė klasterystė",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{siblings + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = siblings + 1
    root.save(update_fields=["numchild"])
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Socialinė klasterystė",
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("courses", "HomePage").objects.filter(depth=2, slug="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
