"""The test suite: fast hashing, in-memory mail and cache, no manifest for static files."""

import os

from kombu import Queue

from .base import *  # noqa: F403
from .base import (
    CELERY_TASK_DEFAULT_QUEUE,
    DATABASES,
    VAR_DIR,
    env,
)

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-deployment-0123456789abcdef"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Integration tests point their Celery worker at a local SMTP sink.
EMAIL_BACKEND = env.str(
    "TEST_EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend"
)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change records directly and read the pages back; the page cache's own tests
# turn it on (tests/lms/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = "http://testserver"
IDENTIFIER_BASE_URL = XAPI_ACCOUNT_HOMEPAGE = SITE_URL
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Tests that need a real broker start a worker themselves (tests/integration/) and point
# this process at it; the rest publish into memory, never into the folder or the Redis
# database that `make run` uses.
CELERY_BROKER_URL = env.str("TEST_CELERY_BROKER_URL", default="memory://")
if CELERY_BROKER_URL.startswith("memory"):
    CELERY_BROKER_TRANSPORT_OPTIONS: dict = {}
# A test's worker consumes the private queue it is given (CELERY_TASK_DEFAULT_QUEUE), and
# every kind of work goes there; tests of the routing itself set TEST_CELERY_ROUTING
# with a private CELERY_QUEUE_PREFIX.
if not env.bool("TEST_CELERY_ROUTING", default=False):
    TASK_QUEUES = {"default": CELERY_TASK_DEFAULT_QUEUE}
    CELERY_TASK_QUEUES = [Queue(CELERY_TASK_DEFAULT_QUEUE)]
    CELERY_TASK_ROUTES = dict[str, dict[str, str]]()
# Each run has a test database of its own, so that two suites can run side by side.
_RUN = os.getpid()
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that a real Celery worker can share the test database.
    DATABASES["default"]["TEST"] = {
        "NAME": env.str(
            "TEST_SQLITE_NAME", default=str(VAR_DIR / f"test-db-{_RUN}.sqlite3")
        )
    }
else:
    DATABASES["default"]["TEST"] = {
        "NAME": f"test_{DATABASES['default']['NAME']}_{_RUN}"
    }
# Signing keys of the tests' credentials: never the ones `make run` uses (var/keys).
CREDENTIALS_KEY_DIR = VAR_DIR / "test-keys"
# Serve static files from the apps, as in development: tests never run collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
