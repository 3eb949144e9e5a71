"""Finding one's way: the header's sections, breadcrumbs, the home page's programmes, and
a crawl of the demo site in the three languages that fails on any link that goes
nowhere."""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import CatalogueIndexPage, CompetencyModelPage

from ..courses.pages import catalogue_under, module_under, programme_under, publish
from ..language_check import organisation_names, page_language, wrong_language_text

pytestmark = pytest.mark.django_db


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.navs: dict[str, list[tuple[str, str]]] = {}
        self._nav: list[str] = []
        self._href = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav":
            self._nav.append(attrs.get("aria-label", ""))
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
            self._href, self._text = attrs["href"], []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            for label in self._nav:
                self.navs.setdefault(label, []).append(
                    ("".join(self._text).strip(), self._href)
                )
            self._href = None
        if tag == "nav" and self._nav:
            self._nav.pop()


def parse(response) -> Links:
    links = Links()
    links.feed(response.content.decode())
    return links


@pytest.fixture
def course(site_content):
    catalogue = catalogue_under(site_content)
    programme = programme_under(catalogue)
    module = module_under(programme, lessons=2, quiz=False)
    return {"catalogue": catalogue, "programme": programme, "module": module}


def test_the_header_leads_to_the_catalogue_and_costs_no_query_once_warm(client, course):
    client.get("/lt/")
    with CaptureQueriesContext(connection) as warm:
        response = client.get("/lt/")
    header = parse(response).navs["Pagrindinis meniu"]
    assert ("Programos", course["catalogue"].url) in header
    sections_queries = [
        q for q in warm.captured_queries if "courses_catalogueindexpage" in q["sql"]
    ]
    assert sections_queries == []


def test_a_renamed_section_shows_in_the_header_at_once(client, course):
    client.get("/lt/")
    catalogue = CatalogueIndexPage.objects.get(pk=course["catalogue"].pk)
    catalogue.title = "Mokymų katalogas"
    publish(catalogue)

    header = parse(client.get("/lt/")).navs["Pagrindinis meniu"]
    assert "Mokymų katalogas" in [title for title, _ in header]


def test_a_lesson_shows_the_trail_from_the_home_page(client, course):
    lesson = course["module"].get_children().first()
    response = client.get(lesson.url)
    trail = parse(response).navs["Naršymo kelias"]
    assert [url for _, url in trail] == [
        "/lt/",
        course["catalogue"].url,
        course["programme"].url,
        course["module"].url,
    ]
    html = response.content.decode()
    assert f'<span aria-current="page">{lesson.title}</span>' in html


def test_the_home_page_lists_the_programmes_and_how_the_programme_works(client, course):
    response = client.get("/lt/")
    hrefs = parse(response).hrefs
    assert course["programme"].url in hrefs
    assert "Kaip vyksta programa" in response.content.decode()


def crawl(
    client, start: str, limit: int = 1500, wrong_language: dict | None = None
) -> dict[str, int]:
    """Every same-site page reachable by links from `start`, with its status; each
    page's interface text in another language than its own goes in `wrong_language`."""
    seen: dict[str, int] = {}
    queue = deque([start])
    names = organisation_names() if wrong_language is not None else {}
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.status_code != 200 or "text/html" not in response.get(
            "Content-Type", ""
        ):
            continue
        if wrong_language is not None:
            html = response.content.decode()
            language = page_language(html)
            if language and (found := wrong_language_text(html, language, names=names)):
                wrong_language[url] = found
        for href in parse(response).hrefs:
            href, _ = urldefrag(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue  # another site, mailto:, or a fragment
            if parts.path.startswith(("/admin/", "/static/", "/media/")):
                continue
            if href not in seen:
                queue.append(href)
    return seen


def test_every_link_of_the_demo_site_answers_in_every_language(
    client, settings, capfd, tmp_path
):
    settings.DEMO_PASSWORD = "demo-pass-123"
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--with-users", "--report-learners", "0")
    # A quiet start: a line per step on the console, Wagtail's hundreds in the log.
    out, err = capfd.readouterr()
    assert len(out.splitlines()) < 20 and "Published" not in out + err
    assert "Published" in (tmp_path / "log" / "seed_demo.log").read_text()
    from accounts.models import User

    assert CompetencyModelPage.objects.live().exists()
    learner = User.objects.get(email="learner@demo.example")
    wrong_language: dict[str, list[str]] = {}
    for language in ("lt", "en", "nb"):
        client.logout()
        visited = crawl(client, f"/{language}/", wrong_language=wrong_language)
        assert any("/accounts/login/" in url for url in visited)
        broken = {url: code for url, code in visited.items() if code not in (200, 302)}
        assert broken == {}, language

        client.force_login(learner)
        visited = crawl(client, f"/{language}/", wrong_language=wrong_language)
        assert any("/my-learning/" in url for url in visited)
        broken = {url: code for url, code in visited.items() if code not in (200, 302)}
        assert broken == {}, language
    # Every page's interface speaks the page's language (tests/language_check.py).
    where = {}
    for url, found in wrong_language.items():
        for fragment in found:
            where.setdefault((url.split("/")[1], fragment), url)
    assert not where, "\n".join(f"{key}: {url}" for key, url in sorted(where.items()))


def test_the_sitemap_lists_every_language_under_the_real_host(client, course, settings):
    from lms.sites import sync_sites

    settings.ALLOWED_HOSTS = ["mokymai.example.lt"]
    sync_sites("https://mokymai.example.lt")
    from django.contrib.sites.models import Site as DjangoSite

    assert DjangoSite.objects.get_current().domain == "mokymai.example.lt"
    xml = client.get("/sitemap.xml", HTTP_HOST="mokymai.example.lt").content.decode()
    assert "<loc>https://mokymai.example.lt/lt/programos/</loc>" in xml
    assert "<loc>https://mokymai.example.lt/en/</loc>" in xml
    assert "<loc>https://mokymai.example.lt/nb/</loc>" in xml
    assert "localhost" not in xml


def test_migrate_names_the_sites_from_site_url():
    from django.contrib.sites.models import Site as DjangoSite

    from wagtail.models import Site

    # The test database was migrated with SITE_URL = http://testserver.
    assert Site.objects.get(is_default_site=True).hostname == "testserver"
    assert DjangoSite.objects.get_current().domain == "testserver"


def test_an_empty_my_learning_leads_to_the_catalogue(client, course, learner):
    client.force_login(learner)
    html = client.get("/lt/my-learning/").content.decode()
    assert f'href="{course["catalogue"].url}"' in html.split("<main", 1)[1]
