from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("People and organisations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.models import Group

        from lms.shipped_names import ship

        from . import signals
        from .roles import GROUP_NAMES

        ship(Group, GROUP_NAMES.values())

        signals.connect()


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with our fields (organisation, language) on its forms."""

    user_viewset = "accounts.viewsets.UserViewSet"
