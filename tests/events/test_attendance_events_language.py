"""The events whose attendance an admin marks are listed in each of their languages;
a title in another language than the admin's says which (WCAG 3.1.2)."""

import re
from html import unescape

from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from .pages import translate

pytestmark = pytest.mark.django_db


def titles(html) -> dict[str, str]:
    """{event title: its lang attribute ("" without one)} of the listing's rows."""
    return {
        unescape(text).strip(): (
            lang.group(1) if (lang := re.search(r'lang="([^"]*)"', attributes)) else ""
        )
        for attributes, text in re.findall(
            r'<th scope="row"><a([^>]*)>(.*?)</a></th>', html, re.S
        )
    }


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("lt", {"Mokymai Biržuose": "", "Training in Biržai": "en"}),
        ("en", {"Mokymai Biržuose": "lt", "Training in Biržai": ""}),
        ("nb", {"Mokymai Biržuose": "lt", "Training in Biržai": "en"}),
    ],
)
def test_a_title_in_another_language_says_its_own(
    client, admin_user, event, language, expected
):
    translate(event, "en", title="Training in Biržai")
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)

    html = client.get(reverse("events_attendance_list")).content.decode()

    assert titles(html) == expected
