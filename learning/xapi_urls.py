"""Resolvable xAPI activity ids, outside the language prefixes: an id is the same in
every language."""

from django.urls import path

from . import xapi_views

app_name = "xapi"
urlpatterns = [
    path(
        "activities/<slug:kind>/<str:key>",
        xapi_views.activity,
        name="activity",
    ),
    path(
        "activities/<slug:kind>/<str:key>/<str:part>",
        xapi_views.activity,
        name="activity_part",
    ),
]
