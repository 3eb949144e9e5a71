"""Requests about a person's data: exports they asked for, and closed accounts."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from lms import storage


def private_storage():
    return storage.private


def export_path(export: "DataExport", filename: str) -> str:
    return f"exports/{uuid.uuid4().hex}.zip"


class DataExport(models.Model):
    """A ZIP of everything the platform keeps about one person, built by a task."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    ready_at = models.DateTimeField(_("ready at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=export_path, blank=True
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.requested_at:%Y-%m-%d %H:%M}"


class ClosedAccount(models.Model):
    """That an account was closed, when and on whose initiative; nothing personal."""

    class Initiative(models.TextChoices):
        HOLDER = "holder", _("The person themselves")
        ADMINISTRATOR = "administrator", _("An administrator, on request")
        RETENTION = "retention", _("Inactive past the retention period")

    user_id = models.BigIntegerField(_("account number"), unique=True)
    closed_at = models.DateTimeField(_("closed at"), auto_now_add=True)
    initiative = models.CharField(
        _("on whose initiative"), max_length=20, choices=Initiative.choices
    )

    class Meta:
        verbose_name = _("closed account")
        verbose_name_plural = _("closed accounts")
        ordering = ["-closed_at"]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.get_initiative_display()}"


class RetentionNotice(models.Model):
    """The notice sent to an inactive person before their account is closed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="retention_notice",
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    closes_on = models.DateField(_("closes on"))

    class Meta:
        verbose_name = _("retention notice")
        verbose_name_plural = _("retention notices")

    def __str__(self) -> str:
        return f"{self.user_id} · {self.closes_on}"


class PrivacyNoticePage(Page):
    """What the platform keeps about people and why: edited in Wagtail, in each language.

    People agree to it at sign-up; the version they agreed to is the page's latest
    revision at that moment.
    """

    intro = models.TextField(_("summary"), blank=True)
    body = RichTextField(
        _("notice"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )
    controller = models.TextField(
        _("who is responsible"),
        blank=True,
        help_text=_("The data controller's name and contact, and the data officer's."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("controller"),
    ]
    parent_page_types = ["courses.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["my_data_url"] = reverse("privacy:my_data")
        return context


class Consent(models.Model):
    """That a person agreed to the privacy notice, and to which version of it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    notice_key = models.UUIDField(_("notice"), null=True)
    notice_revision = models.PositiveBigIntegerField(_("version"), null=True)
    language = models.CharField(_("language"), max_length=8)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.given_at:%Y-%m-%d}"
