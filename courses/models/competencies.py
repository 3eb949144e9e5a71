"""The competency framework: Framework → Area → Competency → proficiency levels.

Plain models edited as Wagtail snippets, with revisions, translatable with
wagtail-localize. Every object's `translation_key` is its language-independent identity,
and the identifier it has in a CASE 1.1 export.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index

LEVEL_NUMBER_VALIDATORS = [MinValueValidator(1), MaxValueValidator(9)]


class CaseIdentified(models.Model):
    """The CASE identifier an object was imported with, kept to be exported as given.

    It holds only for the language it came in (`case_language`): a wagtail-localize
    translation copies the fields, and the copy must get an identifier of its own.
    Objects made here have none stored and get one derived from translation key and
    language (courses.exchange.identifiers).
    """

    case_identifier = models.CharField(
        max_length=255, blank=True, editable=False, db_index=True
    )
    case_language = models.CharField(max_length=16, blank=True, editable=False)

    class Meta:
        abstract = True


class CaseItemMixin(CaseIdentified):
    """What a CASE item brought that the platform does not model, exported again."""

    case_item_type = models.CharField(max_length=255, blank=True, editable=False)
    case_extra = models.JSONField(default=dict, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class FrameworkStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


class CompetencyFramework(
    TranslatableMixin, CaseIdentified, RevisionMixin, index.Indexed, ClusterableModel
):
    """A versioned competency model, such as the social clustering model 1.0."""

    code = models.CharField(_("code"), max_length=32, help_text=_("For example: SC."))
    version = models.CharField(_("version"), max_length=16, default="1.0")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=FrameworkStatus.choices,
        default=FrameworkStatus.DRAFT,
        help_text=_(
            "A published version's structure is fixed: learners' records refer to it. "
            "To change it, make a new version."
        ),
    )
    published_at = models.DateTimeField(
        _("published at"), null=True, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    case_extra = models.JSONField(default=dict, blank=True, editable=False)

    search_fields = [index.SearchField("title"), index.SearchField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("competency framework")
        verbose_name_plural = _("competency frameworks")
        ordering = ["code", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "version", "locale"],
                name="unique_framework_version_per_locale",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} {self.version}"

    @property
    def is_published(self) -> bool:
        return self.status == FrameworkStatus.PUBLISHED


class ProficiencyLevel(TranslatableMixin, CaseIdentified, Orderable):
    """One step of a framework's proficiency scale, e.g. 2 Practice."""

    framework = ParentalKey(
        CompetencyFramework, on_delete=models.CASCADE, related_name="levels"
    )
    number = models.PositiveSmallIntegerField(
        _("level"), validators=LEVEL_NUMBER_VALIDATORS
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("proficiency level")
        verbose_name_plural = _("proficiency levels")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "number"], name="unique_scale_level"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class CompetencyArea(TranslatableMixin, CaseItemMixin, Orderable):
    framework = ParentalKey(
        CompetencyFramework, on_delete=models.CASCADE, related_name="areas"
    )
    code = models.CharField(_("code"), max_length=32, help_text=_("For example: SC-2."))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("competency area")
        verbose_name_plural = _("competency areas")
        ordering = ["framework", "sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "code"], name="unique_area_code"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Competency(
    TranslatableMixin, CaseItemMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """What a learner can do, with a descriptor and indicators for each level."""

    area = models.ForeignKey(
        CompetencyArea,
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="competencies",
    )
    code = models.CharField(
        _("code"), max_length=32, help_text=_("For example: SC-2.1.")
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("code"),
        index.SearchField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["area__sort_order", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "code"], name="unique_competency_code"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def framework(self) -> CompetencyFramework:
        return self.area.framework


class CompetencyLevel(TranslatableMixin, CaseIdentified, Orderable):
    """What a level of one competency looks like, with its behavioural indicators."""

    competency = ParentalKey(
        Competency, on_delete=models.CASCADE, related_name="levels"
    )
    number = models.PositiveSmallIntegerField(
        _("level"), validators=LEVEL_NUMBER_VALIDATORS
    )
    description = models.TextField(_("descriptor"))
    indicators = models.TextField(
        _("behavioural indicators"),
        blank=True,
        help_text=_("One observable behaviour per line."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("level descriptor")
        verbose_name_plural = _("level descriptors")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["competency", "number"], name="unique_competency_level"
            )
        ]

    def __str__(self) -> str:
        return f"{self.competency.code} · {self.number}"

    @property
    def indicator_list(self) -> list[str]:
        return [line.strip() for line in self.indicators.splitlines() if line.strip()]


class CaseRecord(models.Model):
    """An item or association of an imported CASE package that the platform does not use.

    Kept as it came (the JSON object) so that the framework's export carries it again:
    items the admin chose to skip, associations other than the tree's own (isRelatedTo,
    precedes, exactMatchOf to other systems' items...).
    """

    class Kind(models.TextChoices):
        ITEM = "item", _("item")
        ASSOCIATION = "association", _("association")

    framework = models.ForeignKey(
        CompetencyFramework, on_delete=models.CASCADE, related_name="case_records"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    identifier = models.CharField(max_length=255, db_index=True)
    association_type = models.CharField(max_length=255, blank=True)
    position = models.PositiveIntegerField(default=0)
    data = models.JSONField()

    class Meta:
        verbose_name = _("CASE record")
        verbose_name_plural = _("CASE records")
        ordering = ["framework", "kind", "position"]

    def __str__(self) -> str:
        return f"{self.kind} {self.identifier}"
