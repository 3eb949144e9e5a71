from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FunderActivity, SurveyQuestionSet


class FunderActivityViewSet(SnippetViewSet):
    """The project plan's activities that events count toward, with their targets."""

    model = FunderActivity
    icon = "list-ol"
    menu_label = _("Funder activities")
    add_to_settings_menu = True
    list_display = ["code", "title", "target_participants", "locale"]
    list_filter = ["locale"]
    search_fields = ["code", "title"]
    ordering = ["code"]
    copy_view_enabled = False


class SurveyQuestionSetViewSet(SnippetViewSet):
    """The satisfaction survey's questions; translated with wagtail-localize."""

    model = SurveyQuestionSet
    icon = "help"
    menu_label = _("Survey questions")
    add_to_settings_menu = True
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    copy_view_enabled = False
