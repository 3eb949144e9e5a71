from django.utils import translation

from .models import PrivacyNoticePage


def privacy_notice(language: str | None = None) -> PrivacyNoticePage | None:
    """The live privacy notice in `language` (the active one), else in any language."""
    language = language or translation.get_language()
    notices = list(PrivacyNoticePage.objects.live().select_related("locale"))
    return next((n for n in notices if n.locale.language_code == language), None) or (
        notices[0] if notices else None
    )
