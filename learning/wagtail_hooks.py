from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from accounts.permissions import is_staff_member
from courses.models import LessonPage
from lms.permissions import ReadOnlyPolicy

from . import admin_views, statements
from .models import Certificate, Enrolment, Question, Submission
from .viewsets import (
    CertificateViewSet,
    CohortViewSet,
    PendingEnrolmentViewSet,
    QuestionViewSet,
    RolePolicy,
    StaffPolicy,
    SubmissionViewSet,
)

register_snippet(CohortViewSet)
register_permission_policy(Certificate, ReadOnlyPolicy(Certificate))
register_permission_policy(Question, RolePolicy(Question))
register_permission_policy(Submission, RolePolicy(Submission))
register_permission_policy(Enrolment, StaffPolicy(Enrolment))


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet()


@hooks.register("register_admin_viewset")
def register_pending_enrolment_viewset():
    return PendingEnrolmentViewSet()


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return QuestionViewSet()


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet()


@hooks.register("register_admin_urls")
def register_enrolment_urls():
    return [
        path("enrolments/bulk/", admin_views.bulk_enrol, name="learning_bulk_enrol"),
        path(
            "certificates/<id:certificate_id>/revoke/",
            admin_views.revoke_certificate,
            name="learning_revoke_certificate",
        ),
        path(
            "assignments/<id:submission_id>/",
            admin_views.submission_detail,
            name="learning_submission",
        ),
        path(
            "questions/<id:question_id>/",
            admin_views.question_detail,
            name="learning_question",
        ),
        path(
            "enrolments/<id:enrolment_id>/<slug:decision>/",
            admin_views.decide_enrolment,
            name="learning_decide_enrolment",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_menu_item")
def register_bulk_enrolment_menu_item():
    return StaffMenuItem(
        _("Enrol learners"),
        reverse("learning_bulk_enrol"),
        icon_name="group",
        order=171,
    )


@hooks.register("before_serve_page")
def record_lesson_launch(page, request, serve_args, serve_kwargs):
    if request.user.is_authenticated and page.specific_class is LessonPage:
        statements.record_launch(learner=request.user, lesson=page)
