from django import forms
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from courses.localisation import pages_in_language
from lms.widgets import OwnLanguageSelect

from .models import EventFormat


class EventFilterForm(forms.Form):
    """The events listing's filters. Values that are not among the choices are form
    errors shown beside the field; the listing then shows every upcoming event."""

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
    )
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("Any format")), *EventFormat.choices],
    )
    municipality = forms.ChoiceField(
        label=_("Municipality"), required=False, choices=[]
    )
    programme = forms.ChoiceField(label=_("Programme"), required=False, choices=[])

    def __init__(self, *args, programmes, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self._programmes = {str(p.pk): p for p in programmes}
        self.fields["municipality"].choices = [
            ("", _("Anywhere")),
            *((name, name) for name in municipalities),
        ]
        self.fields["programme"].choices = [
            ("", _("Any programme")),
            *((str(p.pk), p.title) for p in programmes),
        ]

    def clean_when(self):
        return self.cleaned_data["when"] or "upcoming"

    def clean_programme(self):
        value = self.cleaned_data["programme"]
        return self._programmes.get(value) if value else None


class EventChoiceField(forms.ModelChoiceField):
    """Events (their default language's pages) titled in the active language where
    the page is translated, else in the default language's, which the option then
    says (one query for all of them, when first shown)."""

    widget = OwnLanguageSelect

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.widget.language_of = self.language_of

    def __deepcopy__(self, memo):
        # Each form's copy answers for its own events (a widget's copy is shallow).
        result = super().__deepcopy__(memo)
        result.widget.language_of = result.language_of
        return result

    @cached_property
    def pages(self) -> dict:
        from .models import EventPage

        keys = self.queryset.values_list("translation_key", flat=True)
        return pages_in_language(EventPage, list(keys))

    def label_from_instance(self, obj) -> str:
        return getattr(self.pages.get(obj.translation_key), "title", obj.title)

    def language_of(self, obj) -> str:
        page = self.pages.get(obj.translation_key)
        return page.locale.language_code if page else settings.LANGUAGE_CODE


class PersonChoiceField(forms.ModelMultipleChoiceField):
    """People by name and email, so that two people of the same name tell apart."""

    def label_from_instance(self, obj) -> str:
        name = obj.get_full_name()
        return f"{name} ({obj.email})" if name else obj.email


class StaffRegistrationForm(forms.Form):
    """A coordinator picks an upcoming event and people of their own organisation."""

    event = EventChoiceField(label=_("Event"), queryset=None)
    people = PersonChoiceField(
        label=_("People"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only your own organisation's staff are listed."),
    )

    def __init__(self, *args, user, **kwargs):
        from django.utils import timezone

        from wagtail.models import Locale

        from accounts.permissions import people_visible_to

        from .models import EventPage

        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = (
            EventPage.objects.live()
            .filter(
                locale=Locale.get_default(),
                alias_of__isnull=True,
                starts_at__gt=timezone.now(),
            )
            .order_by("starts_at")
        )
        self.fields["people"].queryset = (
            people_visible_to(user)
            .filter(is_active=True)
            .exclude(pk=user.pk)
            .order_by("last_name", "first_name", "email")
        )


class CallOffForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, for the email to everyone registered"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_(
            "Yes, cancel this event: registration closes and every registration "
            "is cancelled."
        ),
        required=True,
    )
