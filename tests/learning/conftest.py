from django.utils import translation

import pytest


@pytest.fixture(autouse=True)
def _english():
    """Messages built outside a request are in the active language; tests read English."""
    with translation.override("en"):
        yield
