"""A learner's personal calendar feed: a secret link a calendar app subscribes to.

The token is shown once, when it is made; only its SHA-256 digest is stored, so a
copy of the database opens no one's calendar. A person has at most one working link:
making a new one revokes the old, and a revoked link answers 404 for good.
"""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from notifications.services import absolute_url, recipient_language

from . import calendar
from .models import CalendarFeed, EventPage, EventSeats, Registration

# Past events stay in the feed for a while, so a calendar does not drop them at once.
FEED_PAST_DAYS = 90


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_feed(*, person: User) -> str:
    """A new secret link for `person` (the old one stops working). Returns the token,
    which is not stored and cannot be shown again."""
    revoke_feeds(person=person)
    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.create(person=person, token_digest=digest(token))
    return token


def revoke_feeds(*, person: User) -> int:
    """Revoke the person's working link; returns how many were revoked (0 or 1)."""
    return CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def active_feed(person: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).first()


def person_of(token: str) -> User | None:
    """The active person whose working link this is, else None."""
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeed.objects.filter(
            token_digest=digest(token),
            revoked_at__isnull=True,
            person__is_active=True,
        )
        .select_related("person")
        .first()
    )
    return feed.person if feed else None


def feed_for(person: User) -> bytes:
    """The person's events with a seat (from three months back), in their language
    where the event is translated. Three queries whatever their number."""
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    keys = list(
        Registration.objects.filter(
            person=person,
            status=Registration.Status.REGISTERED,
            event__ends_at__gte=since,
        ).values_list("event_key", flat=True)
    )
    language = recipient_language(person)
    pages: dict = {}
    for page in (
        EventPage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale", "organisation")
        .order_by("starts_at")
    ):
        chosen = pages.get(page.translation_key)
        if chosen is None or page.locale.language_code == language:
            pages[page.translation_key] = page
    seats = {s.event_key: s for s in EventSeats.objects.filter(event_key__in=keys)}
    with translation.override(language):
        items = [
            (page, seats.get(key), absolute_url(page.url) if page.url else "")
            for key, page in pages.items()
        ]
        return calendar.feed(items, name=_("My training events"))
