from django.test import override_settings
from django.utils import translation

import pytest

from notifications.sink import SmtpSink


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def smtp_sink():
    with SmtpSink() as sink, override_settings(**sink.settings()):
        yield sink
