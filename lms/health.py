"""Health for orchestrators and load balancers. No personal data.

`/healthz/live`: the process answers (a load balancer's check); it touches nothing.
`/healthz`: whether the platform can do its work: the database, the broker, a worker
consuming each queue, and beat's last tick.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app
from .models import WorkerHeartbeat

UP, DOWN = "up", "down"
LIVE_PATH = "/healthz/live"
# The row beat's scheduler writes on its ticks (lms.celery.HeartbeatScheduler).
BEAT_HOSTNAME = "beat"
QUEUES_CACHE_KEY = "lms:health:queues"


def live_response() -> JsonResponse:
    response = JsonResponse({"status": UP})
    response["Cache-Control"] = "no-store"
    return response


class LivenessMiddleware:
    """Answers /healthz/live before any other middleware runs: no session, no user, no
    database, no host check (a probe may call the container's own address)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == LIVE_PATH and request.method in ("GET", "HEAD"):
            return live_response()
        return self.get_response(request)


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


def consumed_queues() -> set[str]:
    """The queues some worker consumes now, by asking every worker over the broker.

    Kept for HEALTH_CACHE_SECONDS, so that a flood of /healthz calls does not turn
    into a flood of broadcasts to the workers.
    """
    consumed = cache.get(QUEUES_CACHE_KEY)
    if consumed is None:
        try:
            inspect = celery_app.control.inspect(
                timeout=settings.HEALTH_INSPECT_TIMEOUT
            )
            replies = inspect.active_queues() or {}
        except Exception:  # an unreachable broker: no worker can be seen
            replies = {}
        consumed = sorted(
            {queue["name"] for queues in replies.values() for queue in queues or []}
        )
        cache.set(QUEUES_CACHE_KEY, consumed, settings.HEALTH_CACHE_SECONDS)
    return set(consumed)


def queue_states() -> dict[str, str]:
    """Each kind of work (settings.TASK_QUEUES) up when a worker consumes its queue."""
    consumed = consumed_queues()
    return {
        kind: UP if name in consumed else DOWN
        for kind, name in settings.TASK_QUEUES.items()
    }


def beat_state() -> str:
    since = timezone.now() - timedelta(seconds=settings.BEAT_HEARTBEAT_MAX_AGE)
    try:
        alive = WorkerHeartbeat.objects.filter(
            hostname=BEAT_HOSTNAME, beat_at__gte=since
        ).exists()
    except Exception:  # no database, so no way to know: report beat down
        return DOWN
    return UP if alive else DOWN


def record_beat() -> None:
    """Record that beat is ticking. Safe to repeat: it overwrites one row."""
    WorkerHeartbeat.objects.update_or_create(
        hostname=BEAT_HOSTNAME, defaults={"beat_at": timezone.now()}
    )


def checks() -> dict:
    broker = broker_state()
    return {
        "database": database_state(),
        "broker": broker,
        "beat": beat_state(),
        "queues": (
            queue_states()
            if broker == UP
            else dict.fromkeys(settings.TASK_QUEUES, DOWN)
        ),
    }


def healthy(results: dict) -> bool:
    return all(
        state == UP
        for value in results.values()
        for state in (value.values() if isinstance(value, dict) else [value])
    )


@require_GET
def live(request):
    """The same answer as LivenessMiddleware gives, for a stack without it."""
    return live_response()


@never_cache
@require_GET
def healthz(request):
    results = checks()
    ok = healthy(results)
    return JsonResponse(
        {"status": UP if ok else DOWN, "checks": results},
        status=200 if ok else 503,
    )
