from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Training events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import emails, signals  # noqa: F401 - connects the receivers

        emails.register_subjects()
