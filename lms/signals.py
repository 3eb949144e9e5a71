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

from . import navigation


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete)
def refresh_site_navigation(sender, instance, **kwargs):
    if isinstance(instance, Page):
        navigation.invalidate()


# Shown on the shared pages though not pages themselves: the competency model, topics,
# the partner organisations on the home page, and the events' seats.
SHOWN_ON_PAGES = {
    ("courses", "competencyframework"),
    ("courses", "competencyarea"),
    ("courses", "competency"),
    ("courses", "competencylevel"),
    ("courses", "proficiencylevel"),
    ("courses", "topictag"),
    ("accounts", "organisation"),
    # Seats left and cancellations, shown with the events on programme and module pages.
    ("events", "registration"),
    ("events", "eventseats"),
}


@receiver(post_save)
@receiver(post_delete)
def refresh_after_shown_records_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is not None and (meta.app_label, meta.model_name) in SHOWN_ON_PAGES:
        navigation.invalidate()


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
        navigation.invalidate()
        transaction.on_commit(navigation.invalidate)
