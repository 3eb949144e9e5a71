"""Production: no defaults for secrets, and no start with an insecure setting."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CELERY_BROKER_URL, DATABASES, LOGGING, REDIS_URL, STORAGES, env

_INSECURE_KEY_MARKERS = ("django-insecure", "change-me", "changeme", "secret-key")


def _require(name: str) -> str:
    value = env.str(name, default="").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production.")
    return value


def _refuse(problem: str) -> None:
    raise ImproperlyConfigured(f"Refusing to start in production: {problem}")


DEBUG = env.bool("DJANGO_DEBUG", default=False)
if DEBUG:
    _refuse("DJANGO_DEBUG is on.")

SECRET_KEY = _require("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    _refuse("DJANGO_SECRET_KEY must be at least 50 characters of random data.")
if any(marker in SECRET_KEY.lower() for marker in _INSECURE_KEY_MARKERS):
    _refuse("DJANGO_SECRET_KEY is a placeholder value.")

_require("DATABASE_URL")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _refuse("DATABASE_URL points to SQLite; use PostgreSQL.")
_require("REDIS_URL")
if not (REDIS_URL and CELERY_BROKER_URL.startswith(("redis://", "rediss://"))):
    _refuse("the Celery broker must be Redis in production.")

if STORAGES["private"]["BACKEND"] != "django.core.files.storage.FileSystemStorage" and (
    STORAGES["private"]["OPTIONS"]["bucket_name"]
    == STORAGES["default"]["OPTIONS"]["bucket_name"]
):
    _refuse(
        "private files need a bucket of their own (AWS_PRIVATE_STORAGE_BUCKET_NAME)."
    )

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    _refuse("DJANGO_ALLOWED_HOSTS must list the site's host names (no '*').")

SITE_URL = _require("SITE_URL").rstrip("/")
if not SITE_URL.startswith("https://") and not env.bool(
    "DJANGO_ALLOW_HTTP", default=False
):
    _refuse("SITE_URL must use https.")
WAGTAILADMIN_BASE_URL = SITE_URL
IDENTIFIER_BASE_URL = env.str("IDENTIFIER_BASE_URL", default=SITE_URL).rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[SITE_URL])

DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# TLS ends at the proxy in front of gunicorn, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Probes and the metrics scraper call from inside the network, over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz(/live)?$", r"^metrics$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)

# One JSON object per log line, for a log collector.
LOGGING["handlers"]["console"]["formatter"] = env.str("LOG_FORMAT", default="json")

EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# Staff reach the admin only with a second factor.
MFA_REQUIRED_FOR_STAFF = env.bool("MFA_REQUIRED_FOR_STAFF", default=True)

# Wagtail's live preview shows the page in a same-origin frame, so SAMEORIGIN (set in
# base.py) rather than DENY: https://docs.wagtail.org/en/stable/reference/settings.html
SILENCED_SYSTEM_CHECKS = ["security.W019"]
