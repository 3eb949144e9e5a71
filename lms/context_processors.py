from django.conf import settings
from django.utils.translation import gettext as _


def site(request) -> dict:
    return {
        "SITE_NAME": settings.SITE_NAME or _("Social clustering platform"),
        "SITE_URL": settings.SITE_URL,
    }
