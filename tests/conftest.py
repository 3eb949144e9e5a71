from django.apps import apps as django_apps
from django.core.cache import cache

from wagtail.users.models import UserProfile

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
def in_admin(client):
    """Sign a person in on the test client with the admin in a language (English unless
    told): `in_admin(person, "nb")`."""

    def sign_in(person, language: str = "en"):
        UserProfile.objects.update_or_create(
            user=person, defaults={"preferred_language": language}
        )
        client.force_login(person)
        return client

    return sign_in


@pytest.fixture
def english_admin(in_admin, admin_user):
    """The administrator, signed in on the test client, the admin in English."""
    in_admin(admin_user)
    return admin_user


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
    from wagtail.models import Collection, Page

    flushed = not Page.objects.filter(depth=1).exists()
    if not Collection.objects.filter(depth=1).exists():
        # Wagtail's migration made it; images and documents are granted on it.
        Collection.add_root(name="Root")
    sync_role_groups(django_apps)
    home = seed_site(site_url="http://testserver")
    if flushed:
        # The administrators' rights on the tree need its root, which the seed made.
        sync_role_groups(django_apps)
    return home
