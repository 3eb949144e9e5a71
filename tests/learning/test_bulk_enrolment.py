from datetime import timedelta

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from accounts.models import User
from courses.models import ProgrammeTrainer
from learning import services
from learning.models import Cohort, Enrolment
from notifications import services as outbox
from notifications.models import Kind, OutboxMessage

from ..courses.pages import catalogue_under, module_under, programme_under
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "learning_bulk_enrol"


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    return programme


def lithuanian(message: str, **values) -> str:
    """The admin answers in the user's language, Lithuanian by default."""
    with translation.override("lt"):
        return gettext(message) % values


def csv_file(text: str, name="learners.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def post(client, programme, **data):
    return client.post(reverse(URL), {"programme": programme.pk, **data})


def test_a_coordinator_enrols_selected_learners_of_their_organisation(
    client, coordinator, learner, organisation, programme
):
    colleague = UserFactory(organisation=organisation)
    client.force_login(coordinator)

    page = client.get(reverse(URL))
    assert learner.email in page.content.decode()

    response = post(client, programme, learners=[learner.pk, colleague.pk])

    assert response.status_code == 200
    enrolled = Enrolment.objects.filter(status=Enrolment.Status.ACTIVE)
    assert set(enrolled.values_list("learner", flat=True)) == {learner.pk, colleague.pk}
    assert OutboxMessage.objects.filter(kind=Kind.ENROLMENT_CONFIRMED).count() == 2


def test_a_coordinator_cannot_pick_another_organisations_learner(
    client, coordinator, outsider, programme
):
    client.force_login(coordinator)

    response = post(client, programme, learners=[outsider.pk])

    assert response.status_code == 200
    assert "learners" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_a_csv_enrols_good_rows_invites_new_people_and_reports_every_bad_row(
    client, coordinator, learner, outsider, organisation, programme
):
    client.force_login(coordinator)
    upload = csv_file(
        "email;first_name;last_name\n"
        f"{learner.email.upper()};Ona;Onaitė\n"
        "naujas@example.org;Rūta;Naujokė\n"
        "not-an-address;X;Y\n"
        f"{outsider.email};;\n"
        "\n"
        "naujas@example.org;Rūta;Naujokė\n"
    )

    response = post(client, programme, csv_file=upload)

    assert response.status_code == 200
    rows = {(r.line, r.outcome) for r in response.context["results"]}
    assert rows == {
        (2, "enrolled"),
        (3, "invited"),
        (4, "error"),
        (5, "error"),
        (7, "error"),
    }
    messages = {r.line: r.message for r in response.context["results"]}
    assert messages[5] == lithuanian("This person belongs to another organisation.")
    assert messages[7] == lithuanian("The same address is on line %(line)s.", line=3)
    newcomer = User.objects.get(email="naujas@example.org")
    assert newcomer.organisation == organisation
    assert not newcomer.has_usable_password()
    assert newcomer.groups.filter(name="Learners").exists()
    assert Enrolment.objects.filter(status=Enrolment.Status.ACTIVE).count() == 2
    assert not Enrolment.objects.filter(learner=outsider).exists()
    invitation = OutboxMessage.objects.get(kind=Kind.INVITATION)
    assert invitation.recipient == newcomer
    assert not OutboxMessage.objects.filter(
        kind=Kind.ENROLMENT_CONFIRMED, recipient=newcomer
    ).exists()


def test_the_invitation_link_sets_a_password_and_is_not_kept_in_the_outbox(
    client, coordinator, programme
):
    client.force_login(coordinator)
    post(client, programme, csv_file=csv_file("email\nnaujas@example.org\n"))
    invitation = OutboxMessage.objects.get(kind=Kind.INVITATION)

    outbox.deliver(message_ids=[invitation.pk])

    [email] = mail.outbox
    link = next(w for w in email.body.split() if "/password/reset/key/" in w)
    invitation.refresh_from_db()
    assert link not in invitation.body_text
    assert "-not-stored/" in invitation.body_text
    client.logout()
    path = link.removeprefix("http://testserver")
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    client.post(
        set_url,
        {
            "password1": "Saugus slaptažodis 2026",
            "password2": "Saugus slaptažodis 2026",
        },
    )
    newcomer = User.objects.get(email="naujas@example.org")
    assert newcomer.check_password("Saugus slaptažodis 2026")


def test_staff_enrolment_approves_a_waiting_enrolment_and_skips_approval(
    client, coordinator, learner, programme
):
    programme.needs_approval = True
    programme.save_revision().publish()
    waiting = services.enrol_learner(learner=learner, programme=programme)
    client.force_login(coordinator)

    response = post(client, programme, learners=[learner.pk])

    [row] = response.context["results"]
    assert row.outcome == "approved"
    waiting.refresh_from_db()
    assert waiting.status == Enrolment.Status.ACTIVE


@pytest.mark.parametrize("persona", ["coordinator", "admin_user"])
def test_staff_cannot_enrol_themselves_past_approval_by_csv_or_list(
    client, request, persona, programme
):
    person = request.getfixturevalue(persona)
    programme.needs_approval = True
    programme.save_revision().publish()
    client.force_login(person)

    by_csv = post(
        client, programme, csv_file=csv_file(f"email\n{person.email.upper()}\n")
    )
    by_list = post(client, programme, learners=[person.pk])

    [csv_row] = by_csv.context["results"]
    [list_row] = by_list.context["results"]
    assert csv_row.outcome == list_row.outcome == "error"
    assert csv_row.message == lithuanian(
        "You cannot approve your own enrolment; it waits for someone else."
    )
    [enrolment] = Enrolment.objects.filter(learner=person)
    assert enrolment.status == Enrolment.Status.PENDING
    assert enrolment.decided_at is None


def test_nobody_approves_their_own_waiting_enrolment_in_the_admin(
    client, coordinator, admin_user, programme
):
    programme.needs_approval = True
    programme.save_revision().publish()
    own = services.enrol_learner(learner=admin_user, programme=programme)
    client.force_login(admin_user)

    response = client.post(
        reverse("learning_decide_enrolment", args=[own.pk, "approve"])
    )

    assert response.status_code == 403
    own.refresh_from_db()
    assert own.status == Enrolment.Status.PENDING
    client.force_login(coordinator)  # the same organisation: somebody else decides
    client.post(reverse("learning_decide_enrolment", args=[own.pk, "approve"]))
    own.refresh_from_db()
    assert own.status == Enrolment.Status.ACTIVE


def test_a_programme_with_cohorts_needs_a_cohort_of_its_own(
    client, coordinator, learner, programme, site_content
):
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        programme=programme,
        programme_key=programme.translation_key,
        name="Ruduo",
        starts_on=today,
        ends_on=today + timedelta(days=30),
        deadline=today + timedelta(days=20),
    )
    other = programme_under(programme.get_parent().specific, slug="kita")
    client.force_login(coordinator)

    without = post(client, programme, learners=[learner.pk])
    assert without.context["results"][0].outcome == "error"
    wrong = post(client, other, cohort=cohort.pk, learners=[learner.pk])
    assert "cohort" in wrong.context["form"].errors
    right = post(client, programme, cohort=cohort.pk, learners=[learner.pk])
    assert right.context["results"][0].outcome == "enrolled"
    assert Enrolment.objects.get().cohort == cohort


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00broken", "UTF-8"),
        (b"name;surname\nOna;Onaite\n", "email"),
        (b"email\n", lithuanian("The file has no rows below its header.")),
    ],
)
def test_a_bad_file_is_a_form_error_and_enrols_nobody(
    client, coordinator, programme, content, message
):
    client.force_login(coordinator)

    response = post(client, programme, csv_file=SimpleUploadedFile("x.csv", content))

    assert response.status_code == 200
    assert message in str(response.context["form"].errors["csv_file"])
    assert not Enrolment.objects.exists()


def test_trainers_enrol_only_into_their_programmes_and_learners_not_at_all(
    client, trainer, learner, programme, site_content
):
    other = programme_under(programme.get_parent().specific, slug="kita")
    ProgrammeTrainer.objects.create(programme=programme, user=trainer)
    client.force_login(trainer)

    assert post(client, programme, learners=[learner.pk]).context["results"]
    refused = post(client, other, learners=[learner.pk])
    assert "programme" in refused.context["form"].errors
    assert not Enrolment.objects.filter(programme_key=other.translation_key).exists()

    client.force_login(learner)
    assert client.get(reverse(URL)).status_code in (302, 403)


def test_a_csv_with_old_mac_line_endings_is_read(client, coordinator, programme):
    client.force_login(coordinator)

    response = post(
        client,
        programme,
        csv_file=csv_file("email;first_name\rnaujas@example.org;Rūta\r"),
    )

    assert [r.outcome for r in response.context["results"]] == ["invited"]


def test_a_file_the_csv_reader_cannot_parse_is_a_form_error(
    client, coordinator, programme
):
    client.force_login(coordinator)
    huge_field = '"' + "x" * 200_000 + '"'

    response = post(client, programme, csv_file=csv_file(f"email\n{huge_field}\n"))

    assert response.status_code == 200
    assert "csv_file" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_the_report_says_honestly_when_rows_failed_and_the_page_has_a_title(
    client, coordinator, learner, programme
):
    client.force_login(coordinator)
    upload = csv_file(f"email\n{learner.email}\nnot-an-address\n")
    response = post(client, programme, csv_file=upload)

    [message] = list(response.context["messages"])
    assert message.level_tag == "warning"  # 1 of 2 rows done is not a success
    html = response.content.decode()
    assert lithuanian("Enrol learners") in html.split("<main", 1)[1]
    assert response.context["breadcrumbs_items"][0]["url"] == reverse(
        "wagtailadmin_home"
    )

    upload = csv_file("email\nkitas@example.org\n")
    [message] = list(post(client, programme, csv_file=upload).context["messages"])
    assert message.level_tag == "success"


def test_the_programme_picker_lists_each_programme_once(client, coordinator, programme):
    from wagtail.models import Locale

    english = programme.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.save_revision().publish()
    client.force_login(coordinator)
    choices = [
        value
        for value, _label in client.get(reverse(URL))
        .context["form"]
        .fields["programme"]
        .choices
        if value
    ]
    assert [int(str(value)) for value in choices] == [programme.pk]


def test_the_programme_picker_names_programmes_in_the_admins_language_or_marks_them(
    in_admin, coordinator, programme
):
    from ..reports.helpers import translate

    other = programme_under(programme.get_parent().specific, slug="kita")
    translate(other, "nb", "Sosial klyngeutvikling")
    client = in_admin(coordinator, "nb")

    html = client.get(reverse(URL)).content.decode()

    assert (
        f'<option value="{programme.pk}" lang="lt">{programme.title}</option>' in html
    )
    assert f'<option value="{other.pk}">Sosial klyngeutvikling</option>' in html
