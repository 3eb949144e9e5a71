from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class TopicTag(TagBase):
    """A curated topic for modules; editors choose from the list, they don't invent tags."""

    free_tagging = False

    # `name` is the topic in the default language (Lithuanian); these are the others.
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)
    name_nb = models.CharField(
        _("name in Norwegian Bokmål"), max_length=100, blank=True
    )

    def name_in(self, language: str | None = None) -> str:
        """The topic's name in `language` (the active one by default), else the default
        language's."""
        language = language or translation.get_language() or settings.LANGUAGE_CODE
        return getattr(self, f"name_{language}", "") or self.name

    @property
    def label(self) -> str:
        return self.name_in()

    def __str__(self) -> str:
        # As the admin's messages and choosers name it: in the reader's language.
        return self.name_in()

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
