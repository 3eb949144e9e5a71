from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page

register = template.Library()


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
    if isinstance(page, Page):
        for translated in (
            page.get_translations(inclusive=True).live().select_related("locale")
        ):
            translations[translated.locale.language_code] = translated.get_url(request)
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
