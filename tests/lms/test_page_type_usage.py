"""The "Page types usage" report's list of one type's pages offers "Add" only where
a page of that type can be added; following it never ends in a refusal."""

import re

import pytest

from ..courses.pages import catalogue_under, programme_under

pytestmark = pytest.mark.django_db


def add_links(client, page_type: str) -> list[str]:
    response = client.get(f"/admin/pages/usage/{page_type}/")
    assert response.status_code == 200
    return re.findall(r'href="(/admin/pages/create/[^"]*)"', response.content.decode())


def test_a_type_at_its_limit_everywhere_offers_no_add(
    client, english_admin, site_content
):
    # One home page per language tree, and every tree has its home.
    assert add_links(client, "courses/homepage") == []


@pytest.mark.parametrize("page_type", ["courses/programmepage", "courses/modulepage"])
def test_a_type_that_can_be_added_offers_add_which_leads_to_a_form(
    client, english_admin, site_content, page_type
):
    programme_under(catalogue_under(site_content))

    links = add_links(client, page_type)

    assert len(links) == 1
    assert client.get(links[0], follow=True).status_code == 200
