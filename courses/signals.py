"""Reactions to Wagtail's page events that the course pages' caches depend on."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from .models import (
    Competency,
    CompetencyArea,
    CompetencyFramework,
    LessonPage,
    ModulePage,
    TopicTag,
)
from .selectors import invalidate_catalogue_filters, invalidate_module_navigation


def _cached_paths(page: Page) -> list[str]:
    """The pages whose cached navigation shows this page: its module and programme."""
    if isinstance(page, ModulePage):
        return [page.path, page.path[: -Page.steplen]]
    if isinstance(page, LessonPage):
        return [page.path[: -Page.steplen]]
    return []


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_delete)
def refresh_module_navigation(sender, instance, **kwargs):
    if isinstance(instance, Page):
        for path in _cached_paths(instance):
            invalidate_module_navigation(path)


@receiver(post_page_move)
def refresh_navigation_after_a_move(
    sender, instance, parent_page_before, parent_page_after, **kwargs
):
    for path in {
        parent_page_before.path,
        parent_page_after.path,
        *_cached_paths(instance),
    }:
        invalidate_module_navigation(path)


@receiver(post_save)
@receiver(post_delete)
def refresh_catalogue_filters(sender, **kwargs):
    if sender in (CompetencyFramework, CompetencyArea, Competency, TopicTag):
        invalidate_catalogue_filters()
