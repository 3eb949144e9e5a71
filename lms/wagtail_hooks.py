from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy

from wagtail import hooks
from wagtail.admin.forms.account import LocalePreferencesForm
from wagtail.utils.version import get_main_version

from .widgets import LanguageSelect

# Wagtail builds its menu items once per process and these two labels are translated
# when built, so they stayed in the language of the process's first admin request
# (wagtail_localize/wagtail_hooks.py uses gettext; wagtail/admin/wagtail_hooks.py
# formats the version in eagerly). The same lazy label serves every request.
TRANSLATIONS_LABEL = gettext_lazy("Translations")
WHATS_NEW_LABEL = lazy(
    lambda: (
        gettext("What's new in Wagtail %(version)s")
        % {"version": get_main_version(include_patch=False)}
    ),
    str,
)()


@hooks.register("construct_reports_menu")
def translate_translations_report_label(request, menu_items):
    url = reverse("wagtail_localize:translations_report")
    for item in menu_items:
        if item.url == url:
            item.label = TRANSLATIONS_LABEL


@hooks.register("construct_help_menu")
def translate_whats_new_label(request, menu_items):
    name = f"whats-new-in-wagtail-{get_main_version(include_patch=False)}"
    for item in menu_items:
        if item.name == name:
            item.label = WHATS_NEW_LABEL


def name_admin_languages_in_their_own_language() -> None:
    """Wagtail's account page offers each admin language named in itself ("Lietuvių",
    "Norsk bokmål") without saying which language the name is in: its select says it
    per option (`lang`), as the site's own language choices do."""
    field = LocalePreferencesForm.base_fields["preferred_language"]
    widget = LanguageSelect()
    widget.choices = field.choices
    field.widget = widget


name_admin_languages_in_their_own_language()
