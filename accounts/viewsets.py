from operator import attrgetter

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.admin_tables import OwnLanguageIndexMixin
from lms.languages import in_language

from .models import Organisation


class PlatformUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"organisation", "preferred_language"}


class PlatformUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"organisation", "preferred_language"}


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
    template_name = "includes/admin/own_language_inspect.html"

    def get_page_subtitle(self):
        return self.in_own_language(super().get_page_subtitle())

    def get_header_title(self):
        return format_html("{}: {}", self.get_page_title(), self.get_page_subtitle())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The <title> is text only, which cannot say the language of a part of it.
        context["titletag"] = f"{self.get_page_title()}: {self.object}"
        return context

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if field_name in ("name", "region") and value:
            return self.in_own_language(value)
        return value

    def in_own_language(self, text):
        return in_language(text, self.object.name_language)


class OrganisationViewSet(ModelViewSet):
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
