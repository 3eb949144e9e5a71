from django.contrib.auth import authenticate
from django.core.management import call_command

import pytest

from accounts.demo import DEMO_USERS, PARTNER_ORGANISATIONS
from accounts.models import Organisation, User
from accounts.roles import Role, has_role

pytestmark = pytest.mark.django_db


def snapshot():
    from django.contrib.auth.models import Group

    from wagtail.models import Page, Revision

    from courses.models import Competency, ModuleCompetency

    return (
        sorted(Organisation.objects.values_list("name", "kind", "country", "region")),
        sorted(User.objects.values_list("email", "password", "is_superuser")),
        sorted(Page.objects.values_list("url_path", "live", "locale__language_code")),
        Revision.objects.count(),
        Competency.objects.count(),
        ModuleCompetency.objects.count(),
        sorted((g.name, g.user_set.count()) for g in Group.objects.all()),
    )


def test_seeding_creates_the_partners_and_no_users_unless_asked():
    call_command("seed_demo", "--without-content")

    assert Organisation.objects.count() == len(PARTNER_ORGANISATIONS)
    names = set(Organisation.objects.values_list("name", flat=True))
    for municipality in ["Biržų", "Prienų", "Druskininkų", "Utenos"]:
        assert any(name.startswith(municipality) for name in names)
    assert Organisation.objects.filter(country="NO").exists()
    assert not User.objects.exists()


def test_demo_users_get_one_role_each_and_the_password_from_demo_password(settings):
    settings.DEMO_PASSWORD = "Demo-slaptažodis-2026"

    call_command("seed_demo", "--with-users", "--without-content")

    for demo in DEMO_USERS:
        user = authenticate(email=demo.email, password="Demo-slaptažodis-2026")
        assert user is not None, demo.email
        assert has_role(user, demo.role)
    learner = User.objects.get(email="learner@demo.example")
    assert not has_role(learner, Role.TRAINER)


def test_without_demo_password_one_is_generated_once_and_kept(
    settings, tmp_path, capsys
):
    settings.DEMO_PASSWORD = ""
    settings.VAR_DIR = tmp_path

    call_command("seed_demo", "--with-users", "--without-content")
    password = (tmp_path / "demo_password").read_text().strip()
    call_command("seed_demo", "--with-users", "--without-content")

    assert len(password) >= 12
    assert password in capsys.readouterr().out
    assert authenticate(email="trainer@demo.example", password=password)


def test_running_the_command_twice_gives_the_same_database(settings):
    settings.DEMO_PASSWORD = "Demo-slaptažodis-2026"
    call_command("seed_demo", "--with-users", "--report-learners", "3")
    first = snapshot()

    call_command("seed_demo", "--with-users", "--report-learners", "3")

    assert snapshot() == first
