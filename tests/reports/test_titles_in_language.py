"""Programmes and modules are titled in the viewer's language wherever the reports name
them, as the Programmes report does, where the page is translated; the stored title
(the default language's) where it is not. One query per listing, whatever its rows."""

import io
import re
from html import unescape

from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import openpyxl
import pytest

from learning.models import Enrolment
from reports.views import LearnersReportView

from ..factories import UserFactory
from .helpers import cells, csv_rows, translate
from .test_query_counts import add_learners, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(world):
    """P1 and its first module in English; c1 of Org A took that module alone."""
    translate(world["programmes"]["p1"], "en", "Programme one")
    translate(world["modules"]["m1"], "en", "First module")
    p1, m1 = world["programmes"]["p1"], world["modules"]["m1"]
    Enrolment.objects.create(
        learner=UserFactory(
            email="c1@example.org", organisation=world["organisations"]["a"]
        ),
        programme=p1,
        programme_key=p1.translation_key,
        programme_title=p1.title,
        module_key=m1.translation_key,
        module_title=m1.title,
        status=Enrolment.Status.ACTIVE,
    )
    return world


def programmes_of(html) -> set[str]:
    return {row[3] for row in cells(html, 'data-enrolment="\\d+"')}


def test_the_learners_report_and_its_exports_title_in_the_viewers_language(
    client, translated
):
    client.force_login(translated["people"]["admin"])
    url = reverse("reports:learners")
    module_only = translation.gettext("module only:")
    assert programmes_of(client.get(url).content.decode()) == {
        "Programme one",
        f"Programme one ({module_only} First module)",
        "Antra programa",
    }
    programme = LearnersReportView.list_export.index("programme_title")
    module = LearnersReportView.list_export.index("module_title")
    exported = {
        (row[programme], row[module])
        for row in csv_rows(client.get(url, {"export": "csv"}))[1:]
    }
    content = b"".join(client.get(url, {"export": "xlsx"}).streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    spreadsheet = {
        (row[programme], row[module] or "")
        for row in list(sheet.iter_rows(values_only=True))[1:]
    }
    expected = {
        ("Programme one", ""),
        ("Programme one", "First module"),
        ("Antra programa", ""),
    }
    assert exported == spreadsheet == expected

    # Norwegian has no translation of P1: its title in the default language.
    profile = UserProfile.get_for_user(translated["people"]["admin"])
    profile.preferred_language = "nb"
    profile.save()
    with translation.override("nb"):
        module_only = translation.gettext("module only:")
    assert programmes_of(client.get(url).content.decode()) == {
        "Programa",
        f"Programa ({module_only} Modulis)",
        "Antra programa",
    }


def test_certificates_the_dashboard_and_the_record_title_in_the_viewers_language(
    client, translated
):
    client.force_login(translated["people"]["trainer_x"])
    url = reverse("reports:certificates")
    rows = cells(client.get(url).content.decode(), 'data-row="certificates"')
    assert [row[1] for row in rows] == ["Programme one"]
    assert [row[1] for row in csv_rows(client.get(url, {"export": "csv"}))[1:]] == [
        "Programme one"
    ]

    client.force_login(translated["people"]["coordinator_a"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    overdue = html[html.index('class="overdue-learners"') :]
    overdue = overdue[: overdue.index("</ul>")]
    assert "Programme one" in overdue and "Programa" not in overdue

    a2 = translated["people"]["a2"]
    record = client.get(reverse("reports:learner_record", args=[a2.pk]))
    assert '<h3 class="w-h4">Programme one</h3>' in record.content.decode()


def test_titles_cost_the_same_queries_whatever_the_rows(client, translated):
    client.force_login(translated["people"]["coordinator_a"])
    learners, certificates = (
        reverse("reports:learners"),
        reverse("reports:certificates"),
    )
    urls = [
        (reverse("wagtailadmin_home"), {}),
        (learners, {}),
        (learners, {"export": "csv"}),
        (learners, {"export": "xlsx"}),
        (certificates, {}),
        (certificates, {"export": "csv"}),
        (
            reverse("reports:learner_record", args=[translated["people"]["a2"].pk]),
            {},
        ),
    ]
    add_learners(translated, 2)
    for url, params in urls:  # warm: content types, site, caches
        count_queries(client, url, params)
    few = [count_queries(client, url, params) for url, params in urls]
    add_learners(translated, 12)
    assert [count_queries(client, url, params) for url, params in urls] == few


def choices(html: str, name: str) -> list[str]:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None, name
    return [
        unescape(text).strip()
        for text in re.findall(r"<option[^>]*>(.*?)</option>", select.group(1), re.S)
    ]


def test_the_filters_name_programmes_and_modules_in_the_viewers_language(
    client, translated
):
    client.force_login(translated["people"]["admin"])
    html = client.get(reverse("reports:learners")).content.decode()
    programmes = choices(html, "programme")
    modules = choices(html, "module")
    assert "Programme one" in programmes and "Programa" not in programmes
    assert "Antra programa" in programmes  # not translated: the default language's
    assert "Programme one › First module" in modules
    assert not any(label.startswith("Programa ›") for label in modules)
