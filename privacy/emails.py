"""The emails about a person's data, queued in the caller's transaction."""

from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from notifications import services
from notifications.models import Kind, OutboxMessage

from .models import DataExport, RetentionNotice

SUBJECTS = {
    Kind.DATA_EXPORT_READY: _("Your data from %(site_name)s is ready to download"),
    Kind.ACCOUNT_CLOSING: _("Your account on %(site_name)s will be closed on %(date)s"),
}


def register_subjects() -> None:
    """Teach the outbox the subjects of these kinds (called once, from the app's ready)."""
    services.SUBJECTS.update(SUBJECTS)


def _my_data_url(language: str) -> str:
    with translation.override(language):
        return services.absolute_url(reverse("privacy:my_data"))


def queue_export_ready(*, export: DataExport) -> OutboxMessage:
    user = export.user
    language = services.recipient_language(user)
    with translation.override(language):
        until = formats.date_format(export.expires_at, "DATE_FORMAT")
    return services.queue_email(
        kind=Kind.DATA_EXPORT_READY,
        key=f"{Kind.DATA_EXPORT_READY}:{export.pk}",
        recipient=user,
        context={
            "name": user.first_name,
            "download_url": _my_data_url(language),
            "until": until,
        },
    )


def queue_retention_notice(*, notice: RetentionNotice) -> OutboxMessage:
    user = notice.user
    language = services.recipient_language(user)
    with translation.override(language):
        date = formats.date_format(notice.closes_on, "DATE_FORMAT")
        sign_in_url = services.absolute_url(reverse("account_login"))
    return services.queue_email(
        kind=Kind.ACCOUNT_CLOSING,
        key=f"{Kind.ACCOUNT_CLOSING}:{user.pk}:{notice.closes_on}",
        recipient=user,
        context={
            "name": user.first_name,
            "date": date,
            "sign_in_url": sign_in_url,
            "my_data_url": _my_data_url(language),
        },
    )
