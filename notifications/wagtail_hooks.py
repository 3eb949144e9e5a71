from django.urls import path

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from lms.permissions import ReadOnlyPolicy

from . import admin_views
from .models import OutboxMessage
from .viewsets import OutboxViewSet, ReminderRuleViewSet

register_permission_policy(OutboxMessage, ReadOnlyPolicy(OutboxMessage))
register_snippet(ReminderRuleViewSet)


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet()


@hooks.register("register_admin_urls")
def register_outbox_action_urls():
    return [
        path(
            "outbox/<id:pk>/<slug:action>/",
            admin_views.act_on_message,
            name="notifications_outbox_action",
        )
    ]
