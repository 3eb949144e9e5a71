from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.admin_tables import LocalisedIndexView

from .forms import CompetencyForm, FrameworkForm
from .models import Competency, CompetencyFramework, TopicTag


class CompetencyFrameworkViewSet(SnippetViewSet):
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


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = _("Competencies")
    index_view_class = LocalisedIndexView
    list_display = ["code", "title", "area", "locale"]
    list_filter = ["area__framework", "locale"]
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


class TopicTagViewSet(SnippetViewSet):
    """The curated list of topics that modules are tagged with."""

    model = TopicTag
    icon = "tag"
    menu_label = _("Topics")
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
