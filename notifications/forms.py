from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Kind


class PreferencesForm(forms.Form):
    """One checkbox per reminder kind: ticked means the learner gets it."""

    def __init__(self, *args, unsubscribed: set[str], kinds: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        for kind in kinds:
            self.fields[kind] = forms.BooleanField(
                label=Kind(kind).label,
                required=False,
                initial=kind not in unsubscribed,
            )

    def wanted(self) -> dict[str, bool]:
        return {kind: self.cleaned_data[kind] for kind in self.kinds}


PREFERENCES_HELP = _(
    "Messages about your enrolments, completions and answers always come; "
    "reminders are up to you."
)
