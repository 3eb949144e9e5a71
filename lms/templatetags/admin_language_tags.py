"""Wagtail's admin naming pages in a language other than the admin's: each page title
says its own (`lang`, WCAG 3.1.2). Used by the few Wagtail templates the project
overrides for it (templates/wagtailadmin/pages/, shared/headers/, chooser/)."""

from django import template
from django.utils.html import format_html

from wagtail.admin.templatetags.wagtailadmin_tags import page_breadcrumbs

from lms.admin_objects import mark_page_crumbs, page_tree_roots
from lms.languages import lang_to_mark, page_language

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
    roots = page_tree_roots(
        url_name, options.get("url_root_name"), options.get("querystring_value", "")
    )
    mark_page_crumbs(pages, page_language(page), roots)
    return found
