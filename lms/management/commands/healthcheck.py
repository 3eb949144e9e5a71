"""Exit 0 when the named parts of the platform are up, 1 otherwise (for healthchecks)."""

import json

from django.core.management.base import BaseCommand, CommandError

from lms import health

PARTS = ("database", "broker", "beat", "queues")


class Command(BaseCommand):
    help = (
        "Check the database, the broker, beat and the queues as /healthz does; "
        "exit 1 when any of the parts named (default: all) is down."
    )

    def add_arguments(self, parser):
        parser.add_argument("parts", nargs="*", choices=PARTS)

    def handle(self, *args, parts: list[str], **options):
        results = health.checks()
        if parts:
            results = {part: results[part] for part in parts}
        self.stdout.write(json.dumps(results))
        if not health.healthy(results):
            raise CommandError("down", returncode=1)
