from typing import cast

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.defaults import page_not_found

from wagtail.users.models import UserProfile

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts

from . import lookups
from .admin_pages import admin_page

# URL spaces outside i18n_patterns (lms/urls.py). Django would answer a 404 there with a
# redirect to the same path under /lt/, which Wagtail's catch-all page route accepts.
UNPREFIXED = (
    "/admin/",
    "/api/",
    "/documents/",
    "/healthz",
    "/metrics",
    "/i18n/",
    "/sitemap.xml",
    "/static/",
    "/media/",
    "/xapi/",
    "/credentials/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed URLs stays a 404;
    on the pages' URLs it also gives Wagtail the request's Site from the process's
    memory (lms/lookups.py), which `Site.find_for_request` then returns."""

    def process_request(self, request):
        super().process_request(request)
        if not request.path_info.startswith(UNPREFIXED):
            request._wagtail_site = lookups.site_for(request)

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault(
                "Content-Language", self._admin_language(request)
            )
            return response
        return super().process_response(request, response)

    @staticmethod
    def _admin_language(request) -> str:
        """The language the response is in: an admin view renders in its user's
        preferred language (Wagtail's `get_localized_response` loads the profile for
        it), whatever the browser asked for."""
        user = getattr(request, "user", None)
        cache = getattr(getattr(user, "_state", None), "fields_cache", {})
        profile = cache.get("wagtail_userprofile")
        if profile is not None and request.path_info.startswith("/admin/"):
            return profile.get_preferred_language()
        return request.LANGUAGE_CODE


def admin_language(user) -> str:
    """The language a person chose for Wagtail's admin (its views switch to it)."""
    return UserProfile.get_for_user(user).get_preferred_language()


class AdminNotFoundMiddleware:
    """A missing address or object in the Wagtail admin answers 404 in the admin's
    language. Wagtail renders its 404 page outside its view (wagtail/admin/urls,
    `display_custom_404`), once the view's switch to the person's admin language is
    undone: an English admin got it in the site's default, Lithuanian."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and request.path_info.startswith("/admin/")
            and request.user.is_authenticated
        ):
            language = admin_language(request.user)
            if language != translation.get_language():
                with translation.override(language):
                    return page_not_found(
                        request, Http404(), template_name="wagtailadmin/404.html"
                    )
        return response


class AdminPermissionDeniedMiddleware:
    """A refused action in the Wagtail admin answers 403, in the admin's look.

    Wagtail sends the browser to the dashboard with "Sorry, you do not have permission to
    access this area." (wagtail/admin/auth.py, `permission_denied`); the status then says
    nothing to tools, tests or assistive technology. We keep Wagtail's message and page
    chrome and change only the answer: 403 on the page that was asked for.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 302
            and request.path_info.startswith("/admin/")
            and response.get("Location") == reverse("wagtailadmin_home")
            and self._took_denial_message(request)
        ):
            # in the admin's language, as Wagtail's views answer (the view's own
            # language was undone when it returned)
            with translation.override(admin_language(request.user)):
                return TemplateResponse(
                    request,
                    "wagtailadmin/permission_denied.html",
                    admin_page(_("Permission denied")),
                    status=403,
                ).render()
        return response

    @staticmethod
    def _took_denial_message(request) -> bool:
        storage = getattr(request, "_messages", None)
        queued = getattr(storage, "_queued_messages", [])
        denial = str(_("Sorry, you do not have permission to access this area."))
        for message in queued:
            if str(message.message).strip() == denial:
                queued.remove(message)  # the 403 page says it instead
                return True
        return False


# What a view may set on its response to change its policy (csp.decorators).
CSP_RESPONSE_OVERRIDES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt",
    "_csp_exempt_ro",
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy (CONTENT_SECURITY_POLICY), widened under /admin/ by
    CONTENT_SECURITY_POLICY_ADMIN for what the Wagtail admin needs, without a nonce
    there (a nonce would make browsers ignore 'unsafe-inline').

    A response that used no nonce and no per-view policy gets one of two fixed
    headers (admin or not), built once: building it costs django-csp some 0.25 ms a
    response, a quarter of what a page from the page cache costs.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self._fixed: dict[bool, tuple[str, str]] = {}

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/"):
            parts.replace = {
                **(parts.replace or {}),
                **settings.CONTENT_SECURITY_POLICY_ADMIN,
            }
            parts.nonce = None
        return parts

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, name) for name in CSP_RESPONSE_OVERRIDES
        ):
            return super().process_response(request, response)
        admin = request.path_info.startswith("/admin/")
        if admin not in self._fixed:
            self._fixed[admin] = self._headers_of(request)
        headers = self._fixed[admin]
        for name, value in zip((HEADER, HEADER_REPORT_ONLY), headers, strict=True):
            if value and name not in response:
                response[name] = value
        # As django-csp does: a nonce asked for after this point is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def _headers_of(self, request) -> tuple[str, str]:
        """The two headers django-csp itself writes for such a response."""
        probe = HttpResponse()
        super().process_response(cast(HttpRequest, _NonceFree(request)), probe)
        return probe.get(HEADER, ""), probe.get(HEADER_REPORT_ONLY, "")


class _NonceFree:
    """A request as django-csp sees it, without the nonce it never used."""

    def __init__(self, request):
        self.path_info = request.path_info

    def __setattr__(self, name, value):
        if name == "path_info":
            object.__setattr__(self, name, value)


class PrivacyHeadersMiddleware:
    """Permissions-Policy on every response, and `Cache-Control: private, no-store` on
    whatever may hold personal data: every response to a signed-in person (pages,
    certificates, files) and every API response, so that no shared or browser cache
    keeps it for the next person at the computer."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        personal = getattr(request, "user", None) is not None and (
            request.user.is_authenticated
        )
        api = request.path_info.startswith("/api/")
        if api and "Authorization" in request.headers:
            personal = True
        cache_control = response.get("Cache-Control", "")
        if personal and "no-store" not in cache_control:
            response.headers.pop("Expires", None)
            if "Cache-Control" in response:
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        elif api and not cache_control:
            patch_cache_control(response, private=True, no_store=True)
        return response


class RequestSizeLimitMiddleware:
    """Refuse a request whose Content-Length is over REQUEST_MAX_BYTES
    (ADMIN_REQUEST_MAX_BYTES under /admin/) with 413, before its body is read.

    A body sent without a Content-Length is not read by Django at all (WSGI gives it
    no length), so the header is what counts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        admin = request.path_info.startswith("/admin/")
        limit = (
            settings.ADMIN_REQUEST_MAX_BYTES if admin else settings.REQUEST_MAX_BYTES
        )
        if length > limit:
            return self.refuse(request, limit)
        return self.get_response(request)

    @staticmethod
    def refuse(request, limit: int) -> HttpResponse:
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language):
            message = _(
                "What you sent is too large: at most %(size)s MB can be sent at once."
            ) % {"size": limit // (1024 * 1024)}
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": message}, status=413)
        return HttpResponse(
            message, status=413, content_type="text/plain; charset=utf-8"
        )
