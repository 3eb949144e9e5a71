import pytest

from courses.models import ProgrammeTrainer
from learning import services
from learning.models import Enrolment

from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db

PENDING = "/admin/enrolments/pending/"


@pytest.fixture
def asked(site_content, learner, outsider):
    programme = programme_under(catalogue_under(site_content))
    programme.needs_approval = True
    programme.save_revision().publish()
    module_under(programme, lessons=1, quiz=False)
    return {
        "programme": programme,
        "mine": services.enrol_learner(learner=learner, programme=programme),
        "theirs": services.enrol_learner(learner=outsider, programme=programme),
    }


def decide(client, enrolment, decision="approve"):
    return client.post(f"/admin/enrolments/{enrolment.pk}/{decision}/")


def test_a_coordinator_sees_and_approves_only_their_organisations_learners(
    client, coordinator, asked
):
    client.force_login(coordinator)

    listing = client.get(PENDING)
    assert listing.status_code == 200
    assert list(listing.context["object_list"]) == [asked["mine"]]

    assert decide(client, asked["mine"]).status_code == 302
    assert decide(client, asked["theirs"]).status_code == 404
    asked["mine"].refresh_from_db()
    asked["theirs"].refresh_from_db()
    assert asked["mine"].status == Enrolment.Status.ACTIVE
    assert asked["theirs"].status == Enrolment.Status.PENDING


def test_a_trainer_decides_for_their_programmes_only(client, trainer, asked):
    client.force_login(trainer)
    assert list(client.get(PENDING).context["object_list"]) == []
    assert decide(client, asked["theirs"], "reject").status_code == 404

    ProgrammeTrainer.objects.create(programme=asked["programme"], user=trainer)
    assert len(client.get(PENDING).context["object_list"]) == 2
    assert decide(client, asked["theirs"], "reject").status_code == 302
    asked["theirs"].refresh_from_db()
    assert asked["theirs"].status == Enrolment.Status.REJECTED


def test_deciding_twice_changes_nothing_more(asked):
    services.decide_enrolment(enrolment=asked["mine"], approve=True)
    again = services.decide_enrolment(enrolment=asked["mine"], approve=False)

    assert again.status == Enrolment.Status.ACTIVE


def test_learners_cannot_reach_the_approval_page(client, learner, asked):
    client.force_login(learner)

    response = client.get(PENDING)

    assert response.status_code == 302
    assert decide(client, asked["theirs"]).status_code == 302
    asked["theirs"].refresh_from_db()
    assert asked["theirs"].status == Enrolment.Status.PENDING


def test_an_unknown_decision_is_refused(client, coordinator, asked):
    client.force_login(coordinator)

    response = client.post(f"/admin/enrolments/{asked['mine'].pk}/maybe/")

    assert response.status_code in (302, 403)
    asked["mine"].refresh_from_db()
    assert asked["mine"].status == Enrolment.Status.PENDING


def test_an_administrator_sees_every_pending_enrolment(client, admin_user, asked):
    client.force_login(admin_user)

    assert len(client.get(PENDING).context["object_list"]) == 2
