from operator import attrgetter

from django import forms
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm

from lms.widgets import LanguageSelect, OwnLanguageSelect

from .models import Organisation, User
from .permissions import may_change_own_organisation


class OrganisationChoiceField(forms.ModelChoiceField):
    """Organisations by name, each option saying the language its name is in."""

    widget = OwnLanguageSelect(language_of=attrgetter("name_language"))
    default_error_messages = {
        "invalid_choice": _("Choose your organisation from the list."),
    }


def _organisation_field() -> OrganisationChoiceField:
    return OrganisationChoiceField(
        queryset=Organisation.objects.filter(is_active=True),
        required=False,
        label=_("Organisation"),
        empty_label=_("— None of these —"),
        help_text=_("The municipality, institution or organisation you work for."),
    )


class SignupForm(AllauthSignupForm):
    first_name = forms.CharField(
        label=_("Given name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Family name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    organisation = _organisation_field()
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        widget=LanguageSelect,
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to my data being used as it says."
        ),
        error_messages={
            "required": _("Read the privacy notice and tick the box to sign up.")
        },
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "organisation",
        "preferred_language",
        "password1",
        "password2",
        "privacy_consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()
        self.fields["privacy_consent"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("privacy:notice"),
            _("Read the privacy notice (opens in a new tab)"),
        )


class ResetPasswordForm(AllauthResetPasswordForm):
    """allauth's, except that an address without an account is no error: the page
    answers the same either way, and the address gets a note instead of a link.

    allauth ties this to ACCOUNT_PREVENT_ENUMERATION, which is off for sign-up."""

    def clean_email(self) -> str:
        try:
            return super().clean_email()
        except forms.ValidationError as error:
            if getattr(error, "code", None) != "unknown_email":
                raise
            self.users: list = []
            return self.cleaned_data["email"]


class ProfileForm(forms.ModelForm):
    organisation = _organisation_field()

    class Meta:
        model = User
        fields = ["first_name", "last_name", "organisation", "preferred_language"]
        labels = {"first_name": _("Given name"), "last_name": _("Family name")}
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "preferred_language": LanguageSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        current = self.instance.organisation
        if not may_change_own_organisation(self.instance):
            # For staff the organisation is scope: what a coordinator sees follows it.
            # A disabled field keeps its initial value whatever the request posts.
            field = self.fields["organisation"]
            field.disabled = True
            field.queryset = Organisation.objects.all()
            field.help_text = _(
                "Your organisation decides whose learning you follow, so an "
                "administrator changes it for you."
            )
        elif current is not None and not current.is_active:
            # Keep a member's own organisation choosable after it was deactivated.
            self.fields["organisation"].queryset = Organisation.objects.filter(
                Q(is_active=True) | Q(pk=current.pk)
            )
