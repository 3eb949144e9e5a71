from email.utils import formataddr, parseaddr

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _


def site_name() -> str:
    """The platform's name: SITE_NAME, or its translated default."""
    return settings.SITE_NAME or _("Social clustering platform")


def from_address() -> str:
    """Who emails come from: the platform's name in the active language (the reader's,
    where the sender activates it) and DEFAULT_FROM_EMAIL's address."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return formataddr((site_name(), address or "noreply@localhost"))


def site(request) -> dict:
    from accounts.permissions import is_staff_member

    return {
        "SITE_NAME": site_name(),
        "SITE_URL": settings.SITE_URL,
        # Staff roles open the admin; asked of the cached roles, not of Django's
        # permissions (two queries a page for every learner).
        "can_use_admin": SimpleLazyObject(
            lambda: is_staff_member(getattr(request, "user", None))
        ),
    }
