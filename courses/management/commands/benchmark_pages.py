"""Time the course pages against the size of a module. Changes nothing: rolls back."""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.demo import ensure_home_page
from courses.models import CatalogueIndexPage, LessonPage, ModulePage, ProgrammePage


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Render catalogue, programme, module and lesson pages for modules of growing size "
        "and print the median time and query count of each (cold and warm cache)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="3,30,60,120")
        parser.add_argument("--repeat", type=int, default=15)

    def handle(self, *args, sizes: str, repeat: int, **options):
        counts = [int(size) for size in sizes.split(",")]
        try:
            with transaction.atomic():
                self.run(counts, repeat)
                raise Rollback
        except Rollback:
            pass

    def run(self, sizes: list[int], repeat: int) -> None:
        home = ensure_home_page().root_page
        catalogue = home.add_child(
            instance=CatalogueIndexPage(title="Bench", slug="bench-catalogue")
        )
        programme = catalogue.add_child(
            instance=ProgrammePage(title="Bench", slug="bench-programme", summary="x")
        )
        client = Client(HTTP_HOST="127.0.0.1")
        self.stdout.write(
            f"{'page':<10}{'lessons':>8}{'cold ms':>10}{'warm ms':>10}{'queries':>9}"
        )
        for size in sizes:
            module = programme.add_child(
                instance=ModulePage(
                    title=f"Module {size}", slug=f"bench-{size}", summary="x"
                )
            )
            for number in range(size):
                module.add_child(
                    instance=LessonPage(
                        title=f"Lesson {number}",
                        slug=f"lesson-{number}",
                        body=[{"type": "paragraph", "value": "<p>Text.</p>" * 5}],
                    )
                )
            last = LessonPage.objects.child_of(module).order_by("-path").first()
            for name, url in [
                ("module", module.url),
                ("lesson", last.url),
                ("programme", programme.url),
            ]:
                cache.clear()
                started = time.perf_counter()
                client.get(url)
                cold = (time.perf_counter() - started) * 1000
                timings = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    self.stderr.write(f"{url}: HTTP {response.status_code}")
                self.stdout.write(
                    f"{name:<10}{size:>8}{cold:>10.1f}{statistics.median(timings):>10.1f}{len(queries):>9}"
                )
