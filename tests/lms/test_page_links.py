"""The explorer offers a page's history and usage only to someone those views let in
(who may edit the page): a trainer exploring a page above their programmes (the home
page) met a refusal (403) behind the header's history toggle and "Actions" menu, the status
panel's links and each row's menu."""

import re

import pytest

from courses.models import CatalogueIndexPage, ProgrammeTrainer
from courses.permissions import sync_programme_trainers

from ..courses.pages import catalogue_under, programme_under, publish

pytestmark = pytest.mark.django_db


def offered(html: str, page) -> set[str]:
    """The page's history and usage among the links: its header's toggle and
    "Actions" menu, its status panel, its row's menu in a listing."""
    return set(re.findall(rf'href="/admin/pages/{page.pk}/(history|usage)/', html))


def test_a_trainer_exploring_a_page_they_may_not_edit_is_not_offered_its_history(
    client, in_admin, trainer, site_content
):
    # Their programmes, in two catalogues, make the home page theirs to explore (the
    # pages they may edit lie below it), not to edit.
    home = site_content
    second = publish(
        home.add_child(instance=CatalogueIndexPage(title="Kitos", slug="kitos"))
    )
    programmes = [
        programme_under(catalogue_under(home)),
        programme_under(second, slug="kita-programa"),
    ]
    for programme in programmes:
        ProgrammeTrainer.objects.create(programme=programme, user=trainer)
        sync_programme_trainers(programme=programme)
    in_admin(trainer)

    response = client.get(f"/admin/pages/{home.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert offered(html, home) == set()
    for catalogue in home.get_children():  # its rows
        assert offered(html, catalogue) == set()
    assert client.get(f"/admin/pages/{home.pk}/history/").status_code == 403
    # Their programme's are theirs.
    html = client.get(f"/admin/pages/{programmes[0].pk}/").content.decode()
    assert offered(html, programmes[0]) == {"history", "usage"}


def test_someone_who_may_edit_the_page_is_offered_both_and_they_open(
    client, english_admin, site_content
):
    html = client.get(f"/admin/pages/{site_content.pk}/").content.decode()

    assert offered(html, site_content) == {"history", "usage"}
    for view in ("history", "usage"):
        url = f"/admin/pages/{site_content.pk}/{view}/"
        assert client.get(url).status_code == 200, url
