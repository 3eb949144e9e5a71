"""The site's way-finding: the header's sections and the breadcrumbs of a page.

Both are read on every page, so both come from the cache. One site-wide version,
raised whenever any page is published, unpublished, renamed, moved or deleted
(`lms/signals.py`), retires every entry made before: a changed title or a new section
shows on the next request, and an unchanged site costs no query for either.

A request reads the version once (ContentVersionMiddleware keeps it for the request):
everything it looks up (the Site, the navigation, the page cache) then agrees on one
version, for one round trip to the cache instead of one per look-up.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation

from wagtail.models import Page, Site

T = TypeVar("T")

VERSION_KEY = "lms:nav-version"
TIMEOUT = 60 * 60 * 24
# The version as this request read it; None outside a request (tasks, commands).
_request_memo: ContextVar[dict[str, int] | None] = ContextVar(
    "lms_content_version", default=None
)


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    kind: str = ""  # the section's page model, e.g. "catalogueindexpage"
    # The language of the title when the page is an untranslated alias, whose text is
    # its source's (the default language), else "".
    text_language: str = ""


def _fresh_version() -> int:
    # A random start, so that a flushed cache never brings back a number that entries
    # kept elsewhere (a process's memory, lms/lookups.py) were made under.
    return secrets.randbelow(2**31) + 1


def version() -> int:
    """The site content's version: part of every navigation and page-cache key; 0 when
    the cache keeps nothing (nothing may then be remembered)."""
    memo = _request_memo.get()
    if memo is not None and "version" in memo:
        return memo["version"]
    value = int(cache.get_or_set(VERSION_KEY, _fresh_version, None) or 0)
    seen(value)
    return value


def seen(value: int | None) -> None:
    """Keep the version a request read along with something else (the page cache
    reads it with the page, in one round trip)."""
    memo = _request_memo.get()
    if memo is not None and value is not None:
        memo["version"] = int(value)


class ContentVersionMiddleware:
    """Reads the content version at most once per request (see the module's doc)."""

    def __init__(self, get_response: Callable[[HttpRequest], object]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> object:
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def _cached(key: str, compute: Callable[[], T]) -> T:
    """In the process's memory (lms/lookups.py) and, for the other processes, in the
    shared cache, both under the content version: what is kept is read, never changed."""
    from .lookups import remember  # it reads the version from here

    def shared() -> T:
        value = cache.get_or_set(f"lms:nav:{version()}:{key}", compute, TIMEOUT)
        return compute() if value is None else value

    return remember(("lms:nav", key), shared)


def invalidate() -> None:
    try:
        value = cache.incr(VERSION_KEY)
    except ValueError:
        value = _fresh_version()
        cache.set(VERSION_KEY, value, None)
    seen(value)  # what this request does next sees its own change


def _section_models() -> list[type[Page]]:
    """The pages the header leads to, in its order: catalogue, competency model,
    events (when that app is installed and has a listing)."""
    from django.apps import apps

    models: list[type[Page]] = [
        apps.get_model("courses", "CatalogueIndexPage"),
        apps.get_model("courses", "CompetencyModelPage"),
    ]
    if apps.is_installed("events"):
        models.append(apps.get_model("events", "EventIndexPage"))
    return models


def _sections_in(language: str) -> list[Link]:
    links = []
    for model in _section_models():
        page = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
        if page is not None and (url := page.get_url()):
            links.append(Link(page.title, url, model._meta.model_name))
    return links


def sections(language: str | None = None) -> list[Link]:
    """The header's sections in `language` (the active one by default): each section's
    first live page in that language. A section not translated is left out rather than
    shown in another language."""
    language = language or translation.get_language() or ""
    return _cached(f"sections:{language}", lambda: _sections_in(language))


def section(kind: str, language: str | None = None) -> Link | None:
    """One of the header's sections by its page model's name, e.g. the catalogue."""
    return next((link for link in sections(language) if link.kind == kind), None)


def breadcrumbs(page: Page) -> list[Link]:
    """The page's live ancestors below the site's root (its language's home page first),
    as titles and addresses; the page itself is not among them."""

    def compute() -> list[Link]:
        ancestors = (
            Page.objects.ancestor_of(page)
            .live()
            .filter(depth__gt=1)
            .order_by("depth")
            .only(
                "id", "title", "url_path", "path", "depth", "locale_id", "alias_of_id"
            )
        )
        return [
            Link(
                ancestor.title,
                url,
                text_language=settings.LANGUAGE_CODE if ancestor.alias_of_id else "",
            )
            for ancestor in ancestors
            if (url := ancestor.get_url())
        ]

    return _cached(f"crumbs:{page.pk}", compute)


def translations(page: Page, request: HttpRequest | None) -> dict[str, str]:
    """The addresses of the page's live translations (itself included), by language
    code, for the language switcher."""
    site = Site.find_for_request(request)

    def compute() -> dict[str, str]:
        return {
            translated.locale.language_code: url
            for translated in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            if (url := translated.get_url(request))
        }

    return _cached(
        f"translations:{site.pk if site else 0}:{page.translation_key}", compute
    )
