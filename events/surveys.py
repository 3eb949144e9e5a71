"""Which questions an event's satisfaction survey asks, and the form that asks them.

An event asks its own question set, else the default one (shipped by a migration with
the four standard questions), in the reader's language where the set is translated.
The "overall" rating drives the indicators' share of good answers, so a set without it
still asks it first; with no set at all (e.g. deleted), the standard four are asked.
"""

import uuid
from dataclasses import dataclass

from django import forms
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .models import (
    STANDARD_QUESTIONS,
    EventPage,
    QuestionKind,
    Rating,
    SurveyQuestionSet,
)

DEFAULT_SET_KEY = uuid.UUID("5b0f7c1e-5a53-4d0e-9d57-0e4c1a6f2e01")
TEXT_MAX_LENGTH = 4000


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    label: str
    required: bool


def _standard(key: str, *, required: bool = True) -> Question:
    kind, label = STANDARD_QUESTIONS[key]
    return Question(key=key, kind=kind, label=str(label), required=required)


STANDARD = ["overall", "usefulness", "would_recommend", "improvements"]


def question_set_for(event: EventPage, language: str | None = None):
    """The event's question set (else the default) in `language` where translated."""
    key = None
    if event.survey_id:
        key = (
            SurveyQuestionSet.objects.filter(pk=event.survey_id)
            .values_list("translation_key", flat=True)
            .first()
        )
    sets = {
        s.locale.language_code: s
        for s in SurveyQuestionSet.objects.filter(
            translation_key=key or DEFAULT_SET_KEY
        ).select_related("locale")
    }
    language = language or get_language()
    return (
        sets.get(language)
        or sets.get(Locale.get_default().language_code)
        or next(iter(sets.values()), None)
    )


def questions_for(event: EventPage, language: str | None = None) -> list[Question]:
    question_set = question_set_for(event, language)
    if question_set is None:
        return [_standard(key, required=key != "improvements") for key in STANDARD]
    questions = [
        Question(key=q.key, kind=q.kind, label=q.label, required=q.required)
        for q in question_set.questions.order_by("sort_order")
    ]
    if not any(q.key == "overall" for q in questions):
        questions.insert(0, _standard("overall"))
    return [
        Question(q.key, QuestionKind.RATING, q.label, True) if q.key == "overall" else q
        for q in questions
    ]


def _yes_no(value) -> bool:
    return value == "True"


class SurveyForm(forms.Form):
    """One field per question: a five-point rating, yes or no, or free text."""

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            label = capfirst(question.label)
            if question.kind == QuestionKind.RATING:
                field = forms.TypedChoiceField(
                    label=label,
                    choices=Rating.choices,
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=question.required,
                    empty_value=None,
                )
            elif question.kind == QuestionKind.YES_NO:
                field = forms.TypedChoiceField(
                    label=label,
                    choices=[("True", _("Yes")), ("False", _("No"))],
                    coerce=_yes_no,
                    widget=forms.RadioSelect,
                    required=question.required,
                    empty_value=None,
                )
            else:
                field = forms.CharField(
                    label=label,
                    required=question.required,
                    max_length=TEXT_MAX_LENGTH,
                    widget=forms.Textarea(
                        attrs={"rows": 4, "maxlength": TEXT_MAX_LENGTH}
                    ),
                )
            self.fields[question.key] = field
