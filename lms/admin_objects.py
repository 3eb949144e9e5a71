"""Admin views of one object (edit, delete, history, usage, inspect) whose name is
written in a language of its own: an organisation's or a cohort's name in the language
it was written in, a framework's title in its locale's. Their header, the last crumb and
the form's heading name the object; on an admin in another language that name says its
own (`lang`, WCAG 3.1.2). The <title> is text only and gets the same words unmarked
(templates/wagtailadmin/generic/base.html).

The site history names each object as it was logged, in the language of that object.

Pages get the same through the page viewset registered for every page type, which also
carries the one other change to Wagtail's page views: the page type usage list offers
"Add" only where a page of that type can be added."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from wagtail.admin.views.generic import (
    DeleteView,
    EditView,
    HistoryView,
    InspectView,
    UsageView,
)
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.usage import ContentTypeUseView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, PageLogEntry
from wagtail.snippets.views.snippets import SnippetViewSet

from . import lookups
from .languages import in_language, locale_language_of, object_language, page_language

#: The views whose subtitle is the object's name.
OBJECT_VIEWS = (EditView, DeleteView, HistoryView, UsageView, InspectView)


class NamedInItsLanguageMixin:
    """The object's name, in its header and last crumb, marked with its language."""

    def get_page_subtitle(self):
        subtitle = super().get_page_subtitle()
        return in_language(subtitle, object_language(self.object))

    def get_header_title(self):
        # Wagtail joins the two with an f-string, which would escape the marked name.
        title, subtitle = self.get_page_title(), self.get_page_subtitle()
        return format_html("{}: {}", title, subtitle) if subtitle else title


class PlatformSnippetViewSet(SnippetViewSet):
    """Wagtail's, its views' first crumbs ("Home", "Snippets") in each admin's language:
    Wagtail translates them once, when its URLs are made at start-up, in the site's
    default language (an English admin read "Pradžia")."""

    @property
    def breadcrumbs_items(self):
        crumbs = [
            {"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}
        ]
        if (
            getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False)
            or not self.get_menu_item_is_registered()
        ):
            crumbs.append(
                {
                    "url": reverse_lazy("wagtailsnippets:index"),
                    "label": gettext_lazy("Snippets"),
                }
            )
        return crumbs


def page_tree_roots(
    url_name: str = "wagtailadmin_explore",
    url_root_name: str | None = "wagtailadmin_explore_root",
    query: str = "",
) -> set[str]:
    """The addresses that page breadcrumbs give the tree's root (Wagtail's own
    "Root", in the admin's language), which is not a page of any language."""
    root_id = lookups.remember(
        "root-page-id",
        lambda: Page.objects.filter(depth=1).values_list("pk", flat=True).first(),
    )
    roots = {reverse(url_name, args=[root_id]) + query} if root_id else set()
    if url_root_name:
        roots.add(reverse(url_root_name) + query)
    return roots


def mark_page_crumbs(items: list[dict], language: str, roots: set[str]) -> None:
    """Mark the labels of page breadcrumbs (a page and its ancestors, all in one
    language's tree), leaving the root's."""
    for item in items:
        if item.get("url") not in roots:
            item["label"] = in_language(item["label"], language)


class PageNamedInItsLanguageMixin(NamedInItsLanguageMixin):
    """A page's history and usage: its ancestors' crumbs are marked too."""

    def get_breadcrumbs_items(self):
        items = [dict(item) for item in super().get_breadcrumbs_items()]
        # The last is the view's own ("History"), its sublabel the marked title.
        mark_page_crumbs(items[:-1], page_language(self.object), page_tree_roots())
        return items


class NamedInItsLanguageViewSetMixin:
    """For a viewset: each of its object views names the object in its language,
    whichever class the viewset gives for that view (its own or Wagtail's)."""

    naming_mixin: type = NamedInItsLanguageMixin

    def construct_view(self, view_class, **kwargs):
        if issubclass(view_class, OBJECT_VIEWS) and not issubclass(
            view_class, NamedInItsLanguageMixin
        ):
            view_class = type(view_class.__name__, (self.naming_mixin, view_class), {})
        return super().construct_view(view_class, **kwargs)


def logged_object_languages(entries) -> list[str]:
    """The language each log entry's label (the object's name when it was logged) is
    in: a page's is the language of whichever of its translations had that title (a
    translation starts as a copy, titled as its source), else its own; an object's is
    its language now; "" where the object is gone or has no language. A few queries
    for the whole list, one per kind of object in it."""
    page_ids = {entry.page_id for entry in entries if isinstance(entry, PageLogEntry)}
    pages = Page.objects.filter(pk__in=page_ids).values_list(
        "pk", "locale_id", "translation_key"
    )
    page_locales = {pk: (locale_id, key) for pk, locale_id, key in pages}
    titled = {
        (key, title): locale_id
        for key, title, locale_id in Page.objects.filter(
            translation_key__in={key for _, key in page_locales.values()}
        ).values_list("translation_key", "title", "locale_id")
    }
    wanted: dict[int, set[str]] = {}
    for entry in entries:
        if not isinstance(entry, PageLogEntry) and entry.content_type_id:
            wanted.setdefault(entry.content_type_id, set()).add(str(entry.object_id))
    objects: dict[tuple[int, str], object] = {}
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        try:
            found = model._default_manager.in_bulk(list(ids))
        except (TypeError, ValueError, ValidationError):
            continue
        objects.update({(content_type_id, str(pk)): obj for pk, obj in found.items()})

    def language(entry) -> str:
        if isinstance(entry, PageLogEntry):
            if entry.page_id not in page_locales:
                return ""
            locale_id, key = page_locales[entry.page_id]
            return locale_language_of(titled.get((key, entry.label), locale_id))
        obj = objects.get((entry.content_type_id, str(entry.object_id)))
        return object_language(obj) if obj is not None else ""

    return [language(entry) for entry in entries]


def creatable_somewhere(model, user) -> bool:
    """Whether `user` may add a page of `model` anywhere: under a parent of a type it
    may go under, where they may add pages, and where its counts allow one more
    (`max_count`, `max_count_per_parent`) — what Wagtail's add view checks."""
    if not model.is_creatable:
        return False
    chooser = ChooseParentView()
    chooser.model, chooser.locale = model, None
    parents = chooser.get_valid_parent_pages(user)
    return any(model.can_create_at(parent) for parent in parents[:200])


class CreatableTypeUseView(ContentTypeUseView):
    """Wagtail's list of the pages of one type ("Page types usage"), offering "Add"
    only where a page of it can be added: Wagtail's button led to a refusal (403)
    for a type that is at its `max_count_per_parent` everywhere, as the home page."""

    def get_add_url(self):
        if creatable_somewhere(self.model, self.request.user):
            return super().get_add_url()
        return None


class PageViewSetNamingInLanguage(NamedInItsLanguageViewSetMixin, PageViewSet):
    """Wagtail's views of every page type, registered in its stead (for `Page`): a
    page's history and usage name the page, and its ancestors, in its language (the
    editor's header does so in templates/wagtailadmin/shared/headers/)."""

    model = Page
    naming_mixin = PageNamedInItsLanguageMixin
    content_type_use_view_class = CreatableTypeUseView
