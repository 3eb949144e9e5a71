from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<id:event_id>/register/", views.register, name="register"),
    path("<id:event_id>/check-in/", views.check_in, name="check_in"),
    path("<id:event_id>/survey/", views.survey, name="survey"),
    path("<id:event_id>/calendar.ics", views.event_calendar, name="calendar"),
    path("calendar/", views.calendar_feed_settings, name="calendar_feed_settings"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path(
        "registrations/<id:registration_id>/cancel/",
        views.cancel,
        name="cancel",
    ),
]
