"""A front-end cache (Varnish, a CDN) in front of the platform, kept as fresh as the
page cache behind it (lms/page_cache.py).

Wagtail's `frontend_cache` purges a page's own URLs when it is published or unpublished.
The page cache retires more than that: every stored page, whenever the site content
version is raised (a page published, moved or deleted changes other pages' navigation;
a competency, topic, organisation or registration shows on many pages). Each of those
changes queues one purge of every live page's URLs here, after the commit and a short
delay, so that a burst of changes (a trainer publishing a programme's modules) is one
purge. Nothing is done unless `WAGTAILFRONTENDCACHE` is configured
(`FRONTEND_CACHE_PURGE_URL`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

QUEUED_KEY = "lms:front-end-purge-queued"
DELAY_SECONDS = 5


def configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def queue_purge() -> None:
    """After the commit, queue one purge unless one is queued and not yet started."""
    if configured():
        transaction.on_commit(_queue)


def _queue() -> None:
    from . import tasks

    # The flag outlives a lost task by a minute at most; the task clears it first.
    if cache.add(QUEUED_KEY, 1, DELAY_SECONDS + 60):
        tasks.purge_front_end_cache.apply_async(countdown=DELAY_SECONDS)


def purge_live_pages() -> int:
    """Purge the URLs of every live page (each translation, its cached paths); the
    number of page URLs (Wagtail's backends add each language's prefix to them)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    cache.delete(QUEUED_KEY)  # a change from now on queues another purge
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gt=1).specific())
    batch.purge()
    return len(batch.urls)
