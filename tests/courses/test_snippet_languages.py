"""The competency and topic snippets' listings and forms show text of several
languages at once: each says which one it is (`lang`, WCAG 3.1.2), at no query per
row or option."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import Competency, CompetencyFramework, TopicTag

from .factories import make_framework

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]

COMPETENCIES = "/admin/snippets/courses/competency/"


@pytest.fixture
def frameworks(db):
    return make_framework(code="LT", language="lt"), make_framework(
        code="NB", language="nb"
    )


def options(html: str, select_id: str) -> dict[str, str]:
    """{label: its lang ("" for none)} of a select's options."""
    select = re.search(rf'<select[^>]*id="{select_id}".*?</select>', html, re.S)
    found = {}
    for attrs, label in re.findall(r"<option([^>]*)>(.*?)</option>", select.group(0)):
        lang = re.search(r'lang="(\w+)"', attrs)
        found[" ".join(label.split())] = lang.group(1) if lang else ""
    return found


def test_topics_columns_say_their_fixed_languages(client, english_admin):
    TopicTag.objects.create(
        name="Bendruomenė", name_en="Community", name_nb="Fellesskap", slug="c"
    )

    html = client.get("/admin/snippets/courses/topictag/").content.decode()

    assert re.search(r'<span lang="lt">\s*<a [^>]*>\s*<span [^>]*>Bendruomenė', html)
    assert re.search(r'<td lang="en">\s*Community\s*</td>', html)
    assert re.search(r'<td lang="nb">\s*Fellesskap\s*</td>', html)


def test_competencies_area_column_is_in_the_rows_language(
    client, english_admin, frameworks
):
    html = client.get(COMPETENCIES).content.decode()

    assert re.search(r'<td lang="nb">\s*NB-1 Area 1\s*</td>', html)
    assert re.search(r'<td lang="lt">\s*LT-1 Area 1\s*</td>', html)


def test_the_framework_filter_says_each_frameworks_language(
    client, english_admin, frameworks
):
    html = client.get(COMPETENCIES).content.decode()

    choices = options(html, "id_area__framework")
    assert choices["Social clustering model (nb) 1.0"] == "nb"
    assert choices["Social clustering model (lt) 1.0"] == "lt"


def test_the_area_choice_says_each_areas_language(client, english_admin, frameworks):
    competency = Competency.objects.filter(area__code="LT-1").first()

    html = client.get(f"{COMPETENCIES}edit/{competency.pk}/").content.decode()

    choices = options(html, "id_area")
    assert choices["NB-2 Area 2"] == "nb"
    assert choices["LT-1 Area 1"] == "lt"


def test_the_languages_cost_no_query_per_framework(client, english_admin, frameworks):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    competency = Competency.objects.filter(area__code="LT-1").first()
    urls = [COMPETENCIES, f"{COMPETENCIES}edit/{competency.pk}/"]
    queries(urls[0])
    few = [queries(url) for url in urls]
    make_framework(code="EN", language="en")
    assert CompetencyFramework.objects.count() == 3
    # A new locale raises the content version: what each process remembers (the
    # locales' languages) is read once more, on the next request.
    queries(urls[0])

    assert [queries(url) for url in urls] == few


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Lithuanian", "Norwegian Bokmål"]),
        ("lt", ["Lietuvių", "Norvegų (bukmolas)"]),
        ("nb", ["Litauisk", "Norsk bokmål"]),
    ],
)
def test_the_locale_column_names_each_locale_in_the_admins_language(
    in_admin, admin_user, frameworks, language, names
):
    html = in_admin(admin_user, language).get(COMPETENCIES).content.decode()

    for name in names:
        assert re.search(rf"<td\s*>\s*{re.escape(name)}\s*</td>", html), name


def test_a_topic_is_named_in_the_readers_language(db):
    from django.utils import translation

    from courses.models import TopicTag

    topic = TopicTag.objects.create(
        name="Bendruomenė", slug="bendruomene", name_en="Community", name_nb=""
    )

    with translation.override("en"):
        assert str(topic) == "Community"
    with translation.override("nb"):
        assert str(topic) == "Bendruomenė"  # no Norwegian name: the default one
