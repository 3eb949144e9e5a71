"""Demo data for people: the project's partner organisations and one user per role."""

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from allauth.account.models import EmailAddress

from .models import Organisation, User
from .roles import Role, assign_role

K = Organisation.Kind
LT, NO = Organisation.Country.LITHUANIA, Organisation.Country.NORWAY

# (name, kind, region, country, website)
PARTNER_ORGANISATIONS = [
    (
        "Mykolo Romerio universitetas",
        K.UNIVERSITY,
        "Vilnius",
        LT,
        "https://www.mruni.eu",
    ),
    ("Voksenopplæringsforbundet (Vofo)", K.NGO, "Oslo", NO, "https://www.vofo.no"),
    (
        "Biržų rajono savivaldybė",
        K.MUNICIPALITY,
        "Biržų rajono savivaldybė",
        LT,
        "https://www.birzai.lt",
    ),
    (
        "Biržų rajono savivaldybės visuomenės sveikatos biuras",
        K.PUBLIC_HEALTH,
        "Biržų rajono savivaldybė",
        LT,
        "",
    ),
    (
        "Prienų rajono savivaldybė",
        K.MUNICIPALITY,
        "Prienų rajono savivaldybė",
        LT,
        "https://www.prienai.lt",
    ),
    ("Prienų globos namai", K.CARE_HOME, "Prienų rajono savivaldybė", LT, ""),
    (
        "Druskininkų savivaldybė",
        K.MUNICIPALITY,
        "Druskininkų savivaldybė",
        LT,
        "https://www.druskininkai.lt",
    ),
    (
        "Druskininkų savivaldybės viešoji biblioteka",
        K.LIBRARY,
        "Druskininkų savivaldybė",
        LT,
        "",
    ),
    (
        "Utenos rajono savivaldybė",
        K.MUNICIPALITY,
        "Utenos rajono savivaldybė",
        LT,
        "https://www.utena.lt",
    ),
    (
        "Utenos švietimo centras",
        K.EDUCATION_CENTRE,
        "Utenos rajono savivaldybė",
        LT,
        "",
    ),
    (
        "Utenos kolegija",
        K.COLLEGE,
        "Utenos rajono savivaldybė",
        LT,
        "https://www.utenos-kolegija.lt",
    ),
    (
        "Alytaus kolegija",
        K.COLLEGE,
        "Alytaus miesto savivaldybė",
        LT,
        "https://www.akolegija.lt",
    ),
    (
        "Nevyriausybinių organizacijų informacijos ir paramos centras",
        K.NGO,
        "Vilnius",
        LT,
        "https://www.nisc.lt",
    ),
    ("Lietuvos suaugusiųjų švietimo asociacija", K.NGO, "Vilnius", LT, ""),
]


@dataclass(frozen=True)
class DemoUser:
    role: Role
    email: str
    first_name: str
    last_name: str
    organisation: str
    language: str = "lt"


DEMO_USERS = [
    DemoUser(
        Role.LEARNER,
        "learner@demo.example",
        "Rūta",
        "Besimokanti",
        "Biržų rajono savivaldybės visuomenės sveikatos biuras",
    ),
    DemoUser(
        Role.TRAINER,
        "trainer@demo.example",
        "Tomas",
        "Lektorius",
        "Mykolo Romerio universitetas",
    ),
    DemoUser(
        Role.COORDINATOR,
        "coordinator@demo.example",
        "Kristina",
        "Koordinatorė",
        "Biržų rajono savivaldybė",
    ),
    DemoUser(
        Role.ADMIN,
        "admin@demo.example",
        "Andrius",
        "Administratorius",
        "Mykolo Romerio universitetas",
    ),
]


@transaction.atomic
def seed_organisations() -> list[Organisation]:
    """Create or update the partner organisations. Safe to repeat."""
    organisations = []
    for name, kind, region, country, website in PARTNER_ORGANISATIONS:
        organisation, _ = Organisation.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "region": region,
                "country": country,
                "website": website,
            },
        )
        organisations.append(organisation)
    return organisations


def demo_password() -> tuple[str, bool]:
    """The demo users' password: DEMO_PASSWORD, or one generated once and kept in var/.

    Returns the password and whether it was generated.
    """
    from_env = getattr(settings, "DEMO_PASSWORD", "")
    if from_env:
        return from_env, False
    path = Path(settings.VAR_DIR) / "demo_password"
    if path.exists():
        return path.read_text().strip(), True
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password, True


@transaction.atomic
def seed_users(*, password: str) -> list[User]:
    """Create one verified demo user per role, with the given password. Safe to repeat."""
    users = []
    for demo in DEMO_USERS:
        user, _ = User.objects.update_or_create(
            email=demo.email,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "organisation": Organisation.objects.get(name=demo.organisation),
                "preferred_language": demo.language,
                # The demo administrator also manages Wagtail's own settings.
                "is_superuser": demo.role == Role.ADMIN,
                "is_staff": demo.role == Role.ADMIN,
            },
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        assign_role(user, demo.role)
        EmailAddress.objects.update_or_create(
            user=user, email=demo.email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users
