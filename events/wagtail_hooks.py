from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from accounts.permissions import has_any_role
from accounts.roles import Role
from lms.admin_reports import report_paths

from . import admin_views
from .models import EventPage, FunderActivity, Registration, SurveyQuestionSet
from .permissions import (
    AdministratorsManagePolicy,
    StaffReadOnlyPolicy,
    may_decide,
    may_read_answers,
)
from .viewsets import (
    ApprovalsMenuItem,
    FunderActivityViewSet,
    PendingRegistrationViewSet,
    SurveyQuestionSetViewSet,
)

register_permission_policy(FunderActivity, AdministratorsManagePolicy(FunderActivity))
register_permission_policy(Registration, StaffReadOnlyPolicy(Registration))
register_snippet(FunderActivityViewSet)
register_permission_policy(
    SurveyQuestionSet, AdministratorsManagePolicy(SurveyQuestionSet)
)
register_snippet(SurveyQuestionSetViewSet)


@hooks.register("register_admin_urls")
def register_event_urls():
    return [
        *report_paths(
            "events/registrations/",
            admin_views.RegistrationsReportView,
            "events_registrations",
        ),
        *report_paths(
            "events/indicators/",
            admin_views.EventIndicatorsView,
            "events_event_indicators",
        ),
        *report_paths(
            "events/activities/indicators/",
            admin_views.ActivityIndicatorsView,
            "events_activity_indicators",
        ),
        *report_paths(
            "events/activities/participants/",
            admin_views.ParticipantSplitView,
            "events_participant_splits",
        ),
        *report_paths(
            "events/activities/participants/external/",
            admin_views.ExternalParticipantSplitView,
            "events_participant_splits_external",
        ),
        path(
            "events/attendance/",
            admin_views.attendance_events,
            name="events_attendance_list",
        ),
        path(
            "events/<id:event_id>/attendance/",
            admin_views.attendance,
            name="events_attendance",
        ),
        path(
            "events/<id:event_id>/cancel/",
            admin_views.call_off,
            name="events_call_off",
        ),
        path(
            "events/<id:event_id>/survey-answers/",
            admin_views.survey_answers,
            name="events_survey_answers",
        ),
        path(
            "events/registrations/staff/",
            admin_views.register_staff,
            name="events_register_staff",
        ),
        path(
            "events/registrations/<id:registration_id>/<slug:decision>/",
            admin_views.decide,
            name="events_decide",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_registrations(request.user)


@hooks.register("register_reports_menu_item")
def register_registrations_report():
    return RegistrationsMenuItem(
        _("Event registrations"),
        reverse("events_registrations"),
        name="event-registrations",
        icon_name="date",
        order=200,
    )


@hooks.register("register_admin_viewset")
def register_pending_registrations_viewset():
    return PendingRegistrationViewSet()


@hooks.register("register_admin_menu_item")
def register_staff_registration_menu_item():
    return ApprovalsMenuItem(
        pgettext_lazy("admin menu", "Register staff"),
        reverse("events_register_staff"),
        name="event-register-staff",
        icon_name="group",
        order=172,
    )


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        return has_any_role(request.user, Role.TRAINER, Role.ADMIN)


@hooks.register("register_admin_menu_item")
def register_attendance_menu_item():
    return AttendanceMenuItem(
        _("Attendance"),
        reverse("events_attendance_list"),
        name="event-attendance",
        icon_name="tick",
        order=173,
    )


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return has_any_role(request.user, Role.ADMIN)


@hooks.register("register_reports_menu_item")
def register_event_indicators_report():
    return AdministratorsMenuItem(
        _("Event indicators"),
        reverse("events_event_indicators"),
        name="event-indicators",
        icon_name="table",
        order=210,
    )


@hooks.register("register_reports_menu_item")
def register_activity_indicators_report():
    return AdministratorsMenuItem(
        _("Funder activity indicators"),
        reverse("events_activity_indicators"),
        name="activity-indicators",
        icon_name="table",
        order=220,
    )


@hooks.register("register_reports_menu_item")
def register_participant_splits_report():
    return AdministratorsMenuItem(
        _("Participants per funder activity"),
        reverse("events_participant_splits"),
        name="participant-splits",
        icon_name="table",
        order=230,
    )


@hooks.register("register_reports_menu_item")
def register_external_participant_splits_report():
    return AdministratorsMenuItem(
        _("Participants per funder activity (for outside readers)"),
        reverse("events_participant_splits_external"),
        name="participant-splits-external",
        icon_name="table",
        order=231,
    )


class CallOffEventButton(PageMenuItem):
    label = _("Cancel the event")
    icon_name = "cross"
    url_name = "events_call_off"

    def is_shown(self, user):
        return may_decide(user, event=self.page)


class SurveyAnswersButton(PageMenuItem):
    label = _("Survey answers")
    icon_name = "comment"
    url_name = "events_survey_answers"

    def is_shown(self, user):
        return not self.page.alias_of_id and may_read_answers(user, event=self.page)


@hooks.register("register_page_header_buttons")
def register_event_page_buttons(page, user, view_name, next_url=None):
    if page.specific_class is EventPage:
        event = page.specific_deferred
        yield CallOffEventButton(page=event, priority=55)
        yield SurveyAnswersButton(page=event, priority=56)
