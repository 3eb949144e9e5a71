"""manage.py backup: the database and every stored file, in one archive."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from lms.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Write the database (SQLite or PostgreSQL) and the files of both storages "
        "(local folders or buckets) to one .tar.gz archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="The archive to write (default: var/backups/lms-<time>.tar.gz).",
        )

    def handle(self, *args, output: Path | None, **options):
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        output = output or Path(settings.VAR_DIR) / "backups" / f"lms-{stamp}.tar.gz"
        try:
            manifest = make_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = ", ".join(f"{n} {alias}" for alias, n in manifest["files"].items())
        self.stdout.write(
            f"Backed up the {manifest['database']} database and {files} files to {output}"
        )
