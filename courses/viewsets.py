from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.snippets.views.snippets import (
    IndexView,
    SnippetViewSetGroup,
)

from lms.admin_objects import NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet
from lms.admin_tables import LocalisedIndexView, OwnLanguageIndexMixin
from lms.widgets import OwnLanguageSelect, locale_language

from .forms import CompetencyForm, FrameworkForm
from .models import Competency, CompetencyFramework, TopicTag


class CompetencyFrameworkViewSet(
    NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet
):
    model = CompetencyFramework
    icon = "table"
    menu_label = _("Frameworks")
    index_view_class = LocalisedIndexView
    list_display = ["title", "code", "version", "status", "locale"]
    list_filter = ["status", "locale"]
    search_fields = ["title", "code"]
    ordering = ["code", "-version"]
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("version"),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("status"),
            InlinePanel(
                "levels",
                label=_("Proficiency levels"),
                min_num=1,
                panels=[
                    FieldPanel("number"),
                    FieldPanel("name"),
                    FieldPanel("description"),
                ],
            ),
            InlinePanel(
                "areas",
                label=_("Competency areas"),
                panels=[
                    FieldPanel("code"),
                    FieldPanel("title"),
                    FieldPanel("description"),
                ],
            ),
        ],
        base_form_class=FrameworkForm,
    )


class CompetencyIndexView(LocalisedIndexView):
    # An area is in its competency's locale.
    localised_fields = ("title", "area")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("area")  # its column


class CompetencyFilterSet(WagtailFilterSet):
    class Meta:
        model = Competency
        fields = ["area__framework", "locale"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The frameworks of every locale, each option saying its language.
        framework = self.filters["area__framework"]
        framework.queryset = framework.queryset.select_related("locale")
        framework.extra["widget"] = OwnLanguageSelect(language_of=locale_language)


class CompetencyViewSet(NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = _("Competencies")
    index_view_class = CompetencyIndexView
    list_display = ["code", "title", "area", "locale"]
    filterset_class = CompetencyFilterSet
    search_fields = ["title", "code", "description"]
    ordering = ["area__framework", "area__sort_order", "sort_order"]
    edit_handler = ObjectList(
        [
            FieldPanel("area"),
            FieldPanel("code"),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("sort_order"),
            InlinePanel(
                "levels",
                label=_("Level descriptors"),
                min_num=1,
                panels=[
                    FieldPanel("number"),
                    FieldPanel("description"),
                    FieldPanel("indicators"),
                ],
            ),
        ],
        base_form_class=CompetencyForm,
    )


class TopicTagIndexView(OwnLanguageIndexMixin, IndexView):
    # A topic has a name in each language, each in a column of its own.
    own_language_fields = {
        "name": settings.LANGUAGE_CODE,
        "name_en": "en",
        "name_nb": "nb",
    }


class TopicTagViewSet(PlatformSnippetViewSet):
    """The curated list of topics that modules are tagged with."""

    model = TopicTag
    icon = "tag"
    menu_label = _("Topics")
    index_view_class = TopicTagIndexView
    list_display = ["name", "name_en", "name_nb", "slug"]
    search_fields = ["name", "name_en", "name_nb"]
    ordering = ["name"]
    form_fields = ["name", "name_en", "name_nb", "slug"]


class CompetencySnippetViewSetGroup(SnippetViewSetGroup):
    items = (CompetencyFrameworkViewSet, CompetencyViewSet, TopicTagViewSet)
    menu_icon = "table"
    menu_label = pgettext_lazy("admin menu", "Competencies")
    menu_name = "competency-model"
    menu_order = 150
