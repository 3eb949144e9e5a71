from django.urls import path

from lms.admin_reports import report_paths

from . import views

app_name = "reports"

urlpatterns = [
    *report_paths("learners/", views.LearnersReportView, "learners"),
    path("learners/<id:user_id>/", views.learner_record, name="learner_record"),
    *report_paths("programmes/", views.ProgrammesReportView, "programmes"),
    *report_paths("organisations/", views.OrganisationsReportView, "organisations"),
    *report_paths("competencies/", views.CompetenciesReportView, "competencies"),
    *report_paths("growth/", views.GrowthReportView, "growth"),
    *report_paths("certificates/", views.CertificatesReportView, "certificates"),
]
