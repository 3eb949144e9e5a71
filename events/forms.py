from django import forms
from django.utils.translation import gettext_lazy as _

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
