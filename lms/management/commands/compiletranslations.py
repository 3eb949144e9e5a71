"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext."""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib


class Command(BaseCommand):
    help = (
        "Compile the project's .po files to .mo with polib (no gettext tools needed)."
    )

    def handle(self, *args, **options):
        count = 0
        # The project's own: a library's catalogue on LOCALE_PATHS comes compiled.
        installed = Path(sys.prefix).resolve()
        for locale_path in settings.LOCALE_PATHS:
            if Path(locale_path).resolve().is_relative_to(installed):
                continue
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                polib.pofile(str(po_path)).save_as_mofile(
                    str(po_path.with_suffix(".mo"))
                )
                count += 1
        self.stdout.write(f"Compiled {count} translation catalogue(s).")
