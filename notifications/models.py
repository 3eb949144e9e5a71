"""The outbox: every email the platform sends is a row first, written with its cause.

A row is rendered and sent by a Celery task after the transaction commits; a periodic
sweep finds rows whose task was lost. The idempotency key makes a message logical: the
same event queued twice (a retry, a second beat) is one row and one email.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ENROLMENT_CONFIRMED = "enrolment-confirmed", _("Enrolment confirmed")
    ENROLMENT_PENDING = "enrolment-pending", _("Enrolment awaiting approval")
    ENROLMENT_APPROVED = "enrolment-approved", _("Enrolment approved")
    ENROLMENT_REJECTED = "enrolment-rejected", _("Enrolment rejected")
    INVITATION = "invitation", _("Invitation to set a password")
    MODULE_COMPLETED = "module-completed", _("Module completed")
    PROGRAMME_COMPLETED = "programme-completed", _("Programme completed")
    QUESTION_ANSWERED = "question-answered", _("Question answered")
    ASSIGNMENT_REVIEWED = "assignment-reviewed", _("Assignment reviewed")
    REMINDER_INACTIVE = "reminder-inactive", _("Inactivity reminder")
    REMINDER_DEADLINE = "reminder-deadline", _("Deadline approaching")
    REMINDER_OVERDUE = "reminder-overdue", _("Overdue reminder")
    COORDINATOR_DIGEST = "coordinator-digest", _("Weekly digest for coordinators")
    EVENT_REGISTERED = "event-registered", _("Event registration confirmed")
    EVENT_WAITLISTED = "event-waitlisted", _("Event registration on the waiting list")
    EVENT_PENDING = "event-pending", _("Event registration awaiting approval")
    EVENT_PROMOTED = "event-promoted", _("Event seat freed for someone waiting")
    EVENT_REJECTED = "event-rejected", _("Event registration not approved")
    EVENT_CANCELLED = "event-cancelled", _("Event registration cancelled")
    DATA_EXPORT_READY = "data-export-ready", _("Personal data export ready")
    ACCOUNT_CLOSING = "account-closing", _("Inactive account to be closed")
    EVENT_REMINDER = "event-reminder", _("Event reminder")
    EVENT_CHANGED = "event-changed", _("Event changed")
    EVENT_CALLED_OFF = "event-called-off", _("Event cancelled by the organiser")
    SURVEY_INVITATION = "survey-invitation", _("Satisfaction survey invitation")
    SURVEY_REMINDER = "survey-reminder", _("Satisfaction survey reminder")
    TRAINER_DIGEST = "trainer-digest", _("New work for trainers")


# Reminders to learners: at most one a day, each kind may be switched off.
REMINDER_KINDS = [Kind.REMINDER_INACTIVE, Kind.REMINDER_DEADLINE, Kind.REMINDER_OVERDUE]
# Kinds a person may switch off; every other kind is transactional and always goes.
OPTIONAL_KINDS = [*REMINDER_KINDS, Kind.COORDINATOR_DIGEST, Kind.TRAINER_DIGEST]


class OutboxMessageQuerySet(models.QuerySet):
    def due(self, *, before):
        """Queued rows whose send time had come by `before`."""
        return self.filter(
            status=OutboxMessage.Status.QUEUED, next_attempt_at__lte=before
        )


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    idempotency_key = models.CharField(
        _("idempotency key"), max_length=200, unique=True
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=8)
    context = models.JSONField(_("context"), default=dict, blank=True)
    # Filled when the message is rendered for sending; what the recipient got.
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body_text = models.TextField(_("plain text"), blank=True)
    body_html = models.TextField(_("HTML"), blank=True)

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # Set on reminders only: the day (Vilnius time) it counts against the one-a-day rule.
    reminder_day = models.DateField(_("reminder day"), null=True, blank=True)

    objects = OutboxMessageQuerySet.as_manager()

    # A record, not content: nothing refers to it, and indexing its references on every
    # save cost four queries per email sent (the admin viewset registers it otherwise).
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("outbox")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "reminder_day"],
                condition=Q(reminder_day__isnull=False),
                name="one_reminder_per_recipient_per_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.to_email}"

    @property
    def is_optional(self) -> bool:
        return self.kind in OPTIONAL_KINDS


class Unsubscription(models.Model):
    """A learner who does not want one kind of reminder. No row: they get it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("unsubscription")
        verbose_name_plural = _("unsubscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"], name="one_unsubscription_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind}"


class ReminderRule(models.Model):
    """How a programme's learners are reminded; programmes without a rule use defaults."""

    programme = models.OneToOneField(
        "courses.ProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    inactivity_days = models.PositiveSmallIntegerField(
        _("days without activity before a reminder"),
        default=7,
        help_text=_("0 turns inactivity reminders off for this programme."),
    )
    note = models.TextField(
        _("note added to reminders"),
        blank=True,
        help_text=_("Shown in this programme's reminders, e.g. whom to ask for help."),
    )

    class Meta:
        verbose_name = _("reminder rule")
        verbose_name_plural = _("reminder rules")

    def __str__(self) -> str:
        return str(self.programme)
