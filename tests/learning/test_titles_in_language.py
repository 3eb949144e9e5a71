"""Titles on the learning records' pages say their language where it is not the
reader's (`lang`, WCAG 3.1.2): the certificate's inspect page, the assignments and
learners' questions listings and their pages, the cohorts listing and My learning; the cohort form's page chooser
speaks the admin's language whoever asked first."""

import csv
import io
import re

from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext

import openpyxl
import pytest

from courses.models import ProgrammePage
from learning import services
from learning.models import Certificate, Cohort, Question, Submission

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..reports.helpers import h1_texts, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    programme.allows_module_enrolment = True
    return publish(programme)


@pytest.fixture
def module(programme):
    return module_under(programme, lessons=1, quiz=False)


def a_certificate(learner, programme, **fields) -> Certificate:
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    return Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona",
        programme_key=enrolment.programme_key,
        completed_on="2026-11-01",
        **fields,
    )


def title_tag(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_a_certificates_inspect_page_names_its_language_and_says_it_is_not_revoked(
    in_admin, learner, admin_user, programme
):
    certificate = a_certificate(
        learner,
        programme,
        programme_title="Sosial klyngeutvikling",
        language="nb",
    )
    client = in_admin(admin_user)

    html = client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()

    fields = dict(re.findall(r"<dt>(.*?)</dt>\s*<dd>\s*(.*?)\s*</dd>", html, re.S))
    assert fields["Programme"] == '<span lang="nb">Sosial klyngeutvikling</span>'
    assert fields["Language"] == '<span lang="nb">Norsk bokmål</span>'
    assert fields["Revoked at"] == "Not revoked"
    assert "None" not in fields.values()
    [heading] = h1_texts(html)
    assert "Sosial klyngeutvikling" in heading
    assert '<span lang="nb">Sosial klyngeutvikling</span>' in html.split("<h1", 1)[1]
    assert "<span" not in title_tag(html)  # text only: it cannot say a language


def test_a_certificate_in_the_admins_language_is_not_marked(
    in_admin, learner, admin_user, programme
):
    certificate = a_certificate(
        learner, programme, programme_title="Social clustering", language="en"
    )
    client = in_admin(admin_user)

    html = client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()

    fields = dict(re.findall(r"<dt>(.*?)</dt>\s*<dd>\s*(.*?)\s*</dd>", html, re.S))
    assert fields["Programme"] == "Social clustering"
    assert fields["Language"] == "English"


@pytest.fixture
def submission(learner, programme, module):
    services.enrol_learner(learner=learner, programme=programme)
    return Submission.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        number=1,
        text="Bendradarbiaujame su biblioteka.",
    )


def test_the_assignments_listing_marks_a_module_title_in_another_language(
    in_admin, admin_user, submission
):
    client = in_admin(admin_user, "nb")

    html = client.get("/admin/assignments/").content.decode()

    assert re.search(r'<td lang="lt">\s*Modulis\s*</td>', html)


def test_the_assignments_listing_shows_a_translated_module_in_the_admins_language(
    in_admin, admin_user, submission, module
):
    translate(module, "en", "Clustering basics")
    client = in_admin(admin_user)

    html = client.get("/admin/assignments/").content.decode()

    assert re.search(r'<td lang="en">\s*Clustering basics\s*</td>', html)


def exported_texts(response, export_format: str) -> set[str]:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if export_format == "csv":
        return {
            cell
            for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))
            for cell in row
        }
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return {cell.value for row in sheet.iter_rows() for cell in row}


@pytest.mark.parametrize(
    ("listing", "record"),
    [("/admin/assignments/", "submission"), ("/admin/questions/", "question")],
)
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_exports_name_the_module_in_the_admins_language(
    request, in_admin, admin_user, module, listing, record, export_format
):
    request.getfixturevalue(record)
    translate(module, "en", "Clustering basics")
    client = in_admin(admin_user, "en")

    texts = exported_texts(
        client.get(listing, {"export": export_format}), export_format
    )

    assert "Clustering basics" in texts
    assert "Modulis" not in texts


def test_the_assignment_page_marks_its_module_in_heading_crumbs_and_details(
    in_admin, admin_user, submission
):
    client = in_admin(admin_user, "nb")

    html = client.get(
        reverse("learning_submission", args=[submission.pk])
    ).content.decode()

    marked = '<span lang="lt">Modulis</span>'
    heading = html.split("<h1", 1)[1].split("</h1>", 1)[0]
    assert marked in heading
    crumbs = html.split('class="w-breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert marked in crumbs
    assert re.search(r"<dd>\s*" + re.escape(marked) + r"\s*</dd>", html)
    assert "<span" not in title_tag(html) and "Modulis" in title_tag(html)


@pytest.fixture
def question(learner, programme, module):
    services.enrol_learner(learner=learner, programme=programme)
    return Question.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        subject="Kaip rasti partnerių?",
    )


def test_the_questions_listing_marks_a_module_title_in_another_language(
    in_admin, admin_user, question
):
    client = in_admin(admin_user, "nb")

    html = client.get("/admin/questions/").content.decode()

    assert re.search(r'<td lang="lt">\s*Modulis\s*</td>', html)


def test_the_questions_listing_shows_a_translated_module_in_the_admins_language(
    in_admin, admin_user, question, module
):
    translate(module, "nb", "Grunnleggende klyngesamarbeid")
    client = in_admin(admin_user, "nb")

    html = client.get("/admin/questions/").content.decode()

    assert re.search(r'<td lang="nb">\s*Grunnleggende klyngesamarbeid\s*</td>', html)
    assert "Modulis" not in html


def test_the_question_page_marks_its_module_in_another_language(
    in_admin, admin_user, question
):
    client = in_admin(admin_user, "nb")

    html = client.get(reverse("learning_question", args=[question.pk])).content.decode()

    assert '<span lang="lt">Modulis</span>' in html


def cohort_of(programme) -> Cohort:
    return Cohort.objects.create(
        programme=programme,
        programme_key=programme.translation_key,
        name="Ruduo",
        starts_on="2026-09-01",
        ends_on="2026-12-20",
        deadline="2026-12-01",
    )


def test_the_cohorts_listing_marks_a_programme_in_another_language(
    in_admin, admin_user, programme
):
    cohort_of(programme)
    client = in_admin(admin_user)

    html = client.get("/admin/snippets/learning/cohort/").content.decode()

    assert re.search(r'<td lang="lt">\s*Programa\s*</td>', html)


def test_the_cohorts_listing_shows_a_translated_programme_in_the_admins_language(
    in_admin, admin_user, programme
):
    translate(programme, "en", "Social clustering")
    cohort_of(programme)
    client = in_admin(admin_user)

    html = client.get("/admin/snippets/learning/cohort/").content.decode()

    assert re.search(r'<td lang="en">\s*Social clustering\s*</td>', html)


def choose_programme_text(language: str) -> str:
    with translation.override(language):
        return "{} ({})".format(
            gettext("Choose a page"), capfirst(ProgrammePage._meta.verbose_name)
        )


def test_the_cohort_forms_page_chooser_speaks_each_admins_language(
    in_admin, admin_user, trainer, site_content
):
    english, norwegian = choose_programme_text("en"), choose_programme_text("nb")
    assert english != norwegian

    for language, text, other in (
        ("en", english, norwegian),
        ("nb", norwegian, english),
        ("en", english, norwegian),
    ):
        client = in_admin(admin_user, language)
        html = client.get("/admin/snippets/learning/cohort/add/").content.decode()
        assert text in html and other not in html


@pytest.fixture
def module_only(learner, programme, module):
    return services.enrol_learner(learner=learner, programme=programme, module=module)


def my_learning(client, learner, language="en") -> str:
    client.force_login(learner)
    return client.get(f"/{language}/my-learning/").content.decode()


def test_my_learning_marks_the_one_module_in_another_language(
    client, learner, module_only
):
    html = my_learning(client, learner)

    assert 'This module only: <span lang="lt">Modulis</span>' in html


def test_my_learning_names_the_one_module_in_the_readers_language(
    client, learner, module, module_only
):
    translate(module, "en", "Clustering basics")

    html = my_learning(client, learner)

    assert "This module only: Clustering basics" in html


def test_my_learning_marks_nothing_in_the_pages_own_language(
    client, learner, module_only
):
    html = my_learning(client, learner, "lt")

    assert "Modulis" in html
    assert '<span lang="lt">' not in html


def test_my_learning_marks_the_stored_title_of_a_programme_gone(
    client, learner, programme, module_only
):
    programme.unpublish()

    html = my_learning(client, learner)

    assert re.search(
        r'<h2 class="card__title"><span lang="lt">Programa</span></h2>', html
    )
