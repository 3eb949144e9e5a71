"""The embedded default (lms.settings.dev), with static files found in the apps rather
than collected, for commands run by tests/lms/test_backup.py."""

from lms.settings.dev import *  # noqa: F403
from lms.settings.dev import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
