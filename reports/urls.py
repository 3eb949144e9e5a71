from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("learners/", views.LearnersReportView.as_view(), name="learners"),
    path(
        "learners/results/",
        views.LearnersReportView.as_view(results_only=True),
        name="learners_results",
    ),
    path("learners/<id:user_id>/", views.learner_record, name="learner_record"),
    path("programmes/", views.ProgrammesReportView.as_view(), name="programmes"),
    path(
        "programmes/results/",
        views.ProgrammesReportView.as_view(results_only=True),
        name="programmes_results",
    ),
    path(
        "organisations/", views.OrganisationsReportView.as_view(), name="organisations"
    ),
    path(
        "organisations/results/",
        views.OrganisationsReportView.as_view(results_only=True),
        name="organisations_results",
    ),
]

urlpatterns += [
    path("competencies/", views.CompetenciesReportView.as_view(), name="competencies"),
    path(
        "competencies/results/",
        views.CompetenciesReportView.as_view(results_only=True),
        name="competencies_results",
    ),
]

urlpatterns += [
    path("growth/", views.GrowthReportView.as_view(), name="growth"),
    path(
        "growth/results/",
        views.GrowthReportView.as_view(results_only=True),
        name="growth_results",
    ),
]

urlpatterns += [
    path("certificates/", views.CertificatesReportView.as_view(), name="certificates"),
    path(
        "certificates/results/",
        views.CertificatesReportView.as_view(results_only=True),
        name="certificates_results",
    ),
]
