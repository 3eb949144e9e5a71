import pytest

from courses.models import LessonPage, ModuleCompetency
from learning import services
from learning.models import CompetencyAttainment, ModuleCompletion

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(site_content):
    framework = make_framework(status="published")
    competency = framework.areas.first().competencies.first()
    programme = programme_under(catalogue_under(site_content))
    first = module_under(
        programme, slug="pirmas", lessons=2, quiz=False, competency=competency
    )
    second = module_under(programme, slug="antras", lessons=1, quiz=False)
    ModuleCompetency.objects.create(
        module=second, competency=competency, target_level=3
    )
    return {
        "programme": programme,
        "first": first,
        "second": second,
        "competency": competency,
    }


def finish(learner, module):
    for lesson in LessonPage.objects.child_of(module):
        services.complete_lesson(learner=learner, lesson=lesson)


def test_finishing_a_module_awards_its_target_levels_once(learner, setup):
    enrolment = services.enrol_learner(learner=learner, programme=setup["programme"])
    finish(learner, setup["first"])

    services.recalculate_progress(enrolment=enrolment)
    services.recalculate_progress(enrolment=enrolment)

    assert ModuleCompletion.objects.filter(learner=learner).count() == 1
    attainment = CompetencyAttainment.objects.get(learner=learner)
    assert attainment.level == 2
    assert attainment.competency_key == setup["competency"].translation_key
    assert attainment.module_key == setup["first"].translation_key


def test_the_highest_level_reached_is_kept_with_its_evidence(learner, setup):
    enrolment = services.enrol_learner(learner=learner, programme=setup["programme"])
    finish(learner, setup["second"])
    services.recalculate_progress(enrolment=enrolment)
    finish(learner, setup["first"])

    progress = services.recalculate_progress(enrolment=enrolment)

    attainment = CompetencyAttainment.objects.get(learner=learner)
    assert attainment.level == 3
    assert attainment.module_key == setup["second"].translation_key
    assert progress.percent == 100 and progress.completed_at is not None


def test_my_learning_shows_the_competency_profile_as_a_chart_and_a_table(
    client, learner, setup
):
    enrolment = services.enrol_learner(learner=learner, programme=setup["programme"])
    finish(learner, setup["first"])
    services.recalculate_progress(enrolment=enrolment)
    client.force_login(learner)

    html = client.get("/en/my-learning/").content.decode()

    assert '<svg class="competency-chart" role="img"' in html
    assert "<caption>" in html
    row = html[html.index('<th scope="row">SC-1.1 Competency 1.1') :]
    assert "<td>3</td><td>2</td>" in row.replace(" ", "").replace("\n", "")[:200]


def test_another_learners_achievements_do_not_show(client, learner, outsider, setup):
    theirs = services.enrol_learner(learner=outsider, programme=setup["programme"])
    finish(outsider, setup["first"])
    services.recalculate_progress(enrolment=theirs)
    services.enrol_learner(learner=learner, programme=setup["programme"])
    client.force_login(learner)

    html = client.get("/en/my-learning/").content.decode()

    assert "<td>3</td><td>–</td>" in html.replace(" ", "").replace("\n", "")


def test_prerequisites_are_enforced_with_a_message_naming_them(learner, setup):
    from courses.models import ModulePrerequisite

    second = setup["second"]
    ModulePrerequisite.objects.create(module=second, required_module=setup["first"])
    services.enrol_learner(learner=learner, programme=setup["programme"])
    lesson = LessonPage.objects.child_of(second).first()

    with pytest.raises(
        services.LearningError, match="Finish these modules first: Modulis"
    ):
        services.complete_lesson(learner=learner, lesson=lesson)

    finish(learner, setup["first"])
    services.recalculate_progress(enrolment=learner.enrolments.get())
    services.complete_lesson(learner=learner, lesson=lesson)  # now allowed
