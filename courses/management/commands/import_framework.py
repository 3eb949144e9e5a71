import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.exchange import FrameworkImportError, import_case, import_csv


class Command(BaseCommand):
    help = (
        "Import a competency framework from a CASE 1.1 JSON package (.json) or a CSV file "
        "with one row per level (.csv). All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        try:
            if path.suffix.lower() == ".json":
                try:
                    package = json.loads(text)
                except json.JSONDecodeError as error:
                    raise CommandError(
                        f"Line {error.lineno}: not valid JSON ({error.msg})."
                    ) from None
                framework = import_case(package)
            elif path.suffix.lower() == ".csv":
                framework = import_csv(text)
            else:
                raise CommandError("Give a .json (CASE) or a .csv file.")
        except FrameworkImportError as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(error.problems)
            ) from None
        self.stdout.write(
            self.style.SUCCESS(f"Imported {framework} ({framework.locale}).")
        )
