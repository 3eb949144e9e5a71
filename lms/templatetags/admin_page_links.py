"""Links Wagtail's admin offers to a page's history and usage, shown only to someone
those views let in: they ask that the person may edit the page, while Wagtail's explorer
header, its "Actions" menu and the status panel offer them to anyone who sees the page
(a trainer met a refusal, 403, on the home page). Used by the overrides in
templates/wagtailadmin/ (pages/page_listing_header.html, shared/side_panels/status.html);
the rows' menus are mended by a hook (lms/wagtail_hooks.py)."""

import copy

from django import template
from django.urls import reverse

from wagtail.admin.widgets.button import BaseDropdownMenuButton
from wagtail.models import Page

register = template.Library()


def closed_links(page) -> set[str]:
    """The addresses of `page`'s history and usage."""
    return {
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:usage", args=[page.pk]),
    }


def without_links(buttons, closed: set[str]) -> list:
    """`buttons`, those leading to one of the `closed` addresses left out (a menu's
    too; a menu left empty goes)."""
    shown = []
    for button in buttons:
        if isinstance(button, BaseDropdownMenuButton):
            # A menu's items: a list, or worked out once from a hook (cached).
            items = without_links(button.dropdown_buttons, closed)
            if not items:
                continue
            button = copy.copy(button)
            button.dropdown_buttons = items
        elif (getattr(button, "url", None) or "").split("?")[0] in closed:
            continue
        shown.append(button)
    return shown


@register.simple_tag(takes_context=True)
def buttons_to_follow(context, buttons, page) -> list:
    """A page header's `buttons` (its "Actions" menu among them), without the links to
    `page`'s history and usage where the person may not open them."""
    if may_follow_page_links(context, page):
        return list(buttons or ())
    return without_links(buttons or (), closed_links(page))


@register.simple_tag(takes_context=True)
def may_follow_page_links(context, page) -> bool:
    """Whether the person may open `page`'s history and usage; True for anything
    that is not a saved page (a snippet's panel keeps Wagtail's own links) and where
    no request says who is asking (Wagtail's own choice then stands)."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return True
    return page.permissions_for_user(request.user).can_edit()
