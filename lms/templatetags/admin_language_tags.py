"""Wagtail's admin naming pages in a language other than the admin's: each page title
says its own (`lang`, WCAG 3.1.2). Used by the few Wagtail templates the project
overrides for it (templates/wagtailadmin/pages/, shared/headers/, chooser/)."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

from wagtail.admin.templatetags.wagtailadmin_tags import page_breadcrumbs
from wagtail.models import Page

from lms import lookups
from lms.languages import in_language, lang_to_mark, page_language

register = template.Library()


@register.filter
def page_lang_attr(page) -> str:
    """` lang="lt"` for an element holding a page's title, where the page's language
    is not the admin's; otherwise nothing."""
    language = lang_to_mark(page_language(page))
    return format_html(' lang="{}"', language) if language else ""


@register.inclusion_tag("wagtailadmin/shared/breadcrumbs.html", takes_context=True)
def page_breadcrumbs_in_language(context, page, url_name, **options):
    """Wagtail's `page_breadcrumbs`, each page's title marked with the page's
    language. A page's ancestors are in its language's tree; the root (Wagtail's
    own "Root") and a trailing title (the view's, in the admin's language) are not
    pages of it."""
    found = page_breadcrumbs(context, page, url_name, **options)
    items = found["items"]
    pages = items[:-1] if options.get("trailing_breadcrumb_title") else items
    query = options.get("querystring_value", "")
    root_id = lookups.remember(
        "root-page-id",
        lambda: Page.objects.filter(depth=1).values_list("pk", flat=True).first(),
    )
    roots = {reverse(url_name, args=[root_id]) + query} if root_id else set()
    if options.get("url_root_name"):
        roots.add(reverse(options["url_root_name"]) + query)
    language = page_language(page)
    for item in pages:
        if item.get("url") not in roots:
            item["label"] = in_language(item["label"], language)
    return found
