"""Wagtail admin views for frameworks: import, CASE export, publish, retire, new version."""

import json
import uuid

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.auth import permission_required

from .exchange import FrameworkImportError, export_case, import_case, import_csv
from .exchange.case_import import parse_defaults, read_tree
from .forms import CaseMappingForm, FrameworkImportForm
from .frameworks import (
    FrameworkStateError,
    copy_framework_as_new_version,
    publish_framework,
    retire_framework,
)
from .models import CompetencyFramework

CHANGE = "courses.change_competencyframework"


def _edit_url(framework: CompetencyFramework) -> str:
    return reverse(framework.snippet_viewset.get_url_name("edit"), args=[framework.pk])


def _titled(title: str, *trail: tuple[str, str]) -> dict:
    """The heading Wagtail's generic base template gives a page (its <h1> is
    `header_title` beside breadcrumbs): Home, the frameworks' listing, then the
    (url, label) `trail`, then the page itself."""
    listing = CompetencyFramework.snippet_viewset.get_url_name("list")
    return {
        "page_title": title,
        "header_title": title,
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {
                "url": reverse(listing),
                "label": capfirst(CompetencyFramework._meta.verbose_name_plural),
            },
            *({"url": url, "label": label} for url, label in trail),
            {"url": "", "label": title},
        ],
    }


PENDING_IMPORT_SECONDS = 60 * 60


def _pending_key(request, token: uuid.UUID) -> str:
    """Where an uploaded package waits for its preview: the uploader's own, an hour."""
    return f"case-import:{request.user.pk}:{token}"


def _read_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FrameworkImportError(
            [
                _("Line %(line)s: the file is not valid JSON (%(error)s).")
                % {"line": error.lineno, "error": error.msg}
            ]
        ) from None


@permission_required("courses.add_competencyframework")
def framework_import(request):
    """Upload a CSV (imported at once) or a CASE package (previewed first)."""
    form = FrameworkImportForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.name.lower().endswith(".json"):
                read_tree(_read_json(upload.text))
                token = uuid.uuid4()
                cache.set(
                    _pending_key(request, token), upload.text, PENDING_IMPORT_SECONDS
                )
                return redirect("framework_import_preview", token=token)
            framework = import_csv(upload.text)
        except FrameworkImportError as error:
            problems = error.problems
        else:
            messages.success(
                request,
                _("Imported %(framework)s. Nothing was published yet.")
                % {"framework": framework},
            )
            return redirect(_edit_url(framework))
    return TemplateResponse(
        request,
        "courses/admin/framework_import.html",
        {
            "form": form,
            "problems": problems,
            **_titled(_("Import a competency framework")),
        },
        status=400 if problems or form.errors else 200,
    )


@permission_required("courses.add_competencyframework")
def framework_import_preview(request, token: uuid.UUID):
    """A CASE package's tree and counts, and the mapping the admin chooses; then import."""
    text = cache.get(_pending_key(request, token))
    if text is None:
        messages.error(request, _("The upload has expired. Upload the file again."))
        return redirect("framework_import")
    package = _read_json(text)
    tree = read_tree(package)
    data = parse_defaults(package)
    form = CaseMappingForm(
        request.POST or None, tree=tree, code=data["code"], language=data["language"]
    )
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            framework = import_case(
                package,
                mapping=form.mapping(),
                code=form.cleaned_data["code"],
                language=form.cleaned_data["language"],
            )
        except FrameworkImportError as error:
            problems = error.problems
        else:
            cache.delete(_pending_key(request, token))
            messages.success(
                request,
                _("Imported %(framework)s. Nothing was published yet.")
                % {"framework": framework},
            )
            return redirect(_edit_url(framework))
    return TemplateResponse(
        request,
        "courses/admin/framework_import_preview.html",
        {
            "form": form,
            "tree": tree,
            "rows": tree.flat()[:PREVIEW_ROWS],
            "hidden_rows": max(0, len(tree.flat()) - PREVIEW_ROWS),
            "problems": problems,
            **_titled(
                _("Preview the import of %(title)s")
                % {"title": tree.document.get("title")},
                (reverse("framework_import"), _("Import a competency framework")),
            ),
        },
        status=400 if problems or form.errors else 200,
    )


PREVIEW_ROWS = 500


def framework_export(request, pk: int):
    framework = get_object_or_404(
        CompetencyFramework.objects.select_related("locale"), pk=pk
    )
    if not request.user.has_perm(CHANGE) and not request.user.has_perm(
        "courses.view_competencyframework"
    ):
        raise PermissionDenied
    package = export_case(framework, creator=settings.SITE_URL)
    response = HttpResponse(
        json.dumps(package, ensure_ascii=False, indent=2),
        content_type="application/json",
    )
    filename = f"{framework.code}-{framework.version}-{framework.locale.language_code}.case.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


ACTIONS = {
    "publish": gettext_lazy("Publish this framework version"),
    "retire": gettext_lazy("Retire this framework version"),
    "new-version": gettext_lazy("Make a new draft version"),
}


@permission_required(CHANGE)
def framework_action(request, pk: int, action: str):
    """Confirm (GET) and carry out (POST) a change of a framework's state."""
    framework = get_object_or_404(CompetencyFramework, pk=pk)
    if action not in ACTIONS:
        raise Http404
    if request.method == "POST":
        try:
            if action == "publish":
                publish_framework(framework=framework)
                message = _("Published %(framework)s.")
            elif action == "retire":
                retire_framework(framework=framework)
                message = _("Retired %(framework)s.")
            else:
                version = request.POST.get("version", "").strip()[:16]
                if not version:
                    raise FrameworkStateError(_("Give the new version a number."))
                framework = copy_framework_as_new_version(
                    framework=framework, version=version
                )
                message = _("Made draft version %(framework)s.")
        except (FrameworkStateError, FrameworkImportError) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, message % {"framework": framework})
            return redirect(_edit_url(framework))
    return TemplateResponse(
        request,
        "courses/admin/framework_action.html",
        {
            "framework": framework,
            "action": action,
            **_titled(str(ACTIONS[action]), (_edit_url(framework), str(framework))),
        },
    )
