"""The site's cached navigation (lms/navigation.py) and pages (lms/page_cache.py) follow
every change to the page tree, and to the records the course pages show."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from . import front_end_cache, navigation


def retire_now_and_after_commit() -> None:
    """Raise the content version at once (this request sees its own change) and again
    once the change is committed: a request in another process that read the old rows
    between the two, and kept what it built under the new version, is retired too."""
    navigation.invalidate()
    transaction.on_commit(navigation.invalidate)
    front_end_cache.queue_purge()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete)
def refresh_site_navigation(sender, instance, **kwargs):
    if isinstance(instance, Page):
        retire_now_and_after_commit()


# Shown on the shared pages though not pages themselves: the competency model, topics,
# the partner organisations on the home page, the modules' documents and the events'
# seats.
SHOWN_ON_PAGES = {
    ("courses", "competencyframework"),
    ("courses", "competencyarea"),
    ("courses", "competency"),
    ("courses", "competencylevel"),
    ("courses", "proficiencylevel"),
    ("courses", "topictag"),
    ("accounts", "organisation"),
    # A module's toolkit lists its documents by title.
    ("wagtaildocs", "document"),
    # Seats left and cancellations, shown with the events on programme and module pages.
    ("events", "registration"),
    ("events", "eventseats"),
}


@receiver(post_save)
@receiver(post_delete)
def refresh_after_shown_records_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is not None and (meta.app_label, meta.model_name) in SHOWN_ON_PAGES:
        retire_now_and_after_commit()


# What serving a page looks up once per process (lms/lookups.py): retired at once, and
# again after the commit, so a process that read the old rows between the two does
# not keep them under the new version.
SERVING_LOOKUPS = {
    ("wagtailcore", "site"),
    ("wagtailcore", "locale"),
    ("wagtailcore", "pageviewrestriction"),
}


@receiver(post_save)
@receiver(post_delete)
def refresh_after_serving_lookups_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is not None and (meta.app_label, meta.model_name) in SERVING_LOOKUPS:
        retire_now_and_after_commit()
