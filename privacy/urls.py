from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("privacy-notice/", views.notice, name="notice"),
    path("export/", views.request_export, name="request_export"),
    path("export/<id:export_id>/", views.download_export, name="download_export"),
    path("close/", views.close_account, name="close_account"),
]
