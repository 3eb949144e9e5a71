from django.urls import path

from . import views

app_name = "credentials"

urlpatterns = [
    path("issuer", views.issuer, name="issuer"),
    path("jwks.json", views.jwks, name="jwks"),
    path("did.json", views.did_document, name="did"),
    path("keys/<str:thumbprint>", views.key, name="key"),
    path("status/<int:number>", views.status_list, name="status_list"),
    path("achievements/<uuid:key>", views.achievement, name="achievement"),
    path(
        "certificates/<str:code>/credential.jwt",
        views.download_jwt,
        name="download_jwt",
    ),
    path(
        "certificates/<str:code>/credential.json",
        views.download_json,
        name="download_json",
    ),
    path(
        "certificates/<str:code>/badge.png",
        views.download_badge,
        name="download_badge",
    ),
    path("<uuid:public_id>", views.credential, name="credential"),
]
