"""The site navigation's cache (lms/navigation.py) follows every change to the page tree."""

from django.db.models.signals import post_delete
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
