from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import admin_login

from . import health, metrics, storage
from .api import api
from .sites import MultilingualSitemap

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("healthz/live", health.live, name="healthz_live"),
    path("metrics", metrics.metrics, name="metrics"),
    path("api/v1/", api.urls),
    # Public, read-only exchange endpoints: identifiers other systems resolve.
    path("ims/case/v1p1/", include("courses.case_urls")),
    path("xapi/", include("learning.xapi_urls")),
    path("credentials/", include("credentials.urls")),
    # Before Wagtail's own: one sign-in, with one set of attempt limits, for everything.
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Images and renditions, from the local folder or the bucket.
    path("media/<path:name>", storage.media, name="media"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("learning.urls")),
    path("accounts/", include("accounts.urls")),
    path("notifications/", include("notifications.urls")),
    path("events/", include("events.urls")),
    path("my-data/", include("privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include(wagtail_urls)),
)

handler404 = "lms.views.page_not_found"
handler500 = "lms.views.server_error"
