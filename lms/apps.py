from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def sync_trees_unless_raw(sender, instance, raw=False, **kwargs):
    """wagtail-localize's receiver, skipped while fixtures or a test database are loaded.

    Upstream syncs trees on every save of a LocaleSynchronization, even a raw one, and
    fails when the row arrives before its locales (wagtail_localize/models.py,
    `sync_trees_on_locale_sync_save`).
    """
    if not raw:
        instance.sync_trees()


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Platform")

    def ready(self):
        from django.urls import register_converter

        from .converters import IdConverter

        register_converter(IdConverter, "id")

        from wagtail_localize.models import (
            LocaleSynchronization,
            sync_trees_on_locale_sync_save,
        )

        from . import (
            metrics,  # noqa: F401 - counts task failures in workers
            signals,  # noqa: F401
        )
        from .shipped_names import install as show_shipped_names_translated
        from .sites import sync_sites_after_migrate

        show_shipped_names_translated()

        post_migrate.connect(
            sync_sites_after_migrate, sender=self, dispatch_uid="lms.sync_sites"
        )

        post_save.disconnect(
            sync_trees_on_locale_sync_save, sender=LocaleSynchronization
        )
        post_save.connect(
            sync_trees_unless_raw,
            sender=LocaleSynchronization,
            dispatch_uid="lms.sync_trees_unless_raw",
        )
