"""When an event page is published: a changed time or place is news for everyone
registered (and a new calendar SEQUENCE), and more seats go to the people waiting."""

from django.dispatch import receiver

from wagtail.signals import page_published

from .models import EventPage


@receiver(page_published)
def tell_of_changes_and_fill_seats(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        from .services import note_published

        note_published(instance)
