from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.models import Group

        from wagtail.models import Task, Workflow

        from lms.shipped_names import ship

        from . import signals  # noqa: F401
        from .permissions import PROGRAMME_GROUP, REVIEW_TASK, REVIEW_WORKFLOW

        ship(Workflow, [REVIEW_WORKFLOW])
        ship(Task, [REVIEW_TASK])
        ship(Group, [PROGRAMME_GROUP])
