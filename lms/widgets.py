"""Form widgets the site's forms share."""

from django import forms
from django.utils import translation
from django.utils.text import capfirst, format_lazy

from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from .languages import lang_to_mark, page_language


def locale_language(instance) -> str:
    """The language of a translatable object's own text: its locale's (select the
    locale with the objects, or this reads it once for each)."""
    return instance.locale.language_code


class LanguageSelect(forms.Select):
    """A choice of languages, each named in itself ("Lietuvių", "English", "Norsk
    bokmål"): every option says its own language (`lang`), so a screen reader reads
    each name in its language, not the page's (WCAG 3.1.2)."""

    def create_option(
        self, name, value, label, selected, index, subindex=None, attrs=None
    ):
        option = super().create_option(
            name, value, label, selected, index, subindex=subindex, attrs=attrs
        )
        if value:
            option["attrs"]["lang"] = str(value)
        return option


class OwnLanguageSelect(forms.Select):
    """A choice of things each named in a language of its own (organisations' names,
    pages not translated): an option whose name is not in the page's language says
    which it is in (`lang`), as `language_of` reads it from the option's object."""

    def __init__(self, attrs=None, choices=(), *, language_of=None):
        super().__init__(attrs, choices)
        self.language_of = language_of

    def create_option(
        self, name, value, label, selected, index, subindex=None, attrs=None
    ):
        option = super().create_option(
            name, value, label, selected, index, subindex=subindex, attrs=attrs
        )
        language = self.language_of_choice(getattr(value, "instance", None), label)
        if language and language != translation.get_language():
            option["attrs"]["lang"] = language
        return option

    def language_of_choice(self, instance, label) -> str:
        """The language of a choice's name: its object's (`language_of`), or its
        label's where that is `InLanguage`; "" where not known."""
        if instance is not None and self.language_of is not None:
            return self.language_of(instance)
        return getattr(label, "lang", "")


class InLanguage(str):
    """A choice's label in a language of its own, for `OwnLanguageSelect` to say
    (`lang`, "" where not known)."""

    lang = ""

    def __new__(cls, text: str, lang: str = ""):
        label = super().__new__(cls, text)
        label.lang = lang
        return label


class PageChooserNamingInLanguage(AdminPageChooser):
    """Wagtail's page chooser, the chosen page's title marked with the page's language
    where that is not the admin's (a cohort's programme, in Lithuanian, on an English
    admin). Choosing another page drops the mark, the new page's language unknown
    there (lms/static/js/admin-controls.js). Every model form's page field has it
    (lms/wagtail_hooks.py)."""

    template_name = "includes/admin/page_chooser.html"

    def get_value_data_from_instance(self, instance):
        data = super().get_value_data_from_instance(instance)
        data["language"] = page_language(instance)
        return data

    def get_context(self, name, value_data, attrs):
        context = super().get_context(name, value_data, attrs)
        context["title_lang"] = lang_to_mark((value_data or {}).get("language"))
        return context


class PageChooser(PageChooserNamingInLanguage):
    """Wagtail's page chooser, its button naming the page type in each admin's language
    ("Choose a page (Programme)"). Wagtail joins the two texts when the widget is made,
    once per form class and process: in the language of the first admin to open it."""

    def __init__(self, target_models=None, **kwargs):
        super().__init__(target_models=target_models, **kwargs)
        name_page_type_lazily(self)


def name_page_type_lazily(chooser: AdminPageChooser) -> None:
    """Make a page chooser's button text ("Choose a page (Programme)") lazy, translated
    when the form is shown, as a form made once per process needs."""
    if len(chooser.target_models) == 1 and chooser.model is not Page:
        chooser.choose_one_text = format_lazy(
            "{} ({})",
            AdminPageChooser.choose_one_text,
            capfirst(chooser.model._meta.verbose_name),
        )
