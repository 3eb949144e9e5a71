"""Prometheus metrics at /metrics, for a scraper that holds METRICS_TOKEN.

Requests and latencies come from django-prometheus's middleware (with gunicorn's
workers added up through PROMETHEUS_MULTIPROC_DIR); the figures of the platform's own
(outbox rows by status, tasks waiting in each queue, task failures) are read when
scraped, so every web process reports the same.
"""

import hmac
import logging
import os

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

import prometheus_client
from celery.signals import task_failure
from kombu.exceptions import ChannelError
from prometheus_client import multiprocess
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from .celery import app as celery_app

logger = logging.getLogger(__name__)
FAILURES_KEY = "lms:metrics:task_failures:"


@task_failure.connect(dispatch_uid="lms.metrics.count_failure")
def count_failure(sender=None, **kwargs) -> None:
    """Count a task's failure where every machine sees it (the shared cache)."""
    key = FAILURES_KEY + getattr(sender, "name", "unknown")
    try:
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)
    except Exception:  # counting must never break the worker
        logger.warning("Could not count a task failure.", exc_info=True)


def queue_lengths() -> dict[str, int]:
    lengths = {}
    try:
        with celery_app.connection_for_read() as connection:
            for kind, name in settings.TASK_QUEUES.items():
                try:
                    declared = connection.default_channel.queue_declare(
                        queue=name, passive=True
                    )
                except ChannelError:  # Redis drops an empty queue: nothing waits
                    lengths[kind] = 0
                else:
                    lengths[kind] = declared.message_count
    except Exception:  # an unreachable broker: no figures rather than no metrics
        logger.warning("Could not read the queue lengths.", exc_info=True)
    return lengths


class PlatformCollector(Collector):
    def collect(self):
        from notifications.models import OutboxMessage

        outbox = GaugeMetricFamily(
            "lms_outbox_messages", "Emails in the outbox by status.", labels=["status"]
        )
        counts = dict(
            OutboxMessage.objects.values_list("status").annotate(n=Count("pk"))
        )
        for status in OutboxMessage.Status.values:
            outbox.add_metric([status], counts.get(status, 0))
        yield outbox

        waiting = GaugeMetricFamily(
            "lms_queue_length", "Tasks waiting in each Celery queue.", labels=["queue"]
        )
        for kind, length in queue_lengths().items():
            waiting.add_metric([kind], length)
        yield waiting

        failures = CounterMetricFamily(
            "lms_task_failures", "Celery tasks that failed, by task.", labels=["task"]
        )
        celery_app.loader.import_default_modules()  # every app's tasks, once
        names = sorted(
            name for name in celery_app.tasks if not name.startswith("celery.")
        )
        found = cache.get_many([FAILURES_KEY + name for name in names])
        for name in names:
            failures.add_metric([name], found.get(FAILURES_KEY + name, 0))
        yield failures


def _authorised(request) -> bool:
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "").removeprefix("Bearer ")
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


@never_cache
@require_GET
def metrics(request):
    """Off (404) without METRICS_TOKEN; 404 too for a wrong token, so that the address
    says nothing to whoever guesses it."""
    if not _authorised(request):
        raise Http404
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        processes = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(processes)
    else:
        processes = prometheus_client.REGISTRY
    platform = prometheus_client.CollectorRegistry(auto_describe=False)
    platform.register(PlatformCollector())
    body = prometheus_client.generate_latest(processes)
    body += prometheus_client.generate_latest(platform)
    return HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)
