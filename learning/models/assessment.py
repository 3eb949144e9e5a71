"""Assessment records: quiz attempts, assignment submissions, self-assessments and reflection notes."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.languages import written_in_field

from .storage import private_storage


class QuizAttempt(models.Model):
    """One submitted attempt at a quiz block, scored on the server. Every attempt is kept."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    page_key = models.UUIDField(_("page"))
    block_id = models.CharField(_("quiz"), max_length=64)
    number = models.PositiveSmallIntegerField(_("attempt"))
    answers = models.JSONField(_("answers"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "page_key", "block_id", "number"],
                name="one_attempt_number",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.block_id} #{self.number}: {self.score}%"


def submission_path(submission: "Submission", filename: str) -> str:
    """A random name: the learner's file name is kept in the row, not on disk."""
    extension = Path(filename).suffix.lower()[:10]
    return f"submissions/{submission.learner_id}/{uuid.uuid4().hex}{extension}"


class Submission(models.Model):
    """A learner's answer to a module's assignment: text and/or a file, then a review."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Awaiting review")
        PASSED = "passed", _("Passed")
        RESUBMIT = "resubmit", _("Resubmission asked")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    module_title = models.CharField(_("module title"), max_length=255)
    number = models.PositiveSmallIntegerField(_("submission"))
    text = models.TextField(_("text"), blank=True, max_length=20_000)
    language = written_in_field(
        _("written in"),
        _(
            "The language of the learner's page when they handed it in; empty for "
            "answers handed in before it was recorded."
        ),
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=submission_path, blank=True
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_size = models.PositiveIntegerField(_("file size"), default=0)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED
    )
    feedback = models.TextField(_("feedback"), blank=True, max_length=10_000)
    feedback_language = written_in_field(
        _("feedback written in"),
        _("The reviewer's admin language when they wrote the feedback."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assignment submission")
        verbose_name_plural = _("assignment submissions")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "module_key", "number"], name="one_submission_number"
            ),
            models.UniqueConstraint(
                fields=["learner", "module_key"],
                condition=Q(status="submitted"),
                name="one_submission_awaiting_review",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.module_title} #{self.number}"


class SelfAssessment(models.Model):
    """A learner's own rating of a competency, before starting or after finishing a
    programme (1–4, against the level descriptors)."""

    class Stage(models.TextChoices):
        BEFORE = "before", _("Before the programme")
        AFTER = "after", _("After the programme")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="self_assessments",
    )
    programme_key = models.UUIDField(_("programme"), db_index=True)
    competency_key = models.UUIDField(_("competency"))
    stage = models.CharField(_("when"), max_length=8, choices=Stage.choices)
    level = models.PositiveSmallIntegerField(
        _("level"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    rated_at = models.DateTimeField(_("rated at"), auto_now=True)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "programme_key", "competency_key", "stage"],
                name="one_rating_per_stage",
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=4), name="rating_1_to_4"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.stage} · {self.level}"


class ReflectionNote(models.Model):
    """A learner's private answer to a reflection prompt in a lesson."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    page_key = models.UUIDField(_("lesson"))
    block_id = models.CharField(_("prompt"), max_length=64)
    text = models.TextField(_("note"), max_length=10_000)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("reflection note")
        verbose_name_plural = _("reflection notes")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "page_key", "block_id"], name="one_note_per_prompt"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.block_id}"
