from django.core.management.base import BaseCommand

from credentials import services


class Command(BaseCommand):
    help = "Issue the Open Badges credentials of valid certificates that have none."

    def handle(self, *args, **options) -> None:
        total = 0
        while issued := services.issue_missing_credentials():
            total += issued
        self.stdout.write(f"{total} credentials issued.")
