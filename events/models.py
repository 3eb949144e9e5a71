"""Live training events: the pages that describe them and the records of who comes.

Event pages are content, translated with wagtail-localize like the course pages.
Registrations are records, kept apart from the content: they refer to an event by its
language-independent `translation_key`, so a person registered on the English page is
registered on the Lithuanian one, and the records outlive the page.
"""

import re
from operator import attrgetter
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from accounts.models import Organisation
from lms.widgets import OwnLanguageSelect

# Events happen in Lithuania and Norway, but the programme runs on Vilnius time: times
# are stored in UTC and shown in this zone (and in the viewer's own, when it differs).
EVENT_TIME_ZONE = ZoneInfo("Europe/Vilnius")


class FunderActivity(TranslatableMixin, index.Indexed, models.Model):
    """An activity of the funded project that events count toward, e.g. "1.1.2 Training
    events for municipal staff", with its target of unique participants."""

    code = models.CharField(
        _("code"), max_length=32, help_text=_("As in the project plan, e.g. 1.1.2.")
    )
    title = models.CharField(_("title"), max_length=255)
    target_participants = models.PositiveIntegerField(
        _("target number of unique participants"),
        validators=[MinValueValidator(1)],
        help_text=_("A person who attends several events counts once."),
    )

    override_translatable_fields = [SynchronizedField("code")]
    search_fields = [index.SearchField("code"), index.SearchField("title")]

    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("target_participants"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funder activity")
        verbose_name_plural = _("funder activities")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="unique_funder_activity_per_locale"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class EventIndexPage(Page):
    """The site-wide list of training events, with filters."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events listing")

    def get_context(self, request, *args, **kwargs):
        from . import selectors
        from .forms import EventFilterForm

        context = super().get_context(request, *args, **kwargs)
        programmes = selectors.programmes_by_path(self.locale)
        form = EventFilterForm(
            request.GET or None,
            programmes=sorted(programmes.values(), key=lambda p: p.path),
            municipalities=selectors.municipalities(self.locale),
        )
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["when"] = filters.get("when", "upcoming")
        context["event_time_zone"] = EVENT_TIME_ZONE
        context["events"] = selectors.event_listing(
            locale=self.locale, programmes=programmes, **filters
        )
        return context


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class EventPage(Page):
    """A training event, study visit or practical meeting, with registration."""

    description = RichTextField(
        _("description"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    format = models.CharField(
        _("format"),
        max_length=16,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    municipality = models.CharField(
        _("municipality or city"),
        max_length=100,
        blank=True,
        help_text=_(
            "Where it takes place, e.g. Biržai or Oslo; listings filter by it. "
            "Leave empty for an online event."
        ),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to registered participants."),
    )
    starts_at = models.DateTimeField(
        _("starts"), help_text=_("In Vilnius time (Europe/Vilnius).")
    )
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(
        _("seats"),
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("When they are taken, people join a waiting list."),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Leave empty to open registration when the page is published."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep registration open until the event starts."),
    )
    needs_approval = models.BooleanField(
        _("registrations need approval"),
        default=False,
        help_text=_(
            "A coordinator of the organising organisation approves each registration."
        ),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organising organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    funder_activity = models.ForeignKey(
        FunderActivity,
        verbose_name=_("funder activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The activity of the project plan this event counts toward."),
    )
    survey = models.ForeignKey(
        "events.SurveyQuestionSet",
        verbose_name=_("satisfaction survey"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for the default question set."),
    )

    # wagtail-localize derives the rest: texts are translated, the funder activity and
    # the competencies follow their translations, everything else is kept in sync. The
    # question set is copied as it is: its questions are asked in the reader's
    # language by its translation_key (events.surveys).
    override_translatable_fields = [
        SynchronizedField("municipality"),
        SynchronizedField("survey"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("format"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("municipality"),
                FieldPanel("online_url"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_opens_at"),
                        FieldPanel("registration_closes_at"),
                    ]
                ),
                FieldPanel("needs_approval"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel(
            "organisation",
            # Each organisation named in its own language, which the option says.
            widget=OwnLanguageSelect(language_of=attrgetter("name_language")),
        ),
        InlinePanel("trainers", label=_("Trainers")),
        InlinePanel("competencies", label=_("Competencies addressed")),
        FieldPanel("funder_activity"),
        FieldPanel("survey"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.FilterField("starts_at"),
        index.FilterField("format"),
        index.FilterField("municipality"),
    ]
    parent_page_types = [
        "events.EventIndexPage",
        "courses.ProgrammePage",
        "courses.ModulePage",
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("training event")
        verbose_name_plural = _("training events")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _(
                "Registration must close after it opens."
            )
        elif closes and self.starts_at and closes > self.starts_at:
            errors["registration_closes_at"] = _(
                "Registration must close by the time the event starts."
            )
        if opens and self.starts_at and opens >= self.starts_at:
            errors["registration_opens_at"] = _(
                "Registration must open before the event starts."
            )
        if not self.online_url and self.format != EventFormat.IN_PERSON:
            errors["online_url"] = _(
                "An online or hybrid event needs the link participants join with."
            )
        if not self.venue_address.strip() and self.format != EventFormat.ONLINE:
            errors["venue_address"] = _(
                "An event in person needs the address of its venue."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.event_page_context(self, request.user))
        return context

    # --- Facts derived from the fields -------------------------------------------

    @property
    def is_online(self) -> bool:
        return self.format == EventFormat.ONLINE

    @property
    def has_venue(self) -> bool:
        return self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID)

    @property
    def full_address(self) -> str:
        """The venue's address as written in the page's language, ending with the
        municipality only when the address does not name it already.

        The municipality is a filter value kept the same in every language, so it is
        looked for by its stem: "Oslas, Norvegija" on the Lithuanian page names Oslo.
        """
        address = self.venue_address.strip()
        if not self.municipality or _names_place(address, self.municipality):
            return address
        return f"{address}, {self.municipality}" if address else self.municipality

    @property
    def registration_closes(self):
        """When registration closes: the set time, or the start."""
        return self.registration_closes_at or self.starts_at

    def has_ended(self, now=None) -> bool:
        return (now or timezone.now()) >= self.ends_at


def _names_place(text: str, place: str) -> bool:
    # Lithuanian declines place names (Oslo: Oslas, Osle; Utena: Utenos), so each word
    # of the place is matched without its last two letters (keeping at least three).
    words = re.findall(r"\w+", text.casefold())
    return all(
        any(word.startswith(name[: max(3, len(name) - 2)]) for word in words)
        for name in re.findall(r"\w+", place.casefold())
    )


class EventTrainer(Orderable):
    """A trainer who runs the event: they see its participants in the admin."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="trainers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"groups__name": "Trainers"},
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], name="unique_event_trainer"
            )
        ]


class EventCompetency(TranslatableMixin, Orderable):
    """A competency of the framework that the event develops."""

    event = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="competencies"
    )
    competency = models.ForeignKey(
        "courses.Competency",
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("competency")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("competency addressed")
        verbose_name_plural = _("competencies addressed")


# --- Records --------------------------------------------------------------------------


class EventSeats(models.Model):
    """One row per event (all its languages): the lock that registrations for the event
    take, so that two requests for the last seat cannot both get it, and the counter
    that orders requests (the waiting list) as they arrive."""

    event_key = models.UUIDField(_("event"), unique=True)
    last_position = models.PositiveIntegerField(default=0)
    # Shown in the room during the event; participants type it to check in.
    check_in_code = models.CharField(_("check-in code"), max_length=12, blank=True)
    # The calendar invitation's SEQUENCE (RFC 5545): raised each time the published
    # time or place changes, so calendars replace the invitation they hold.
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    # What the last invitation said (time, place, link), to tell a change from a
    # republish of the same facts.
    schedule = models.JSONField(_("published schedule"), default=dict, blank=True)
    # Kept here rather than on the page, so that it holds in every language and no
    # later publish of a draft can undo it.
    called_off_at = models.DateTimeField(
        _("cancelled by the organisers at"), null=True, blank=True
    )
    called_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    call_off_reason = models.TextField(_("reason for the cancellation"), blank=True)

    class Meta:
        verbose_name = _("event seats")
        verbose_name_plural = _("event seats")

    def __str__(self) -> str:
        return str(self.event_key)


class RegistrationQuerySet(models.QuerySet):
    def current(self):
        return self.filter(status__in=Registration.CURRENT)

    def for_event(self, event: Page):
        return self.filter(event_key=event.translation_key)

    def with_event_name(self):
        """Each registration with `event_name`: its event's live title in the active
        language, else in the default language (`event_name_lang` says so), else the
        title registered under.

        The rule of `courses.localisation.pages_in_language`, in SQL, so that a
        listing sorts by the title it shows and an export streams it.
        """

        def pages_in(language: str):
            return Page.objects.live().filter(
                translation_key=OuterRef("event_key"), locale__language_code=language
            )

        def title_in(language: str):
            return Subquery(pages_in(language).values("title")[:1])

        active = translation.get_language() or settings.LANGUAGE_CODE
        default = settings.LANGUAGE_CODE
        return self.annotate(
            event_name=Coalesce(
                title_in(active),
                title_in(default),
                F("event_title"),
            ),
            # The language to mark `event_name` with: the default language's where it
            # fell back to it; "" where it is the reader's or not known (as registered).
            event_name_lang=Value("")
            if active == default
            else Case(
                When(Exists(pages_in(active)), then=Value("")),
                When(Exists(pages_in(default)), then=Value(default)),
                default=Value(""),
            ),
        )


class Attendance(models.TextChoices):
    PRESENT = "present", _("Present")
    PARTLY = "partly", _("Partly present")
    ABSENT = "absent", _("Absent")


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        PENDING = "pending", _("Awaiting approval")
        CANCELLED = "cancelled", _("Cancelled")
        REJECTED = "rejected", _("Not approved")

    # The statuses that hold a place or a request: one of these per person per event.
    CURRENT = [Status.REGISTERED, Status.WAITLISTED, Status.PENDING]

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    event_key = models.UUIDField(_("event"), db_index=True)
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_title = models.CharField(_("event title"), max_length=255)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    # Arrival order among the event's requests: the waiting list is served by it.
    position = models.PositiveIntegerField(_("position"))
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A coordinator who registered a member of their staff."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    promoted_at = models.DateTimeField(
        _("moved off the waiting list at"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attendance = models.CharField(
        _("attendance"), max_length=16, choices=Attendance.choices, blank=True
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendance marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attendance_marked_at = models.DateTimeField(
        _("attendance marked at"), null=True, blank=True
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["event_key", "position"]
        indexes = [models.Index(fields=["event_key", "status", "position"])]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "event_key"],
                condition=Q(status__in=["registered", "waitlisted", "pending"]),
                name="one_current_registration_per_event",
            )
        ]

    def __str__(self) -> str:
        # Rows of listings carry the title in the reader's language (with_event_name).
        return f"{self.person} · {getattr(self, 'event_name', self.event_title)}"

    @property
    def is_current(self) -> bool:
        return self.status in self.CURRENT


class Rating(models.IntegerChoices):
    """The five-point scale of the satisfaction survey."""

    VERY_POOR = 1, _("Very poor")
    POOR = 2, _("Poor")
    SATISFACTORY = 3, _("Satisfactory")
    GOOD = 4, _("Good")
    VERY_GOOD = 5, _("Very good")


class SurveyResponse(models.Model):
    """One attendee's answers to the satisfaction survey after an event. Linked to the
    registration only so that nobody answers twice; reports show the answers without it."""

    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="survey_response",
    )
    event_key = models.UUIDField(_("event"), db_index=True)
    overall = models.PositiveSmallIntegerField(
        _("overall, how was the event?"), choices=Rating.choices
    )
    usefulness = models.PositiveSmallIntegerField(
        _("how useful is it for your work?"),
        choices=Rating.choices,
        null=True,
        blank=True,
    )
    would_recommend = models.BooleanField(
        _("would you recommend it to a colleague?"),
        choices=[(True, _("Yes")), (False, _("No"))],
        null=True,
        blank=True,
    )
    improvements = models.TextField(
        _("what could be better?"), blank=True, max_length=4000
    )
    # Every answer by its question's key, whatever the question set asked; the
    # columns above keep the standard questions for the indicators.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    submitted_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self) -> str:
        return f"{self.event_key} · {self.overall}"


class CalendarFeed(models.Model):
    """A person's secret link to the calendar of their events. Only a digest of the
    token is kept; revoking makes the link answer 404 for good."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    token_digest = models.CharField(_("token digest"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_calendar_feed_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.created_at:%Y-%m-%d}"


class QuestionKind(models.TextChoices):
    RATING = "rating", _("Five-point rating (very poor to very good)")
    YES_NO = "yes_no", _("Yes or no")
    TEXT = "text", _("Free text")


# The questions the indicators read, by key, with the wording used when a question's
# text is left empty (translated like the rest of the interface). "overall" drives
# the share of good answers: a set without it still asks it first.
STANDARD_QUESTIONS = {
    "overall": (QuestionKind.RATING, _("overall, how was the event?")),
    "usefulness": (QuestionKind.RATING, _("how useful is it for your work?")),
    "would_recommend": (
        QuestionKind.YES_NO,
        _("would you recommend it to a colleague?"),
    ),
    "improvements": (QuestionKind.TEXT, _("what could be better?")),
}


class SurveyQuestionSet(TranslatableMixin, ClusterableModel):
    """The questions of the satisfaction survey, edited by administrators and
    translated like the pages. Events use the default set unless they name one."""

    name = models.CharField(_("name"), max_length=255)

    panels = [
        FieldPanel("name"),
        InlinePanel("questions", label=_("Questions"), min_num=1),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("survey question set")
        verbose_name_plural = _("survey question sets")

    def __str__(self) -> str:
        return self.name


class SurveyQuestion(TranslatableMixin, Orderable):
    question_set = ParentalKey(
        SurveyQuestionSet, on_delete=models.CASCADE, related_name="questions"
    )
    key = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_(
            "Names the answer in exports. overall, usefulness, would_recommend and "
            "improvements are the standard questions; overall drives the share of "
            "good answers."
        ),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=QuestionKind.choices)
    text = models.CharField(
        _("question"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty for the standard wording of a standard question."),
    )
    required = models.BooleanField(_("an answer is required"), default=True)

    override_translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("kind"),
        SynchronizedField("required"),
    ]
    panels = [
        FieldPanel("key"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("required"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.text:
            return self.text
        standard = STANDARD_QUESTIONS.get(self.key)
        return str(standard[1]) if standard else self.key

    def clean(self):
        super().clean()
        standard = STANDARD_QUESTIONS.get(self.key)
        if standard and self.kind != standard[0]:
            raise ValidationError(
                {"kind": _("This standard question must keep its kind.")}
            )
        if not self.text and not standard:
            raise ValidationError({"text": _("Write the question.")})
