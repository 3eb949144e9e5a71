from django.utils import translation

import pytest

from courses.models import LessonPage
from learning import services
from learning.models import Certificate

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def key_dir(settings, tmp_path):
    """Each test signs with keys of its own, in a directory of its own."""
    settings.CREDENTIALS_KEY_DIR = tmp_path / "keys"
    settings.CREDENTIALS_SIGNING_KEYS = ""
    return settings.CREDENTIALS_KEY_DIR


@pytest.fixture
def competency(db):
    return make_framework(status="published").areas.first().competencies.first()


def finish_programme(learner, site_content, competency):
    """A learner finishes a one-module programme, reaching level 2 of `competency`;
    returns the enrolment whose progress, once recalculated, issues the certificate."""
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=2, quiz=False, competency=competency)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    for lesson in LessonPage.objects.child_of(module):
        services.complete_lesson(learner=learner, lesson=lesson)
    return enrolment


@pytest.fixture
def certificate(learner, site_content, competency, django_capture_on_commit_callbacks):
    enrolment = finish_programme(learner, site_content, competency)
    with django_capture_on_commit_callbacks(execute=False):
        services.recalculate_progress(enrolment=enrolment)
    return Certificate.objects.select_related("learner").get()
