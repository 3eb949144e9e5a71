from datetime import timedelta

from django.utils import timezone

from celery import shared_task

from .models import WorkerHeartbeat


@shared_task(bind=True, ignore_result=True)
def record_heartbeat(self) -> None:
    """Record that this worker is alive. Safe to repeat: it overwrites one row."""
    WorkerHeartbeat.objects.update_or_create(
        hostname=self.request.hostname or "unknown",
        defaults={"beat_at": timezone.now()},
    )


@shared_task(ignore_result=True)
def prune_heartbeats() -> int:
    """Forget workers that have not beaten for a week."""
    deleted, _ = WorkerHeartbeat.objects.filter(
        beat_at__lt=timezone.now() - timedelta(days=7)
    ).delete()
    return deleted
