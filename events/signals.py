"""When an event page is published with more seats, the people waiting get them."""

from django.dispatch import receiver

from wagtail.signals import page_published

from .models import EventPage


@receiver(page_published)
def give_new_seats_to_those_waiting(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        from .services import refill

        refill(instance)
