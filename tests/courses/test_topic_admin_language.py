"""The topics' snippet listing in the admin's language: TopicTag's fields are
django-taggit's, whose labels locale/libraries/ translates where taggit has no
catalogue (Lithuanian) or a gap (Norwegian)."""

import re

from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from courses.models import TopicTag

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, name", [("lt", "Pavadinimas"), ("nb", "Navn"), ("en", "Name")]
)
def test_the_topic_listing_names_its_columns_in_the_admins_language(
    client, site_content, admin_user, language, name
):
    TopicTag.objects.create(name="Socialinė klasterystė", slug="klasteryste")
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)

    html = client.get(reverse("wagtailsnippets_courses_topictag:list")).content
    headings = [
        " ".join(re.sub(r"<[^>]+>", " ", heading).split())
        for heading in re.findall(r"<th[^>]*>(.*?)</th>", html.decode(), re.S)
    ]

    assert name in headings
