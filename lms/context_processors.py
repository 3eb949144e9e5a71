from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _


def site_name() -> str:
    """The platform's name: SITE_NAME, or its translated default."""
    return settings.SITE_NAME or _("Social clustering platform")


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
