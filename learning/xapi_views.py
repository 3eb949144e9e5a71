"""The activity ids of learning statements resolve here (xAPI 1.0.3, Activity Metadata):
the activity's definition as JSON to a client that asks for it, its page to a person.

Public, like the published pages they describe; nothing about learners is read.
https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#activity-metadata
"""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from courses.localisation import pages_in_language

from . import statements


@require_safe
def activity(request: HttpRequest, kind: str, key: str, part: str = "") -> HttpResponse:
    """`Accept: application/json` gets the activity object; anything else is sent to the
    page in the visitor's language, else the default language. Unknown or unpublished
    content is a 404."""
    pages = statements.find_content(kind, key, part)
    if not pages:
        raise Http404("No such activity.")
    source = pages[0]
    response: HttpResponse
    if request.get_preferred_type(["text/html", "application/json"]) == (
        "application/json"
    ):
        definition = statements.definition_of(kind, pages, part=part)
        if more_info := source.get_full_url(request):
            definition["moreInfo"] = more_info
        response = JsonResponse(
            {
                "objectType": "Activity",
                "id": statements.activity_id(kind, source.translation_key, part),
                "definition": definition,
            },
            json_dumps_params={"ensure_ascii": False},
        )
        response["X-Experience-API-Version"] = statements.XAPI_VERSION
    else:
        shown = pages_in_language(type(source), [source.translation_key]).get(
            source.translation_key, source
        )
        response = redirect(shown.get_url(request) or source.get_url(request))
    patch_vary_headers(response, ["Accept", "Accept-Language", "Cookie"])
    return response
