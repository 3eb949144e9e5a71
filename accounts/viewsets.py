from operator import attrgetter

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.admin_objects import NamedInItsLanguageViewSetMixin
from lms.admin_tables import OwnLanguageIndexMixin
from lms.languages import in_language
from lms.widgets import LanguageSelect, OwnLanguageSelect

from .models import Organisation

#: The platform's fields of a user, each option saying its own language: an
#: organisation's name the one it is written in, a language's name itself.
PLATFORM_USER_WIDGETS = {
    "organisation": OwnLanguageSelect(language_of=attrgetter("name_language")),
    "preferred_language": LanguageSelect,
}


class PlatformUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"organisation", "preferred_language"}
        widgets = UserCreationForm.Meta.widgets | PLATFORM_USER_WIDGETS


class PlatformUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"organisation", "preferred_language"}
        widgets = UserEditForm.Meta.widgets | PLATFORM_USER_WIDGETS


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return PlatformUserEditForm if for_update else PlatformUserCreationForm


class OrganisationIndexView(OwnLanguageIndexMixin, IndexView):
    # Its name and region are proper names, in its country's language.
    own_language_fields = {
        "name": attrgetter("name_language"),
        "region": attrgetter("name_language"),
    }


class OrganisationInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if field_name in ("name", "region") and value:
            return in_language(value, self.object.name_language)
        return value


class OrganisationViewSet(NamedInItsLanguageViewSetMixin, ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "kind", "region", "country", "is_active"]
    list_filter = ["kind", "country", "is_active"]
    search_fields = ["name", "region"]
    form_fields = ["name", "kind", "region", "country", "website", "is_active"]
    inspect_view_enabled = True
    index_view_class = OrganisationIndexView
    inspect_view_class = OrganisationInspectView
