"""Learning statements (xAPI) and the learning record store they are forwarded to."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


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
    # Fixed when the statement is written, as xAPI statements are immutable: the
    # activity's definition (type, names and descriptions in each language the content
    # had), the context (registration, parent and grouping activities, language,
    # platform) and the actor's account home page.
    definition = models.JSONField(_("activity definition"), default=dict)
    context = models.JSONField(_("context"), default=dict)
    actor_home_page = models.URLField(_("actor's account home page"), blank=True)
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
