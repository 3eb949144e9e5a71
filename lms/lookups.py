"""What serving a page looks up on every request, remembered by each process.

Wagtail asks the database, on every page request, for the Site of the host, the Locale
of the language, the site's root page in that language, the page at the path and the
view restrictions of the page and its ancestors: five to seven queries before a page
does anything of its own. None of it changes between edits, so each process keeps the
answers under the site content version (`lms/navigation.py`), which is raised in the
shared cache whenever a page is published, unpublished, moved or deleted and whenever a
Site, Locale or view restriction is saved or deleted (`lms/signals.py`): every process
sees a change on its next request, and only the current version's answers are kept.

The objects kept are shared by the requests (and threads) of a process; they are read,
never changed, by serving a page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

from . import navigation

_MISSING = object()
_lock = threading.Lock()
_remembered: dict[int, dict[Hashable, Any]] = {}


def remember(
    key: Hashable, compute: Callable[[], Any], *, keep_none: bool = True
) -> Any:
    """`compute()` once per process and site content version. With `keep_none=False`
    a None is not kept, for keys a visitor chooses (any path), which would otherwise
    fill the memory."""
    version = navigation.version()
    if not version:
        return compute()
    values = _remembered.get(version)
    if values is None:
        with _lock:
            values = _remembered.get(version)
            if values is None:
                _remembered.clear()
                values = _remembered[version] = {}
    value = values.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if value is not None or keep_none:
            values[key] = value
    return value


def active_locale() -> Locale | None:
    """The Locale of the active language (Wagtail's `Locale.get_active`)."""

    def compute() -> Locale | None:
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return remember(("locale", translation.get_language()), compute)


def site_for(request: HttpRequest) -> Site | None:
    """The request's Site, as `Site.find_for_request` finds it, with its root page
    already the specific home page in the active language (what Wagtail's routing
    asks of it first)."""
    # The raw host, as Wagtail reads it: ALLOWED_HOSTS is checked by CommonMiddleware.
    hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
    port = request.get_port()
    language = translation.get_language()
    if hostname not in site_hostnames():
        hostname = ""  # any other host is answered by the default site: one entry

    def compute() -> Site | None:
        site = Site._find_for_request(request)
        if site is None:
            return None
        # The root page's id stays the site's own; only the object it reads changes.
        root = Site._meta.get_field("root_page")
        root.set_cached_value(site, site.root_page.localized.specific)
        return site

    return remember(("site", hostname, port, language), compute)


def site_hostnames() -> frozenset[str]:
    return remember(
        "site-hostnames",
        lambda: frozenset(Site.objects.values_list("hostname", flat=True)),
    )


def view_restriction_ids(page: Page, compute: Callable[[], Any]) -> tuple[int, ...]:
    """The ids of the view restrictions on a page and its ancestors."""
    return remember(("restrictions", page.pk), lambda: tuple(compute()))


def routed_page(root: Page, url_path: str) -> tuple[int, int] | None:
    """(content type id, id) of the live page at `url_path` under `root`, or None."""

    def compute() -> tuple[int, int] | None:
        return (
            Page.objects.filter(
                url_path=url_path, path__startswith=root.path, live=True
            )
            .values_list("content_type_id", "pk")
            .first()
        )

    return remember(("route", root.pk, url_path), compute, keep_none=False)


class ProcessLookupsMixin:
    """A page whose serving reads the Locale and its view restrictions from the
    process's memory (above) rather than from the database."""

    @property
    def localized_draft(self):
        # Wagtail's (wagtail/models/i18n.py), with the Locale remembered.
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return self
        locale = active_locale()
        if locale is None or locale.id == self.locale_id:
            return self
        return self.get_translation_or_none(locale) or self

    def get_view_restrictions(self):
        ids = view_restriction_ids(
            self,
            lambda: (
                super(ProcessLookupsMixin, self)
                .get_view_restrictions()
                .values_list("pk", flat=True)
            ),
        )
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)
