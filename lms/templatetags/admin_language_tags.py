"""Wagtail's admin naming pages in a language other than the admin's: each page title
says its own (`lang`, WCAG 3.1.2). Used by the Wagtail templates the project
overrides for it (templates/wagtailadmin/: pages/, shared/headers/, chooser/, tables/,
reports/; templates/wagtailredirects/)."""

from django import template
from django.db.models import Model
from django.utils.html import format_html

from wagtail.admin.compare import StreamFieldComparison, TextFieldComparison
from wagtail.admin.templatetags.wagtailadmin_tags import page_breadcrumbs
from wagtail.models import Page, Site

from lms.admin_objects import (
    logged_object_languages,
    mark_page_crumbs,
    page_tree_roots,
)
from lms.languages import in_language, lang_attribute, object_language, page_language

register = template.Library()


@register.filter
def page_lang_attr(page) -> str:
    """` lang="lt"` for an element holding a page's title, where the page's language
    is not the admin's; otherwise nothing."""
    return lang_attribute(page_language(page))


@register.filter
def page_title_in_language(page):
    """A page's title as the admin shows it (its draft's, if newer), marked with the
    page's language where that is not the admin's: for a title that a translated
    sentence holds ("Search in '…'")."""
    return in_language(page.get_admin_display_title(), page_language(page))


@register.simple_tag
def cell_in_language(value, instance, column):
    """A table cell's value, a name in a language other than the admin's marked with
    it: an object's (a site's root page, a redirect's site: its name, not the
    "[default]" Wagtail adds) or a site's own (its column "site_name"); other values
    as they are."""
    if isinstance(value, Site):
        text, name = str(value), value.site_name
        if name and text.startswith(name):
            return format_html(
                "{}{}", in_language(name, object_language(value)), text[len(name) :]
            )
        return text
    if isinstance(value, Model):
        return in_language(str(value), object_language(value))
    if isinstance(instance, Site) and getattr(column, "name", "") == "site_name":
        return in_language(value, object_language(instance))
    return value


@register.simple_tag
def title_lang_attr(instance) -> str:
    """` lang="…"` for the linked name of a listing's row (a translatable snippet's
    title in its locale's language, an organisation's in its own), where not the
    admin's. A site's first column is its host name, in no language."""
    if not isinstance(instance, Model) or isinstance(instance, Site):
        return ""
    return lang_attribute(object_language(instance))


@register.simple_tag
def header_in_language(obj, page_title, page_subtitle, breadcrumbs_items):
    """A generic view's header (its title and crumbs) naming `obj`, a page or an object
    with a language of its own, in that language, for a view Wagtail makes by itself
    (the comparison of two revisions); {"title": …, "crumbs": …}."""
    language = object_language(obj)
    subtitle = in_language(page_subtitle, language)
    crumbs = [dict(item) for item in breadcrumbs_items or ()]
    if crumbs and crumbs[-1].get("sublabel") == page_subtitle:
        crumbs[-1]["sublabel"] = subtitle
    if isinstance(obj, Page):
        mark_page_crumbs(crumbs[:-1], language, page_tree_roots())
    title = format_html("{}: {}", page_title, subtitle) if page_subtitle else page_title
    return {"title": title, "crumbs": crumbs}


@register.simple_tag
def comparison_lang_attr(comparison, obj) -> str:
    """` lang="…"` for the compared values of a text field (its characters, rich text,
    blocks), written in `obj`'s language where that is not the admin's; nothing for
    the others (choices, dates, links), shown in the admin's words."""
    if not isinstance(comparison, TextFieldComparison | StreamFieldComparison):
        return ""
    return lang_attribute(object_language(obj))


@register.simple_tag
def with_label_lang_attrs(entries) -> list[tuple[object, str]]:
    """Each log entry with the ` lang="…"` its label needs (its object's language,
    where not the admin's)."""
    return [
        (entry, lang_attribute(lang))
        for entry, lang in zip(entries, logged_object_languages(entries), strict=True)
    ]


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
