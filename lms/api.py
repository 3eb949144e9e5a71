"""The JSON API at /api/v1/, with its OpenAPI document at /api/v1/openapi.json.

Authentication: the site's session (with CSRF on writes) or a personal token
(`Authorization: Bearer wagtail_…`, made on the profile page). Errors are JSON with a
`detail` and a 4xx status.
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from wagtail.api.v3.auth import BearerTokenAuth

from ninja import NinjaAPI, Swagger
from ninja.security import django_auth

from courses.api import router as catalogue_router
from learning.api import router as learning_router
from learning.quizzes import QuizInputError
from learning.services import LearningError


class LanguageTaggedSwagger(Swagger):
    """Ninja's Swagger UI page with its language declared: ninja's template opens with
    a bare `<html>`. Swagger UI and the API's descriptions are English, whatever the
    language of the link that led there."""

    def render_page(
        self, request: HttpRequest, api: NinjaAPI, **kwargs: Any
    ) -> HttpResponse:
        response = super().render_page(request, api, **kwargs)
        tag = '<html lang="en">'
        response.content = response.content.replace(b"<html>", tag.encode(), 1)
        return response


api = NinjaAPI(
    title="Social clustering platform API",
    version="1",
    urls_namespace="api-v1",
    auth=[BearerTokenAuth(), django_auth],
    docs=LanguageTaggedSwagger(),
    docs_url="/docs",
)
api.add_router("", catalogue_router)
api.add_router("", learning_router)
api.add_router("", "reports.api.router")


@api.exception_handler(LearningError)
@api.exception_handler(QuizInputError)
def refused(request, error):
    return api.create_response(request, {"detail": str(error)}, status=400)


@api.exception_handler(Http404)
def not_found(request, error):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request, error):
    return api.create_response(
        request, {"detail": _("You may not do this.")}, status=403
    )
