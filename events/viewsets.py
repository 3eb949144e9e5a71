from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from lms.admin_decisions import AwaitingDecisionIndexView, DecisionColumn, title_matches
from lms.admin_objects import NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet
from lms.admin_tables import LocalisedIndexView

from .models import FunderActivity, Registration, SurveyQuestionSet
from .permissions import may_decide_any, registrations_to_decide


class FunderActivityViewSet(NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet):
    """The project plan's activities that events count toward, with their targets."""

    model = FunderActivity
    icon = "list-ol"
    menu_label = _("Funder activities")
    index_view_class = LocalisedIndexView
    add_to_settings_menu = True
    list_display = ["code", "title", "target_participants", "locale"]
    list_filter = ["locale"]
    search_fields = ["code", "title"]
    ordering = ["code"]
    copy_view_enabled = False


class SurveyQuestionSetIndexView(LocalisedIndexView):
    localised_fields = ("name",)


class SurveyQuestionSetViewSet(NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet):
    """The satisfaction survey's questions; translated with wagtail-localize."""

    model = SurveyQuestionSet
    icon = "help"
    menu_label = _("Survey questions")
    index_view_class = SurveyQuestionSetIndexView
    add_to_settings_menu = True
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    copy_view_enabled = False


class PendingRegistrationFilterSet(WagtailFilterSet):
    event_title = django_filters.CharFilter(label=_("Event"), method="by_event_title")
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Asked on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Registration
        fields = ["event_title", "created_at"]

    def by_event_title(self, queryset, name, value):
        """The title as the listing shows it, in any language of the event."""
        return queryset.filter(title_matches(value, "event_title", "event_key"))


class PendingRegistrationIndexView(AwaitingDecisionIndexView):
    page_title = _("Event registrations to approve")
    no_results_message = _("No registrations are waiting for your approval.")
    page_title_fields = ("event_title", "event_key")

    def dispatch(self, request, *args, **kwargs):
        # Trainers may look at registrations, but deciding is for coordinators.
        if not may_decide_any(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return registrations_to_decide(self.request.user).with_event_name()


class ApprovalsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_decide_any(request.user)


class PendingRegistrationViewSet(ModelViewSet):
    """Registration requests awaiting approval, approved or rejected from the listing
    (the buttons post to `events_decide`)."""

    model = Registration
    name = "pending_registrations"
    url_prefix = "events/registrations/pending"
    icon = "date"
    menu_label = pgettext_lazy("admin menu", "Event requests")
    menu_name = "event-registrations-to-approve"
    menu_order = 171
    add_to_admin_menu = True
    menu_item_class = ApprovalsMenuItem
    index_view_class = PendingRegistrationIndexView
    filterset_class = PendingRegistrationFilterSet
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 50
    export_formats = ["csv", "xlsx"]
    search_fields = ["event_title", "person__email", "person__last_name"]
    list_display = [
        "person",
        Column("email", label=_("Email"), accessor="person.email"),
        Column("organisation", label=_("Organisation"), accessor="person.organisation"),
        Column("event_name", label=_("Event")),
        "created_at",
        DecisionColumn(url_name="events_decide"),
    ]
    list_export = [
        "person",
        "person.email",
        "person.organisation",
        "event_name",
        "created_at",
    ]
    export_headings = {
        "person": _("Person"),
        "person.email": _("Email"),
        "person.organisation": _("Organisation"),
        "event_name": _("Event"),
    }
    form_fields = ["event_title"]  # ModelViewSet insists on a form; nobody gets one
