from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class TopicTag(TagBase):
    """A curated topic for modules; editors choose from the list, they don't invent tags."""

    free_tagging = False

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]


class ModuleTopic(ItemBase):
    tag = models.ForeignKey(
        TopicTag, on_delete=models.CASCADE, related_name="tagged_modules"
    )
    content_object = ParentalKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="tagged_items"
    )
