"""Enrolments, their cohorts, and the enrolment query set."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.languages import in_language


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
    name_language = models.CharField(
        _("language of the name"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "The one name is shown in every language; this says which it is written "
            "in, so that screen readers read it right."
        ),
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

    @property
    def shown_name(self) -> str:
        """The name for a page in the active language, marked with its own `lang`
        where that is another."""
        return in_language(self.name, self.name_language)

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
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
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
    # The xAPI context.registration of every statement made under this enrolment.
    registration = models.UUIDField(
        _("registration"), default=uuid.uuid4, unique=True, editable=False
    )

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
