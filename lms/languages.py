"""Text in a language other than the page's: the one way the platform marks it.

A title that fell back to the default language, an organisation's name in the
language it was written in, a language's own name: each is shown in a sentence in the
reader's language and must say its own (`lang`, WCAG 3.1.2), or a screen reader reads
it with the wrong voice.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Locale, Site

from . import lookups


def lang_to_mark(language: str | None) -> str:
    """The `lang` an element holding text in `language` needs on a page in the active
    language: "" when the text is in the active language or its language is unknown."""
    if not language or language.lower() == (translation.get_language() or "").lower():
        return ""
    return language


def lang_attribute(language: str | None) -> str:
    """` lang="lt"` for an element holding text in `language` on a page in the active
    language; nothing when that is the page's or unknown (see `lang_to_mark`)."""
    mark = lang_to_mark(language)
    return format_html(' lang="{}"', mark) if mark else ""


def in_language(text, language: str | None):
    """`text` for a page in the active language: as it is where that is its language
    (the template escapes it), else as HTML marked with its own `lang`."""
    mark = lang_to_mark(language)
    if text and mark:
        return format_html('<span lang="{}">{}</span>', mark, text)
    return text


def page_language(page) -> str:
    """The language of a page's (or a translatable snippet's) locale, read without a
    query: a row of a listing need not have its locale with it."""
    return locale_language_of(page.locale_id)


def locale_language_of(locale_id: int | None) -> str:
    """The language code of the locale `locale_id` ("" for none), without a query."""

    def languages() -> dict[int, str]:
        return dict(Locale.objects.values_list("pk", "language_code"))

    return lookups.remember("locale-languages", languages).get(locale_id, "")


def writing_language() -> str:
    """The language a person writes in now: the one their page is in (the site's, or the
    admin's for staff). Recorded with what they write, so that a reader on a page in
    another language is told which it is."""
    try:
        return translation.get_supported_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def written_in_field(verbose_name, help_text) -> models.CharField:
    """A model field for the language a person wrote something in (see
    `writing_language`); "" when it was not recorded, which is never marked."""
    return models.CharField(
        verbose_name,
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=help_text,
    )


def object_language(obj) -> str:
    """The language an object's name is written in: its own (`name_language`, as an
    organisation's or a cohort's) or its locale's (translatable snippets); "" when it
    has none."""
    if language := getattr(obj, "name_language", ""):
        return language
    if getattr(obj, "locale_id", None):
        return page_language(obj)
    if isinstance(obj, Site):
        return site_language(obj)
    return ""


def site_language(site) -> str:
    """The language a site's name is in: its home page's, written for that page's
    visitors (the demo names the site as its Lithuanian home page)."""

    def languages() -> dict[int, str]:
        rows = Site.objects.values_list("pk", "root_page__locale__language_code")
        return {pk: language or "" for pk, language in rows}

    return lookups.remember("site-languages", languages).get(site.pk, "")


def page_title(page):
    """A page's title for a page in the active language, marked with its own."""
    return in_language(page.title, page_language(page))
