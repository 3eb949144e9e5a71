from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from learning import services
from learning.models import Cohort, Enrolment, EnrolmentProgress

from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    return programme


def make_cohort(programme, *, name="Ruduo", deadline_in=30, **fields):
    today = timezone.localdate()
    return Cohort.objects.create(
        programme=programme,
        programme_key=programme.translation_key,
        name=name,
        starts_on=fields.pop("starts_on", today - timedelta(days=10)),
        ends_on=fields.pop("ends_on", today + timedelta(days=60)),
        deadline=today + timedelta(days=deadline_in),
        **fields,
    )


def test_a_programme_with_open_cohorts_is_joined_through_one(learner, programme):
    cohort = make_cohort(programme)

    with pytest.raises(services.LearningError, match="Choose the cohort"):
        services.enrol_learner(learner=learner, programme=programme)
    enrolment = services.enrol_learner(
        learner=learner, programme=programme, cohort=cohort
    )

    assert enrolment.cohort == cohort
    assert enrolment.deadline == cohort.deadline


def test_closed_ended_or_foreign_cohorts_cannot_be_joined(
    learner, programme, site_content
):
    other = programme_under(programme.get_parent().specific, slug="kita")
    closed = make_cohort(programme, name="Uždaryta", enrolment_open=False)
    ended = make_cohort(
        programme,
        name="Baigėsi",
        starts_on=timezone.localdate() - timedelta(days=90),
        ends_on=timezone.localdate() - timedelta(days=1),
        deadline_in=-5,
    )
    foreign = make_cohort(other, name="Kitos programos")

    for cohort in (closed, ended, foreign):
        with pytest.raises(services.LearningError, match="not open"):
            services.enrol_learner(learner=learner, programme=programme, cohort=cohort)
    assert not Enrolment.objects.exists()


def test_the_enrol_form_offers_cohorts_and_refuses_a_bad_one_with_a_message(
    client, learner, programme
):
    cohort = make_cohort(programme)
    client.force_login(learner)
    url = reverse("learning:enrol", args=[programme.pk])

    page = client.get(programme.url)
    assert f'name="cohort" value="{cohort.pk}"' in page.content.decode()

    for bad in ("999999", "abc", ""):
        response = client.post(url, {"cohort": bad}, follow=True)
        assert response.status_code == 200
        assert not Enrolment.objects.exists()
    assert (
        b"not open for enrolment"
        in client.post(url, {"cohort": "abc"}, follow=True).content
    )

    client.post(url, {"cohort": cohort.pk})
    assert Enrolment.objects.get().cohort == cohort


def test_my_learning_shows_the_deadline_and_marks_overdue_work(
    client, learner, programme
):
    cohort = make_cohort(programme, deadline_in=5)
    enrolment = services.enrol_learner(
        learner=learner, programme=programme, cohort=cohort
    )
    client.force_login(learner)

    on_time = client.get(reverse("learning:my_learning")).content.decode()
    Cohort.objects.filter(pk=cohort.pk).update(
        deadline=timezone.localdate() - timedelta(days=1)
    )
    late = client.get(reverse("learning:my_learning")).content.decode()
    EnrolmentProgress.objects.filter(enrolment=enrolment).update(
        completed_at=timezone.now()
    )
    finished = client.get(reverse("learning:my_learning")).content.decode()

    assert "Ruduo" in on_time
    assert "badge--overdue" not in on_time
    assert "badge--overdue" in late
    assert "badge--overdue" not in finished


def test_the_database_refuses_a_deadline_before_the_start(programme):
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        make_cohort(programme, deadline_in=-30)


def test_trainers_manage_cohorts_of_their_programmes_only(
    client, trainer, site_content, programme
):
    from courses.models import ProgrammeTrainer
    from courses.permissions import sync_programme_trainers

    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    sync_programme_trainers(programme=programme)
    other = programme_under(programme.get_parent().specific, slug="kita")
    mine = make_cohort(programme, name="Mano")
    theirs = make_cohort(other, name="Svetima")
    client.force_login(trainer)

    listing = client.get(reverse("wagtailsnippets_learning_cohort:list"))
    assert b"Mano" in listing.content
    assert b"Svetima" not in listing.content
    assert (
        client.get(
            reverse("wagtailsnippets_learning_cohort:edit", args=[mine.pk])
        ).status_code
        == 200
    )
    for view in ("edit", "delete"):
        response = client.get(
            reverse(f"wagtailsnippets_learning_cohort:{view}", args=[theirs.pk])
        )
        assert response.status_code in (302, 403)
    today = timezone.localdate()
    refused = client.post(
        reverse("wagtailsnippets_learning_cohort:add"),
        {
            "programme": other.pk,
            "name": "Įsibrovėlė",
            "starts_on": today,
            "ends_on": today + timedelta(days=30),
            "deadline": today + timedelta(days=20),
            "enrolment_open": "on",
        },
    )
    assert refused.status_code == 200  # the form shows the error
    assert not Cohort.objects.filter(name="Įsibrovėlė").exists()
    created = client.post(
        reverse("wagtailsnippets_learning_cohort:add"),
        {
            "programme": programme.pk,
            "name": "Žiema",
            "starts_on": today,
            "ends_on": today + timedelta(days=30),
            "deadline": today + timedelta(days=40),
            "enrolment_open": "on",
        },
    )
    assert created.status_code == 200  # deadline after the end is refused
    assert not Cohort.objects.filter(name="Žiema").exists()
