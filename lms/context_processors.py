from django.conf import settings
from django.utils.translation import gettext as _


def site_name() -> str:
    """The platform's name: SITE_NAME, or its translated default."""
    return settings.SITE_NAME or _("Social clustering platform")


def site(request) -> dict:
    return {
        "SITE_NAME": site_name(),
        "SITE_URL": settings.SITE_URL,
    }
