"""The catalogue in the JSON API: published programmes with their modules."""

from decimal import Decimal

from django.utils import translation

from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

from ninja import Router, Schema

from .models import ModulePage, ProgrammePage

router = Router(tags=["catalogue"])


class ModuleOut(Schema):
    id: int
    key: str
    title: str
    hours: Decimal
    url: str


class ProgrammeOut(Schema):
    id: int
    key: str
    title: str
    summary: str
    language: str
    needs_approval: bool
    url: str
    modules: list[ModuleOut]


@router.get(
    "/catalogue",
    response=list[ProgrammeOut],
    auth=[BearerTokenAuth(), AllowAnonymous()],
    summary="Published programmes in a language, with their modules",
)
def catalogue(request, language: str = "lt"):
    """`language` is lt, en or nb; where a programme is not translated, its source
    language's version is listed (with the same key)."""
    from django.conf import settings

    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    programmes = ProgrammePage.objects.live().filter(locale__language_code=language)
    # One query for every programme's modules: a module's path extends its parent's.
    children_of: dict[str, list] = {}
    for module in (
        ModulePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
    ):
        children_of.setdefault(module.path[: -ModulePage.steplen], []).append(module)
    rows = []
    with translation.override(language):
        for programme in programmes.order_by("path").select_related("locale"):
            children = children_of.get(programme.path, [])
            rows.append(
                {
                    "id": programme.pk,
                    "key": str(programme.translation_key),
                    "title": programme.title,
                    "summary": programme.summary,
                    "language": programme.locale.language_code,
                    "needs_approval": programme.needs_approval,
                    "url": programme.full_url or "",
                    "modules": [
                        {
                            "id": m.pk,
                            "key": str(m.translation_key),
                            "title": m.title,
                            "hours": m.estimated_hours,
                            "url": m.full_url or "",
                        }
                        for m in children
                    ],
                }
            )
    return rows
