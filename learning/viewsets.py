from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from .models import Certificate, Cohort
from .permissions import cohorts_editable_by, programmes_run_by


class CohortForm(WagtailAdminModelForm):
    """Trainers choose among the programmes they are named on; admins among all."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "programme" in self.fields:
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


class CohortViewSet(SnippetViewSet):
    model = Cohort
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
            FieldPanel("name"),
            FieldRowPanel(
                [FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("deadline")]
            ),
            FieldPanel("enrolment_open"),
        ],
        base_form_class=CohortForm,
    )

    def get_queryset(self, request):
        return cohorts_editable_by(request.user).select_related("programme")


class CertificateInspectView(InspectView):
    template_name = "learning/admin/certificate_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_revoke"] = self.request.user.has_perm(
            "learning.change_certificate"
        )
        return context


class CertificateViewSet(ModelViewSet):
    model = Certificate
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
