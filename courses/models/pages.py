from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from accounts.models import Organisation


class HomePage(Page):
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
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners_by_country"] = partners_by_country()
        return context


def partners_by_country() -> list[tuple[str, list[Organisation]]]:
    """Active organisations, grouped by country, for the home page."""
    groups: dict[str, list[Organisation]] = {}
    for organisation in Organisation.objects.filter(is_active=True).order_by(
        "country", "name"
    ):
        groups.setdefault(organisation.get_country_display(), []).append(organisation)
    return list(groups.items())
