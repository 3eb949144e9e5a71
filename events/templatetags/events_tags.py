from django import template

from .. import selectors
from ..models import EVENT_TIME_ZONE

register = template.Library()


@register.simple_tag
def upcoming_events(page) -> dict:
    """The live events under a programme or module page, soonest first, and the zone
    their times are shown in (see `selectors.events_for`: two queries, one when there
    are none)."""
    return {"events": selectors.events_for(page), "time_zone": EVENT_TIME_ZONE}
