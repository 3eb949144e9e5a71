"""The health check: is the database, the broker and a worker up? No personal data."""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app
from .models import WorkerHeartbeat

UP, DOWN = "up", "down"


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure to talk to the database means it is down
        return DOWN
    return UP


def broker_state() -> str:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:  # kombu raises many kinds of errors for an unreachable broker
        return DOWN
    return UP


def worker_state() -> str:
    since = timezone.now() - timedelta(seconds=settings.WORKER_HEARTBEAT_MAX_AGE)
    try:
        alive = WorkerHeartbeat.objects.filter(beat_at__gte=since).exists()
    except Exception:  # no database, so no way to know: report the worker down
        return DOWN
    return UP if alive else DOWN


@never_cache
@require_GET
def healthz(request):
    checks = {
        "database": database_state(),
        "broker": broker_state(),
        "worker": worker_state(),
    }
    healthy = all(state == UP for state in checks.values())
    return JsonResponse(
        {"status": UP if healthy else DOWN, "checks": checks},
        status=200 if healthy else 503,
    )
