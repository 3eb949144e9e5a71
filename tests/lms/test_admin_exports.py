"""The admin's listings of records export as their pages show them: headings in the
admin's language (which the response names), times in Vilnius to the second, and
programmes titled in the admin's language where the page is translated."""

import csv
import io
import re
from datetime import UTC, datetime

from django.contrib.admin.utils import label_for_field
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst

from wagtail.users.models import UserProfile

import openpyxl
import pytest

from learning import services
from learning.models import Enrolment, Question, Submission
from learning.viewsets import (
    PendingEnrolmentViewSet,
    QuestionViewSet,
    SubmissionViewSet,
)

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..factories import UserFactory
from ..reports.helpers import translate

pytestmark = pytest.mark.django_db

MOMENT = datetime(2026, 12, 1, 20, 34, 52, 243746, tzinfo=UTC)
IN_VILNIUS = datetime(2026, 12, 1, 22, 34, 52)
LISTINGS = [
    ("pending_enrolments:index", PendingEnrolmentViewSet, "enrolled_at"),
    ("questions:index", QuestionViewSet, "created_at"),
    ("submissions:index", SubmissionViewSet, "submitted_at"),
]


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content), slug="su-patvirtinimu")
    programme.needs_approval = True
    publish(programme)
    return programme


def ask(programme, organisation, count):
    """`count` learners ask to join, each with a question and a piece of work."""
    module = module_under(programme, slug=f"m{count}", lessons=1, quiz=False)
    for _ in range(count):
        learner = UserFactory(organisation=organisation)
        services.enrol_learner(learner=learner, programme=programme)
        keys = {
            "learner": learner,
            "module_key": module.translation_key,
            "programme_key": programme.translation_key,
            "module_title": module.title,
        }
        Question.objects.create(subject="Kaip?", **keys)
        Submission.objects.create(number=1, text="Darbas", **keys)
    Enrolment.objects.update(enrolled_at=MOMENT)
    Question.objects.update(created_at=MOMENT)
    Submission.objects.update(submitted_at=MOMENT)


def speaks(client, person, language):
    """`person`'s admin is in `language`, their browser in another."""
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en" if language == "lt" else "lt"
    client.force_login(person)


def export(client, url, export_format, **params):
    response = client.get(url, {"export": export_format, **params})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return response, list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return response, [list(row) for row in sheet.iter_rows(values_only=True)]


def headings(viewset) -> list[str]:
    """Wagtail's headings of the viewset's export, in the active language."""
    return [
        str(
            viewset.export_headings.get(field)
            or capfirst(label_for_field(field, viewset.model))
        )
        for field in viewset.list_export
    ]


@pytest.mark.parametrize("language", ["lt", "nb", "en"])
def test_both_exports_are_headed_in_the_admins_language_and_say_so(
    client, admin_user, programme, organisation, language
):
    ask(programme, organisation, 1)
    speaks(client, admin_user, language)
    with translation.override("en"):
        english = headings(PendingEnrolmentViewSet)
    for url_name, viewset, _field in LISTINGS:
        with translation.override(language):
            expected = headings(viewset)
        for export_format in ("csv", "xlsx"):
            response, rows = export(client, reverse(url_name), export_format)
            assert rows[0] == expected, (url_name, export_format)
            assert response["Content-Language"] == language
    if language != "en":
        assert expected != english  # the catalogue is there to be used


def test_exports_give_times_in_vilnius_to_the_second(
    client, admin_user, programme, organisation
):
    ask(programme, organisation, 1)
    client.force_login(admin_user)
    for url_name, viewset, field in LISTINGS:
        column = viewset.list_export.index(field)
        _response, rows = export(client, reverse(url_name), "csv")
        assert rows[1][column] == "2026-12-01 22:34:52", url_name
        _response, rows = export(client, reverse(url_name), "xlsx")
        assert rows[1][column] == IN_VILNIUS, url_name


def test_the_learner_column_is_named_in_the_admins_language(
    client, admin_user, programme, organisation
):
    ask(programme, organisation, 1)
    label = Enrolment._meta.get_field("learner").verbose_name
    assert isinstance(label, Promise)  # marked for translation, not the field's name
    speaks(client, admin_user, "nb")
    html = client.get(reverse("pending_enrolments:index")).content.decode()
    with translation.override("nb"):
        expected = capfirst(str(label))
    headers = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
        for cell in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)
    ]
    assert expected in headers


def test_every_learner_record_names_its_learner_field_for_translation():
    from learning.models import Question, QuizAttempt, SelfAssessment, Submission

    for model in (Enrolment, Question, QuizAttempt, SelfAssessment, Submission):
        label = model._meta.get_field("learner").verbose_name
        assert isinstance(label, Promise), model
        with translation.override("nb"):
            assert str(label) == "deltaker", model


def count_queries(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


def test_a_programme_awaiting_approval_not_translated_says_its_language(
    client, admin_user, programme, organisation
):
    ask(programme, organisation, 1)
    speaks(client, admin_user, "nb")

    html = client.get(reverse("pending_enrolments:index")).content.decode()

    assert re.search(r'<td lang="lt">\s*Programa\s*</td>', html)


def test_programmes_awaiting_approval_are_titled_in_the_admins_language(
    client, admin_user, programme, organisation
):
    translate(programme, "en", "Programme in English")
    ask(programme, organisation, 2)
    url = reverse("pending_enrolments:index")
    column = PendingEnrolmentViewSet.list_export.index("programme_title")

    speaks(client, admin_user, "en")
    html = client.get(url).content.decode()
    cells = re.findall(r"<td[^>]*>\s*(Programa|Programme in English)\s*</td>", html)
    assert cells == ["Programme in English"] * 2
    for export_format in ("csv", "xlsx"):
        _response, rows = export(client, url, export_format)
        assert [row[column] for row in rows[1:]] == ["Programme in English"] * 2
    _response, rows = export(client, url, "csv", programme_title="english")
    assert len(rows) == 3  # the filter finds what the listing shows
    _response, rows = export(client, url, "csv", q="english")
    assert len(rows) == 3  # and so does the search
    _response, rows = export(client, url, "csv", q="nowhere")
    assert len(rows) == 1

    speaks(client, admin_user, "lt")
    _response, rows = export(client, url, "csv")
    assert [row[column] for row in rows[1:]] == ["Programa"] * 2

    speaks(client, admin_user, "en")
    listings = [(url, {}), (url, {"export": "csv"}), (url, {"export": "xlsx"})]
    for url_, params in listings:  # warm: content types, site, caches
        count_queries(client, url_, params)
    few = [count_queries(client, url_, params) for url_, params in listings]
    ask(programme, organisation, 5)
    assert [count_queries(client, url_, params) for url_, params in listings] == few
