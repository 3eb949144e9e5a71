"""Settings shared by every environment, read from the environment with local defaults.

Every variable is listed, with a comment, in `.env.example`.
"""

import importlib.util
import zoneinfo
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

import environ
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
env.read_env(BASE_DIR / ".env", overwrite=False)

# Everything the platform writes at run time on the embedded default lives here.
VAR_DIR = Path(env.str("LMS_VAR_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# Only for local use: production.py refuses to start without a real key.
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY", default="django-insecure-local-development-key-do-not-deploy"
)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# The base of every public identifier the platform mints (xAPI activity ids, CASE URIs,
# Open Badges ids). Set it once and never change it: other systems store these ids.
IDENTIFIER_BASE_URL = env.str("IDENTIFIER_BASE_URL", default=SITE_URL).rstrip("/")
# The xAPI actor's account.homePage: the system in which a learner's account.name (their
# public UUID) is unique. Like IDENTIFIER_BASE_URL, set it once.
XAPI_ACCOUNT_HOMEPAGE = (
    env.str("XAPI_ACCOUNT_HOMEPAGE", default="").rstrip("/") or IDENTIFIER_BASE_URL
)
# Open Badges credentials are signed with Ed25519 keys kept outside the database: PEM
# files in this directory (made on first use, mode 0600; back it up apart from the
# database), or, on many machines, the PEM blocks of CREDENTIALS_SIGNING_KEYS (the
# signing key first, then the retired ones, which stay published). See credentials/keys.py.
CREDENTIALS_KEY_DIR = Path(
    env.str("CREDENTIALS_KEY_DIR", default=str(VAR_DIR / "keys"))
)
CREDENTIALS_SIGNING_KEYS = env.str("CREDENTIALS_SIGNING_KEYS", default="")
# Empty: the interface shows its translated default name.
SITE_NAME = env.str("SITE_NAME", default="")
# The name where one fixed text is stored or sent elsewhere: the Site row, the
# issuer in authenticator apps, xAPI's context.platform.
PLATFORM_NAME = SITE_NAME or "Socialinė klasterystė"
# The admin's own name for the platform, in the admin's language.
WAGTAIL_SITE_NAME = SITE_NAME or gettext_lazy("Social clustering platform")

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
]
THIRD_PARTY_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "ninja",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
]
LOCAL_APPS = [
    "lms",
    "accounts.apps.AccountsConfig",
    "courses.apps.CoursesConfig",
    "learning.apps.LearningConfig",
    "notifications.apps.NotificationsConfig",
    "events.apps.EventsConfig",
    "reports.apps.ReportsConfig",
    "privacy.apps.PrivacyConfig",
    "credentials.apps.CredentialsConfig",
]
INSTALLED_APPS = LOCAL_APPS + DJANGO_APPS + THIRD_PARTY_APPS

MIDDLEWARE = [
    # First: /healthz/live answers before anything else runs.
    "lms.health.LivenessMiddleware",
    # Names the request for the logs and the tasks it queues.
    "lms.middleware_request_id.RequestIdMiddleware",
    # The site content version, read once per request (lms/navigation.py).
    "lms.navigation.ContentVersionMiddleware",
    # Counts requests and times them for /metrics, with its pair at the end.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    # Then an oversized request is refused before anything reads its body.
    "lms.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise, so static files keep their long cache lifetimes.
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "lms.middleware.PrivacyHeadersMiddleware",
    # Inside the header middlewares, outside sessions and CSRF (lms/page_cache.py).
    "lms.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.middleware.AdminPermissionDeniedMiddleware",
    "lms.middleware.AdminNotFoundMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffSecondFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.site",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL and a busy timeout let the web process and the Celery worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL is the cache; the Celery broker defaults to it. Without REDIS_URL the
# platform runs on its embedded defaults: a file cache and a file-system broker.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "lms.cache.RedisCache",
            "LOCATION": env.str(
                "CACHE_URL", default=REDIS_URL.rsplit("/", 1)[0] + "/1"
            ),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
# Sessions are read from the cache and written through to the database: a signed-in
# page reads no session row, and a flushed cache loses no one's sign-in.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- People -----------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Sign-up says plainly that an address is taken (the issue asks for it); the signup
# rate limit below keeps that from being used to list accounts in bulk.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_FORMS = {
    "signup": "accounts.forms.SignupForm",
    # Answers the same whether or not the address has an account (sign-up does not).
    "reset_password": "accounts.forms.ResetPasswordForm",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Failed logins are throttled per IP and per account (allauth keeps counts in the cache).
# The windows slide: a locked account opens again once its failures are older than the
# period, and at once after a password reset (which proves the address is theirs), so
# nobody can keep an administrator out for good by guessing at their address.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("LOGIN_RATE_LIMIT", default="10/m/ip,5/5m/key"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# The number of proxies in front of gunicorn that append to X-Forwarded-For (0: none,
# the header is ignored). Rate limits then count the address the last proxy saw.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# One sign-in for the site and the admin: /admin/login/ sends people to allauth's
# (lms/urls.py), so the limits above apply to both. Wagtail's own password reset and
# change forms are off for the same reason; allauth's serve everyone.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# A second factor (allauth.mfa): an authenticator app (TOTP) with recovery codes, or a
# passkey / security key (WebAuthn, with allauth's own scripts served from static, no
# CDN). A passkey also signs a person in without a password. Browsers allow WebAuthn on
# https:// and on http://localhost only; the relying party is the request's host.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = PLATFORM_NAME
# Trainers, coordinators and administrators must set one up before they enter the admin.
# Off here, so that the demo logins of `make run` work; on in lms.settings.production.
MFA_REQUIRED_FOR_STAFF = env.bool("MFA_REQUIRED_FOR_STAFF", default=False)

# --- Email ------------------------------------------------------------------------
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND", default="django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Platforma <noreply@localhost>"
)
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# The outbox (notifications/): batches share one SMTP connection; failed sends are
# retried with exponential backoff and jitter, then marked failed for an admin to see.
OUTBOX_BATCH_SIZE = env.int("OUTBOX_BATCH_SIZE", default=100)
# The emails a server has accepted are marked sent together, at most this long after;
# a worker killed mid-batch resends at most those of the last interval.
OUTBOX_MARK_INTERVAL_SECONDS = env.float("OUTBOX_MARK_INTERVAL_SECONDS", default=0.1)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=6)
OUTBOX_RETRY_BASE_SECONDS = env.float("OUTBOX_RETRY_BASE_SECONDS", default=60.0)
OUTBOX_RETRY_MAX_SECONDS = env.float("OUTBOX_RETRY_MAX_SECONDS", default=3600.0)
# Queued rows still unsent this long after they were due are queued again by the sweep.
OUTBOX_SWEEP_AFTER_SECONDS = env.float("OUTBOX_SWEEP_AFTER_SECONDS", default=120.0)
OUTBOX_SWEEP_LIMIT = env.int("OUTBOX_SWEEP_LIMIT", default=20000)
# A claim older than this belonged to a dead worker. Longer than any task may run.
OUTBOX_SENDING_LEASE_SECONDS = env.float("OUTBOX_SENDING_LEASE_SECONDS", default=300.0)
# The provider's quota, per worker process; 0 sends as fast as the server accepts.
EMAIL_MAX_PER_SECOND = env.float("EMAIL_MAX_PER_SECOND", default=0.0)
REMINDER_INACTIVITY_DAYS = env.int("REMINDER_INACTIVITY_DAYS", default=7)

# --- Languages --------------------------------------------------------------------
LANGUAGE_CODE = "lt"
LANGUAGES = [
    ("lt", "Lietuvių"),
    ("en", "English"),
    ("nb", "Norsk bokmål"),
]
# Ours first; then what the libraries' own catalogues lack (lms/library_messages.py).
# Wagtail's locale views' own catalogue: wagtail-localize's locales app stands in for
# `wagtail.locales`, whose views and strings it uses, so Django would not load it.
WAGTAIL_LOCALES_CATALOGUE = (
    Path(importlib.util.find_spec("wagtail.locales").origin).parent / "locale"
)
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "libraries",
    WAGTAIL_LOCALES_CATALOGUE,
]
TIME_ZONE = "Europe/Vilnius"
USE_I18N = True
USE_TZ = True
# English dates as European readers write them (lms/formats/en/formats.py).
FORMAT_MODULE_PATH = ["lms.formats"]
WAGTAIL_I18N_ENABLED = True
# Content languages as the admin names them, in the admin's own language ("Lithuanian"
# in an English admin): Wagtail shows them as labels beside titles, in locale switchers
# and listings, text that has no language attribute of its own. A language menu names
# each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [
    ("lt", gettext_lazy("Lithuanian")),
    ("en", gettext_lazy("English")),
    ("nb", gettext_lazy("Norwegian Bokmål")),
]

# --- Static and media -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Learners' assignment files: outside MEDIA_ROOT and never served by URL; a view checks
# who asks before it streams one.
PRIVATE_MEDIA_ROOT = Path(
    env.str("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private"))
)
ASSIGNMENT_MAX_BYTES = env.int("ASSIGNMENT_MAX_BYTES", default=10 * 1024 * 1024)
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Object storage shared by every machine: "local" (the embedded default, the folders
# above) or "s3" (AWS S3, MinIO, Ceph, OVH and other S3-compatible services). Two
# buckets: media (images and documents; it need not be public, the platform serves
# what it holds under MEDIA_URL unless AWS_S3_CUSTOM_DOMAIN names a public front) and
# private (learners' work, certificates, exports: never by URL, always through the
# platform's access check). Credentials left empty come from the machine's role.
STORAGE_BACKEND = env.str("STORAGE_BACKEND", default="") or "local"
if STORAGE_BACKEND == "s3":
    _S3 = {
        "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
        # "path" for MinIO and most self-hosted services.
        "addressing_style": env.str("AWS_S3_ADDRESSING_STYLE", default="") or None,
        "signature_version": "s3v4",
        "default_acl": None,
        "file_overwrite": False,
        # Files read for streaming spill to disk past this size.
        "max_memory_size": 5 * 1024 * 1024,
    }
    STORAGES["default"] = {
        "BACKEND": "lms.storage_s3.MediaS3Storage",
        "OPTIONS": {
            **_S3,
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME", default="lms-media"),
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
        },
    }
    STORAGES["private"] = {
        "BACKEND": "lms.storage_s3.PrivateS3Storage",
        "OPTIONS": {
            **_S3,
            "bucket_name": env.str(
                "AWS_PRIVATE_STORAGE_BUCKET_NAME", default="lms-private"
            ),
        },
    }
elif STORAGE_BACKEND != "local":
    raise ImproperlyConfigured("STORAGE_BACKEND must be local or s3.")
# Documents are streamed by Wagtail's view, after its check of a collection's privacy,
# wherever they are stored (never a redirect to the storage's address).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Request bodies: fields other than files at most 2.5 MB; files above 2.5 MB are
# streamed to a temporary file rather than held in memory. A whole request larger than
# REQUEST_MAX_BYTES (ADMIN_REQUEST_MAX_BYTES under /admin/, where trainers upload videos
# and documents) is refused with 413 from its Content-Length, before it is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
REQUEST_MAX_BYTES = env.int(
    "REQUEST_MAX_BYTES", default=ASSIGNMENT_MAX_BYTES + 2 * 1024 * 1024
)
ADMIN_REQUEST_MAX_BYTES = env.int("ADMIN_REQUEST_MAX_BYTES", default=256 * 1024 * 1024)

# --- Wagtail ----------------------------------------------------------------------
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "key",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
# Documents are checked by their bytes, like every other upload.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.document_forms.DocumentForm"
# The largest document and image a trainer may upload (the upload forms say so, and
# refuse a larger file with a form error); both within ADMIN_REQUEST_MAX_BYTES.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_BYTES", default=200 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_BYTES", default=10 * 1024 * 1024)
if (
    max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    > ADMIN_REQUEST_MAX_BYTES
):
    raise ImproperlyConfigured(
        "DOCUMENT_MAX_BYTES and IMAGE_MAX_BYTES cannot exceed ADMIN_REQUEST_MAX_BYTES."
    )
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The account page's zones, without the files of the system's zoneinfo folder that are
# not zone names ("localtime", "posixrules", the posix/ and right/ copies): browsers'
# Intl.DateTimeFormat refuses them and the page's script fails with a RangeError.
WAGTAIL_USER_TIME_ZONES = sorted(
    zone
    for zone in zoneinfo.available_timezones()
    if zone not in {"localtime", "posixrules"}
    and not zone.startswith(("posix/", "right/"))
)

# --- Celery -----------------------------------------------------------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(VAR_DIR / "broker" / "queue"),
        "data_folder_out": str(VAR_DIR / "broker" / "queue"),
        "processed_folder": str(VAR_DIR / "broker" / "processed"),
        # Broadcasts (pidbox) go here too, not to ./control in the working directory.
        "control_folder": str(VAR_DIR / "broker" / "control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else {"visibility_timeout": 3600}
)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing from a web request gives up quickly when the broker is down; work queued
# that way is found again by a sweep (see lms/queueing.py).
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
# Work is split by kind, so that a long reminder run (email) never delays a certificate
# (documents). TASK_QUEUES maps each kind to its queue's name; CELERY_QUEUE_PREFIX lets
# two installations share one Redis. A worker started without -Q consumes every queue.
CELERY_QUEUE_PREFIX = env.str("CELERY_QUEUE_PREFIX", default="")
TASK_QUEUES = {
    kind: f"{CELERY_QUEUE_PREFIX}{kind}"
    for kind in ("default", "email", "documents", "statements")
}
CELERY_TASK_DEFAULT_QUEUE = env.str(
    "CELERY_TASK_DEFAULT_QUEUE", default=TASK_QUEUES["default"]
)
TASK_QUEUES["default"] = CELERY_TASK_DEFAULT_QUEUE
CELERY_TASK_QUEUES = [Queue(name) for name in TASK_QUEUES.values()]
# Tasks not named here go to the default queue.
CELERY_TASK_ROUTES = {
    "notifications.tasks.send_outbox": {"queue": TASK_QUEUES["email"]},
    "learning.tasks.send_reminders": {"queue": TASK_QUEUES["email"]},
    "learning.tasks.send_coordinator_digests": {"queue": TASK_QUEUES["email"]},
    "learning.tasks.send_trainer_digests": {"queue": TASK_QUEUES["email"]},
    "events.tasks.send_event_reminders": {"queue": TASK_QUEUES["email"]},
    "events.tasks.send_survey_emails": {"queue": TASK_QUEUES["email"]},
    "learning.tasks.generate_certificate": {"queue": TASK_QUEUES["documents"]},
    "privacy.tasks.build_data_export": {"queue": TASK_QUEUES["documents"]},
    "learning.tasks.forward_statements": {"queue": TASK_QUEUES["statements"]},
}
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
# Our tasks are idempotent: a task is acknowledged only after it ran, and one whose
# worker died is delivered again rather than lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    # Every 20 seconds: a worker of the default queue records that it ran a task.
    "record-worker-heartbeat": {
        "task": "lms.tasks.record_heartbeat",
        "schedule": env.float("WORKER_HEARTBEAT_INTERVAL", default=20.0),
        "options": {"expires": 60},
    },
    # Every night at 03:15 Vilnius time: delete heartbeats of workers gone for a week.
    "prune-heartbeats": {
        "task": "lms.tasks.prune_heartbeats",
        "schedule": crontab(hour=3, minute=15),
    },
    # Every minute: queue again the emails whose task was lost.
    "sweep-outbox": {
        "task": "notifications.tasks.sweep_outbox",
        "schedule": env.float("OUTBOX_SWEEP_INTERVAL", default=60.0),
        "options": {"expires": 120},
    },
    # Every day at REMINDER_HOUR:00 Vilnius time: deadline, overdue and idle reminders.
    "send-reminders": {
        "task": "learning.tasks.send_reminders",
        "schedule": crontab(hour=env.int("REMINDER_HOUR", default=9), minute=0),
    },
    # Every minute: recompute progress whose refresh task was lost.
    "refresh-stale-progress": {
        "task": "learning.tasks.refresh_stale_progress",
        "schedule": 60.0,
        "options": {"expires": 120},
    },
    # Every minute: forward learning statements to the LRS, when one is configured.
    "forward-statements": {
        "task": "learning.tasks.forward_statements",
        "schedule": 60.0,
        "options": {"expires": 120},
    },
    # Every five minutes: render the certificates whose PDF task was lost.
    "generate-missing-certificates": {
        "task": "learning.tasks.generate_missing_certificates",
        "schedule": 300.0,
        "options": {"expires": 600},
    },
    # Every ten minutes: sign the Open Badges credentials whose task was lost.
    "issue-missing-credentials": {
        "task": "credentials.tasks.issue_missing_credentials",
        "schedule": 600.0,
        "options": {"expires": 900},
    },
    # Every night at 02:45 Vilnius time: retention notices and closing, expired exports.
    "apply-retention": {
        "task": "privacy.tasks.apply_retention",
        "schedule": crontab(hour=2, minute=45),
    },
    # Every day at REMINDER_HOUR:05 Vilnius time: reminders of events 7 days and 1 day
    # ahead.
    "send-event-reminders": {
        "task": "events.tasks.send_event_reminders",
        "schedule": crontab(hour=env.int("REMINDER_HOUR", default=9), minute=5),
    },
    # Every hour at :20: survey invitations after events that ended, and the one
    # reminder three days later.
    "send-survey-emails": {
        "task": "events.tasks.send_survey_emails",
        "schedule": crontab(minute=20),
    },
    # Every Monday at 07:30 Vilnius time: each coordinator's weekly digest.
    "send-coordinator-digests": {
        "task": "learning.tasks.send_coordinator_digests",
        "schedule": crontab(day_of_week="mon", hour=7, minute=30),
    },
    # Every hour at five past: each trainer's digest of new assignments and questions.
    "send-trainer-digests": {
        "task": "learning.tasks.send_trainer_digests",
        "schedule": crontab(minute=5),
        "options": {"expires": 1800},
    },
}
# Accounts unused for this many days are closed (after a notice 30 days before); 0 is off.
PRIVACY_RETENTION_DAYS = env.int("PRIVACY_RETENTION_DAYS", default=0)

# Beat records its last tick this often (lms.celery.HeartbeatScheduler); /healthz says
# beat is down when the last is older than BEAT_HEARTBEAT_MAX_AGE seconds.
CELERY_BEAT_SCHEDULER = "lms.celery:HeartbeatScheduler"
BEAT_HEARTBEAT_INTERVAL = env.float("BEAT_HEARTBEAT_INTERVAL", default=15.0)
BEAT_HEARTBEAT_MAX_AGE = env.int("BEAT_HEARTBEAT_MAX_AGE", default=60)
# /healthz asks the workers which queues they consume, waiting this long for answers
# (the file-system broker polls once a second), and keeps what it heard for
# HEALTH_CACHE_SECONDS.
HEALTH_INSPECT_TIMEOUT = env.float(
    "HEALTH_INSPECT_TIMEOUT",
    default=3.0 if CELERY_BROKER_URL.startswith("filesystem") else 1.0,
)
HEALTH_CACHE_SECONDS = env.int("HEALTH_CACHE_SECONDS", default=10)
# /metrics answers only a scraper sending "Authorization: Bearer <METRICS_TOKEN>";
# without a token it is off (404).
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")

# --- Security defaults for every environment --------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Everything the site loads is its own; no inline script (a page that needs one gives it
# {{ request.csp_nonce }}). data: images are the TOTP QR code and the API docs' icons.
# The Wagtail admin gets more: lms.middleware.ContentSecurityPolicyMiddleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
    }
}
# Wagtail's admin still writes inline scripts (widgets, panels) and style attributes,
# and previews uploads as blob: images: https://github.com/wagtail/wagtail/issues/1288.
# Allowed under /admin/ only, where every user is staff; a nonce would switch
# 'unsafe-inline' off, so the admin has none.
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
}
# Nothing the platform does needs these; embedded frames get none of them either.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
    "fullscreen": ["self"],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}
# Avatars in the admin would otherwise be fetched from Gravatar with a hash of each
# person's address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Every line carries the request id (lms/logging_context.py) of the web request, or of
# the request that queued the task; LOG_FORMAT=json (production's default) writes one
# JSON object per line for a log collector.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "lms.logging_context.RequestIdFilter"}},
    "formatters": {
        "plain": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
        },
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
            },
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env.str("LOG_FORMAT", default="plain"),
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="")
# How long a course page is kept for visitors who are not signed in (lms/page_cache.py);
# any published change retires every stored page at once. 0 turns the cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# A front-end cache (Varnish, Squid, nginx with purge) in front of the platform: the
# address it takes PURGE requests at. The pages the page cache stores are then also
# marked `Cache-Control: public, s-maxage=PAGE_CACHE_SECONDS`, and every change that
# retires them purges their URLs there (lms/front_end_cache.py). Empty: none.
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:
    # Wagtail's app also purges a published page's own URLs at once; without a front-end
    # cache it would work out every published page's URLs for nothing.
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# Funders' figures for events (events/indicators.py): the share of "good" and "very good"
# answers an event must reach, the responses below which that share is unreliable, and
# the smallest count shown in exports for outside readers.
EVENT_SATISFACTION_TARGET = env.int("EVENT_SATISFACTION_TARGET", default=75)
EVENT_SATISFACTION_MIN_RESPONSES = env.int(
    "EVENT_SATISFACTION_MIN_RESPONSES", default=5
)
EVENT_SMALL_CELL_MINIMUM = env.int("EVENT_SMALL_CELL_MINIMUM", default=5)
