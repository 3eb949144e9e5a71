"""My learning: withdrawing with a confirmation, saved self-assessments in place of the
links, and the competency profile as a chart with a table of the same figures."""

import re

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

import pytest

from courses.models import ModuleCompetency
from learning import services
from learning.models import (
    CompetencyAttainment,
    Enrolment,
    EnrolmentProgress,
    SelfAssessment,
)

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


def completed(enrolment):
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        completed_at=timezone.now(), lessons_total=1, lessons_completed=1, percent=100
    )


def withdraw_url(enrolment):
    return reverse("learning:withdraw", args=[enrolment.pk])


def test_withdrawing_asks_first_and_only_the_post_withdraws(client, learner, setup):
    enrolment = setup["enrolment"]
    client.force_login(learner)
    dashboard = client.get(reverse("learning:my_learning")).content.decode()
    assert f'href="{withdraw_url(enrolment)}"' in dashboard

    confirm = client.get(withdraw_url(enrolment))
    enrolment.refresh_from_db()
    assert confirm.status_code == 200 and enrolment.status == Enrolment.Status.ACTIVE
    html = confirm.content.decode()
    assert f'<form method="post" action="{withdraw_url(enrolment)}">' in html
    assert "Programa" in html

    done = client.post(withdraw_url(enrolment))
    enrolment.refresh_from_db()
    assert done.status_code == 302 and enrolment.status == Enrolment.Status.WITHDRAWN
    again = client.post(withdraw_url(enrolment))
    assert again.status_code == 404  # nothing left to withdraw from


def test_a_completed_programme_offers_no_withdrawal_and_refuses_one(
    client, learner, setup
):
    enrolment = setup["enrolment"]
    completed(enrolment)
    client.force_login(learner)

    dashboard = client.get(reverse("learning:my_learning")).content.decode()
    shown = client.get(withdraw_url(enrolment))
    posted = client.post(withdraw_url(enrolment))

    assert withdraw_url(enrolment) not in dashboard
    assert shown.status_code == posted.status_code == 302
    message = list(get_messages(posted.wsgi_request))[-1]
    assert "nothing to withdraw from" in str(message) and message.level_tag == "error"
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE
    with pytest.raises(services.LearningError):
        services.withdraw_learner(enrolment=enrolment)


def test_someone_elses_enrolment_has_no_withdrawal_page(client, outsider, setup):
    client.force_login(outsider)

    assert client.get(withdraw_url(setup["enrolment"])).status_code == 404
    assert client.post(withdraw_url(setup["enrolment"])).status_code == 404


def test_saved_ratings_replace_the_link_to_rate(client, learner, setup):
    enrolment, (first, second) = setup["enrolment"], setup["competencies"]
    client.force_login(learner)
    rate = reverse("learning:rate_myself", args=[enrolment.pk, "before"])
    before = client.get(reverse("learning:my_learning")).content.decode()
    assert "Rate yourself on its competencies before you start" in before

    client.post(
        rate, {str(first.translation_key): "1", str(second.translation_key): "2"}
    )
    after = client.get(reverse("learning:my_learning")).content.decode()

    assert "Rate yourself on its competencies before you start" not in after
    assert "Your self-assessment before the programme" in after
    assert f"{first.code} {first.title}: level 1" in after
    assert f"{second.code} {second.title}: level 2" in after
    assert SelfAssessment.objects.count() == 2


def test_the_after_ratings_show_once_saved_on_a_completed_programme(
    client, learner, setup
):
    enrolment, (first, second) = setup["enrolment"], setup["competencies"]
    completed(enrolment)
    client.force_login(learner)
    rate = reverse("learning:rate_myself", args=[enrolment.pk, "after"])
    assert "Rate yourself again now that you have finished" in (
        client.get(reverse("learning:my_learning")).content.decode()
    )

    client.post(
        rate, {str(first.translation_key): "3", str(second.translation_key): "4"}
    )
    html = client.get(reverse("learning:my_learning")).content.decode()

    assert "Rate yourself again now that you have finished" not in html
    assert "Your self-assessment after the programme" in html
    assert f"{second.code} {second.title}: level 4" in html


def test_the_profile_chart_has_a_scale_a_legend_and_both_levels(client, learner, setup):
    first, second = setup["competencies"]
    CompetencyAttainment.objects.create(
        learner=learner,
        competency_key=first.translation_key,
        level=2,
        module_key=setup["enrolment"].programme_key,
        achieved_at=timezone.now(),
    )
    client.force_login(learner)

    html = client.get(reverse("learning:my_learning")).content.decode()

    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "style=" not in svg  # the site's policy allows no inline style
    assert "Target level" in svg and "Achieved level" in svg  # the legend
    ticks = re.findall(r'text-anchor="middle".*', svg, re.S)[0]
    for level in range(5):
        assert f">{level}</text>" in ticks
    # each competency: a hatched target bar and a solid achieved bar, with figures
    assert svg.count('fill="url(#chart-hatch)"') == 2 + 1  # two rows and the legend
    assert f"{first.code}" in svg and f"{second.code}" in svg
    widths = re.findall(r'width="(\d+)" fill="#0b4f8a"', svg)
    assert widths == ["200", "0"]  # level 2 of 4 on 400 pixels; nothing yet
    table = html[html.index("<table") :]
    assert "<td>2</td><td>2</td>" in table.replace(" ", "").replace("\n", "")
