"""Time the reports on a large data set, in a database of its own.

    manage.py benchmark_reports [--enrolments 100000] [--learners 10000]
                                [--organisations 30] [--repeat 20]

Makes a fresh database beside the configured one (on PostgreSQL
`<name>_benchmark_reports_<pid>`, so that neither the demo's nor a test run's database
is touched; on SQLite in memory), migrates it, seeds the enrolments in bulk, updates the
planner's statistics as autovacuum would, and prints per report the p50 and p95 time
of its first page, the time of a full CSV export (streamed), and the number of queries
of each. The database is dropped afterwards.
"""

import os
import time

from django.core.management.base import BaseCommand
from django.db import connection

from reports import benchmark


class Command(BaseCommand):
    help = "Time each report's page and full CSV export on a large, separate database."

    def add_arguments(self, parser):
        parser.add_argument("--enrolments", type=int, default=100_000)
        parser.add_argument("--learners", type=int, default=10_000)
        parser.add_argument("--organisations", type=int, default=30)
        parser.add_argument("--repeat", type=int, default=20)

    def handle(self, *args, enrolments, learners, organisations, repeat, **options):
        old_name = connection.settings_dict["NAME"]
        if connection.vendor != "sqlite":
            connection.settings_dict.setdefault("TEST", {})["NAME"] = (
                f"{old_name}_benchmark_reports_{os.getpid()}"
            )
        self.stdout.write("Making a database of its own and migrating it…")
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        try:
            start = time.perf_counter()
            made = benchmark.seed(
                enrolments=enrolments, learners=learners, organisations=organisations
            )
            benchmark.analyse()
            self.stdout.write(
                f"Seeded {made:,} enrolments of {learners:,} learners in "
                f"{organisations} organisations in {time.perf_counter() - start:.1f} s "
                f"({connection.vendor})."
            )
            header = (
                f"{'report':<14}{'page p50':>10}{'page p95':>10}{'queries':>9}"
                f"{'CSV':>9}{'rows':>9}{'queries':>9}"
            )
            self.stdout.write(header)
            for row in benchmark.measure(repeat=repeat):
                self.stdout.write(
                    f"{row['report']:<14}{row['p50_ms']:>8} ms{row['p95_ms']:>7} ms"
                    f"{row['page_queries']:>9}{row['csv_s']:>7} s{row['csv_rows']:>9}"
                    f"{row['csv_queries']:>9}"
                )
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
