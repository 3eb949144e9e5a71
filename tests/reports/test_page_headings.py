"""Every page of the reports has a heading in the admin's language: Wagtail's generic
base template shows the <h1> from `header_title` beside the breadcrumbs, or from
`page_title` without them, and an empty one otherwise."""

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest

from .helpers import breadcrumbs, h1_texts

pytestmark = pytest.mark.django_db

REPORTS = ["learners", "programmes", "organisations", "competencies", "growth"]


def speaks(person, language):
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize("language", ["lt", "nb", "en"])
def test_the_learners_record_has_its_title_and_breadcrumbs(client, world, language):
    coordinator, a2 = world["people"]["coordinator_a"], world["people"]["a2"]
    speaks(coordinator, language)
    client.force_login(coordinator)

    html = client.get(reverse("reports:learner_record", args=[a2.pk])).content.decode()

    with translation.override(language):
        title = translation.gettext("Learner: %(name)s") % {"name": "A2 Test"}
        learners = translation.gettext("Learners")
    assert h1_texts(html) == [title]
    assert f"<title>{title}" in html
    assert breadcrumbs(html)[0][0] == reverse("wagtailadmin_home")
    assert breadcrumbs(html)[1:] == [
        (reverse("reports:learners"), learners),
        ("", title),
    ]


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_the_page_that_refuses_the_reports_has_its_title_and_breadcrumbs(
    client, world, language
):
    person = world["people"]["a3"]
    person.groups.clear()
    person.user_permissions.add(Permission.objects.get(codename="access_admin"))
    speaks(person, language)
    client.force_login(person)
    with translation.override(language):
        title = translation.gettext("Reports are for staff")

    for url in [
        reverse("reports:learner_record", args=[world["people"]["a2"].pk]),
        *(reverse(f"reports:{name}") for name in [*REPORTS, "certificates"]),
    ]:
        response = client.get(url)
        assert response.status_code == 403
        html = response.content.decode()
        assert h1_texts(html) == [title], url
        assert [href for href, _label in breadcrumbs(html)] == [
            reverse("wagtailadmin_home"),
            "",
        ]
        assert breadcrumbs(html)[-1][1] == title


def test_every_report_has_a_heading(client, world):
    client.force_login(world["people"]["admin"])
    for name in [*REPORTS, "certificates"]:
        html = client.get(reverse(f"reports:{name}")).content.decode()
        assert all(h1_texts(html)) and h1_texts(html), name
        assert breadcrumbs(html)[0][0] == reverse("wagtailadmin_home"), name
