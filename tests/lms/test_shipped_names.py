"""Names the platform, Wagtail and Django ship as data (workflows, tasks, groups,
default permissions) read in the reader's language; the database keeps one name, and
names people chose stay theirs."""

import pickle

from django.contrib.auth.models import Group
from django.core import serializers
from django.utils import translation

from wagtail.models import Task, Workflow

import pytest

from courses.permissions import REVIEW_WORKFLOW, ensure_review_workflow
from lms.shipped_names import ShownName

pytestmark = pytest.mark.django_db

NORWEGIAN = {
    "Programme review": "Programgjennomgang",
    "Review by an administrator": "Gjennomgang av en administrator",
    "Learners": "Deltakere",
}
LITHUANIAN = {
    "Programme review": "Programos peržiūra",
    "Review by an administrator": "Administratoriaus peržiūra",
    "Learners": "Besimokantieji",
}


@pytest.fixture
def workflow(site_content):
    return ensure_review_workflow(page=site_content)


def shown(value, language: str) -> str:
    with translation.override(language):
        return str(value)


def test_a_shipped_workflow_task_and_group_read_in_each_language(workflow):
    task = Task.objects.get(name="Review by an administrator")
    group = Group.objects.get(name="Learners")

    for language, names in (("nb", NORWEGIAN), ("lt", LITHUANIAN)):
        assert shown(workflow.name, language) == names["Programme review"]
        assert (
            shown(task.specific.name, language) == names["Review by an administrator"]
        )
        assert shown(group.name, language) == names["Learners"]
    assert shown(workflow.name, "en") == "Programme review"


def test_code_compares_and_looks_up_the_stored_name(workflow):
    assert workflow.name == REVIEW_WORKFLOW
    assert {workflow.name} == {REVIEW_WORKFLOW}
    assert Workflow.objects.filter(name=workflow.name).count() == 1


def test_a_name_saved_in_another_language_is_stored_as_the_shipped_one(workflow):
    workflow.name = NORWEGIAN["Programme review"]  # an admin form in Norwegian
    workflow.save()

    workflow.refresh_from_db()
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW).count() == 1
    assert shown(workflow.name, "lt") == LITHUANIAN["Programme review"]
    # seeding again finds it: no second workflow
    ensure_review_workflow(page=workflow.workflow_pages.first().page)
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW).count() == 1


def test_a_name_an_administrator_chose_is_shown_as_written(workflow):
    workflow.name = "Peržiūra Biržuose"
    workflow.save()
    workflow.refresh_from_db()

    assert type(workflow.name) is str
    assert shown(workflow.name, "nb") == "Peržiūra Biržuose"


def test_a_programmes_group_keeps_its_key_in_every_language(db):
    group = Group.objects.create(name="Programme trainers [1234-abcd]")

    name = Group.objects.get(pk=group.pk).name
    assert isinstance(name, ShownName) and name == "Programme trainers [1234-abcd]"
    with translation.override("lt"):
        assert "[1234-abcd]" in str(name) and "Programme trainers" not in str(name)


def test_backups_and_caches_carry_the_stored_name(workflow):
    data = serializers.serialize("json", [workflow])
    assert '"name": "Programme review"' in data

    copy = pickle.loads(pickle.dumps(workflow))  # noqa: S301 - our own bytes
    assert copy.name == REVIEW_WORKFLOW
    assert shown(copy.name, "nb") == NORWEGIAN["Programme review"]


def test_the_admin_lists_the_workflow_and_groups_in_the_admins_language(
    in_admin, admin_user, workflow
):
    client = in_admin(admin_user, "nb")

    workflows = client.get("/admin/workflows/list/").content.decode()
    assert NORWEGIAN["Programme review"] in workflows
    assert "Programme review" not in workflows
    tasks = client.get("/admin/workflows/tasks/index/").content.decode()
    assert NORWEGIAN["Review by an administrator"] in tasks
    groups = client.get("/admin/groups/").content.decode()
    assert NORWEGIAN["Learners"] in groups


def cohort_in(language: str) -> str:
    from learning.models import Cohort

    with translation.override(language):
        return str(Cohort._meta.verbose_name)


def test_a_default_permission_is_named_in_the_readers_language_and_stored_as_django_made_it():
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(codename="add_cohort")

    assert permission.name == "Can add cohort"
    assert Permission.objects.filter(name=permission.name).count() == 1
    assert shown(permission.name, "nb") == f"Kan legge til {cohort_in('nb')}"
    assert shown(permission.name, "lt") == f"Gali pridėti: {cohort_in('lt')}"
    assert pickle.loads(pickle.dumps(permission.name)) == "Can add cohort"  # noqa: S301
    data = serializers.serialize("json", [permission])
    assert '"name": "Can add cohort"' in data


def test_a_permission_named_otherwise_keeps_its_name():
    from django.contrib.auth.models import Permission

    access = Permission.objects.get(codename="access_admin")

    assert shown(access.name, "lt") == "Can access Wagtail admin"


def test_the_group_form_labels_each_permission_in_the_admins_language(in_admin):
    from django.urls import reverse

    from ..factories import UserFactory

    superuser = UserFactory(is_superuser=True, is_staff=True)
    group = Group.objects.get(name="Trainers")
    client = in_admin(superuser, "nb")

    html = client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))

    label = f"Kan legge til {cohort_in('nb')}"
    assert f'class="w-sr-only">{label}</label>' in html.content.decode()
    assert "Can add cohort" not in html.content.decode()
