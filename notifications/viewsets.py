from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from lms.admin_objects import PlatformSnippetViewSet
from lms.widgets import PageChooser

from .models import Kind, OutboxMessage, ReminderRule


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=OutboxMessage.Status.choices
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices)
    to_email = django_filters.CharFilter(label=_("Recipient"), lookup_expr="icontains")
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Created"), widget=DateRangePickerWidget
    )

    class Meta:
        model = OutboxMessage
        fields = ["status", "kind", "to_email", "created_at"]


class OutboxInspectView(InspectView):
    template_name = "notifications/admin/outbox_inspect.html"

    def get_context_data(self, **kwargs):
        from . import services

        context = super().get_context_data(**kwargs)
        message = self.object
        if message.body_text or message.body_html:
            subject, text, html = message.subject, message.body_text, message.body_html
        else:  # not sent yet: show what it will say
            subject, text, html = services.render(message, preview=True)
        context.update(
            rendered_subject=subject,
            rendered_text=text,
            rendered_html=html,
            can_act=self.request.user.has_perm("notifications.change_outboxmessage"),
        )
        return context


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    icon = "mail"
    menu_label = _("Outbox")
    menu_order = 180
    add_to_admin_menu = True
    url_prefix = "outbox"
    name = "outbox"
    list_display = ["to_email", "kind", "status", "attempts", "created_at", "sent_at"]
    search_fields = ["to_email", "subject", "idempotency_key"]
    filterset_class = OutboxFilterSet
    inspect_view_enabled = True
    inspect_view_class = OutboxInspectView
    inspect_view_fields = [
        "to_email",
        "kind",
        "status",
        "language",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "idempotency_key",
    ]
    copy_view_enabled = False
    # ModelViewSet insists on a form; ReadOnlyPolicy never lets anyone use it.
    form_fields = ["status"]
    ordering = ["-created_at"]


class ReminderRuleViewSet(PlatformSnippetViewSet):
    model = ReminderRule
    icon = "time"
    menu_label = _("Reminder rules")
    add_to_settings_menu = True
    list_display = ["programme", "inactivity_days"]
    panels = [
        FieldPanel(
            "programme", widget=PageChooser(target_models=["courses.ProgrammePage"])
        ),
        FieldPanel("inactivity_days"),
        FieldPanel("note"),
    ]
