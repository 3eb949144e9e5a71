from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from . import admin_views
from .models import CompetencyFramework, FrameworkStatus
from .viewsets import CompetencySnippetViewSetGroup

register_snippet(CompetencySnippetViewSetGroup)


@hooks.register("register_admin_urls")
def register_framework_urls():
    return [
        path(
            "frameworks/import/", admin_views.framework_import, name="framework_import"
        ),
        path(
            "frameworks/import/<uuid:token>/",
            admin_views.framework_import_preview,
            name="framework_import_preview",
        ),
        path(
            "frameworks/<id:pk>/case.json",
            admin_views.framework_export,
            name="framework_export",
        ),
        path(
            "frameworks/<id:pk>/<slug:action>/",
            admin_views.framework_action,
            name="framework_action",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def framework_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, CompetencyFramework):
        return
    yield Button(
        _("Export CASE JSON"),
        reverse("framework_export", args=[snippet.pk]),
        icon_name="download",
        priority=50,
    )
    if not user.has_perm("courses.change_competencyframework"):
        return
    actions = {
        FrameworkStatus.DRAFT: [("publish", _("Publish"))],
        FrameworkStatus.PUBLISHED: [
            ("new-version", _("New version")),
            ("retire", _("Retire")),
        ],
        FrameworkStatus.RETIRED: [("new-version", _("New version"))],
    }
    for priority, (action, label) in enumerate(actions[snippet.status], start=60):
        yield Button(
            label,
            reverse("framework_action", args=[snippet.pk, action]),
            priority=priority,
        )


class ImportFrameworkMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.add_competencyframework")


@hooks.register("register_admin_menu_item")
def register_framework_import_menu_item():
    return ImportFrameworkMenuItem(
        pgettext_lazy("admin menu", "Import framework"),
        reverse("framework_import"),
        icon_name="upload",
        order=160,
    )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def sync_programme_trainer_rights(request, page):
    from .models import ProgrammePage
    from .permissions import sync_programme_trainers

    if isinstance(page.specific, ProgrammePage):
        sync_programme_trainers(programme=page.specific)
