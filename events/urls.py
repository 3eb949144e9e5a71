from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<id:event_id>/register/", views.register, name="register"),
    path("<id:event_id>/check-in/", views.check_in, name="check_in"),
    path("<id:event_id>/survey/", views.survey, name="survey"),
    path(
        "registrations/<id:registration_id>/cancel/",
        views.cancel,
        name="cancel",
    ),
]
