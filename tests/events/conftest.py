from django.utils import translation

import pytest

from accounts.roles import Role

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import OrganisationFactory, UserFactory
from .pages import event_under, index_under


@pytest.fixture(autouse=True)
def _english():
    """Messages built outside a request are in the active language; tests read English."""
    with translation.override("en"):
        yield


@pytest.fixture
def index(site_content):
    return index_under(site_content)


@pytest.fixture
def event(index, organisation):
    return event_under(index, organisation=organisation)


@pytest.fixture
def programme(site_content):
    return programme_under(catalogue_under(site_content))


@pytest.fixture
def module(programme):
    return module_under(programme, lessons=1, quiz=False)


@pytest.fixture
def people(organisation):
    """Learners of the organisation, as many as a test asks for."""

    def make(count: int, **fields):
        return [
            UserFactory(organisation=organisation, role=Role.LEARNER, **fields)
            for _ in range(count)
        ]

    return make


@pytest.fixture
def other_coordinator(other_organisation):
    return UserFactory(
        email="other.coordinator@example.org",
        organisation=other_organisation,
        role=Role.COORDINATOR,
    )


@pytest.fixture
def third_organisation(db):
    return OrganisationFactory(name="Prienų rajono savivaldybė")
