"""The project's own admin pages are headed like Wagtail's: a title in the <h1>."""

from django.urls import reverse

import pytest

from ..reports.helpers import breadcrumbs, h1_texts

pytestmark = pytest.mark.django_db


def test_the_permission_denied_page_says_so_in_its_heading(in_admin, trainer):
    response = in_admin(trainer).get("/admin/users/")

    assert response.status_code == 403
    assert h1_texts(response.content.decode()) == ["Permission denied"]


def test_a_persons_personal_data_page_is_headed_under_the_users(
    in_admin, admin_user, learner
):
    response = in_admin(admin_user).get(reverse("privacy_person", args=[learner.pk]))

    html = response.content.decode()
    title = f"Personal data of {learner}"
    assert h1_texts(html) == [title]
    assert breadcrumbs(html)[1:3] == [
        (reverse("wagtailusers_users:index"), "Users"),
        (reverse("wagtailusers_users:edit", args=[learner.pk]), str(learner)),
    ]
    assert breadcrumbs(html)[-1][1] == title
