"""Learners' questions to a module's trainers, and the messages of each thread."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.languages import written_in_field


class Question(models.Model):
    """A learner's question to the trainers of a module: a thread of messages."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    module_title = models.CharField(_("module title"), max_length=255)
    subject = models.CharField(_("subject"), max_length=200)
    language = written_in_field(
        _("written in"),
        _(
            "The language of the learner's page when they asked; empty for "
            "questions asked before it was recorded."
        ),
    )
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
    language = written_in_field(
        _("written in"),
        _(
            "The language of its author's page (the site's, or the admin's for a "
            "trainer)."
        ),
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.question} · {self.created_at:%Y-%m-%d %H:%M}"
