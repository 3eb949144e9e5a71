"""Snippet forms have one <h1>: Wagtail's snippet create and edit templates leave the
title out of the slim header, which is where the generic views' <h1> comes from."""

from django.urls import reverse

import pytest

from courses.models import Competency, TopicTag
from tests.reports.helpers import h1_texts

from .factories import make_framework

pytestmark = pytest.mark.django_db


def test_snippet_forms_have_one_heading(client, admin_user):
    framework = make_framework()
    competency = Competency.objects.filter(area__framework=framework).first()
    topic = TopicTag.objects.create(name="Community", slug="community")
    client.force_login(admin_user)

    for url in [
        f"/admin/snippets/courses/competency/edit/{competency.pk}/",
        f"/admin/snippets/courses/competencyframework/edit/{framework.pk}/",
        "/admin/snippets/courses/competencyframework/add/?locale=lt",
        "/admin/snippets/courses/topictag/add/",
        f"/admin/snippets/courses/topictag/edit/{topic.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        headings = h1_texts(response.content.decode())
        assert len(headings) == 1 and headings[0], (url, headings)


def test_page_editor_keeps_one_heading(client, admin_user, site_content):
    from wagtail.models import Page

    page = Page.objects.filter(depth=2).first()
    client.force_login(admin_user)
    for url in [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        headings = h1_texts(response.content.decode())
        assert len(headings) == 1 and headings[0], (url, headings)
