"""Who is refused the reports and the learner's record, and what they are told."""

from django.contrib.auth.models import Permission
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db

REPORTS = ["learners", "programmes", "organisations", "competencies", "growth"]


def urls(world):
    found = []
    for name in [*REPORTS, "certificates"]:
        found += [reverse(f"reports:{name}"), reverse(f"reports:{name}_results")]
    found.append(reverse("reports:learner_record", args=[world["people"]["a2"].pk]))
    return found


def test_a_learner_is_sent_to_the_admins_sign_in_which_says_they_have_no_access(
    client, world
):
    """As for every admin URL: Wagtail's guard sends people without admin access to
    its sign-in, which answers a signed-in person 403 and says why."""
    client.force_login(world["people"]["a1"])
    for url in urls(world):
        for params in ({}, {"export": "csv"}):
            response = client.get(url, params)
            assert response.status_code == 302, url
            assert response["Location"].startswith("/admin/login/?next=")
            refused = client.get(response["Location"])
            assert refused.status_code == 403
            page = refused.content.decode()
            assert "No access to the administration" in page
            assert "a1@example.org" in page
            assert "a2@example.org" not in page


def test_someone_in_the_admin_without_a_staff_role_is_told_why_with_a_403(
    client, world
):
    person = world["people"]["a3"]
    person.groups.clear()
    person.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(person)
    for url in urls(world):
        for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
            response = client.get(url, params)
            assert response.status_code == 403, url
            page = response.content.decode()
            assert 'id="reports-refused"' in page
            assert "a2@example.org" not in page


def test_anonymous_people_are_sent_to_sign_in(client, world):
    for url in urls(world):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]
