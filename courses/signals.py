"""The catalogue's cached filters follow the competency model and the topics. (The
pages' navigation follows the site content version: lms/signals.py.)"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Competency, CompetencyArea, CompetencyFramework, TopicTag
from .selectors import invalidate_catalogue_filters


@receiver(post_save)
@receiver(post_delete)
def refresh_catalogue_filters(sender, **kwargs):
    if sender in (CompetencyFramework, CompetencyArea, Competency, TopicTag):
        invalidate_catalogue_filters()
