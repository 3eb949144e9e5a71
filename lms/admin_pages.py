"""The heading of the project's own admin pages, as Wagtail's own views give theirs."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def admin_page(title: str, *trail: tuple[str, str]) -> dict:
    """The heading of a page on Wagtail's generic base template, as its own views give
    it: the title (the <h1>) and the breadcrumbs from the admin's home through `trail`
    ((url, label) pairs) to this page."""
    return {
        "page_title": title,
        "header_title": title,
        "breadcrumbs_items": [
            *WagtailAdminTemplateMixin.breadcrumbs_items,
            *({"url": url, "label": label} for url, label in trail),
            {"url": "", "label": title},
        ],
    }
