"""Pages in a language: the one place that says which translation of a page to show.

Records refer to pages by `translation_key`, which every translation shares; these turn
keys back into pages, titles and links in the language wanted.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page

from lms import lookups
from lms.languages import in_language


def source_page(page: Page) -> Page:
    """The page in the default language, which records refer to."""
    return (page.get_translation_or_none(Locale.get_default()) or page).specific


def pages_in_language(model, keys) -> dict:
    """Live pages by translation key, in the active language where translated, else in
    the default language (one query)."""
    if not keys:
        return {}
    language = translation.get_language()
    languages = [language, settings.LANGUAGE_CODE]
    found = {}
    pages = (
        model.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=languages)
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale")
    )
    for page in pages:
        if page.translation_key not in found or page.locale.language_code == language:
            found[page.translation_key] = page
    return found


def title_in_language(model, key, *, stored_title: str, stored_language: str):
    """A record's page title as the reader should see it: the page's title in the
    active language (else the default language), marked with its own `lang` when that
    is not the active one; the title the record stored when the page is gone."""
    page = pages_in_language(model, [key]).get(key)
    title, language = (
        (page.title, page.locale.language_code)
        if page is not None
        else (stored_title, stored_language)
    )
    return in_language(title, language)


def localised_pages(keys) -> dict:
    """{(translation_key, language): (title, absolute url)} of live pages, in one query."""
    found = {}
    for page in (
        Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    ):
        url = page.get_url() or ""
        found[(page.translation_key, page.locale.language_code)] = (
            page.title,
            settings.SITE_URL + url if url.startswith("/") else url,
        )
    return found


def page_in(found: dict, key, language: str, *, fallback_title: str = "") -> tuple:
    """A page's title and link in `language`, else in the default language."""
    return (
        found.get((key, language))
        or found.get((key, settings.LANGUAGE_CODE))
        or (fallback_title, settings.SITE_URL + f"/{language}/")
    )


@dataclass(frozen=True)
class PageLink:
    """A page as a link shows it: its title, address and the language of its title."""

    title: str
    url: str
    language: str

    @property
    def marked_title(self) -> str:
        """The title as HTML for a sentence in the active language: marked with its own
        language (`lang`) where it fell back to another."""
        return in_language(self.title, self.language)


def course_page_links() -> dict:
    """{translation key: PageLink} of every live programme, module and lesson, in the
    active language where translated, else in the default language. One query, once
    per process and site content version (lms/lookups.py): for pages that link to many
    course pages for one learner, such as My learning."""
    from .models import LessonPage, ModulePage, ProgrammePage

    language = translation.get_language() or settings.LANGUAGE_CODE

    def compute() -> dict:
        found: dict = {}
        pages = (
            Page.objects.live()
            .type(ProgrammePage, ModulePage, LessonPage)
            .filter(locale__language_code__in=[language, settings.LANGUAGE_CODE])
            .select_related("locale")
            .only(
                "id", "title", "url_path", "path", "depth", "translation_key", "locale"
            )
        )
        for page in pages:
            code = page.locale.language_code
            if page.translation_key not in found or code == language:
                url = page.get_url()
                if url:
                    found[page.translation_key] = PageLink(page.title, url, code)
        return found

    return lookups.remember(("course-page-links", language), compute)
