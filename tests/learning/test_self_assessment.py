from django.urls import reverse
from django.utils import timezone

import pytest

from courses.models import ModuleCompetency
from learning import services
from learning.models import EnrolmentProgress, SelfAssessment

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(learner, site_content):
    framework = make_framework(status="published")
    first, second = list(framework.areas.first().competencies.all()[:2])
    programme = programme_under(catalogue_under(site_content))
    module = module_under(programme, lessons=1, quiz=False, competency=first)
    ModuleCompetency.objects.create(module=module, competency=second, target_level=3)
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    return {"enrolment": enrolment, "competencies": [first, second]}


def url(enrolment, stage):
    return reverse("learning:rate_myself", args=[enrolment.pk, stage])


def test_a_learner_rates_themselves_before_with_the_descriptors_shown(
    client, learner, setup
):
    enrolment, (first, second) = setup["enrolment"], setup["competencies"]
    client.force_login(learner)

    page = client.get(url(enrolment, "before")).content.decode()
    assert first.levels.get(number=2).description in page

    client.post(
        url(enrolment, "before"),
        {str(first.translation_key): "1", str(second.translation_key): "2"},
    )

    ratings = dict(
        SelfAssessment.objects.filter(stage="before").values_list(
            "competency_key", "level"
        )
    )
    assert ratings == {first.translation_key: 1, second.translation_key: 2}


@pytest.mark.parametrize("value", ["", "5", "0", "du"])
def test_a_missing_or_impossible_rating_is_a_form_error(client, learner, setup, value):
    enrolment, (first, second) = setup["enrolment"], setup["competencies"]
    client.force_login(learner)

    response = client.post(
        url(enrolment, "before"),
        {str(first.translation_key): "2", str(second.translation_key): value},
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not SelfAssessment.objects.exists()


def test_after_opens_when_the_programme_is_finished_and_the_dashboard_shows_growth(
    client, learner, setup
):
    enrolment, (first, second) = setup["enrolment"], setup["competencies"]
    client.force_login(learner)
    ratings = {str(first.translation_key): "1", str(second.translation_key): "2"}
    client.post(url(enrolment, "before"), ratings)
    assert client.get(url(enrolment, "after")).status_code == 302  # not yet

    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        completed_at=timezone.now(), lessons_total=1, lessons_completed=1, percent=100
    )
    assert client.get(url(enrolment, "before")).status_code == 302  # too late
    client.post(
        url(enrolment, "after"),
        {str(first.translation_key): "3", str(second.translation_key): "2"},
    )

    dashboard = client.get(reverse("learning:my_learning"))
    rows = {row["key"]: row for row in dashboard.context["profile"]}
    assert (
        rows[first.translation_key]["before"],
        rows[first.translation_key]["after"],
    ) == (1, 3)
    assert rows[first.translation_key]["growth"] == 2
    assert rows[second.translation_key]["growth"] == 0
    assert "(+2)" in dashboard.content.decode()


def test_nobody_rates_for_someone_else(client, outsider, setup):
    client.force_login(outsider)

    response = client.get(url(setup["enrolment"], "before"))

    assert response.status_code == 404


def test_an_unknown_stage_is_not_found(client, learner, setup):
    client.force_login(learner)

    assert client.get(url(setup["enrolment"], "during")).status_code == 404
