from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import AdminTagWidget
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.url_routing import RouteResult

from accounts.models import Organisation
from lms import lookups
from lms.lookups import ProcessLookupsMixin
from lms.page_cache import SharedPageMixin

from ..blocks import LessonBodyBlock, OutcomeBlock, QuizBlock
from .competencies import Competency
from .tags import ModuleTopic


class HomePage(ProcessLookupsMixin, SharedPageMixin, Page):
    """The site's front page: what the programme is and who built it."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences under the title."),
    )
    body = RichTextField(
        _("introduction"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )
    partners_heading = models.CharField(
        _("partners heading"),
        max_length=255,
        blank=True,
        default="",
    )
    partners_intro = RichTextField(
        _("partners introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("partners_heading"),
        FieldPanel("partners_intro"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "courses.CatalogueIndexPage",
        "courses.CompetencyModelPage",
        "events.EventIndexPage",
        "privacy.PrivacyNoticePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners_by_country"] = partners_by_country()
        context["programmes"] = (
            ProgrammePage.objects.live().public().descendant_of(self).order_by("path")
        )
        return context

    def route(self, request, path_components):
        """Find a descendant by its whole path in one query, not one per level of the tree
        (its id and type are remembered by the process, lms/lookups.py).

        Falls back to Wagtail's step-by-step routing for anything it does not find.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = lookups.routed_page(self, url_path)
            if found is not None:
                content_type_id, pk = found
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                page = model.objects.filter(pk=pk, live=True).first() if model else None
                if page is not None:
                    return RouteResult(page)
        return super().route(request, path_components)


def partners_by_country() -> list[tuple[str, list[Organisation]]]:
    """Active organisations, grouped by country, for the home page."""
    groups: dict[str, list[Organisation]] = {}
    for organisation in Organisation.objects.filter(is_active=True).order_by(
        "country", "name"
    ):
        groups.setdefault(organisation.get_country_display(), []).append(organisation)
    return list(groups.items())


def learning_outcomes_field() -> StreamField:
    return StreamField(
        [("outcome", OutcomeBlock())],
        blank=True,
        verbose_name=_("learning outcomes"),
        help_text=_("What learners can do afterwards, one per item."),
    )


class CatalogueIndexPage(ProcessLookupsMixin, SharedPageMixin, Page):
    """The list of programmes."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.ProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogue")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors
        from ..forms import CatalogueFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, catalogue=self)
        context["filter_form"] = form
        context["programmes"] = selectors.programmes_in(self)
        if form.is_valid() and form.has_filters():
            context["results"] = selectors.search_catalogue(self, **form.cleaned_data)
        return context


class ProgrammePage(ProcessLookupsMixin, SharedPageMixin, Page):
    """An ordered set of modules, such as "Social clustering competencies"."""

    summary = models.TextField(_("summary"))
    audience = models.TextField(
        _("audience"), blank=True, help_text=_("Who it is for.")
    )
    learning_outcomes = learning_outcomes_field()
    needs_approval = models.BooleanField(
        _("enrolment needs approval"),
        default=False,
        help_text=_("A coordinator or trainer approves each enrolment."),
    )
    allows_module_enrolment = models.BooleanField(
        _("learners may enrol in single modules"),
        default=False,
        help_text=_("Besides the whole programme, each module can be taken alone."),
    )
    # Dated runs of a programme are learning.Cohort rows (admin → Cohorts).

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("learning_outcomes"),
        InlinePanel(
            "trainers", label=_("Trainers"), heading=_("Trainers who may edit it")
        ),
        MultiFieldPanel(
            [
                FieldPanel("needs_approval"),
                FieldPanel("allows_module_enrolment"),
            ],
            heading=_("Enrolment"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
    ]
    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types = ["courses.ModulePage", "events.EventPage"]

    class Meta:
        verbose_name = _("programme")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.programme_summary(self))
        return context


class ProgrammeTrainer(Orderable):
    """A trainer named on a programme: they may edit it, its modules and lessons."""

    programme = ParentalKey(
        ProgrammePage, on_delete=models.CASCADE, related_name="trainers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"groups__name": "Trainers"},
    )

    panels = [FieldPanel("user")]

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="unique_programme_trainer"
            )
        ]


class ModulePage(ProcessLookupsMixin, SharedPageMixin, Page):
    """A unit of study mapped to competencies with a target level for each."""

    summary = models.TextField(_("summary"))
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("4.0"),
        validators=[
            MinValueValidator(Decimal("0.5")),
            MaxValueValidator(Decimal("500")),
        ],
    )
    learning_outcomes = learning_outcomes_field()
    topics = ClusterTaggableManager(
        through=ModuleTopic,
        blank=True,
        verbose_name=_("topics"),
        related_name="modules",
    )
    quiz = StreamField(
        [("quiz", QuizBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("final quiz"),
    )
    assignment_brief = RichTextField(
        _("assignment"),
        blank=True,
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_(
            "What learners do and hand in; a trainer reviews it. Leave empty for no "
            "assignment."
        ),
    )
    assignment_accepts_files = models.BooleanField(
        _("learners may attach a file"), default=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_hours"),
        FieldPanel("learning_outcomes"),
        InlinePanel("competency_targets", label=_("Competencies and target levels")),
        InlinePanel("prerequisites", label=_("Prerequisites")),
        # A topic is edited by its name in the site's default language.
        FieldPanel(
            "topics", widget=AdminTagWidget(attrs={"lang": settings.LANGUAGE_CODE})
        ),
        InlinePanel("toolkit_documents", label=_("Methodical toolkit")),
        FieldPanel("quiz"),
        MultiFieldPanel(
            [FieldPanel("assignment_brief"), FieldPanel("assignment_accepts_files")],
            heading=_("Assignment"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = ["courses.LessonPage", "events.EventPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.module_navigation(self))
        return context


class ModuleCompetency(TranslatableMixin, Orderable):
    module = ParentalKey(
        ModulePage, on_delete=models.CASCADE, related_name="competency_targets"
    )
    competency = models.ForeignKey(
        Competency,
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_level = models.PositiveSmallIntegerField(
        _("target level"), validators=[MinValueValidator(1), MaxValueValidator(9)]
    )

    panels = [FieldPanel("competency"), FieldPanel("target_level")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("competency target")
        verbose_name_plural = _("competency targets")

    def clean(self):
        super().clean()
        if self.competency_id and self.target_level:
            levels = set(self.competency.levels.values_list("number", flat=True))
            if self.target_level not in levels:
                raise ValidationError(
                    {
                        "target_level": _("%(competency)s has no level %(level)s.")
                        % {
                            "competency": self.competency.code,
                            "level": self.target_level,
                        }
                    }
                )


class ModulePrerequisite(TranslatableMixin, Orderable):
    module = ParentalKey(
        ModulePage, on_delete=models.CASCADE, related_name="prerequisites"
    )
    required_module = models.ForeignKey(
        ModulePage,
        verbose_name=_("module to finish first"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("required_module")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def clean(self):
        super().clean()
        if self.required_module_id and self.required_module_id == self.module_id:
            raise ValidationError(
                {"required_module": _("A module cannot require itself.")}
            )


class ModuleToolkitDocument(TranslatableMixin, Orderable):
    module = ParentalKey(
        ModulePage, on_delete=models.CASCADE, related_name="toolkit_documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("toolkit document")
        verbose_name_plural = _("toolkit documents")


class LessonPage(ProcessLookupsMixin, SharedPageMixin, Page):
    """One page of study inside a module."""

    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=20, validators=[MinValueValidator(1)]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        navigation = selectors.lesson_navigation(self)
        module, lessons = navigation["module"], navigation["lessons"]
        position = next(
            (i for i, lesson in enumerate(lessons) if lesson["pk"] == self.pk), None
        )
        context.update(
            module=module,
            lessons=lessons,
            previous_lesson=lessons[position - 1] if position else None,
            next_lesson=(
                lessons[position + 1]
                if position is not None and position + 1 < len(lessons)
                else None
            ),
        )
        return context


class CompetencyModelPage(ProcessLookupsMixin, SharedPageMixin, Page):
    """The competency framework, shown as readable, accessible tables."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    framework = models.ForeignKey(
        "courses.CompetencyFramework",
        verbose_name=_("framework"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("framework"),
    ]
    parent_page_types = ["courses.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("competency model page")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["model"] = selectors.framework_for_display(self.framework, self.locale)
        return context
