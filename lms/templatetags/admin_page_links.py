"""Links Wagtail's admin offers to a page's history and usage, shown only to someone
those views let in: they ask that the person may edit the page, while Wagtail's explorer
header and status panel offer them to anyone who sees the page (a trainer met a
refusal, 403, on the home page). Used by the overrides in templates/wagtailadmin/
(pages/page_listing_header.html, shared/side_panels/status.html)."""

from django import template

from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def may_follow_page_links(context, page) -> bool:
    """Whether the person may open `page`'s history and usage; True for anything
    that is not a saved page (a snippet's panel keeps Wagtail's own links)."""
    if not isinstance(page, Page) or not page.pk:
        return True
    return page.permissions_for_user(context["request"].user).can_edit()
