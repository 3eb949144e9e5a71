"""Bring locale/libraries/ up to date with the libraries' catalogues (lms/library_messages.py)."""

from django.core.management.base import BaseCommand

from lms import library_messages


class Command(BaseCommand):
    help = (
        "Add the libraries' strings (django and djangojs) their own Lithuanian and "
        "Norwegian catalogues lack to locale/libraries/ (untranslated), and drop those "
        "they now translate."
    )

    def handle(self, *args, **options):
        for language in library_messages.LANGUAGES:
            for domain in library_messages.DOMAINS:
                added, dropped = library_messages.update(language, domain)
                left = len(library_messages.untranslated(language, domain))
                self.stdout.write(
                    f"{language} {domain}: {added} added, {dropped} dropped, "
                    f"{left} to translate"
                )
