import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from courses.exchange import export_case
from courses.models import CompetencyFramework


class Command(BaseCommand):
    help = "Export a competency framework as a CASE 1.1 JSON package (to stdout or --output)."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("version")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE)
        parser.add_argument("--output", "-o")

    def handle(self, *args, code, version, language, output=None, **options):
        framework = CompetencyFramework.objects.filter(
            code=code, version=version, locale__language_code=language
        ).first()
        if framework is None:
            raise CommandError(
                f"No framework {code} {version} in language {language!r}."
            )
        text = json.dumps(
            export_case(framework, creator=settings.SITE_URL),
            ensure_ascii=False,
            indent=2,
        )
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stdout.write(self.style.SUCCESS(f"Wrote {output}."))
        else:
            self.stdout.write(text)
