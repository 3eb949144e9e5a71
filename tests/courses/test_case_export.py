import uuid

from django.conf import settings

import pytest

from courses.exchange.case import case_document_uri, case_item_uri
from courses.models import Competency

from .factories import make_framework

pytestmark = pytest.mark.django_db

BASE = f"{settings.IDENTIFIER_BASE_URL}/ims/case/v1p1/"


def test_each_language_version_has_identifiers_of_its_own():
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()

    item_uri = case_item_uri(competency)
    document_uri = case_document_uri(framework)

    assert item_uri.startswith(BASE + "CFItems/")
    assert document_uri.startswith(BASE + "CFDocuments/")
    expected = uuid.uuid5(competency.translation_key, "lt")
    assert item_uri == f"{BASE}CFItems/{expected}"
    assert case_item_uri(competency) == item_uri  # stable


def test_an_imported_identifier_is_kept_in_its_own_language_only():
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()
    competency.case_identifier, competency.case_language = "SC:2/1", "lt"
    competency.save()

    assert case_item_uri(competency) == f"{BASE}CFItems/SC%3A2%2F1"
    competency.case_language = "en"
    assert "SC" not in case_item_uri(competency)
