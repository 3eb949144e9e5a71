"""Seeding and timing for `manage.py benchmark_reports` (see the command)."""

import statistics
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from accounts.models import Organisation, User
from accounts.roles import Role, assign_role
from learning.models import Certificate, Cohort, Enrolment, EnrolmentProgress

BATCH = 5000
REPORTS = [
    "learners",
    "programmes",
    "organisations",
    "competencies",
    "growth",
    "certificates",
]


def seed(
    *,
    enrolments: int,
    learners: int,
    organisations: int,
    programmes: int = 10,
    prefix="bench",
):
    """Organisations, learners and their enrolments with progress, written in bulk."""
    now = timezone.now()
    today = timezone.localdate()
    orgs = Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"{prefix} organisation {n:02d}",
                kind=Organisation.Kind.MUNICIPALITY,
                region=f"Region {n % 6}",
                country="LT" if n % 3 else "NO",
            )
            for n in range(organisations)
        ]
    )
    people = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}{n:06d}@benchmark.example",
                first_name="Bench",
                last_name=f"Learner {n:06d}",
                organisation=orgs[n % len(orgs)],
                password="!",  # noqa: S106 (Django's mark for an unusable password)
            )
            for n in range(learners)
        ],
        batch_size=BATCH,
    )
    keys = [
        uuid.uuid5(uuid.NAMESPACE_URL, f"benchmark-programme-{n}")
        for n in range(programmes)
    ]
    cohorts = [
        Cohort.objects.create(
            programme_key=key,
            name=f"Benchmark {n}",
            starts_on=today - timedelta(days=100),
            deadline=today - timedelta(days=5) if n % 2 else today + timedelta(days=30),
            ends_on=today + timedelta(days=60),
        )
        for n, key in enumerate(keys)
    ]
    per_learner = max(1, -(-enrolments // learners))
    if per_learner > len(keys):
        raise ValueError("More enrolments per learner than programmes.")
    made = 0
    batch = []
    for n, person in enumerate(people):
        for offset in range(per_learner):
            if made >= enrolments:
                break
            programme = (n + offset) % len(keys)
            batch.append(
                Enrolment(
                    learner=person,
                    programme_key=keys[programme],
                    programme_title=f"Benchmark programme {programme}",
                    cohort=cohorts[programme],
                    status=Enrolment.Status.WITHDRAWN
                    if made % 20 == 0
                    else Enrolment.Status.ACTIVE,
                )
            )
            made += 1
        if len(batch) >= BATCH:
            _write(batch, now)
            batch = []
    if batch:
        _write(batch, now)
    return made


def _write(batch, now):
    created = Enrolment.objects.bulk_create(batch)
    if created and created[0].pk is None:  # a database that does not return ids
        created = list(Enrolment.objects.order_by("-pk")[: len(batch)])[::-1]
    progress, certificates = [], []
    for enrolment in created:
        done = enrolment.pk % 11
        completed = done == 10
        progress.append(
            EnrolmentProgress(
                enrolment=enrolment,
                lessons_total=10,
                lessons_completed=done,
                percent=done * 10,
                last_activity_at=now - timedelta(days=enrolment.pk % 60)
                if done
                else None,
                completed_at=now - timedelta(days=enrolment.pk % 40)
                if completed
                else None,
                stale=False,
            )
        )
        if completed:
            certificates.append(
                Certificate(
                    enrolment=enrolment,
                    learner_id=enrolment.learner_id,
                    code=f"B{enrolment.pk:012d}",
                    learner_name="Bench",
                    programme_key=enrolment.programme_key,
                    programme_title=enrolment.programme_title,
                    language="lt",
                    completed_on=now.date(),
                )
            )
    EnrolmentProgress.objects.bulk_create(progress)
    Certificate.objects.bulk_create(certificates)


def analyse() -> None:
    """Update the planner's statistics after the bulk load, as autovacuum would soon
    after on a real database: without them PostgreSQL plans for a few rows."""
    tables = [
        model._meta.db_table
        for model in (Organisation, User, Cohort, Enrolment, EnrolmentProgress)
    ] + [Certificate._meta.db_table]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"VACUUM ANALYZE {', '.join(tables)}")
        else:
            cursor.execute("ANALYZE")


def measure(*, repeat: int = 20) -> list[dict]:
    """Per report: p50/p95 of its first page, a full CSV export, and their queries."""
    admin, created = User.objects.get_or_create(
        email="bench-admin@benchmark.example", defaults={"password": "!"}
    )
    if created:
        assign_role(admin, Role.ADMIN)
    results = []
    storages = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    with override_settings(ALLOWED_HOSTS=["*"], STORAGES=storages):
        client = Client()
        client.force_login(admin)
        for name in REPORTS:
            url = f"/admin/reports/{name}/"
            client.get(url)  # warm
            times = []
            for _ in range(repeat):
                with CaptureQueriesContext(connection) as page_queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    times.append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise RuntimeError(f"{url} answered {response.status_code}")
            with CaptureQueriesContext(connection) as export_queries:
                start = time.perf_counter()
                response = client.get(url, {"export": "csv"})
                size = rows = 0
                for chunk in response.streaming_content:
                    size += len(chunk)
                    rows += chunk.count(b"\n")
                export = time.perf_counter() - start
            results.append(
                {
                    "report": name,
                    "p50_ms": round(1000 * statistics.median(times), 1),
                    "p95_ms": round(
                        1000 * sorted(times)[int(0.95 * (len(times) - 1))], 1
                    ),
                    "page_queries": len(page_queries),
                    "csv_s": round(export, 2),
                    "csv_rows": rows - 1,
                    "csv_bytes": size,
                    "csv_queries": len(export_queries),
                }
            )
    return results
