"""The learner's record speaks the admin's language: learning statements' verbs are
translated, and every title (statements' activities, quiz attempts' modules,
certificates) is the page's in that language where it is translated, else marked with
the language it is in (WCAG 3.1.2)."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest

from learning import statements
from learning.models import Certificate, LearningStatement, QuizAttempt

from .conftest import lessons
from .helpers import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(world):
    """P1, its first module and that module's first lesson in English (not Norwegian);
    a1 also failed a quiz recorded under its own name, and did something the record
    has no word for."""
    translate(world["programmes"]["p1"], "en", "Programme one")
    translate(world["modules"]["m1"], "en", "First module")
    lesson = lessons(world["modules"]["m1"])[0]
    translate(lesson, "en", "First topic")
    a1 = world["people"]["a1"]
    statements.record(
        learner=a1,
        verb="failed",
        kind="quiz",
        key=lesson.translation_key,
        part="quiz",
        name="Savitikra",
    )
    LearningStatement.objects.create(
        learner=a1,
        verb="experienced",
        object_kind="lesson",
        object_id=statements.activity_id("lesson", lesson.translation_key),
        object_name=lesson.title,
    )
    return world


def speaks(person, language):
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()


def record_of(client, world, viewer, learner, language):
    speaks(world["people"][viewer], language)
    client.force_login(world["people"][viewer])
    url = reverse("reports:learner_record", args=[world["people"][learner].pk])
    return client.get(url).content.decode()


def section(html, name):
    start = html.index(f'aria-labelledby="record-{name}"')
    return html[start : html.index("</section>", start)]


def items(html, name):
    """Each <li> of a section, as "verb · name" or "code · title · date" after the
    first " · ", markup kept."""
    return [
        " ".join(item.split()).split(" · ", 1)[1]
        for item in re.findall(r"<li>(.*?)</li>", section(html, name), re.S)
    ]


def column(html, name, number):
    """The markup of the `number`th <td> of each row of a section's table."""
    rows = re.findall(r"<tr>(.*?)</tr>", section(html, name), re.S)
    return [re.findall(r"<td>(.*?)</td>", row, re.S)[number - 1] for row in rows[1:]]


def verb(language, english):
    with translation.override(language):
        return translation.pgettext("learning statement", english)


def test_statements_name_verb_and_activity_in_english_where_translated(
    client, translated
):
    html = record_of(client, translated, "admin", "a1", "en")
    shown = items(html, "statements")

    assert "completed · First topic" in shown
    assert "completed · First module" in shown
    assert "completed · Programme one" in shown
    assert "registered · Programme one" in shown
    # Not translated: the title as stored, in Lithuanian.
    assert 'completed · <span lang="lt">Tema 2</span>' in shown
    assert 'completed · <span lang="lt">Modulis</span>' in shown  # the second module
    # A quiz is named by its own title, not its page's.
    assert 'failed · <span lang="lt">Savitikra</span>' in shown
    # A verb without a label of its own is shown as recorded, in English.
    assert "experienced · First topic" in shown


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_statements_name_their_verbs_in_the_admins_language(
    client, translated, language
):
    html = record_of(client, translated, "admin", "a1", language)
    shown = items(html, "statements")
    verbs = {item.split(" · ")[0] for item in shown}

    assert {verb(language, "completed"), verb(language, "registered")} <= verbs
    assert verb(language, "failed") in verbs
    assert not {"completed", "registered", "failed"} & verbs
    assert '<span lang="en">experienced</span>' in verbs


def test_norwegian_readers_see_the_lithuanian_titles_marked(client, translated):
    html = record_of(client, translated, "admin", "a1", "nb")
    names = {item.split(" · ", 1)[1] for item in items(html, "statements")}

    assert '<span lang="lt">Tema 1</span>' in names
    assert '<span lang="lt">Programa</span>' in names
    assert not {"Tema 1", "Programa", "First topic", "Programme one"} & names


@pytest.mark.parametrize(
    "language, module, programme",
    [
        ("en", "First module", "Programme one"),
        ("nb", '<span lang="lt">Modulis</span>', '<span lang="lt">Programa</span>'),
        ("lt", "Modulis", "Programa"),
    ],
)
def test_attempts_and_certificates_title_in_the_readers_language(
    client, translated, language, module, programme
):
    html = record_of(client, translated, "admin", "a1", language)

    assert set(column(html, "quizzes", 2)) == {module}
    code = Certificate.objects.get(learner=translated["people"]["a1"]).code
    certificates = re.findall(r"<li>(.*?)</li>", section(html, "certificates"), re.S)
    assert [" ".join(item.split()).split(" · ")[:2] for item in certificates] == [
        [code, programme]
    ]


def test_the_records_titles_cost_the_same_queries_whatever_the_history(
    client, translated
):
    a1, m2 = translated["people"]["a1"], translated["modules"]["m2"]
    html = record_of(client, translated, "admin", "a1", "nb")
    assert html
    url = reverse("reports:learner_record", args=[a1.pk])
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number, lesson in enumerate(lessons(m2) * 6, start=3):
        QuizAttempt.objects.create(
            learner=a1,
            page_key=lesson.translation_key,
            block_id="quiz",
            number=number,
            answers={},
            score=50,
            passed=False,
        )
        statements.record(
            learner=a1,
            verb="passed",
            kind="quiz",
            key=lesson.translation_key,
            part="quiz",
            name=f"Savitikra {number}",
        )
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(before) == len(after)


def test_the_learners_organisation_says_its_names_language(client, translated):
    html = record_of(client, translated, "admin", "b1", "en")
    assert '<dd lang="nb">Org B</dd>' in html
