from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page

from lms import languages, navigation

register = template.Library()


@register.filter
def in_language(text, language: str):
    """`{{ name|in_language:code }}`: text written in `code`, marked with that `lang`
    where it is not the page's language (lms.languages.in_language)."""
    return languages.in_language(text, language)


@register.filter
def text_lang(page) -> str:
    """The language a page's own text is in, when it is not the page's language.

    An untranslated page in another language's tree is an alias that wagtail-localize
    keeps in step with its source, which is always in the default language (trees are
    synchronised from it): its text is that language's. "" when the text is in the
    language the visitor reads."""
    if not isinstance(page, Page) or not page.alias_of_id:
        return ""
    source = settings.LANGUAGE_CODE
    return "" if translation.get_language() == source else source


@register.filter
def lang_attr(source) -> str:
    """` lang="lt"` for an element holding text in another language than the page
    around it (WCAG 3.1.2); otherwise nothing. `source` is a page (for its own text)
    or the code of the language the text was written in (what a person wrote)."""
    return languages.lang_attribute(
        source if isinstance(source, str) else text_lang(source)
    )


@register.simple_tag(takes_context=True)
def site_sections(context) -> list[dict]:
    """The header's sections (catalogue, competency model, events) in this language,
    the one the visitor is in marked current."""
    request = context.get("request")
    path = request.path if request else ""
    return [
        {"title": link.title, "url": link.url, "current": path.startswith(link.url)}
        for link in navigation.sections()
    ]


@register.simple_tag
def catalogue_link() -> navigation.Link | None:
    """The catalogue in this language, for empty states that send people to it."""
    return navigation.section("catalogueindexpage")


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    """A trail from the home page to the current page's parent, then the page itself."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {"crumbs": [], "current": None}
    language = translation.get_language()
    crumbs = [
        {
            "title": crumb.title,
            "url": crumb.url,
            "lang": crumb.text_language if crumb.text_language != language else "",
        }
        for crumb in navigation.breadcrumbs(page)
    ]
    return {"crumbs": crumbs, "current": page.title, "current_lang": text_lang(page)}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to this page in each interface language.

    On a Wagtail page, the link goes to the page's translation where one exists and to
    that language's home page otherwise; elsewhere the URL keeps its path.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    path = request.get_full_path() if request else "/"
    translations: dict[str, str] = {}
    if isinstance(page, Page) and page.pk:
        translations = navigation.translations(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translations.get(code) or f"/{code}/"
        else:
            url = translate_url(path, code)
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return {"links": links}
