"""Whole pages for visitors who are not signed in, served from the cache.

Only pages that say they may be shared are stored (`SharedPageMixin` on the course
pages: home, catalogue, programme, module, lesson, competency model), only for a request
without a session or messages cookie, and only when the response sets no cookie (so
never one that used a CSRF token or a session). Entries are keyed by host, path and
query string (the path carries the language) and hold the site's content version, which
`lms/signals.py` raises whenever a page is published, unpublished, moved or deleted, or
a competency, topic, organisation, view restriction, Site or Locale changes; an entry
made under an older version is never served (the version and the entry are read in one
round trip; a process keeps a copy of the pages it served last, used while the version
is the same), so a published change shows on the next request. Previews are rendered by Wagtail's preview view, never through `serve`, so they
are never stored. A request with `Cache-Control: no-cache` (a forced reload) is
rendered afresh and replaces the stored page.

With a front-end cache (Varnish, a CDN) configured (`FRONTEND_CACHE_PURGE_URL`), the
pages stored here are marked for it to keep too, and every change that retires them
here purges them there (lms/front_end_cache.py).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import front_end_cache, navigation

HIT_HEADER = "X-Page-Cache"
# Cookies that make a request personal: the session (signed in, or a page password
# given) and messages waiting to be shown.
PERSONAL_COOKIES = ("messages", "mfa_trusted")


def shareable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and not any(
        name in cookies for name in PERSONAL_COOKIES
    )


def forced_reload(request: HttpRequest) -> bool:
    """The client asks for a fresh page (`Cache-Control: no-cache`, as a browser's
    forced reload sends; RFC 9111 §5.2.1.4): render it, and keep it for the next."""
    directives = request.headers.get("Cache-Control", "").lower()
    return "no-cache" in directives or "no-cache" in request.headers.get("Pragma", "")


def cache_key(request: HttpRequest) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"lms:page:{hashlib.sha256(address.encode()).hexdigest()}"


# The pages this process served last, with the version they were made under and until
# when they may be kept: a hit then reads only the version from the shared cache, not
# the page. A fixed number, as visitors choose the addresses (query strings); the one
# kept longest ago goes first.
LOCAL_PAGES = 256
_local: OrderedDict[str, tuple] = OrderedDict()
_local_lock = threading.Lock()


def stored_page(key: str) -> tuple | None:
    """The stored (status, headers, content), when it was made under the current
    content version: from this process's copy when it has one under that version,
    else read with the version in one round trip to the cache."""
    kept = _local.get(key)
    if kept is not None and kept[0] > time.monotonic():
        current = navigation.version()
        if current and kept[1][0] == current:
            return kept[1][1:]
        found = {navigation.VERSION_KEY: current, key: cache.get(key)}
    else:
        found = cache.get_many([navigation.VERSION_KEY, key])
    version, entry = found.get(navigation.VERSION_KEY), found.get(key)
    navigation.seen(version)
    if version is None or entry is None or entry[0] != version:
        return None
    _keep(key, entry)
    return entry[1:]


def _keep(key: str, entry: tuple) -> None:
    """This process's copy, for no longer than the shared cache keeps a page (the
    copy may have been read at the end of the shared entry's time: near enough)."""
    with _local_lock:
        _local[key] = (time.monotonic() + settings.PAGE_CACHE_SECONDS, entry)
        _local.move_to_end(key)
        while len(_local) > LOCAL_PAGES:
            _local.popitem(last=False)


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and getattr(response, "shared_page", False)
        and not response.cookies
        and not response.streaming
        and not (user is not None and user.is_authenticated)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


class AnonymousPageCacheMiddleware:
    """Sits inside the header middlewares (so a page from the cache still gets this
    request's security headers) and outside sessions, CSRF and authentication (so it
    sees the cookies they set, and a hit costs none of them)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_SECONDS or not shareable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        stored = None if forced_reload(request) else stored_page(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(
                b"" if request.method == "HEAD" else content, status=status
            )
            for name, value in headers:
                response[name] = value
            response[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if storable(request, response):
            if isinstance(response, SimpleTemplateResponse):
                response.render()  # once: a rendered response renders no more
            if front_end_cache.configured():
                # A shared cache in front may keep it as long, apart from anyone
                # sending cookies; browsers ask again each time (lms/front_end_cache.py).
                patch_cache_control(
                    response,
                    public=True,
                    s_maxage=settings.PAGE_CACHE_SECONDS,
                    max_age=0,
                )
                patch_vary_headers(response, ("Cookie",))
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in ("set-cookie", HIT_HEADER.lower())
            ]
            entry = (
                navigation.version(),
                response.status_code,
                headers,
                response.content,
            )
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            _keep(key, entry)
            response[HIT_HEADER] = "miss"
        return response


class SharedPageMixin:
    """A page whose public view is the same for every visitor who is not signed in:
    the page cache may keep it."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            response.shared_page = True
        return response
