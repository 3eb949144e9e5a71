"""manage.py restore: put a backup's database and files back, then migrate."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from lms.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup` into a fresh database and the "
        "configured storages, then apply any newer migrations."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that already has tables.",
        )

    def handle(self, *args, archive: Path, force: bool, **options):
        if not archive.is_file():
            raise CommandError(f"No archive at {archive}.")
        try:
            manifest = restore_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} "
            f"({manifest['database']}, {sum(manifest['files'].values())} files)."
        )
