from operator import attrgetter

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.localisation import pages_in_language
from lms.languages import page_language
from lms.widgets import InLanguage, OwnLanguageSelect

from . import bulk
from .models import Cohort


class PeopleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_full_name() or obj.email} ({obj.email})"


class ProgrammeField(forms.ModelChoiceField):
    """Programmes (their pages in the default language) named in the admin's language
    where translated, else marked with the language of the title shown (one query for
    all the choices)."""

    widget = OwnLanguageSelect

    def label_from_instance(self, obj):
        titles = getattr(self, "titles", None)
        if titles is None:
            keys = [page.translation_key for page in self.queryset]
            titles = self.titles = pages_in_language(bulk.ProgrammePage, keys)
        shown = titles.get(obj.translation_key, obj)
        return InLanguage(shown.title, page_language(shown))


class BulkEnrolmentForm(forms.Form):
    programme = ProgrammeField(
        label=_("Programme"), queryset=bulk.ProgrammePage.objects.none()
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.none(),
        required=False,
        help_text=_("Needed when the programme has open cohorts."),
        widget=OwnLanguageSelect(language_of=attrgetter("name_language")),
    )
    learners = PeopleField(
        label=_("Learners of your organisation"),
        queryset=bulk.User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    csv_file = forms.FileField(
        label=_("Or a CSV file of email addresses"),
        required=False,
        help_text=_(
            "One person per line under a header line with the column “email”, and "
            "optionally “first_name” and “last_name”. Comma or semicolon separated, "
            "UTF-8, at most 1 MB. New addresses get an account and an invitation."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = bulk.programmes_enrollable_by(user)
        self.fields["cohort"].queryset = Cohort.objects.filter(
            programme__in=bulk.programmes_enrollable_by(user)
        )
        self.fields["learners"].queryset = bulk.learners_selectable_by(user)

    def clean_csv_file(self):
        upload = self.cleaned_data.get("csv_file")
        return bulk.read_learner_csv(upload) if upload else []

    def clean(self):
        cleaned = super().clean()
        programme, cohort = cleaned.get("programme"), cleaned.get("cohort")
        if programme and cohort and cohort.programme_key != programme.translation_key:
            self.add_error("cohort", _("This cohort belongs to another programme."))
        if (
            not cleaned.get("learners")
            and not cleaned.get("csv_file")
            and not (self.errors.get("csv_file"))
        ):
            raise forms.ValidationError(
                _("Choose learners from the list or upload a CSV file.")
            )
        return cleaned
