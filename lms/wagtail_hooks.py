from django.conf import settings
from django.db import models
from django.templatetags.static import static
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html, json_script
from django.utils.translation import get_language_info, gettext, gettext_lazy

from wagtail import hooks
from wagtail.admin.forms import account as account_forms
from wagtail.admin.forms.account import LocalePreferencesForm
from wagtail.admin.forms.collections import GroupCollectionManagementPermissionFormSet
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.workflows import WorkflowPageForm
from wagtail.images.forms import GroupImagePermissionFormSet
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.utils.version import get_main_version

from .admin_objects import PageViewSetNamingInLanguage
from .templatetags.admin_page_links import closed_links, without_links
from .widgets import LanguageSelect, PageChooserNamingInLanguage

# Every model form's page field: the chosen page's title says its language. Registered
# for Page, nearer than Wagtail's own (for AbstractPage) to any page type a field is to.
register_form_field_override(
    models.ForeignKey,
    to=Page,
    override=lambda db_field: {
        "widget": PageChooserNamingInLanguage(
            target_models=[db_field.remote_field.model]
        )
    },
)

# Wagtail's own msgids, translated by Wagtail's catalogues (so not extracted into ours).
wagtails_own = gettext_lazy

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


@hooks.register("insert_editor_js")
def name_rich_text_editors_and_mark_content_language():
    """Rich text editors named by their labels for screen readers (Draftail leaves
    them nameless), and the fields of a page or snippet in another language than the
    admin's marked with it: lms/static/js/admin-editor.js. The choosers of
    translatable snippets (whose choice is in the edited object's language) are named
    for it by their addresses."""
    return format_html(
        '{}<script src="{}"></script>',
        json_script(translatable_chooser_urls(), "lms-translatable-choosers"),
        static("js/admin-editor.js"),
    )


def translatable_chooser_urls() -> list[str]:
    """The chooser addresses of the snippets that have a locale."""
    return sorted(
        reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose"))
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    )


@hooks.register("register_admin_viewset")
def name_pages_in_their_language():
    """Registered after Wagtail's own viewset for `Page` (wagtail.admin's hooks run
    first), so it serves every page type that has no viewset of its own."""
    return PageViewSetNamingInLanguage()


@hooks.register("insert_global_admin_js")
def mend_wagtails_own_controls():
    """The multiple upload's file input named by the button it lies over, and the new
    user form's stray "tab" made a link: lms/static/js/admin-controls.js."""
    return format_html('<script src="{}"></script>', static("js/admin-controls.js"))


@hooks.register("construct_page_listing_buttons")
def offer_page_history_only_where_it_opens(buttons, page, user, context=None):
    """A row's "History" only for someone the page's history lets in (who may edit
    it): Wagtail offered it to anyone who sees the page (lms/templatetags/
    admin_page_links.py)."""
    if not page.permissions_for_user(user).can_edit():
        buttons[:] = without_links(buttons, closed_links(page))


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
    field.choices = admin_language_choices
    widget = LanguageSelect()
    widget.choices = field.choices
    field.widget = widget


def admin_language_choices() -> list[tuple[str, str]]:
    """Wagtail's choices (read for each form), but the first, "Use server language:
    Lietuviškai", names that language in the admin's own words: an option is in one
    language, and that one cannot say `lang` for the part of it in another."""
    default, *languages = account_forms._get_language_choices()
    server_language = get_language_info(settings.LANGUAGE_CODE)["name_translated"]
    label = wagtails_own("Use server language: %(language_name)s") % {
        "language_name": server_language
    }
    return [(default[0], label), *languages]


name_admin_languages_in_their_own_language()


# Wagtail translates the permission labels of these two group forms when the module is
# imported (wagtail/images/forms.py, wagtail/admin/forms/collections.py: `gettext`), so
# every admin saw them in the process's first language (Lithuanian, the default, in an
# English or Norwegian admin). The formsets keep the list they were built with; its
# entries become lazy, translated for each request.
LAZY_PERMISSION_LABELS = {
    GroupImagePermissionFormSet: [
        ("add_image", wagtails_own("Add"), wagtails_own("Add/edit images you own")),
        ("change_image", wagtails_own("Edit"), wagtails_own("Edit any image")),
        (
            "choose_image",
            wagtails_own("Choose"),
            wagtails_own("Select images in choosers"),
        ),
    ],
    GroupCollectionManagementPermissionFormSet: [
        ("add_collection", wagtails_own("Add"), wagtails_own("Add collections")),
        ("change_collection", wagtails_own("Edit"), wagtails_own("Edit collections")),
        (
            "delete_collection",
            wagtails_own("Delete"),
            wagtails_own("Delete collections"),
        ),
    ],
}


def translate_group_permission_labels_per_request() -> None:
    for formset, labels in LAZY_PERMISSION_LABELS.items():
        permission_types = formset.permission_types
        # Only while Wagtail's list is the one copied here (a test watches for that).
        if [row[0] for row in permission_types] == [row[0] for row in labels]:
            permission_types[:] = labels


translate_group_permission_labels_per_request()


def name_the_locale_model_translatably() -> None:
    """Wagtail's Locale model declares no verbose name, so Django's own ("locale") was
    English on every admin page that names the model (the locale forms' subtitle, the
    group permissions' rows). Only the name read at runtime: the declared options,
    which migrations compare, are Wagtail's."""
    Locale._meta.verbose_name = wagtails_own("locale")


name_the_locale_model_translatably()


def label_the_workflow_forms_page_field() -> None:
    """Wagtail's workflow form names its page field by the attribute ("Page", English in
    every admin language): given Wagtail's own translated label."""
    WorkflowPageForm.base_fields["page"].label = wagtails_own("Page")


label_the_workflow_forms_page_field()
