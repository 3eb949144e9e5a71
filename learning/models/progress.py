"""What a learner has done and reached: lessons, modules, progress, competencies."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enrolment import Enrolment


class LessonCompletion(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson_key = models.UUIDField(_("lesson"))
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson_key"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.lesson_key}"


class EnrolmentProgress(models.Model):
    """Progress computed from the records by a Celery task; pages read this one row."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.CASCADE, related_name="progress"
    )
    lessons_total = models.PositiveIntegerField(default=0)
    lessons_completed = models.PositiveIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    next_lesson_key = models.UUIDField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    # Per module, in order: {"key", "done", "total", "completed"}; read by My learning.
    modules = models.JSONField(default=list, blank=True)
    # Set with every record that changes it, cleared by the recomputation.
    stale = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("progress")
        verbose_name_plural = _("progress")

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.percent}%"


class ModuleCompletion(models.Model):
    """A module whose lessons are all done and whose final quiz is passed."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
    )
    module_key = models.UUIDField(_("module"))
    programme_key = models.UUIDField(_("programme"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"))

    class Meta:
        verbose_name = _("module completion")
        verbose_name_plural = _("module completions")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "module_key"], name="one_completion_per_module"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.module_key}"


class CompetencyAttainment(models.Model):
    """The highest level a learner has reached in a competency, and the evidence for it."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attainments"
    )
    competency_key = models.UUIDField(_("competency"))
    level = models.PositiveSmallIntegerField(_("level"))
    module_key = models.UUIDField(_("evidence: module"))
    achieved_at = models.DateTimeField(_("achieved at"))

    class Meta:
        verbose_name = _("competency attainment")
        verbose_name_plural = _("competency attainments")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "competency_key"],
                name="one_attainment_per_competency",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.competency_key}: {self.level}"
