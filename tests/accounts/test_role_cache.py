"""A person's roles are read once and kept in the cache until their groups change, so a
learner's page asks nothing about permissions."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from accounts.roles import GROUP_NAMES, Role, assign_role, has_role, roles_of

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_roles_come_from_the_cache_on_the_next_request(learner):
    roles_of(fresh(learner))
    with CaptureQueriesContext(connection) as queries:
        assert roles_of(fresh(learner)) == {Role.LEARNER}
    assert not [q for q in queries.captured_queries if "auth_group" in q["sql"]]


@pytest.mark.parametrize("side", ["user", "group"])
def test_a_new_role_counts_at_once_from_either_side(organisation, side):
    person = UserFactory(organisation=organisation, role=Role.LEARNER)
    assert not has_role(fresh(person), Role.COORDINATOR)
    group = Group.objects.get(name=GROUP_NAMES[Role.COORDINATOR])
    if side == "user":
        fresh(person).groups.add(group)
    else:
        group.user_set.add(person)
    assert has_role(fresh(person), Role.COORDINATOR)

    if side == "user":
        fresh(person).groups.remove(group)
    else:
        group.user_set.clear()
    assert not has_role(fresh(person), Role.COORDINATOR)


def test_assigning_a_role_drops_the_cached_one(organisation):
    person = UserFactory(organisation=organisation, role=Role.LEARNER)
    roles_of(fresh(person))
    assign_role(person, Role.TRAINER)
    assert Role.TRAINER in roles_of(fresh(person))


def test_a_learners_page_asks_nothing_of_djangos_permissions(
    client, learner, site_content
):
    client.force_login(learner)
    client.get("/lt/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/lt/").content.decode()
    assert not [q for q in queries.captured_queries if "auth_permission" in q["sql"]]
    assert "wagtail-userbar" not in html and "/admin/" not in html


def test_staff_still_get_the_admin_link_and_the_user_bar(client, trainer, site_content):
    client.force_login(trainer)
    html = client.get("/lt/").content.decode()
    assert "wagtail-userbar" in html and 'href="/admin/"' in html
