from django.apps import apps as django_apps
from django.core.cache import cache

import pytest

from accounts.roles import Role, sync_role_groups
from courses.demo import seed_site

from .factories import OrganisationFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and page caches live in the cache; every test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Biržų rajono savivaldybė")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Utenos rajono savivaldybė")


@pytest.fixture
def learner(organisation):
    return UserFactory(
        email="learner@example.org", organisation=organisation, role=Role.LEARNER
    )


@pytest.fixture
def trainer(organisation):
    return UserFactory(
        email="trainer@example.org", organisation=organisation, role=Role.TRAINER
    )


@pytest.fixture
def coordinator(organisation):
    return UserFactory(
        email="coordinator@example.org",
        organisation=organisation,
        role=Role.COORDINATOR,
    )


@pytest.fixture
def admin_user(organisation):
    return UserFactory(
        email="admin@example.org", organisation=organisation, role=Role.ADMIN
    )


@pytest.fixture
def outsider(other_organisation):
    return UserFactory(
        email="outsider@example.org", organisation=other_organisation, role=Role.LEARNER
    )


@pytest.fixture
def site_content(organisation):
    """The home page in every language, with one partner organisation to list.

    Also restores what migrations made, for tests that run after a transactional test's
    flush emptied the database.
    """
    sync_role_groups(django_apps)
    return seed_site(site_url="http://testserver")
