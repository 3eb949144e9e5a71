"""The learning records in the Wagtail admin, as Wagtail's own viewsets: cohorts,
certificates, and learners' questions and handed-in assignments (listings with filters,
search, pagination, CSV and XLSX export).

Who sees which rows is `learning.permissions` (cohorts_editable_by, questions_visible_to,
submissions_visible_to), applied to each listing's queryset; who may open the question
and assignment listings at all is RolePolicy. Answering a question and reviewing a
submission stay in their own views (learning/admin_views.py), which each row links to.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from operator import attrgetter

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import F, QuerySet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import DeleteView, EditView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

import django_filters

from accounts.permissions import is_staff_member
from accounts.roles import Role, has_any_role
from courses.localisation import pages_in_language
from courses.models import ModulePage, ProgrammePage
from lms.admin_decisions import AwaitingDecisionIndexView, DecisionColumn, title_matches
from lms.admin_objects import NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet
from lms.admin_reports import AdminExportMixin
from lms.admin_tables import (
    FiltersInLanguageMixin,
    OwnLanguageColumn,
    OwnLanguageIndexMixin,
)
from lms.languages import in_language
from lms.widgets import LanguageSelect, OwnLanguageSelect, name_page_type_lazily

from .models import Certificate, Cohort, Enrolment, Question, Submission
from .permissions import (
    cohorts_editable_by,
    enrolments_visible_to,
    programmes_run_by,
    questions_visible_to,
    submissions_visible_to,
)


class CohortForm(WagtailAdminModelForm):
    """Trainers choose among the programmes they are named on; admins among all."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "programme" not in self.fields:
            return
        # Wagtail's page chooser joins its button text to the model's name once, when
        # the form class is built (wagtail/admin/widgets/chooser.py), in the language
        # of whoever asked first: kept lazy, each form says it in its reader's.
        name_page_type_lazily(self.fields["programme"].widget)
        if for_user is not None:
            self.fields["programme"].queryset = programmes_run_by(for_user).filter(
                alias_of__isnull=True
            )
            self.fields["programme"].required = True


class TrainersOwnCohortsMixin:
    """Edit and delete reach only the cohorts of the user's programmes."""

    def get_object(self, queryset=None):
        cohort = super().get_object(queryset)
        if not cohorts_editable_by(self.request.user).filter(pk=cohort.pk).exists():
            raise PermissionDenied
        return cohort


class CohortEditView(TrainersOwnCohortsMixin, EditView):
    pass


class CohortDeleteView(TrainersOwnCohortsMixin, DeleteView):
    pass


def programme_language(cohort: Cohort) -> str:
    """The language of the title of the cohort's programme as its listing shows it."""
    return cohort.programme.locale.language_code if cohort.programme else ""


class CohortIndexView(OwnLanguageIndexMixin, SnippetIndexView):
    own_language_fields = {
        "name": attrgetter("name_language"),
        "programme": programme_language,
    }

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(
            queryset, page_size
        )
        rows = list(rows)
        # The programme in the admin's language where translated: the page object
        # changes, its id stays the cohort's own (one query for a page of rows).
        shown = pages_in_language(ProgrammePage, {row.programme_key for row in rows})
        programme = Cohort._meta.get_field("programme")
        for row in rows:
            if row.programme_key in shown:
                programme.set_cached_value(row, shown[row.programme_key])
        return paginator, page, rows, is_paginated


class CohortViewSet(NamedInItsLanguageViewSetMixin, PlatformSnippetViewSet):
    model = Cohort
    index_view_class = CohortIndexView
    icon = "date"
    menu_label = _("Cohorts")
    menu_order = 175
    add_to_admin_menu = True
    list_display = ["name", "programme", "starts_on", "ends_on", "deadline"]
    list_filter = ["enrolment_open"]
    search_fields = ["name"]
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldRowPanel(
                [
                    FieldPanel("name"),
                    # Each language named in itself, which its option says.
                    FieldPanel("name_language", widget=LanguageSelect()),
                ]
            ),
            FieldRowPanel(
                [FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("deadline")]
            ),
            FieldPanel("enrolment_open"),
        ],
        base_form_class=CohortForm,
    )

    def get_queryset(self, request):
        return cohorts_editable_by(request.user).select_related("programme__locale")


class CertificateInspectView(InspectView):
    template_name = "learning/admin/certificate_inspect.html"

    def get_page_subtitle(self):
        certificate = self.object
        return format_html(
            "{} · {} · {}",
            certificate.code,
            certificate.learner_name,
            self.get_programme_title_display_value(),
        )

    def get_header_title(self):
        return format_html("{}: {}", self.get_page_title(), self.get_page_subtitle())

    # The programme's title as issued, in the certificate's language.
    def get_programme_title_display_value(self):
        return in_language(self.object.programme_title, self.object.language)

    def get_language_display_value(self):
        # Named in itself, as the admin's language choices name each language.
        code = self.object.language
        return in_language(dict(settings.LANGUAGES).get(code, code), code)

    def get_revoked_at_display_value(self):
        return self.object.revoked_at or _("Not revoked")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_revoke"] = self.request.user.has_perm(
            "learning.change_certificate"
        )
        return context


class CertificateIndexView(OwnLanguageIndexMixin, IndexView):
    # The programme's title as issued, in the certificate's language.
    own_language_fields = {"programme_title": attrgetter("language")}


class CertificateViewSet(ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    icon = "tick-inverse"
    menu_label = _("Certificates")
    menu_order = 176
    add_to_admin_menu = True
    url_prefix = "certificates"
    name = "certificates"
    list_display = [
        "code",
        "learner_name",
        "programme_title",
        "completed_on",
        "revoked_at",
    ]
    search_fields = ["code", "learner_name", "programme_title"]
    list_filter = ["completed_on"]
    inspect_view_enabled = True
    inspect_view_class = CertificateInspectView
    inspect_view_fields = [
        "code",
        "learner_name",
        "programme_title",
        "completed_on",
        "hours",
        "language",
        "issued_at",
        "revoked_at",
    ]
    copy_view_enabled = False
    # ModelViewSet insists on a form; ReadOnlyPolicy never lets anyone use it.
    form_fields = ["revoked_at"]


class RolePolicy(ModelPermissionPolicy):
    """Trainers and administrators look; nobody adds, edits or deletes these records by
    hand (the learners write them, the detail views answer and review them)."""

    roles = (Role.TRAINER, Role.ADMIN)

    def user_has_permission(self, user, action):
        return action == "view" and has_any_role(user, *self.roles)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class StaffPolicy(ModelPermissionPolicy):
    """Enrolment requests: staff who see them (trainers, coordinators, administrators)
    look at the listing; deciding is `learning.permissions.can_decide`, per row."""

    def user_has_permission(self, user, action):
        return action == "view" and is_staff_member(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AnsweredFilter(django_filters.ChoiceFilter):
    def __init__(self, *args, field: str, **kwargs):
        self.answer_field = field
        super().__init__(
            *args,
            choices=[("waiting", _("Waiting")), ("done", _("Done"))],
            method=self.by_state,
            **kwargs,
        )

    def by_state(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(**{f"{self.answer_field}__isnull": value == "waiting"})


class QuestionFilterSet(WagtailFilterSet):
    state = AnsweredFilter(label=_("Answer"), field="answered_at")
    module_title = django_filters.CharFilter(label=_("Module"), lookup_expr="icontains")
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Asked on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Question
        fields = ["state", "module_title", "created_at"]


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Submission.Status.choices
    )
    module_title = django_filters.CharFilter(label=_("Module"), lookup_expr="icontains")
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Submission
        fields = ["status", "module_title", "submitted_at"]


class PendingEnrolmentFilterSet(WagtailFilterSet):
    programme_title = django_filters.CharFilter(
        label=_("Programme"), method="by_programme_title"
    )
    learner__organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        queryset=None,
        empty_label=_("All"),
        widget=OwnLanguageSelect(language_of=attrgetter("name_language")),
    )
    enrolled_at = django_filters.DateFromToRangeFilter(
        label=_("Asked on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enrolment
        fields = ["programme_title", "learner__organisation", "enrolled_at"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        from accounts.models import Organisation

        # Only the organisations of the requests this person sees.
        self.filters["learner__organisation"].queryset = Organisation.objects.filter(
            pk__in=self.queryset.values("learner__organisation")
        ).order_by("name")

    def by_programme_title(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """The title as the listing shows it, in any language of the programme."""
        return queryset.filter(title_matches(value, "programme_title", "programme_key"))


def page_titles(model, keys) -> dict[uuid.UUID, tuple[str, str]]:
    """{translation key: (title, its language)} of the live pages of `model`, in the
    active language where translated, else in the default language (one query)."""
    return {
        key: (page.title, page.locale.language_code)
        for key, page in pages_in_language(model, set(keys)).items()
    }


class ScopedIndexView(AdminExportMixin, IndexView):
    """A listing of the rows the person may see, each linking to its own work page."""

    scope: Callable[..., QuerySet] = staticmethod(lambda user: QuerySet())
    detail_url_name = ""

    def get_base_queryset(self):
        return (
            self.scope(self.request.user)
            .exclude(learner=self.request.user)
            .select_related("learner__organisation")
        )

    def get_edit_url(self, instance):
        return reverse(self.detail_url_name, args=[instance.pk])


class PageTitlesInLanguageMixin(OwnLanguageIndexMixin):
    """Rows that name a page by its translation key (`key_field`) and the title stored
    when the row was made (`title_field`) show the page's title in the active language
    where translated, else in the default language: in the listing marked with its
    `lang` (one query a page of rows), in exports as text (two queries in all)."""

    page_model: type = ModulePage
    key_field = "module_key"
    title_field = "module_title"
    # The language of a stored title, shown when the page is gone: a module's is the
    # one the learner read it in, which the row does not record ("", not marked).
    stored_title_language = ""
    own_language_fields = {"module_title": attrgetter("module_title_language")}
    export_titles: dict = {}

    def titles_of(self, keys) -> dict[uuid.UUID, tuple[str, str]]:
        return page_titles(self.page_model, keys)

    def shown_title(self, row, titles: dict) -> tuple[str, str]:
        return titles.get(
            getattr(row, self.key_field),
            (getattr(row, self.title_field), self.stored_title_language),
        )

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(
            queryset, page_size
        )
        rows = list(rows)
        titles = self.titles_of(getattr(row, self.key_field) for row in rows)
        for row in rows:
            title, language = self.shown_title(row, titles)
            setattr(row, self.title_field, title)
            setattr(row, f"{self.title_field}_language", language)
        return paginator, page, rows, is_paginated

    def as_spreadsheet(self, queryset, spreadsheet_format):
        keys = queryset.order_by().values_list(self.key_field, flat=True).distinct()
        self.export_titles = self.titles_of(keys)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if self.title_field in row:
            row[self.title_field] = self.shown_title(item, self.export_titles)[0]
        return row


class QuestionIndexView(PageTitlesInLanguageMixin, ScopedIndexView):
    # The subject in the language its learner asked in.
    own_language_fields = {
        **PageTitlesInLanguageMixin.own_language_fields,
        "subject": attrgetter("language"),
    }
    scope = staticmethod(questions_visible_to)
    detail_url_name = "learning_question"
    default_ordering = [F("answered_at").asc(nulls_first=True), "-created_at"]

    def get_base_queryset(self):
        return super().get_base_queryset().order_by(*self.default_ordering)


class SubmissionIndexView(PageTitlesInLanguageMixin, ScopedIndexView):
    scope = staticmethod(submissions_visible_to)
    detail_url_name = "learning_submission"

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("reviewed_by")
            .order_by(F("reviewed_at").asc(nulls_first=True), "submitted_at")
        )


def organisation_language(row) -> str:
    """The language of the name of the row's learner's organisation ("" if none)."""
    organisation = row.learner.organisation
    return organisation.name_language if organisation else ""


class PendingEnrolmentIndexView(
    PageTitlesInLanguageMixin, FiltersInLanguageMixin, AwaitingDecisionIndexView
):
    page_title = _("Enrolments awaiting approval")
    no_results_message = _("No enrolments are waiting for your approval.")
    page_title_fields = ("programme_title", "programme_key")
    page_model = ProgrammePage
    key_field = "programme_key"
    title_field = "programme_title"
    # enrol_learner stores the programme's title in the default language.
    stored_title_language = settings.LANGUAGE_CODE
    own_language_fields = {"programme_title": attrgetter("programme_title_language")}

    def get_base_queryset(self):
        return (
            enrolments_visible_to(self.request.user)
            .filter(status=Enrolment.Status.PENDING)
            .exclude(learner=self.request.user)
            .select_related("learner__organisation")
            .order_by("enrolled_at", "pk")
        )


class RecordViewSet(ModelViewSet):
    """Listings only: no add, edit, copy or inspect views of their own."""

    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 50
    export_formats = ["csv", "xlsx"]
    form_fields = ["module_title"]  # ModelViewSet insists on a form; nobody gets one
    # Its permission policy is RolePolicy, registered in wagtail_hooks.py.


class QuestionViewSet(RecordViewSet):
    model = Question
    name = "questions"
    url_prefix = "questions"  # the address the trainers' emails have always linked
    icon = "help"
    menu_label = pgettext_lazy("admin menu", "Learner questions")
    menu_order = 172
    index_view_class = QuestionIndexView
    filterset_class = QuestionFilterSet
    search_fields = ["subject", "module_title", "learner__email", "learner__last_name"]
    list_display = [
        "subject",
        "learner",
        OwnLanguageColumn(
            "organisation",
            label=_("Organisation"),
            accessor="learner.organisation",
            language_of=organisation_language,
        ),
        "module_title",
        "created_at",
        "answered_at",
    ]
    list_export = [
        "subject",
        "learner",
        "learner.email",
        "learner.organisation",
        "module_title",
        "created_at",
        "answered_at",
    ]
    export_headings = {
        "learner": _("Learner"),
        "learner.email": _("Email"),
        "learner.organisation": _("Organisation"),
    }


class SubmissionViewSet(RecordViewSet):
    model = Submission
    name = "submissions"
    url_prefix = "assignments"
    icon = "doc-full"
    menu_label = _("Assignments")
    menu_order = 173
    index_view_class = SubmissionIndexView
    filterset_class = SubmissionFilterSet
    search_fields = ["module_title", "learner__email", "learner__last_name"]
    list_display = [
        "learner",
        OwnLanguageColumn(
            "organisation",
            label=_("Organisation"),
            accessor="learner.organisation",
            language_of=organisation_language,
        ),
        "module_title",
        "number",
        "status",
        "submitted_at",
        "reviewed_at",
    ]
    list_export = [
        "learner",
        "learner.email",
        "learner.organisation",
        "module_title",
        "number",
        "get_status_display",
        "submitted_at",
        "reviewed_at",
        "reviewed_by",
    ]
    export_headings = {
        "learner": _("Learner"),
        "learner.email": _("Email"),
        "learner.organisation": _("Organisation"),
        "get_status_display": _("Status"),
        "reviewed_by": _("Reviewed by"),
    }


class PendingEnrolmentViewSet(RecordViewSet):
    """Enrolments awaiting approval: approve or reject each from the listing (the
    buttons post to `learning_decide_enrolment`, which checks `can_decide`)."""

    model = Enrolment
    name = "pending_enrolments"
    url_prefix = "enrolments/pending"
    icon = "user"
    menu_label = pgettext_lazy("admin menu", "Enrolment requests")
    menu_order = 170
    index_view_class = PendingEnrolmentIndexView
    filterset_class = PendingEnrolmentFilterSet
    search_fields = ["programme_title", "learner__email", "learner__last_name"]
    list_display = [
        "learner",
        Column("email", label=_("Email"), accessor="learner.email"),
        OwnLanguageColumn(
            "organisation",
            label=_("Organisation"),
            accessor="learner.organisation",
            language_of=organisation_language,
        ),
        "programme_title",
        "enrolled_at",
        DecisionColumn(url_name="learning_decide_enrolment"),
    ]
    list_export = [
        "learner",
        "learner.email",
        "learner.organisation",
        "programme_title",
        "enrolled_at",
    ]
    export_headings = {
        "learner": _("Learner"),
        "learner.email": _("Email"),
        "learner.organisation": _("Organisation"),
    }
    form_fields = ["programme_title"]  # ModelViewSet insists on a form; nobody gets one
