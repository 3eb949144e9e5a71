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


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True)
def purge_front_end_cache() -> int:
    """Purge every live page from the front-end cache (lms/front_end_cache.py)."""
    from .front_end_cache import purge_live_pages

    return purge_live_pages()
