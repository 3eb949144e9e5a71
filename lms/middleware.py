from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

# URL spaces outside i18n_patterns (lms/urls.py). Django would answer a 404 there with a
# redirect to the same path under /lt/, which Wagtail's catch-all page route accepts.
UNPREFIXED = (
    "/admin/",
    "/api/",
    "/documents/",
    "/healthz",
    "/i18n/",
    "/sitemap.xml",
    "/static/",
    "/media/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed URLs stays a 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


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
            return TemplateResponse(
                request,
                "wagtailadmin/permission_denied.html",
                {"header_title": _("Permission denied")},
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
