"""Admin views of one object (edit, delete, history, usage, inspect) whose name is
written in a language of its own: an organisation's or a cohort's name in the language
it was written in, a framework's title in its locale's. Their header, the last crumb and
the form's heading name the object; on an admin in another language that name says its
own (`lang`, WCAG 3.1.2). The <title> is text only and gets the same words unmarked
(templates/wagtailadmin/generic/base.html)."""

from django.utils.html import format_html

from wagtail.admin.views.generic import (
    DeleteView,
    EditView,
    HistoryView,
    InspectView,
    UsageView,
)

from .languages import in_language, object_language

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


class NamedInItsLanguageViewSetMixin:
    """For a viewset: each of its object views names the object in its language,
    whichever class the viewset gives for that view (its own or Wagtail's)."""

    def construct_view(self, view_class, **kwargs):
        if issubclass(view_class, OBJECT_VIEWS) and not issubclass(
            view_class, NamedInItsLanguageMixin
        ):
            view_class = type(
                view_class.__name__, (NamedInItsLanguageMixin, view_class), {}
            )
        return super().construct_view(view_class, **kwargs)
