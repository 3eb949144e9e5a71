import uuid

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A municipality, institution, college, NGO or business whose staff learn here."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        PUBLIC_HEALTH = "public_health", _("Public health office")
        CARE_HOME = "care_home", _("Care home")
        EDUCATION_CENTRE = "education_centre", _("Education centre")
        LIBRARY = "library", _("Library")
        COLLEGE = "college", _("College")
        NGO = "ngo", _("NGO")
        BUSINESS = "business", _("Business")
        UNIVERSITY = "university", _("University")
        OTHER = "other", _("Other")

    class Country(models.TextChoices):
        LITHUANIA = "LT", _("Lithuania")
        NORWAY = "NO", _("Norway")

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    region = models.CharField(
        _("municipality or region"),
        max_length=255,
        blank=True,
        help_text=_("For example: Biržai district municipality."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive organisations cannot be chosen by new users."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    @property
    def name_language(self) -> str:
        """The language its name and region are in, which are proper names: its
        country's ("" where that is not known)."""
        languages: dict[str, str] = {
            self.Country.LITHUANIA: "lt",
            self.Country.NORWAY: "nb",
        }
        return languages.get(self.country, "")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """A person using the platform. The email address is the login."""

    username = None  # type: ignore[assignment]  # the email address is the login
    email = models.EmailField(_("email address"), unique=True)
    # Who the person is to other systems (xAPI actor, credentials): never the database
    # key, which a dump and restore or a merge may change, and which counts the users.
    public_id = models.UUIDField(
        _("public identifier"), default=uuid.uuid4, unique=True, editable=False
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    # AbstractUser's stubs expect Django's own manager, which needs a username.
    objects = UserManager()  # type: ignore[assignment,misc]

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
