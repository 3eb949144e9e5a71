"""Learners' records: enrolments, lesson completions and the progress computed from them.

Records refer to content by its language-independent `translation_key`, so they are the
same whatever language the learner reads in, and they outlive the pages they refer to.
"""

import secrets
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class Cohort(models.Model):
    """A dated run of a programme that learners join; its deadline makes work overdue."""

    programme = models.ForeignKey(
        "courses.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    programme_key = models.UUIDField(_("programme"), db_index=True, editable=False)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("E.g. “Autumn 2026”.")
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    deadline = models.DateField(
        _("deadline"),
        help_text=_("Learners who have not finished by then are overdue."),
    )
    enrolment_open = models.BooleanField(_("open for enrolment"), default=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")),
                name="cohort_starts_before_it_ends",
            ),
            models.CheckConstraint(
                condition=Q(deadline__gte=models.F("starts_on"))
                & Q(deadline__lte=models.F("ends_on")),
                name="cohort_deadline_within_dates",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_on:%Y-%m-%d} – {self.ends_on:%Y-%m-%d})"

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.starts_on > self.ends_on:
            errors["ends_on"] = _("A cohort cannot end before it starts.")
        if self.starts_on and self.deadline and self.deadline < self.starts_on:
            errors["deadline"] = _("The deadline cannot be before the start.")
        elif self.ends_on and self.deadline and self.deadline > self.ends_on:
            errors["deadline"] = _("The deadline cannot be after the cohort ends.")
        if errors:
            raise ValidationError(errors)
        if self.programme_id:
            self.programme_key = self.programme.translation_key


class EnrolmentQuerySet(models.QuerySet):
    def current(self):
        """Enrolments that count: awaiting approval or active (not withdrawn or rejected)."""
        return self.filter(status__in=Enrolment.CURRENT)

    def active_in(self, *, learner, programme):
        """The learner's active enrolment in a programme (any language of it)."""
        return self.filter(
            learner=learner,
            programme_key=programme.translation_key,
            status=Enrolment.Status.ACTIVE,
        )


class Enrolment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REJECTED = "rejected", _("Rejected")

    CURRENT = [Status.PENDING, Status.ACTIVE]

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    programme_key = models.UUIDField(_("programme"), db_index=True)
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        verbose_name=_("programme page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    programme_title = models.CharField(_("programme title"), max_length=255)
    # Set when the learner took one module of the programme rather than all of it.
    module_key = models.UUIDField(_("module only"), null=True, blank=True)
    module_title = models.CharField(_("module title"), max_length=255, blank=True)
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "programme_key"],
                condition=Q(status__in=["pending", "active"]),
                name="one_current_enrolment_per_programme",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.programme_title}"

    @property
    def title(self) -> str:
        """What the learner is enrolled in: the programme, or its one module."""
        if self.module_key:
            return f"{self.module_title} ({self.programme_title})"
        return self.programme_title

    @property
    def deadline(self):
        return self.cohort.deadline if self.cohort_id else None

    def is_overdue(self, today=None) -> bool:
        """Past its cohort's deadline and not finished. Derived at read time: it changes
        with the calendar, not with the records. Needs `cohort` and `progress` loaded."""
        if self.deadline is None or self.status != self.Status.ACTIVE:
            return False
        progress = getattr(self, "progress", None)
        if progress is not None and progress.completed_at:
            return False
        return (today or timezone.localdate()) > self.deadline

    @property
    def overdue(self) -> bool:
        return self.is_overdue()


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


class QuizAttempt(models.Model):
    """One submitted attempt at a quiz block, scored on the server. Every attempt is kept."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
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


class Question(models.Model):
    """A learner's question to the trainers of a module: a thread of messages."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questions"
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    module_title = models.CharField(_("module title"), max_length=255)
    subject = models.CharField(_("subject"), max_length=200)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    answered_at = models.DateTimeField(
        _("answered at"),
        null=True,
        blank=True,
        help_text=_("Empty while the learner waits for an answer."),
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


class QuestionMessage(models.Model):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_trainer = models.BooleanField(_("from a trainer"), default=False)
    text = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.question} · {self.created_at:%Y-%m-%d %H:%M}"


def private_storage():
    return storages["private"]


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
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    module_title = models.CharField(_("module title"), max_length=255)
    number = models.PositiveSmallIntegerField(_("submission"))
    text = models.TextField(_("text"), blank=True, max_length=20_000)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=submission_path, blank=True
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_size = models.PositiveIntegerField(_("file size"), default=0)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED
    )
    feedback = models.TextField(_("feedback"), blank=True, max_length=10_000)
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


def new_certificate_code() -> str:
    """Twelve characters without look-alikes, grouped for reading aloud: ABCD-EFGH-JKLM."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Certificate(models.Model):
    """Proof that a learner completed a programme. The row is made with the completion;
    a Celery task renders its PDF. Anyone with the code can check that it is valid."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="certificates"
    )
    # What was completed: "programme", or the key of the one module taken alone. A
    # module-only enrolment later widened to the programme earns a second certificate.
    scope = models.CharField(_("scope"), max_length=40, default="programme")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(
        _("code"), max_length=14, unique=True, default=new_certificate_code
    )
    learner_name = models.CharField(_("name"), max_length=300)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    programme_title = models.CharField(_("programme"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1, default=0)
    competencies = models.JSONField(_("competencies and levels"), default=list)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    pdf = models.FileField(
        _("PDF"), storage=private_storage, upload_to="certificates/", blank=True
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "scope"], name="one_certificate_per_scope"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.learner_name} · {self.programme_title}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


class LearningStatement(models.Model):
    """One learning event as an xAPI statement: who did what to which activity, when.

    Written in the same transaction as the record it describes; forwarded to an
    external LRS when one is configured.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="statements"
    )
    verb = models.CharField(_("verb"), max_length=20)
    object_kind = models.CharField(_("activity type"), max_length=20)
    object_id = models.CharField(_("activity"), max_length=500)
    object_name = models.CharField(_("activity name"), max_length=255)
    result = models.JSONField(_("result"), null=True, blank=True)
    timestamp = models.DateTimeField(_("when"), default=timezone.now)
    stored = models.DateTimeField(_("stored"), auto_now_add=True, db_index=True)
    forwarded_at = models.DateTimeField(_("sent to the LRS"), null=True, blank=True)
    # The LRS refused this one statement (an answer 400); it is not sent again.
    forward_error = models.TextField(_("refused by the LRS"), blank=True)

    class Meta:
        verbose_name = _("learning statement")
        verbose_name_plural = _("learning statements")
        ordering = ["stored"]
        indexes = [
            models.Index(
                fields=["stored"],
                condition=Q(forwarded_at__isnull=True),
                name="statement_not_forwarded",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} {self.verb} {self.object_name}"


@register_setting(icon="site")
class LrsSettings(BaseGenericSetting):
    """Where learning statements are forwarded (an xAPI Learning Record Store)."""

    enabled = models.BooleanField(_("forward statements"), default=False)
    endpoint = models.URLField(
        _("LRS endpoint"),
        blank=True,
        help_text=_("The xAPI base URL, e.g. https://lrs.example.org/xapi/"),
    )
    username = models.CharField(_("key (user name)"), max_length=255, blank=True)
    password = models.CharField(_("secret (password)"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("learning record store")

    def clean(self):
        if self.enabled and not self.endpoint:
            raise ValidationError(
                {"endpoint": _("Give the LRS endpoint to forward to.")}
            )


class SelfAssessment(models.Model):
    """A learner's own rating of a competency, before starting or after finishing a
    programme (1–4, against the level descriptors)."""

    class Stage(models.TextChoices):
        BEFORE = "before", _("Before the programme")
        AFTER = "after", _("After the programme")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
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
