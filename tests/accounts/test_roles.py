from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from accounts.roles import GROUP_NAMES, ROLE_PERMISSIONS, Role, assign_role, has_role

pytestmark = pytest.mark.django_db

ADMIN_HOME = "/admin/"


def test_every_role_has_its_group_with_exactly_its_permissions():
    for role, group_name in GROUP_NAMES.items():
        group = Group.objects.get(name=group_name)
        granted = {
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        }
        assert granted == set(ROLE_PERMISSIONS[role]), role


@pytest.mark.parametrize("persona", ["trainer", "coordinator", "admin_user"])
def test_trainers_coordinators_and_admins_may_enter_the_wagtail_admin(
    client, request, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(ADMIN_HOME)

    assert response.status_code == 200


def test_learners_are_kept_out_of_the_wagtail_admin(client, learner):
    client.force_login(learner)

    response = client.get(ADMIN_HOME, follow=True)

    assert response.redirect_chain, "a learner must not see the dashboard"
    assert response.wsgi_request.path == "/admin/login/"
    # Wagtail's message, in the admin's language (the default, for someone who chose none).
    with translation.override(settings.LANGUAGE_CODE):
        refusal = translation.gettext("You do not have permission to access the admin.")
    assert refusal in response.content.decode()


def test_only_administrators_may_manage_organisations(client, trainer, admin_user):
    client.force_login(trainer)
    assert client.get("/admin/organisations/").status_code in (302, 403)

    client.force_login(admin_user)
    response = client.get("/admin/organisations/")
    assert response.status_code == 200
    assert client.get("/admin/organisations/new/").status_code == 200


def test_coordinators_may_read_organisations_but_not_change_them(
    client, coordinator, organisation
):
    client.force_login(coordinator)

    assert (
        client.get(f"/admin/organisations/inspect/{organisation.pk}/").status_code
        == 200
    )
    assert client.get(f"/admin/organisations/edit/{organisation.pk}/").status_code in (
        302,
        403,
    )


def test_admins_see_organisation_and_language_on_the_user_form(
    client, admin_user, learner
):
    client.force_login(admin_user)

    response = client.get(f"/admin/users/edit/{learner.pk}/")

    assert response.status_code == 200
    assert 'name="organisation"' in response.content.decode()
    assert 'name="preferred_language"' in response.content.decode()


def test_has_role(learner, trainer):
    assert has_role(learner, Role.LEARNER)
    assert not has_role(learner, Role.TRAINER)
    assert has_role(trainer, Role.TRAINER)


@pytest.mark.parametrize("persona", ["trainer", "coordinator", "admin_user"])
def test_an_admin_page_reads_a_persons_roles_once_whatever_the_menu_asks(
    client, request, persona, site_content
):
    client.force_login(request.getfixturevalue(persona))
    client.get("/admin/")  # warm Wagtail's own caches
    cache.clear()  # but not the roles: this request must read them

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")

    assert response.status_code == 200
    role_reads = [
        q["sql"]
        for q in queries.captured_queries
        if '"auth_group"."name"' in q["sql"] and "accounts_user_groups" in q["sql"]
    ]
    # The menu alone asks about roles in four items; the answer is read once, and the
    # next request takes it from the cache.
    assert len(role_reads) == 1
    with CaptureQueriesContext(connection) as queries:
        client.get("/admin/")
    assert not [
        q
        for q in queries.captured_queries
        if '"auth_group"."name"' in q["sql"] and "accounts_user_groups" in q["sql"]
    ]


def test_roles_are_read_again_after_a_role_is_given(learner):
    assert not has_role(learner, Role.TRAINER)

    assign_role(learner, Role.TRAINER)

    assert has_role(learner, Role.TRAINER)
